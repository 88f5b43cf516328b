#!/usr/bin/env bash
# What statement classification costs per article: the 181 Zyte pages are extracted once (one job) and
# their statements written out; then, whole process, RUNS times each, CPU seconds (user + sys; the
# machine is shared, so CPU time is steadier than wall time):
#   A  claimextract extract PAGES --jobs 1             (the whole pipeline, classification included)
#   B  claimextract classify STATEMENTS.jsonl          (start-up, model load, JIT, every statement once)
#   B10 claimextract classify STATEMENTS×10.jsonl      (the same, every statement ten times)
#   C  claimextract classify EMPTY                     (start-up and model load only)
# (B10 - B) / 9 is the warm classification of every statement of the 181 pages (ten passes rather than two, so
# that the difference stands well above the noise of a shared machine); A - C the pipeline's work on them;
# W / (A - C - W) is what classification adds to the rest of the pipeline. W still counts classify's own JSON
# reading and writing, which the pipeline does not do, so the figure is an upper bound.
# usage: benchmarks/statements-speed.sh [RUNS]     (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
pages=../shared/data/zyte/html
[[ -d $pages ]] || { echo "benchmark: $pages not found (../shared must sit beside the repository)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$out/bin"
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
cpu_runs() {
  "$@" >/dev/null 2>&1 || true
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%U %S' -o "$out/time" "$@" >/dev/null 2>&1 || true
    awk '{print $1 + $2}' "$out/time"
  done | median
}
for _ in 1 2 3 4 5 6 7 8 9 10; do cat "$out/statements.jsonl"; done > "$out/statements10.jsonl"
a=$(cpu_runs "$bin" extract "$pages" --format jsonl --jobs 1 -o /dev/null)
b=$(cpu_runs "$bin" classify "$out/statements.jsonl")
b10=$(cpu_runs "$bin" classify "$out/statements10.jsonl")
c=$(cpu_runs "$bin" classify "$out/empty.txt")
warm=$(echo "($b10 - $b) / 9" | bc -l)
printf 'pages=181 statements=%d runs=%d cpu_s: extract=%.2f classify=%.2f classify_ten_times=%.2f classify_none=%.2f classification_warm=%.3f adds=%.1f%%\n' \
  "$statements" "$runs" "$a" "$b" "$b10" "$c" "$warm" "$(echo "100 * $warm / ($a - $c - $warm)" | bc -l)"
