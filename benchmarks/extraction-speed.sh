#!/usr/bin/env bash
# Whole-process speed of article extraction on the 181 Zyte pages, side by side with the bare
# HtmlAgilityPack parse (HtmlDocument.LoadHtml) and with SmartReader, in one run.
# usage: benchmarks/extraction-speed.sh [RUNS] [JOBS]     (default 5 runs, jobs = number of cores)
# Each mode is a separate process timed whole by /usr/bin/time: start-up, reading and gunzipping the
# pages, charset detection and the work. Modes alternate run by run (parse, extract, smartreader, parse,
# ...) so that a drift in the machine's speed hits them alike. Reports the median wall and CPU seconds
# of each mode, pages per CPU second, and the throughput ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jobs=${2:-$(nproc)}
pages=../shared/data/zyte/html
[[ -d $pages ]] || { echo "benchmark: $pages not found (../shared must sit beside the repository)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
benchmarks/publish.sh benchmarks/ExtractionBench "$out/bin"
bench="$out/bin/ExtractionBench"
count=$(ls "$pages"/*.html.gz | wc -l)

modes=(parse extract smartreader)
for mode in "${modes[@]}"; do "$bench" "$mode" "$pages" "$jobs" >/dev/null; done   # warm-up: file cache
for ((i = 0; i < runs; i++)); do
  for mode in "${modes[@]}"; do
    /usr/bin/time -f "%e %U %S" -a -o "$out/$mode.times" "$bench" "$mode" "$pages" "$jobs" >/dev/null
  done
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
declare -A wall cpu
for mode in "${modes[@]}"; do
  wall[$mode]=$(awk '{print $1}' "$out/$mode.times" | median)
  cpu[$mode]=$(awk '{print $2 + $3}' "$out/$mode.times" | median)
  printf '%-12s pages=%d jobs=%d runs=%d median_wall_s=%.3f median_cpu_s=%.3f pages_per_wall_s=%.1f pages_per_cpu_s=%.1f\n' \
    "$mode" "$count" "$jobs" "$runs" "${wall[$mode]}" "${cpu[$mode]}" "$(echo "$count / ${wall[$mode]}" | bc -l)" "$(echo "$count / ${cpu[$mode]}" | bc -l)"
done
# Throughput ratios: extract / parse (the issue asks >= 0.6) and extract / smartreader (>= 10).
printf 'throughput extract/parse: wall %.2f cpu %.2f; extract/smartreader: wall %.1f cpu %.1f\n' \
  "$(echo "${wall[parse]} / ${wall[extract]}" | bc -l)" "$(echo "${cpu[parse]} / ${cpu[extract]}" | bc -l)" \
  "$(echo "${wall[smartreader]} / ${wall[extract]}" | bc -l)" "$(echo "${cpu[smartreader]} / ${cpu[extract]}" | bc -l)"
