using System.CommandLine;
using System.Text.Json;
using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract eval statements</c>: scores the statement classifier (the embedded model, or the files
/// given) on every evaluation set, with per-kind P/R/F1 and a confusion matrix, as text or JSON.
/// </summary>
internal static class EvalStatementsCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create(Stream stdout, TextWriter stderr)
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => "../shared/data" };
        var labels = new Option<string>("--labels") { Description = "The project's hand labels.", DefaultValueFactory = _ => "data/statements/labels.tsv" };
        var model = ClassifyCommand.ModelOption();
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation across Fornaciari manifestos (refits the promise detector per fold); 0 skips it.", DefaultValueFactory = _ => 5 };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON instead of tables." };
        var newsLabels = new Option<string>("--news-labels")
        {
            Description = "The unseen news set: statements of the Zyte pages (DATA/zyte/html) labelled by hand, scored as the pipeline extracts them; skipped if the file or the pages are missing.",
            DefaultValueFactory = _ => NewsEvaluation.DefaultLabelsPath,
        };
        var newsOnly = new Option<bool>("--news-only") { Description = "Score the unseen news set alone (seconds rather than minutes)." };
        var command = new Command("statements", "Score the statement classifier on each evaluation set: per-kind precision, recall, F1 and a confusion matrix.")
        {
            data, labels, model, folds, json, newsLabels, newsOnly,
        };
        command.SetAction(parse =>
        {
            var options = new StatementEvaluationOptions(parse.GetRequiredValue(data), parse.GetRequiredValue(labels), parse.GetValue(folds));
            if (options.Folds < 0)
            {
                throw new UsageException("--folds must be 0 or more.");
            }

            if (!Directory.Exists(options.SharedDataDirectory))
            {
                throw new UsageException($"{options.SharedDataDirectory}: the shared data folder does not exist (give it with --data).");
            }

            var only = parse.GetValue(newsOnly);
            var newsPath = parse.GetRequiredValue(newsLabels);
            var pages = Path.Combine(options.SharedDataDirectory, "zyte", "html");
            if (only && (!File.Exists(newsPath) || !Directory.Exists(pages)))
            {
                throw new UsageException($"--news-only needs the labels {newsPath} and the pages {pages}.");
            }

            if (!only && !File.Exists(options.LabelsPath))
            {
                throw new UsageException($"{options.LabelsPath}: no such labels file (give it with --labels).");
            }

            var classifier = ClassifyCommand.LoadClassifier(parse.GetValue(model));

            var results = only ? [] : StatementEvaluation.Run(classifier, options, stderr).ToList();
            NewsEvaluationResult? news = null;
            if (File.Exists(newsPath) && Directory.Exists(pages))
            {
                try
                {
                    news = NewsEvaluation.Run(classifier, pages, newsPath);
                }
                catch (InvalidDataException e)
                {
                    throw new UsageException($"{newsPath}: {e.Message}");
                }

                results.Add(news.Metrics);
            }

            if (parse.GetValue(json))
            {
                if (news is not null)
                {
                    stderr.WriteLine($"{news.Metrics.Set}: labels {news.Labels}, matched {news.Matched}, no such statement {news.NoStatement}, hash mismatch {news.HashMismatch}, unlabelled promise/retraction/prediction {news.UnlabelledSpecific}");
                }

                JsonSerializer.Serialize(stdout, results, Indented);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                using var writer = new StreamWriter(stdout, leaveOpen: true);
                foreach (var r in results)
                {
                    writer.WriteLine(r == news?.Metrics ? news.ToText() : r.ToText());
                }
            }

            stdout.Flush();
            return CliApp.Success;
        });
        return command;
    }
}
