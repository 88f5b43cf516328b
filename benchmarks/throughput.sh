#!/usr/bin/env bash
# Whole-process throughput of `claimextract extract` on the 181 pages of the Zyte benchmark
# (../shared/data/zyte/html/*.html.gz), start-up included, output to /dev/null.
# usage: benchmarks/throughput.sh [RUNS] [JOBS]     (default 5 runs, --jobs = number of cores)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jobs=${2:-$(nproc)}
pages=../shared/data/zyte/html
[[ -d $pages ]] || { echo "benchmark: $pages not found (../shared must sit beside the repository)" >&2; exit 2; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$out/bin"
count=$(ls "$pages"/*.html.gz | wc -l)

# One warm-up run, then RUNS timed runs; the median is reported.
"$out/bin/claimextract" extract "$pages" --format jsonl --jobs "$jobs" -o /dev/null 2>/dev/null || true
times=()
for ((i = 0; i < runs; i++)); do
  start=$(date +%s.%N)
  "$out/bin/claimextract" extract "$pages" --format jsonl --jobs "$jobs" -o /dev/null 2>/dev/null || true
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc -l)")
done
median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
printf 'pages=%d jobs=%d runs=%d median_seconds=%.3f articles_per_second=%.1f (all: %s)\n' \
  "$count" "$jobs" "$runs" "$median" "$(echo "$count / $median" | bc -l)" "${times[*]}"
