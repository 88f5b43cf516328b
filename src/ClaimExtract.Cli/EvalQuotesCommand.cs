using System.CommandLine;
using System.Text.Json;
using ClaimExtract.Evaluation;
using ClaimExtract.Sources;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract eval quotes GOLD [--pred PRED]</c>: scores quote and speaker extraction against a
/// gold corpus of attributions (PolNeAR JSON Lines) and prints, a line per overlap threshold, the same
/// JSON as <c>../shared/eval/score_quotes.py GOLD PRED</c>. Without <c>--pred</c>, the pipeline is run on the gold texts.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create(Stream stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold attributions: JSON Lines {\"id\", \"text\", \"attributions\"}, optionally .gz." };
        var pred = new Option<string?>("--pred") { Description = "The extractor's JSON Lines output to score; by default the pipeline is run on the gold texts." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles processed at once when the pipeline runs.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("quotes", "Score quotes and speakers against gold attributions (the reference scorer's figures).") { gold, pred, jobs };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetRequiredValue(gold);
            var predPath = parse.GetValue(pred);
            foreach (var path in new[] { goldPath, predPath })
            {
                if (path is not null && !File.Exists(path))
                {
                    throw new UsageException($"{path}: no such file");
                }
            }

            if (parse.GetValue(jobs) < 1)
            {
                throw new UsageException("--jobs must be at least 1.");
            }

            List<JsonElement> goldArticles;
            Dictionary<string, List<PredictedQuote>> predicted;
            try
            {
                goldArticles = QuoteScorer.ReadJsonLines(goldPath).ToList();
                predicted = predPath is null
                    ? QuoteScorer.Predictions(RunPipeline(goldArticles, parse.GetValue(jobs)))
                    : QuoteScorer.Predictions(QuoteScorer.ReadJsonLines(predPath));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or IOException)
            {
                stderr.WriteLine($"claimextract: cannot read {(predPath is null ? goldPath : $"{goldPath} or {predPath}")}: {e.Message}");
                return CliApp.SomeFailed;
            }

            if (goldArticles.Count == 0)
            {
                // Figures of nothing would read as a score of zero.
                stderr.WriteLine($"claimextract: {goldPath}: no gold articles to score");
                return CliApp.SomeFailed;
            }

            var goldItems = QuoteScorer.Gold(goldArticles);
            var missing = goldItems.Keys.Count(k => !predicted.ContainsKey(k));
            if (missing > 0)
            {
                stderr.WriteLine($"warning: {missing} gold articles have no prediction line");
            }

            using var writer = new StreamWriter(stdout, leaveOpen: true) { NewLine = "\n" };
            foreach (var t in QuoteScorer.Thresholds)
            {
                writer.WriteLine(QuoteScorer.Score(goldItems, predicted, t).ToJsonLine());
            }

            return CliApp.Success;
        });
        return command;
    }

    private static List<Article> RunPipeline(List<JsonElement> goldArticles, int jobs)
    {
        var pipeline = new ClaimPipeline();
        return goldArticles
            .Where(a => a.TryGetProperty("id", out _) && a.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            .Select(a => a.GetProperty("id") is var id && id.ValueKind == JsonValueKind.String ? (Id: id.GetString()!, Text: a.GetProperty("text").GetString()!) : (Id: id.GetRawText(), Text: a.GetProperty("text").GetString()!))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(jobs)
            .Select(a => pipeline.Process(new InputDocument(a.Id, a.Id, new DocumentContent.PlainText(a.Text))))
            .ToList();
    }
}
