using System.CommandLine;
using System.Text;
using ClaimExtract.Evaluation;
using ClaimExtract.Html;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract eval extraction [--data DIR] [--per-page] [--predictions FILE] [--save-predictions FILE]</c>:
/// article-body extraction on the Zyte benchmark, printed exactly as <c>../shared/eval/score_extraction.py</c>
/// prints it (per-page lines, then one JSON line with P, R and F1).
/// </summary>
internal static class EvalExtractionCommand
{
    public static Command Create(Stream stdout, TextWriter stderr)
    {
        var data = EvalCommand.DataOption("../shared/data/zyte", "The Zyte benchmark folder (html/*.html.gz and ground-truth.json).");
        var perPage = new Option<bool>("--per-page") { Description = "Also print each page's tp/fp/fn shares, one line a page, before the summary." };
        var predictions = new Option<string?>("--predictions")
        {
            Description = "Score this predictions file (JSON {id: {articleBody}} or JSON Lines {id, articleBody}, optionally .gz) instead of running the extractor.",
        };
        var save = new Option<string?>("--save-predictions") { Description = "Also write our extractor's output as JSON Lines {id, articleBody}, for the reference scorer." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Pages extracted at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("extraction", "Article-body extraction on the Zyte benchmark (181 pages): precision, recall, F1 over 4-token shingles.")
        {
            data, perPage, predictions, save, jobs,
        };
        command.SetAction(parse =>
        {
            var folder = parse.GetRequiredValue(data);
            EvalCommand.RequireFolder(folder);
            var truthPath = Path.Combine(folder, "ground-truth.json");
            var predictionsPath = parse.GetValue(predictions);
            if (predictionsPath is not null && !File.Exists(predictionsPath))
            {
                throw new UsageException($"{predictionsPath}: no such predictions file.");
            }

            if (predictionsPath is not null && parse.GetValue(save) is not null)
            {
                throw new UsageException("--save-predictions writes our extractor's output; it cannot go with --predictions.");
            }

            var truth = ExtractionBenchmark.ReadTruth(truthPath);
            var predicted = predictionsPath is null
                ? ExtractionBenchmark.Extract(Path.Combine(folder, "html"), new HtmlArticleExtractor(), Math.Max(1, parse.GetValue(jobs)))
                : ExtractionBenchmark.ReadPredictions(predictionsPath);
            if (parse.GetValue(save) is { } savePath)
            {
                using var file = File.Create(savePath);
                ExtractionBenchmark.WritePredictions(predicted, file);
            }

            var score = ExtractionScorer.Score(truth, predicted);
            var report = new StringBuilder();
            if (parse.GetValue(perPage))
            {
                foreach (var page in score.PerPage)
                {
                    report.Append(page.ToLine()).Append('\n');
                }
            }

            report.Append(score.ToJsonLine()).Append('\n');
            stdout.Write(Encoding.UTF8.GetBytes(report.ToString()));
            stdout.Flush();
            if (score.Missing > 0)
            {
                stderr.WriteLine($"claimextract: {score.Missing} of {score.Pages} pages have no prediction (scored as empty).");
            }

            return CliApp.Success;
        });
        return command;
    }
}
