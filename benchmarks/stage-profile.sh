#!/usr/bin/env bash
# A sampled CPU profile of the CLI (`perf record -g`, the JIT's code named through its perf map) and the shares of a
# frame's callees (benchmarks/stage-profile.py). The JIT's code is mapped without W^X double mapping
# (DOTNET_EnableWriteXorExecute=0): with it, perf sees the code as a file mapping and leaves every managed frame unnamed.
# Unlike dotnet-trace's sampled thread time, which stops threads only where they poll for the collector and so piles
# samples onto allocation helpers (docs/quotes.md, "speed70"), perf samples on a CPU timer wherever the thread is.
# usage: benchmarks/stage-profile.sh INPUT [FRAME ...]   (INPUT: what `claimextract extract` reads; FRAME default
#        ClaimPipeline::Attributions; needs perf and a Release build)
set -euo pipefail
cd "$(dirname "$0")/.."
input=${1:?usage: benchmarks/stage-profile.sh INPUT [FRAME ...]}
shift
frames=("${@:-ClaimPipeline::Attributions}")
[[ $# -eq 0 ]] && frames=(ClaimPipeline::Attributions)
command -v perf >/dev/null || { echo "stage-profile: needs perf (Debian package linux-perf)" >&2; exit 2; }
dll=src/ClaimExtract.Cli/bin/Release/net10.0/claimextract.dll
[[ -f $dll ]] || { echo "stage-profile: build first: dotnet build -c Release ClaimExtract.sln" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record -q -F 999 -g -o "$work/perf.data" dotnet "$dll" extract "$input" -q -j 1 --format jsonl -o /dev/null
perf script -i "$work/perf.data" -F comm,tid,ip,sym 2>/dev/null >"$work/perf.txt"
for frame in "${frames[@]}"; do
  python3 benchmarks/stage-profile.py "$work/perf.txt" "$frame"
  echo
done
