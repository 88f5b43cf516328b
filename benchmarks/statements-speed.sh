#!/usr/bin/env bash
# What statement classification costs per article: the 181 Zyte pages are extracted once (one job) and
# their statements written out; then, whole process, start-up included, RUNS times each:
#   A  claimextract extract PAGES --jobs 1             (the whole pipeline, classification included)
#   B  claimextract classify STATEMENTS.jsonl          (model load + every statement of the 181 pages)
#   C  claimextract classify EMPTY                     (model load, no statement)
# B - C is the classification of every statement; (B - C) / A is its share of the pipeline's time.
# usage: benchmarks/statements-speed.sh [RUNS]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
pages=../shared/data/zyte/html
[[ -d $pages ]] || { echo "benchmark: $pages not found (../shared must sit beside the repository)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish src/ClaimExtract.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out/bin" --nologo -v quiet >/dev/null
bin=$out/bin/claimextract
"$bin" extract "$pages" --format jsonl --jobs 1 -o "$out/articles.jsonl" 2>/dev/null || true
python3 - "$out/articles.jsonl" "$out/statements.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as o:
    for line in f:
        for s in json.loads(line)["statements"]:
            o.write(json.dumps({"id": s["id"], "text": s["text"], "cue": s["cue"], "quote_type": s["quote_type"]}) + "\n")
PY
: > "$out/empty.txt"
statements=$(wc -l < "$out/statements.jsonl")

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_runs() {
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    echo "$end - $start" | bc -l
  done | median
}
a=$(time_runs "$bin" extract "$pages" --format jsonl --jobs 1 -o /dev/null)
b=$(time_runs "$bin" classify "$out/statements.jsonl")
c=$(time_runs "$bin" classify "$out/empty.txt")
printf 'pages=181 statements=%d runs=%d extract=%.3fs classify_all=%.3fs classify_none=%.3fs classification=%.3fs share=%.1f%%\n' \
  "$statements" "$runs" "$a" "$b" "$c" "$(echo "$b - $c" | bc -l)" "$(echo "100 * ($b - $c) / $a" | bc -l)"
