#!/usr/bin/env bash
# Resolved-name accuracy on the hand-labelled PolNeAR dev subset (data/names/dev-references.tsv):
# the reference scorer's name_acc over all labelled attributions, then per kind of source mention.
# usage: scripts/eval-names.sh [PRED.jsonl]   (needs ../shared beside the repository; without PRED the
#        extractor is run on the dev texts, as scripts/eval-quotes.sh does; nothing is written into the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
dev=../shared/data/polnear/dev.jsonl.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pred=${1:-}
if [ -z "$pred" ]; then
  python3 - "$dev" "$work/input.jsonl" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        a = json.loads(line)
        out.write(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
PY
  dotnet run -c Release --project src/ClaimExtract.Cli -- extract "$work/input.jsonl" --format jsonl -o "$work/pred.jsonl"
  pred=$work/pred.jsonl
fi
python3 scripts/names-gold.py "$work/gold.jsonl" --corpus "$dev"
echo "all: $(python3 ../shared/eval/score_quotes.py "$work/gold.jsonl" "$pred" | sed -n 1p)"
for kind in pronoun surname title description full organisation; do
  python3 scripts/names-gold.py "$work/gold-$kind.jsonl" --corpus "$dev" --kind "$kind" 2>/dev/null
  echo "$kind: $(python3 ../shared/eval/score_quotes.py "$work/gold-$kind.jsonl" "$pred" | sed -n 1p)"
done
