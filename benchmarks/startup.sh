#!/usr/bin/env bash
# A short run's start-up, from outside the process: one page (the seed article, samples/seed-article.html) through
# `claimextract extract` and through `extract --text-only` (no model loaded), and one line through `claimextract classify`,
# each RUNS times in turn. Prints each command's median CPU (user + sys) and wall seconds and its median peak memory.
# Against a run of the published CLI of another commit: benchmarks/startup.sh RUNS OTHER_BIN (its claimextract, e.g. built
# by benchmarks/publish.sh in a worktree of that commit) runs that binary's commands in turn with this one's.
# usage: benchmarks/startup.sh [RUNS] [OTHER_BIN]     (default 9 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-9}
other=${2:-}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$out/bin"
article=samples/seed-article.html
[[ -f $article ]] || { echo "benchmark: $article not found" >&2; exit 2; }
echo "We will build 200 new homes by 2027." > "$out/line.txt"

one() { /usr/bin/time -f '%U %S %e %M' -o "$out/time" "$@" >/dev/null 2>&1 || true; awk '{printf "%.3f %.3f %d\n", $1 + $2, $3, $4}' "$out/time"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
bins=("$out/bin/claimextract")
[[ -n $other ]] && bins+=("$other")
for ((i = 0; i < runs; i++)); do
  for b in "${!bins[@]}"; do
    bin=${bins[$b]}
    echo "$b extract $(one "$bin" extract "$article" -q)" >> "$out/runs"
    echo "$b text-only $(one "$bin" extract "$article" -q --text-only)" >> "$out/runs"
    echo "$b classify $(one "$bin" classify "$out/line.txt")" >> "$out/runs"
  done
done
for b in "${!bins[@]}"; do
  for what in extract text-only classify; do
    col() { awk -v b="$b" -v w="$what" -v c="$1" '$1 == b && $2 == w {print $c}' "$out/runs" | median; }
    printf '%s %-9s median cpu_s=%s wall_s=%s peak_kb=%s (%d runs)\n' "$([[ $b == 0 ]] && echo this || echo other)" "$what" "$(col 3)" "$(col 4)" "$(col 5)" "$runs"
  done
done
