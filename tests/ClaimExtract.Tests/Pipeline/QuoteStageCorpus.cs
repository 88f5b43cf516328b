using ClaimExtract.Evaluation;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>The documents the quote-stage timing aids run on: the 181 Zyte pages, or the PolNeAR train texts.</summary>
internal static class QuoteStageCorpus
{
    public static List<InputDocument> Load(string corpus)
    {
        var shared = RepositoryPaths.SharedData ?? throw new InconclusiveException("../shared/data is not beside the repository");
        return corpus == "zyte"
            ? Directory.GetFiles(Path.Combine(shared, "zyte", "html"), "*.html.gz").SelectMany(p => DocumentReader.Read(p, () => Stream.Null)).Select(i => i.Document!).ToList()
            : QuoteScorer.ReadJsonLines(Path.Combine(shared, "polnear", "train.jsonl.gz"))
                .Select(a => new InputDocument(a.GetProperty("id").GetString()!, "polnear", new DocumentContent.PlainText(a.GetProperty("text").GetString()!))).ToList();
    }

    /// <summary>
    /// How many warm rounds a timing aid runs: <paramref name="byDefault"/>, or QUOTE_STAGE_ROUNDS. A few rounds leave part of the code
    /// at the JIT's first tier (tiered compilation promotes a method after 30 calls and a delay); 25 read the steady state.
    /// </summary>
    public static int Rounds(int byDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable("QUOTE_STAGE_ROUNDS"), out var rounds) && rounds > 0 ? rounds : byDefault;
}
