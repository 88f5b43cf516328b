using System.Text;
using System.Text.Json;
using ClaimExtract.Cli;
using ClaimExtract.Evaluation;

namespace ClaimExtract.Tests.Evaluation;

/// <summary>
/// The port of ../shared/eval/score_quotes.py on tiny hand-made gold and predictions. Every expected
/// line below is what the Python scorer printed for the same input (python3 score_quotes.py gold pred).
/// </summary>
public class QuoteScorerTests : TempFolderTest
{
    // Article a: an exact match (title and comma in the name), a two-piece content matched at 0.7 of its
    // length, a 0.3 share (not above 0.3), an empty content (skipped) and an inverted prediction (skipped).
    // Article b: the right content with a wrong speaker span. Article c: no prediction line.
    private const string Gold = """
        {"id": "a", "text": "", "attributions": [{"source": [{"start": 12, "end": 14, "text": "Ma"}], "cue": [{"start": 15, "end": 19, "text": "Said"}], "content": [{"start": 0, "end": 10, "text": ""}], "reference": "Jack Ma"}, {"source": [], "cue": [{"start": 0, "end": 4, "text": "told"}], "content": [{"start": 30, "end": 40, "text": ""}, {"start": 20, "end": 25, "text": ""}]}, {"source": [{"start": 61, "end": 63, "text": "he"}], "cue": [{"start": 0, "end": 5, "text": "added"}], "content": [{"start": 50, "end": 60, "text": ""}]}, {"source": [], "cue": [], "content": [{"start": 70, "end": 70, "text": ""}]}]}
        {"id": "b", "text": "", "attributions": [{"source": [{"start": 31, "end": 33, "text": "it"}], "cue": [{"start": 0, "end": 9, "text": "according"}, {"start": 10, "end": 12, "text": "to"}], "content": [{"start": 0, "end": 30, "text": ""}], "reference": "Ana Ruiz"}]}
        {"id": "c", "text": "", "attributions": [{"source": [], "cue": [], "content": [{"start": 0, "end": 5, "text": ""}]}]}
        """;

    private const string Pred = """
        {"id": "a", "statements": [{"start": 0, "end": 10, "speaker": "Mr. Jack Ma", "speaker_start": 12, "speaker_end": 14, "cue": "said"}, {"start": 22, "end": 36, "speaker": null, "speaker_start": null, "speaker_end": null, "cue": "told"}, {"start": 55, "end": 58, "speaker": "X", "speaker_start": 61, "speaker_end": 62, "cue": "added"}, {"start": 100, "end": 90, "cue": "said"}]}
        {"id": "b", "statements": [{"start": 0, "end": 30, "speaker": "Ana Ruiz,", "speaker_start": 40, "speaker_end": 45, "cue": "According to "}]}
        """;

    private const string Expected03 = """{"t": 0.3, "gold": 5, "predicted": 4, "tp": 3, "P": 75.0, "R": 60.0, "F1": 66.7, "speaker_acc": 66.7, "cue_acc": 100.0, "name_acc": 100.0, "exact_P": 50.0, "exact_R": 40.0, "exact_F1": 44.4}""";

    private const string Expected08 = """{"t": 0.8, "gold": 5, "predicted": 4, "tp": 2, "P": 50.0, "R": 40.0, "F1": 44.4, "speaker_acc": 50.0, "cue_acc": 100.0, "name_acc": 100.0, "exact_P": 50.0, "exact_R": 40.0, "exact_F1": 44.4}""";

