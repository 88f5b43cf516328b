#!/usr/bin/env bash
# The batch targets on N documents (default 10,000: the 181 Zyte pages repeated with distinct ids),
# once as N files in a folder and once as one WARC (.warc.gz): for each, whole-process wall time and
# peak memory (max RSS, GNU time) with --jobs 1 and --jobs 2, and a run killed midway (SIGKILL) then
# resumed, compared byte for byte with an uninterrupted run.
# usage: benchmarks/batch.sh [N] [files|warc ...]
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
shift || true
modes=("${@:-files}")
[[ $# -eq 0 ]] && modes=(files warc)
[[ -d ../shared/data/zyte/html ]] || { echo "benchmark: ../shared/data/zyte/html not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "benchmark: needs GNU time (/usr/bin/time, Debian package time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$work/bin"
python3 benchmarks/make-corpus.py "$count" "$work/corpus"
sync   # the corpus reaches the disk now, not while the first runs are being timed
cli=$work/bin/claimextract

# run NAME ARGS...: prints "wall_seconds peak_mib"
run() {
  local name=$1; shift
  /usr/bin/time -f '%e %M' -o "$work/$name.time" "$cli" extract "$@" >/dev/null 2>"$work/$name.err" || true
  awk '{printf "%s %.0f\n", $1, $2 / 1024}' "$work/$name.time"
}

printf '%-6s %-5s %10s %10s %12s\n' input jobs wall_s peak_MiB documents/s
for mode in "${modes[@]}"; do
  input=$work/corpus/files
  [[ $mode == warc ]] && input=$work/corpus/pages.warc.gz
  "$cli" extract "$input" -o /dev/null -j 2 2>/dev/null || true   # warm the file cache
  declare -A wall=()
  for jobs in 1 2; do
    read -r seconds peak < <(run "$mode-$jobs" "$input" -j "$jobs" -o "$work/$mode-$jobs.jsonl")
    wall[$jobs]=$seconds
    printf '%-6s %-5s %10s %10s %12.1f\n' "$mode" "$jobs" "$seconds" "$peak" "$(echo "$count / $seconds" | bc -l)"
  done
  printf '%-6s speed-up --jobs 2 / --jobs 1: %.2f\n' "$mode" "$(echo "${wall[1]} / ${wall[2]}" | bc -l)"
  cmp -s "$work/$mode-1.jsonl" "$work/$mode-2.jsonl" && echo "$mode: --jobs 1 and --jobs 2 outputs identical" || echo "$mode: OUTPUTS DIFFER between --jobs 1 and 2"

  # Killed at about half of the --jobs 2 time, then resumed.
  half=$(echo "${wall[2]} / 2" | bc -l)
  timeout -s KILL "$half" "$cli" extract "$input" -j 2 -o "$work/$mode-resumed.jsonl" --resume 2>/dev/null || true
  before=$(wc -l <"$work/$mode-resumed.jsonl")
  "$cli" extract "$input" -j 2 -o "$work/$mode-resumed.jsonl" --resume 2>/dev/null || true
  if cmp -s "$work/$mode-2.jsonl" "$work/$mode-resumed.jsonl"; then
    echo "$mode: killed after ${before} records, resumed: identical to the uninterrupted run"
  else
    echo "$mode: killed after ${before} records, resumed: DIFFERS from the uninterrupted run"
  fi
  unset wall
done
