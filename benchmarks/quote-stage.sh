#!/usr/bin/env bash
# In-process timing of the quote and speaker stage against the whole pipeline (best of 5 warm rounds, or
# QUOTE_STAGE_ROUNDS of them: 25 read the steady state, after the JIT has promoted the hot code; one thread) on the
# Zyte pages and the PolNeAR train texts; prints the stage's share per article.
# usage: [QUOTE_STAGE_ROUNDS=25] benchmarks/quote-stage.sh     (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test tests/ClaimExtract.Tests -c Release --filter "FullyQualifiedName~QuoteStageTiming" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "^ *(zyte|polnear):|Passed!|Failed!| error " | sed "s/^ *//" | sort -u
