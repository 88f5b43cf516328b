#!/usr/bin/env bash
# Scores article-body extraction on the Zyte benchmark (181 pages) with the reference scorer.
# usage: scripts/eval-extraction.sh [--per-page]     (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run -c Release --project src/ClaimExtract.Cli -- extract ../shared/data/zyte/html --format jsonl -o "$work/pred.jsonl" 2>"$work/errors.txt" || true
python3 ../shared/eval/score_extraction.py "$work/pred.jsonl" "$@"
