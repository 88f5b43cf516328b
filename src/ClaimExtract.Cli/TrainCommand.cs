using System.CommandLine;
using System.Text.Json;
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
        var subsample = new Option<int>("--subsample") { Description = "Keep one corpus sentence in N (hand labels always), for quick checks.", DefaultValueFactory = _ => 1 };
        var command = new Command("train", "Rebuild the statement classifier (model zip and calibration JSON) from ../shared/data and data/statements/labels.tsv; prints the held-out metrics as JSON.")
        {
            data, labels, output, seed, trainers, subsample,
        };
        command.SetAction(parse =>
        {
            var options = new StatementTrainingOptions(parse.GetRequiredValue(data), parse.GetRequiredValue(labels), parse.GetRequiredValue(output), parse.GetValue(seed))
            {
                Trainers = parse.GetRequiredValue(trainers),
                Subsample = parse.GetValue(subsample),
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
}