    private static List<JsonElement> Lines(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    [TestCase(0.3, Expected03)]
    [TestCase(0.8, Expected08)]
    public void Score_PrintsWhatTheReferenceScorerPrints(double t, string expected)
    {
        var score = QuoteScorer.Score(QuoteScorer.Gold(Lines(Gold)), QuoteScorer.Predictions(Lines(Pred)), t);

        Assert.That(score.ToJsonLine(), Is.EqualTo(expected));
    }

    [Test]
    public void Score_RoundsHalfToEvenOnTheBinaryValue_AsPythonDoes()
    {
        // 7 of 2,000: 100 * 7 / 2000 is 0.34999... in binary, which Python rounds to 0.3 (F1 0.6).
        var gold = new Dictionary<string, List<GoldQuote>> { ["r"] = [.. Enumerable.Range(0, 2000).Select(i => new GoldQuote((i * 10, i * 10 + 5), null, "", null))] };
        var pred = new Dictionary<string, List<PredictedQuote>> { ["r"] = [.. Enumerable.Range(0, 7).Select(i => new PredictedQuote((i * 10, i * 10 + 5), null, "", null))] };

        var score = QuoteScorer.Score(gold, pred, 0.3);

        Assert.That(score.ToJsonLine(), Is.EqualTo("""{"t": 0.3, "gold": 2000, "predicted": 7, "tp": 7, "P": 100.0, "R": 0.3, "F1": 0.6, "speaker_acc": 100.0, "cue_acc": 100.0, "name_acc": null, "exact_P": 100.0, "exact_R": 0.3, "exact_F1": 0.6}"""));
    }

    [Test]
    public void Score_GivesEachPredictionToOneGoldItemOnly()
    {
        var gold = new Dictionary<string, List<GoldQuote>> { ["d"] = [new((0, 10), null, "", null), new((0, 10), null, "", null)] };
        var pred = new Dictionary<string, List<PredictedQuote>> { ["d"] = [new((0, 10), null, "", null)] };

        var score = QuoteScorer.Score(gold, pred, 0.3);

        Assert.That((score.Tp, score.R, score.ExactR), Is.EqualTo((1, 50.0, 50.0)));
    }

    [TestCase("Mr. Jack Ma", "jack ma")]
    [TestCase("President  Donald J. Trump,", "donald j trump")]
    [TestCase("’Ana Ruiz’", "ana ruiz")]
    [TestCase(null, "")]
    public void NormalizeName_DropsTitlesAndPunctuation(string? name, string expected) =>
        Assert.That(QuoteScorer.NormalizeName(name), Is.EqualTo(expected));

    [Test]
    public void EvalQuotes_WithPred_PrintsBothLines_AndWarnsAboutMissingArticles()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(Gold));
        var pred = WriteFile("pred.jsonl", Encoding.UTF8.GetBytes(Pred));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", gold, "--pred", pred], () => Stream.Null, stdout, stderr);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(Encoding.UTF8.GetString(stdout.ToArray()), Is.EqualTo(Expected03 + "\n" + Expected08 + "\n"));
        Assert.That(stderr.ToString(), Is.EqualTo("warning: 1 gold articles have no prediction line" + Environment.NewLine));
    }

    [Test]
    [Category("Model")]
    public void EvalQuotes_WithoutPred_RunsThePipelineOnTheGoldTexts()
    {
        // The Python scorer printed this line for the same gold and `claimextract extract` of its text.
        const string gold = """{"id": "ruiz", "text": "“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.", "attributions": [{"source": [{"start": 40, "end": 54, "text": "Mayor Ana Ruiz"}], "cue": [{"start": 55, "end": 59, "text": "said"}], "content": [{"start": 0, "end": 39, "text": "“We will rebuild the bridge by spring,”"}], "reference": "Ana Ruiz"}]}""";
        var path = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(gold + "\n"));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", path], () => Stream.Null, stdout, stderr);

        Assert.That((exit, stderr.ToString()), Is.EqualTo((0, "")));
        Assert.That(Encoding.UTF8.GetString(stdout.ToArray()).Split('\n')[0], Is.EqualTo("""{"t": 0.3, "gold": 1, "predicted": 1, "tp": 1, "P": 100.0, "R": 100.0, "F1": 100.0, "speaker_acc": 100.0, "cue_acc": 100.0, "name_acc": 100.0, "exact_P": 100.0, "exact_R": 100.0, "exact_F1": 100.0}"""));
    }

    [TestCase("""[{"start": 0, "end": 4, "text": "Told"}, {"start": 5, "end": 9, "text": "Reporters"}]""", "told reporters")]
    [TestCase("""[{"start": 0, "end": 4}, {"start": 5, "end": 9, "text": "said"}]""", "said")]
    [TestCase("""[{"start": 0, "end": 4, "text": 7}, "said", {"start": 5, "end": 9, "text": "Said "}]""", "said")]
    [TestCase("""{"text": "said"}""", "")]
    [TestCase("null", "")]
    public void Gold_CuePiecesAreJoinedAsTheReferenceScorerJoinsThem_AndAMalformedPieceIsEmpty(string cue, string expected)
    {
        // The reference scorer joins the pieces' text with spaces, lower-cased and trimmed; a piece with no string text (which makes
        // the Python scorer stop with a KeyError) counts as empty here instead of stopping the port with an unhandled exception.
        using var json = JsonDocument.Parse($$"""{"id": "a", "attributions": [{"source": [], "cue": {{cue}}, "content": [{"start": 0, "end": 10}]}]}""");

        var gold = QuoteScorer.Gold([json.RootElement]);

        Assert.That(gold["a"].Single().Cue, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("\n\n")]
    public void EvalQuotes_GoldWithoutArticles_IsAnError_NotAScoreOfZero(string content)
    {
        var path = WriteFile("empty.jsonl", Encoding.UTF8.GetBytes(content));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", path, "--pred", path], () => Stream.Null, stdout, stderr);

        Assert.That((exit, stdout.Length), Is.EqualTo((1, 0L)));
        Assert.That(stderr.ToString(), Does.Contain("empty.jsonl: no gold articles to score"));
    }

    [Test]
    public void EvalQuotes_MissingGold_IsAUsageError()
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", Path.Combine(Folder, "none.jsonl")], () => Stream.Null, stdout, stderr);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain("none.jsonl: no such file"));
    }
}
