#!/usr/bin/env bash
# Scores quote and speaker extraction on PolNeAR (default: the dev split) with the reference scorer.
# usage: scripts/eval-quotes.sh [GOLD.jsonl.gz]   (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-../shared/data/polnear/dev.jsonl.gz}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The articles' text, as claimextract's JSON Lines input ({"id","text"}); nothing is written into the repository.
python3 - "$gold" "$work/input.jsonl" <<'PY'
import gzip, json, sys
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        a = json.loads(line)
        out.write(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
PY
dotnet run -c Release --project src/ClaimExtract.Cli -- extract "$work/input.jsonl" --format jsonl -o "$work/pred.jsonl"
python3 ../shared/eval/score_quotes.py "$gold" "$work/pred.jsonl"
