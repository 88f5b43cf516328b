#!/usr/bin/env bash
# Resolved-name accuracy on a hand-labelled PolNeAR subset (data/names/SPLIT-references.tsv; dev: held out,
# dev2: a second held-out sample of PolNeAR dev, dev-all: dev and dev2 together, train: the tuning set, train2: a blind
# sample of the next train articles (121-150), train3: a blind sample of train articles 151-180, train4: a blind sample of
# train articles 181-210, train5: a blind sample of train articles 211-240,
# train6: a blind sample of train articles 241-270, train7: a blind sample of train articles 271-300,
# train8: a blind sample of train articles 301-330, train9: a blind sample of train articles 331-360,
# train10: a blind sample of train articles 361-390, train11: a blind sample of train articles 391-420,
# train12: a blind sample of train articles 421-450, train13: a blind sample of train articles 451-480,
# train14: a blind sample of train articles 481-510, train15: a blind sample of train articles 511-540,
# train16: a blind sample of train articles 541-570, train17: a blind sample of train articles 571-600,
# train18: a blind sample of train articles 601-630, train19: a blind sample of train articles 631-660,
# train-all: train, train2, ..., train19 together): the reference
# scorer's name_acc over all labelled attributions, then per kind of source mention.
# usage: scripts/eval-names.sh [--split dev|dev2|dev-all|train|train2|train3|train4|train5|train6|train7|train8|train9|train10|train11|train12|train13|train14|train15|train16|train17|train18|train19|train-all] [PRED.jsonl]   (needs ../shared beside the repository; without
#        PRED the extractor is run on the split's texts (dev, dev2, dev-all: all 84 dev texts; train, train2, ..., train19, train-all: the labelled articles), as
#        scripts/eval-quotes.sh does; nothing is written into the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
split=dev
if [ "${1:-}" = "--split" ]; then
  split=$2
  shift 2
fi
case "$split" in
  dev|dev2|dev-all) corpus=dev ;;
  train|train2|train3|train4|train5|train6|train7|train8|train9|train10|train11|train12|train13|train14|train15|train16|train17|train18|train19|train-all) corpus=train ;;
  *) echo "unknown split: $split (dev, dev2, dev-all, train, train2, train3, train4, train5, train6, train7, train8, train9, train10, train11, train12, train13, train14, train15, train16, train17, train18, train19 or train-all)" >&2; exit 2 ;;
esac
dev=../shared/data/polnear/$corpus.jsonl.gz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pred=${1:-}
python3 scripts/names-gold.py "$work/gold.jsonl" --split "$split"
if [ -z "$pred" ]; then
  python3 - "$dev" "$work/input.jsonl" "$corpus" "$work/gold.jsonl" <<'PY'
import gzip, json, sys
labelled = {json.loads(line)["id"] for line in open(sys.argv[4], encoding="utf-8")}
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        a = json.loads(line)
        if sys.argv[3] == "dev" or a["id"] in labelled:
            out.write(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n")
PY
  dotnet run -c Release --project src/ClaimExtract.Cli -- extract "$work/input.jsonl" --format jsonl -o "$work/pred.jsonl"
  pred=$work/pred.jsonl
fi
echo "all: $(python3 ../shared/eval/score_quotes.py "$work/gold.jsonl" "$pred" | sed -n 1p)"
for kind in pronoun surname title description full organisation; do
  python3 scripts/names-gold.py "$work/gold-$kind.jsonl" --split "$split" --kind "$kind" 2>/dev/null
  echo "$kind: $(python3 ../shared/eval/score_quotes.py "$work/gold-$kind.jsonl" "$pred" | sed -n 1p)"
done
