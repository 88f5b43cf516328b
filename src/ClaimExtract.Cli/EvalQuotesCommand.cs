using System.CommandLine;
using System.Text.Json;
using ClaimExtract.Evaluation;
using ClaimExtract.Sources;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract eval quotes GOLD [--pred PRED]</c>: scores quote and speaker extraction against a
/// gold corpus of attributions (PolNeAR JSON Lines) and prints, a line per overlap threshold, the same
/// JSON as <c>../shared/eval/score_quotes.py GOLD PRED</c>. Without <c>--pred</c>, the pipeline is run on the gold texts.
/// With <c>--cues speech|other</c>, only the speech-cue (or the other) gold attributions are scored, against only the
/// speech-cue (or the other) statements (<see cref="SpeechCues"/>); <c>--write-subset DIR</c> writes the two filtered files,
/// gold.jsonl and pred.jsonl, on which the reference scorer prints the same lines.
/// </summary>
internal static class EvalQuotesCommand
{
    public static Command Create(Stream stdout, TextWriter stderr)
    {
        var gold = new Argument<string>("GOLD") { Description = "Gold attributions: JSON Lines {\"id\", \"text\", \"attributions\"}, optionally .gz." };
        var pred = new Option<string?>("--pred") { Description = "The extractor's JSON Lines output to score; by default the pipeline is run on the gold texts." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Articles processed at once when the pipeline runs.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cues = new Option<string?>("--cues")
        {
            Description = "Score only the attributions and statements whose cue is a speech cue (speech: a verb of saying or \"according to\") or only the others (other).",
        };
        cues.AcceptOnlyFromAmong("speech", "other");
        var writeSubset = new Option<string?>("--write-subset")
        {
            Description = "With --cues: write the filtered gold and predictions to DIR/gold.jsonl and DIR/pred.jsonl (the folder is made if missing).",
        };
        var command = new Command("quotes", "Score quotes and speakers against gold attributions (the reference scorer's figures).") { gold, pred, jobs, cues, writeSubset };
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

            CueSubset? subset = parse.GetValue(cues) switch
            {
                null => null,
                "speech" => CueSubset.Speech,
                _ => CueSubset.Other,
            };
            var subsetFolder = parse.GetValue(writeSubset);
            if (subsetFolder is not null && subset is null)
            {
                throw new UsageException("--write-subset goes with --cues speech or --cues other.");
            }

            if (subsetFolder is not null && File.Exists(subsetFolder))
            {
                throw new UsageException($"{subsetFolder}: is a file, not a folder (--write-subset).");
            }

            List<JsonElement> goldArticles;
            (List<byte[]> Gold, List<byte[]> Pred)? subsetFiles = null;
            Dictionary<string, List<PredictedQuote>> predicted;
            try
            {
                goldArticles = QuoteScorer.ReadJsonLines(goldPath).ToList();
                if (subset is { } s)
                {
                    // The subset is scored as the files it writes: each filtered record read back, as the reference scorer reads them.
                    var goldLines = goldArticles.Select(a => SpeechCues.GoldLine(a, s)).ToList();
                    var predLines = predPath is null
                        ? RunPipeline(goldArticles, parse.GetValue(jobs)).Select(a => SpeechCues.PredictionLine(a, s)).ToList()
                        : QuoteScorer.ReadJsonLines(predPath).Select(a => SpeechCues.PredictionLine(a, s)).ToList();
                    subsetFiles = (goldLines, predLines);
                    goldArticles = [.. goldLines.Select(Parse)];
                    predicted = QuoteScorer.Predictions(predLines.Select(Parse));
                }
                else
                {
                    predicted = predPath is null
                        ? QuoteScorer.Predictions(RunPipeline(goldArticles, parse.GetValue(jobs)))
                        : QuoteScorer.Predictions(QuoteScorer.ReadJsonLines(predPath));
                }
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

            if (subsetFolder is not null && subsetFiles is { } files)
            {
                // A failure here is the output's (exit 3), not the inputs'.
                Directory.CreateDirectory(subsetFolder);
                File.WriteAllBytes(Path.Combine(subsetFolder, "gold.jsonl"), [.. files.Gold.SelectMany(l => l)]);
                File.WriteAllBytes(Path.Combine(subsetFolder, "pred.jsonl"), [.. files.Pred.SelectMany(l => l)]);
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

    private static JsonElement Parse(byte[] line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.Clone();
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
