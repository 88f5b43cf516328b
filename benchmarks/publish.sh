#!/usr/bin/env bash
# Publishes a project as users should deploy it, for the benchmarks: Release, ReadyToRun (compiled
# ahead of time, so start-up does not wait for the JIT), framework-dependent, for this machine's
# runtime identifier.
# usage: benchmarks/publish.sh PROJECT OUTDIR
set -euo pipefail
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
dotnet publish "$1" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$2" --nologo -v quiet >/dev/null
