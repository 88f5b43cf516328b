#!/usr/bin/env bash
# Rebuilds every embedded model from ../shared/data, in the order they depend on each other, and says which files changed.
# usage: scripts/train-all.sh   (needs ../shared beside the repository; about 3 minutes on 2 quiet cores)
#
#   1. claimextract train cues      the cue tagger and its prior table (the rules read the priors too)
#   2. claimextract train speakers  the speaker ranker, over the rules' and the new tagger's attributions
#   3. claimextract train verifier  the attribution verifier, behind the new tagger (its out-of-fold taggers and threshold)
#   4. claimextract train           the statement classifier (it reads no quote model)
#
# The shipped models are what this script built at 0b48b43 (2026-11-30). On a later tree the rules feed the trainers other
# attributions, so it trains other models: measure them like any change before committing them (docs/quotes.md, "Where issue 4
# stands", on round 123's retrain that was not shipped).
#
# Each step is a `dotnet run`, which rebuilds the tool when a model file it embeds has changed, so a step reads the models
# the steps before it wrote. Every command is deterministic: on an unchanged tree and data, no file changes.
set -euo pipefail
cd "$(dirname "$0")/.."
models=(src/ClaimExtract/Quotes/cue-tagger.zip src/ClaimExtract/Quotes/cue-priors.tsv src/ClaimExtract/Speakers/cue-sources.tsv
        src/ClaimExtract/Speakers/speaker-ranker.zip src/ClaimExtract/Quotes/attribution-verifier.zip
        src/ClaimExtract/Quotes/attribution-verifier.tsv src/ClaimExtract/Statements/statement-model.zip
        src/ClaimExtract/Quotes/cue-tagger.bounds.tsv src/ClaimExtract/Speakers/speaker-ranker.bounds.tsv
        src/ClaimExtract/Statements/statement-calibration.json src/ClaimExtract/Statements/statement-model.bin
        src/ClaimExtract/Quotes/cue-tagger.trees src/ClaimExtract/Speakers/speaker-ranker.trees src/ClaimExtract/Quotes/attribution-verifier.trees)
before=$(sha256sum "${models[@]}" 2>/dev/null || true)
cli() { dotnet run -c Release --project src/ClaimExtract.Cli -- "$@"; }
for step in "train cues" "train speakers" "train verifier" "train"; do
  echo "== claimextract $step" >&2
  # shellcheck disable=SC2086 # the step is words on purpose
  cli $step > /dev/null
done
echo "== changed model files:" >&2
diff <(echo "$before") <(sha256sum "${models[@]}" 2>/dev/null) | sed -n 's/^> [0-9a-f]*  /  /p' >&2 || true
