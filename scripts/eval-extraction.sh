#!/usr/bin/env bash
# Scores article-body extraction on the Zyte benchmark (181 pages) as ../shared/eval/score_extraction.py does.
# usage: scripts/eval-extraction.sh [--per-page] [--save-predictions FILE]     (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project src/ClaimExtract.Cli -- eval extraction --data ../shared/data/zyte "$@"
