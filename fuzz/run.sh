#!/usr/bin/env bash
# Fuzzes the whole per-document pipeline (bytes -> ClaimPipeline.Process -> JSON Lines and CSV) with
# AFL++ and SharpFuzz for a fixed budget, then prints the figures and replays every crash and hang.
#
#   fuzz/run.sh MINUTES            e.g. fuzz/run.sh 30
#
# Needs afl-fuzz (Debian: apt-get install afl++); installs the sharpfuzz tool (NuGet
# SharpFuzz.CommandLine 2.3.0) into fuzz/.tools. Output: fuzz/out/ (FUZZ_OUT) (findings/default/{crashes,hangs,fuzzer_stats}).
# Environment: FUZZ_OUT (output folder under fuzz/, default out), FUZZ_TIMEOUT_MS (per input, default 10000: the hang bound), FUZZ_NICE (default 10).
# Exit status: 0 when the run found no crash and no hang, 1 when it did, 2 on a setup error.
set -euo pipefail
cd "$(dirname "$0")"
out=${FUZZ_OUT:-out}
minutes=${1:?usage: fuzz/run.sh MINUTES}
timeout_ms=${FUZZ_TIMEOUT_MS:-10000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v afl-fuzz >/dev/null || { echo "run.sh: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }
if [[ ! -x .tools/sharpfuzz ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path .tools >/dev/null
fi

rm -rf $out/bin $out/replay
dotnet publish ClaimExtract.Fuzz -c Release -o $out/replay -v q --nologo
# The seeds must pass before the fuzzer starts from them (instrumented code runs only under afl-fuzz,
# so $out/replay keeps an uninstrumented copy for replaying).
dotnet $out/replay/ClaimExtract.Fuzz.dll --replay seeds >/dev/null
cp -r $out/replay $out/bin
# Coverage feedback from the library and the HTML parser it drives.
for dll in ClaimExtract.Core.dll HtmlAgilityPack.dll; do
  .tools/sharpfuzz "$out/bin/$dll"
done

rm -rf $out/findings
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
nice -n "${FUZZ_NICE:-10}" afl-fuzz -i seeds -o $out/findings -x html.dict -t "$timeout_ms" -m none \
  -V $((minutes * 60)) -- dotnet $out/bin/ClaimExtract.Fuzz.dll > $out/afl.log 2>&1 || {
  echo "run.sh: afl-fuzz failed, see fuzz/$out/afl.log" >&2; tail -n 30 $out/afl.log >&2; exit 2; }

stats=$out/findings/default/fuzzer_stats
field() { sed -n "s/^$1 *: *//p" "$stats"; }
crashes=$(find $out/findings/default/crashes -type f -name 'id:*' | wc -l)
hangs=$(find $out/findings/default/hangs -type f -name 'id:*' | wc -l)
echo "run time:    $(field run_time) s"
echo "executions:  $(field execs_done) ($(field execs_per_sec)/s)"
echo "corpus:      $(field corpus_count) inputs, edges found $(field edges_found) of $(field total_edges)"
echo "crashes:     $crashes"
echo "hangs:       $hangs (> ${timeout_ms} ms)"
if (( crashes + hangs > 0 )); then
  # shellcheck disable=SC2046 # AFL's file names have no spaces
  dotnet "$out/replay/ClaimExtract.Fuzz.dll" --replay $(find "$out/findings/default/crashes" "$out/findings/default/hangs" -type f -name 'id:*') || true
  exit 1
fi
