#!/usr/bin/env bash
# Issue 6's batch check: 1,000 documents of which 100 are bad (ten kinds, benchmarks/bad-inputs.py)
# against the 900 good ones alone: exit status, records written, error records, and the wall time of
# each (median of RUNS whole-process runs, alternated), with the ratio.
# usage: benchmarks/bad-inputs.sh [RUNS] [GOOD]      (default 5 runs, 900 good pages)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
good=${2:-900}
[[ -d ../shared/data/zyte/html ]] || { echo "benchmark: ../shared/data/zyte/html not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$work/bin"
python3 benchmarks/bad-inputs.py "$good" "$work/corpus"
cli=$work/bin/claimextract

set +e
"$cli" extract "$work/corpus/mixed" -o "$work/mixed.jsonl" --errors "$work/errors.jsonl" -j 2 2>/dev/null
status=$?
set -e
echo "mixed: exit status $status, $(wc -l <"$work/mixed.jsonl") records, $(wc -l <"$work/errors.jsonl") error records"
python3 - "$work/mixed.jsonl" <<'PY'
import json, sys
ok = sum(1 for line in open(sys.argv[1]) if not any(p["severity"] == "error" for p in json.loads(line)["problems"]))
print(f"mixed: {ok} articles without an error")
PY

declare -a tg tm
for ((i = 0; i < runs; i++)); do
  for kind in good mixed; do
    start=$(date +%s.%N)
    "$cli" extract "$work/corpus/$kind" -o /dev/null -j 2 2>/dev/null || true
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc -l)
    [[ $kind == good ]] && tg+=("$t") || tm+=("$t")
  done
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mg=$(median "${tg[@]}")
mm=$(median "${tm[@]}")
printf 'good only (%d): median %.2f s; with 10%% bad (%d): median %.2f s; ratio %.3f (runs: %s | %s)\n' \
  "$good" "$mg" "$((good + good / 9))" "$mm" "$(echo "$mm / $mg" | bc -l)" "${tg[*]}" "${tm[*]}"
