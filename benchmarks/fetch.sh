#!/usr/bin/env bash
# Whole-process time of `claimextract extract @urls.txt` over the 181 Zyte pages served on loopback by
# HOSTS local servers (default 8), each answer held back LATENCY seconds (default 0.3), with --fetches 1
# (one URL at a time) and with the default --fetches 8; --host-delay 0.2 s. The records must be identical
# but for their fetch time.
# usage: benchmarks/fetch.sh [HOSTS] [LATENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
hosts=${1:-8}
latency=${2:-0.3}
[[ -d ../shared/data/zyte/html ]] || { echo "benchmark: ../shared/data/zyte/html not found" >&2; exit 2; }
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
benchmarks/publish.sh src/ClaimExtract.Cli "$work/bin"
python3 benchmarks/fetch-server.py ../shared/data/zyte/html "$hosts" "$latency" "$work/urls.txt" >"$work/server.log" &
server=$!
until grep -q ready "$work/server.log" 2>/dev/null; do sleep 0.2; done

printf '%-10s %8s %12s\n' fetches wall_s documents/s
for fetches in 1 8; do
  /usr/bin/time -f '%e' -o "$work/time" "$work/bin/claimextract" extract "@$work/urls.txt" --fetches "$fetches" --host-delay 0.2 -o "$work/out-$fetches.jsonl" 2>/dev/null || true
  seconds=$(cat "$work/time")
  printf '%-10s %8s %12.1f\n' "$fetches" "$seconds" "$(echo "$(wc -l <"$work/out-$fetches.jsonl") / $seconds" | bc -l)"
done
# The records must be the same, in the same order, but for the fetch time.
same=$(python3 -c 'import json, sys
read = lambda p: [{k: v for k, v in json.loads(l).items() if k != "fetched"} for l in open(p)]
print(read(sys.argv[1]) == read(sys.argv[2]))' "$work/out-1.jsonl" "$work/out-8.jsonl")
[[ $same == True ]] && echo "records identical but for 'fetched', in the same order" || echo "RECORDS DIFFER"
