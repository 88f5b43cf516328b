using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimExtract.Quotes.Training;
using ClaimExtract.Speakers.Training;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Cli;

/// <summary><c>claimextract train</c>: rebuilds the embedded statement model from the shared data and the project's labels.</summary>
internal static class TrainCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(Stream stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => "../shared/data" };
        var labels = new Option<string>("--labels") { Description = "The project's hand labels.", DefaultValueFactory = _ => "data/statements/labels.tsv" };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "src/ClaimExtract/Statements/statement-model.zip" };
        var seed = new Option<int>("--seed") { Description = "The seed of every random choice.", DefaultValueFactory = _ => 1 };
        var trainers = new Option<string[]>("--trainer") { Description = "The trainers to compare (lbfgs-lr, lbfgs-lr-strong, sdca-lr); the best on validation is kept.", DefaultValueFactory = _ => [.. StatementTrainer.TrainerNames], AllowMultipleArgumentsPerToken = true };
        var outOfFold = new Option<string?>("--out-of-fold") { Description = "Also write every training sentence's out-of-fold detector scores and kind (of the kept trainer) to this TSV, for error analysis (no text)." };
        var subsample = new Option<int>("--subsample") { Description = "Keep one corpus sentence in N (hand labels always), for quick checks.", DefaultValueFactory = _ => 1 };
        var noHeldOut = new Option<bool>("--no-held-out") { Description = "Do not score the held-out sets (their figures stay empty): compare variants on the out-of-fold figures alone, then score the chosen one with 'claimextract eval statements'." };
        var command = new Command("train", "Rebuild the statement classifier (model zip and calibration JSON) from ../shared/data and data/statements/labels.tsv; prints the held-out metrics as JSON.")
        {
            data, labels, output, seed, trainers, subsample, outOfFold, noHeldOut,
            CreateSpeakers(stdout, stderr, cues: false),
            CreateSpeakers(stdout, stderr, cues: true),
            CreateVerifier(stdout, stderr),
        };
        command.SetAction(parse =>
        {
            var options = new StatementTrainingOptions(parse.GetRequiredValue(data), parse.GetRequiredValue(labels), parse.GetRequiredValue(output), parse.GetValue(seed))
            {
                Trainers = parse.GetRequiredValue(trainers),
                Subsample = parse.GetValue(subsample),
                OutOfFoldPath = parse.GetValue(outOfFold),
                ScoreHeldOut = !parse.GetValue(noHeldOut),
            };
            if (options.Trainers.Count == 0 || options.Trainers.Any(t => !StatementTrainer.TrainerNames.Contains(t)))
            {
                throw new UsageException($"--trainer takes {string.Join(" or ", StatementTrainer.TrainerNames)}.");
            }

            if (options.Subsample < 1)
            {
                throw new UsageException("--subsample must be 1 or more.");
            }

            if (!Directory.Exists(options.SharedDataDirectory))
            {
                throw new UsageException($"{options.SharedDataDirectory}: the shared data folder does not exist (give it with --data).");
            }

            if (!File.Exists(options.LabelsPath))
            {
                throw new UsageException($"{options.LabelsPath}: no such labels file (give it with --labels).");
            }

            var report = StatementTrainer.Train(options, stderr);
            JsonSerializer.Serialize(stdout, report, Indented);
            stdout.WriteByte((byte)'\n');
            stdout.Flush();
            return CliApp.Success;
        });
        return command;
    }

    /// <summary><c>claimextract train verifier</c>: rebuilds the embedded attribution verifier from PolNeAR train.</summary>
    private static Command CreateVerifier(Stream stdout, TextWriter stderr)
    {
        var gold = new Option<string>("--gold") { Description = "The training attributions (PolNeAR train).", DefaultValueFactory = _ => "../shared/data/polnear/train.jsonl.gz" };
        var output = new Option<string>("--out") { Description = "Where to write the model (its threshold file beside it).", DefaultValueFactory = _ => "src/ClaimExtract/Quotes/attribution-verifier.zip" };
        var seed = new Option<int>("--seed") { Description = "The seed of every random choice.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation by article (the cue tagger's folds).", DefaultValueFactory = _ => 5 };
        var trees = new Option<int>("--trees") { Description = "Boosted trees in the model.", DefaultValueFactory = _ => VerifierTrainer.Trees };
        var leaves = new Option<int>("--leaves") { Description = "Leaves of each tree.", DefaultValueFactory = _ => 16 };
        var rate = new Option<double>("--learning-rate") { Description = "The boosting's learning rate.", DefaultValueFactory = _ => VerifierTrainer.LearningRate };
        var perLeaf = new Option<int>("--per-leaf") { Description = "The fewest training examples a leaf holds.", DefaultValueFactory = _ => VerifierTrainer.MinimumExamplesPerLeaf };
        var halfF1 = new Option<bool>("--half-f1-cut") { Description = "Cut where an attribution's chance of being right (Platt's scaling of the out-of-fold scores) is half the F1, instead of at the single best cut." };
        var rows = new Option<string?>("--rows") { Description = "Write every training example (article, label, features, cue, content) here as TSV, for error analysis." };
        var margin = new Option<float>("--tagger-margin") { Description = "Lower the cue tagger's threshold by this much under the verifier (it checks what the tagger adds).", DefaultValueFactory = _ => 0f };
        var stability = new Option<string[]>("--stability") { Description = "Instead of training, measure recipes' stability: each TREES,LEAVES,RATE,PERLEAF,FEATURESHARE,SEED[,bag], trained on all the articles and on subsets that leave a few out.", AllowMultipleArgumentsPerToken = true };
        var perturbations = new Option<int>("--perturbations") { Description = "With --stability: the subsets.", DefaultValueFactory = _ => 3 };
        var dropShare = new Option<double>("--drop") { Description = "With --stability: the share of articles each subset leaves out.", DefaultValueFactory = _ => 0.02 };
        var command = new Command("verifier", "Rebuild the attribution verifier (boosted trees that keep or drop each attribution of the rules and the cue tagger) from PolNeAR train; prints its cross-validated effect as JSON.")
        {
            gold, output, seed, folds, trees, leaves, rate, perLeaf, halfF1, rows, margin, stability, perturbations, dropShare,
        };
        command.SetAction(parse =>
        {
            var options = new SpeakerTrainingOptions(parse.GetRequiredValue(gold), parse.GetRequiredValue(output), parse.GetValue(seed), parse.GetValue(folds))
            {
                Trees = parse.GetValue(trees),
                Leaves = parse.GetValue(leaves),
                LearningRate = parse.GetValue(rate),
                MinimumExamplesPerLeaf = parse.GetValue(perLeaf),
            };
            if (options.Folds < 2 || options.Trees < 1 || options.Leaves < 2 || options.MinimumExamplesPerLeaf < 1 || !(options.LearningRate > 0))
            {
                throw new UsageException("--folds and --leaves must be 2 or more, --trees and --per-leaf 1 or more, --learning-rate above 0.");
            }

            // --stability measures recipes instead of training; they are read before anything runs, so a malformed one is a usage error.
            var recipes = parse.GetValue(stability) is { Length: > 0 } specs ? specs.Select(spec => StabilityRecipeOf(spec, options)).ToList() : null;

            if (!File.Exists(options.GoldPath))
            {
                throw new UsageException($"{options.GoldPath}: no such gold file (give it with --gold).");
            }

            if (recipes is not null)
            {
                VerifierTrainer.Stability(options, recipes, parse.GetValue(perturbations), parse.GetValue(dropShare), stderr);
                return CliApp.Success;
            }

            JsonSerializer.Serialize(stdout, VerifierTrainer.Train(options, stderr, parse.GetValue(rows), parse.GetValue(margin), parse.GetValue(halfF1)), Indented);
            stdout.WriteByte((byte)'\n');
            stdout.Flush();
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>
    /// A recipe of <c>train verifier --stability</c> or <c>train cues --stability</c>: TREES,LEAVES,RATE,PERLEAF,FEATURESHARE,SEED
    /// and, for the verifier, an optional "bag" (the fold models' mean; the tagger's fold models read other priors, so it has none).
    /// </summary>
    private static VerifierTrainer.StabilityRecipe StabilityRecipeOf(string spec, SpeakerTrainingOptions options, bool bagAllowed = true)
    {
        var p = spec.Split(',');
        var inv = CultureInfo.InvariantCulture;
        if (p.Length is < 6 or > 7 || p.Length == 7 && (p[6] != "bag" || !bagAllowed)
            || !int.TryParse(p[0], inv, out var trees) || trees < 1 || !int.TryParse(p[1], inv, out var leaves) || leaves < 2
            || !double.TryParse(p[2], inv, out var rate) || !(rate > 0) || !int.TryParse(p[3], inv, out var perLeaf) || perLeaf < 1
            || !double.TryParse(p[4], inv, out var share) || !(share is > 0 and <= 1) || !int.TryParse(p[5], inv, out var seed))
        {
            throw new UsageException(bagAllowed
                ? $"--stability {spec}: expected TREES,LEAVES,RATE,PERLEAF,FEATURESHARE,SEED[,bag], e.g. 60,16,0.2,20,1,1."
                : $"--stability {spec}: expected TREES,LEAVES,RATE,PERLEAF,FEATURESHARE,SEED, e.g. 100,16,0.2,20,1,1.");
        }

        return new VerifierTrainer.StabilityRecipe(spec, options with
        {
            Trees = trees, Leaves = leaves, LearningRate = rate, MinimumExamplesPerLeaf = perLeaf, FeatureFraction = share, Seed = seed,
        }, p.Length == 7);
    }

    /// <summary><c>claimextract train speakers</c>: rebuilds the embedded speaker ranker from PolNeAR train.</summary>
    private static Command CreateSpeakers(Stream stdout, TextWriter stderr, bool cues)
    {
        var gold = new Option<string>("--gold") { Description = "The training attributions (PolNeAR train).", DefaultValueFactory = _ => "../shared/data/polnear/train.jsonl.gz" };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => cues ? "src/ClaimExtract/Quotes/cue-tagger.zip" : "src/ClaimExtract/Speakers/speaker-ranker.zip" };
        var seed = new Option<int>("--seed") { Description = "The seed of every random choice.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation by article.", DefaultValueFactory = _ => 5 };
        var trees = new Option<int>("--trees") { Description = "Boosted trees in the model.", DefaultValueFactory = _ => cues ? CueTaggerTrainer.Trees : 60 };
        var leaves = new Option<int>("--leaves") { Description = "Leaves of each tree.", DefaultValueFactory = _ => 16 };
        var errors = new Option<string?>("--errors") { Description = "Write the ranker's cross-validated errors on train here (JSON Lines), for error analysis." };
        var tagger = new Option<string>("--cues") { Description = "The cue tagger whose attributions the speaker ranker also learns from, as the pipeline runs it.", DefaultValueFactory = _ => "src/ClaimExtract/Quotes/cue-tagger.zip" };
        var rate = new Option<double>("--learning-rate") { Description = "The boosting's learning rate.", DefaultValueFactory = _ => CueTaggerTrainer.LearningRate };
        var perLeaf = new Option<int>("--per-leaf") { Description = "The fewest training examples a leaf holds.", DefaultValueFactory = _ => CueTaggerTrainer.MinimumExamplesPerLeaf };
        var cut = new Option<string>("--cut") { Description = "How the threshold is chosen on the cross-validation: best (the single best cut), half-f1 (where an addition's chance of being right is half the F1, Platt's scaling of every sentence's best score) or half-f1-near (the same, fitted to the highest scores).", DefaultValueFactory = _ => "best" };
        var stability = new Option<string[]>("--stability") { Description = "Instead of training, measure recipes' stability: each TREES,LEAVES,RATE,PERLEAF,FEATURESHARE,SEED, trained on all the articles and on subsets that leave a few out.", AllowMultipleArgumentsPerToken = true };
        var perturbations = new Option<int>("--perturbations") { Description = "With --stability: the subsets.", DefaultValueFactory = _ => 3 };
        var dropShare = new Option<double>("--drop") { Description = "With --stability: the share of articles each subset leaves out.", DefaultValueFactory = _ => 0.02 };
        var objective = new Option<string>("--objective") { Description = "What the speaker ranker's trees learn: binary (each candidate right or wrong) or rank (each attribution's candidates ranked as a group, LambdaMART).", DefaultValueFactory = _ => "binary" };
        var ndcgAt = new Option<int>("--ndcg-at") { Description = "With --objective rank: the rank NDCG is truncated at (1: only the top candidate counts).", DefaultValueFactory = _ => 100 };
        var command = cues
            ? new Command("cues", "Rebuild the cue tagger (boosted trees over candidate cue words; its prior table beside it) from PolNeAR train; prints its cross-validated effect as JSON.")
            : new Command("speakers", "Rebuild the speaker ranker (boosted trees over candidate speakers) from PolNeAR train; prints its cross-validated accuracy as JSON.");
        command.Options.Add(gold);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(folds);
        command.Options.Add(trees);
        command.Options.Add(leaves);
        if (!cues)
        {
            command.Options.Add(tagger);
            command.Options.Add(errors);
            command.Options.Add(objective);
            command.Options.Add(ndcgAt);
            command.Options.Add(rate);
        }
        else
        {
            command.Options.Add(rate);
            command.Options.Add(perLeaf);
            command.Options.Add(cut);
            command.Options.Add(stability);
            command.Options.Add(perturbations);
            command.Options.Add(dropShare);
        }

        command.SetAction(parse =>
        {
            var options = new SpeakerTrainingOptions(parse.GetRequiredValue(gold), parse.GetRequiredValue(output), parse.GetValue(seed), parse.GetValue(folds))
            {
                Trees = parse.GetValue(trees),
                Leaves = parse.GetValue(leaves),
                CueTaggerModelPath = cues ? null : parse.GetValue(tagger),
                ErrorsPath = cues ? null : parse.GetValue(errors),
            };
            if (cues)
            {
                options = options with { LearningRate = parse.GetValue(rate), MinimumExamplesPerLeaf = parse.GetValue(perLeaf) };
            }
            else
            {
                options = options with
                {
                    LearningRate = parse.GetValue(rate),
                    NdcgTruncation = parse.GetValue(ndcgAt),
                    Objective = parse.GetValue(objective) switch
                    {
                        "binary" => SpeakerObjective.Binary,
                        "rank" => SpeakerObjective.Rank,
                        var other => throw new UsageException($"--objective {other}: expected binary or rank."),
                    },
                };
                if (options.NdcgTruncation < 1)
                {
                    throw new UsageException("--ndcg-at must be 1 or more.");
                }
            }

            if (options.Folds < 2 || options.Trees < 1 || options.Leaves < 2 || options.MinimumExamplesPerLeaf < 1 || !(options.LearningRate > 0))
            {
                throw new UsageException("--folds and --leaves must be 2 or more, --trees and --per-leaf 1 or more, --learning-rate above 0.");
            }

            // The tagger's cut and --stability recipes are read before anything runs, so a malformed one is a usage error.
            var cueCut = CueCut.Best;
            List<VerifierTrainer.StabilityRecipe>? recipes = null;
            if (cues)
            {
                cueCut = parse.GetValue(cut) switch
                {
                    "best" => CueCut.Best,
                    "half-f1" => CueCut.HalfF1,
                    "half-f1-near" => CueCut.HalfF1Near,
                    var other => throw new UsageException($"--cut {other}: expected best, half-f1 or half-f1-near."),
                };
                recipes = parse.GetValue(stability) is { Length: > 0 } specs ? [.. specs.Select(spec => StabilityRecipeOf(spec, options, bagAllowed: false))] : null;
            }

            if (!File.Exists(options.GoldPath))
            {
                throw new UsageException($"{options.GoldPath}: no such gold file (give it with --gold).");
            }

            if (recipes is not null)
            {
                CueTaggerTrainer.Stability(options, recipes, parse.GetValue(perturbations), parse.GetValue(dropShare), stderr);
                return CliApp.Success;
            }

            if (cues)
            {
                JsonSerializer.Serialize(stdout, CueTaggerTrainer.Train(options, stderr, cueCut), Indented);
            }
            else
            {
                JsonSerializer.Serialize(stdout, SpeakerRankerTrainer.Train(options, stderr), Indented);
            }

            stdout.WriteByte((byte)'\n');
            stdout.Flush();
            return CliApp.Success;
        });
        return command;
    }
}
