#!/usr/bin/env bash
# What finding statements costs a whole batch run, from outside the process: the 181 Zyte pages copied COPIES
# times into one folder, then, alternated RUNS times each, A = `claimextract extract PAGES --jobs 1` (everything:
# scraping, quotes, speakers, kinds, JSON Lines out) and B = the same with --text-only (scraping only: no quotes,
# speakers or kinds, no model loaded). Prints the medians of CPU (user + sys) and wall seconds and the median of
# the pair-by-pair ratios A/B; A/B - 1 is what the quote, speaker and statement stages add to a scraping run,
# start-up and model load included (an upper bound for the quote and speaker stage alone).
# usage: benchmarks/statements-cost.sh [RUNS] [COPIES]     (default 5 runs, 5 copies = 905 pages)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
copies=${2:-5}
pages=../shared/data/zyte/html
[[ -d $pages ]] || { echo "benchmark: $pages not found (../shared must sit beside the repository)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$out/bin"
bin=$out/bin/claimextract
for ((k = 0; k < copies; k++)); do mkdir "$out/pages/$k" -p && cp "$pages"/* "$out/pages/$k/"; done
count=$(find "$out/pages" -type f | wc -l)

one() { /usr/bin/time -f '%U %S %e' -o "$out/time" "$@" >/dev/null 2>&1 || true; awk '{printf "%.3f %.3f\n", $1 + $2, $3}' "$out/time"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
"$bin" extract "$out/pages" -q --jobs 1 -o /dev/null || true     # warm the file cache
: > "$out/pairs"
for ((i = 0; i < runs; i++)); do
  read -r acpu awall < <(one "$bin" extract "$out/pages" -q --jobs 1 --format jsonl -o /dev/null)
  read -r bcpu bwall < <(one "$bin" extract "$out/pages" -q --jobs 1 --format jsonl -o /dev/null --text-only)
  echo "$acpu $awall $bcpu $bwall" >> "$out/pairs"
done
col() { awk -v c="$1" '{print $c}' "$out/pairs" | median; }
ratio() { awk -v a="$1" -v b="$2" '{printf "%.4f\n", $a / $b}' "$out/pairs" | median; }
printf 'pages=%d runs=%d median cpu_s: whole=%s text_only=%s (ratio %s); median wall_s: whole=%s text_only=%s (ratio %s)\n' \
  "$count" "$runs" "$(col 1)" "$(col 3)" "$(ratio 1 3)" "$(col 2)" "$(col 4)" "$(ratio 2 4)"
