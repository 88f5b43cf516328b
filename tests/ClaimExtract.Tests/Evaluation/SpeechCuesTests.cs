using System.Text;
using System.Text.Json;
using ClaimExtract.Cli;
using ClaimExtract.Evaluation;
using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Evaluation;

/// <summary>
/// The speech-cue split of <c>eval quotes --cues speech|other</c> on invented attributions. Every expected figure line below is
/// what ../shared/eval/score_quotes.py printed on the gold.jsonl and pred.jsonl that <c>--write-subset</c> wrote for the same input.
/// </summary>
public class SpeechCuesTests : TempFolderTest
{
    // Gold: "said" (speech), "believes" (other), "According" + "to" in two pieces (speech), "wants" (other), "has" + "warned" (speech).
    private const string Gold = """
        {"id": "m", "text": "", "attributions": [{"source": [{"start": 12, "end": 14, "text": "Ma"}], "cue": [{"start": 15, "end": 19, "text": "said"}], "content": [{"start": 0, "end": 10, "text": ""}]}, {"source": [], "cue": [{"start": 0, "end": 8, "text": "believes"}], "content": [{"start": 20, "end": 30, "text": ""}]}, {"source": [{"start": 52, "end": 56, "text": "Ruiz"}], "cue": [{"start": 31, "end": 40, "text": "According"}, {"start": 41, "end": 43, "text": "to"}], "content": [{"start": 40, "end": 50, "text": ""}]}, {"source": [], "cue": [{"start": 0, "end": 5, "text": "wants"}], "content": [{"start": 60, "end": 70, "text": ""}]}, {"source": [], "cue": [{"start": 0, "end": 3, "text": "has"}, {"start": 4, "end": 10, "text": "warned"}], "content": [{"start": 80, "end": 90, "text": ""}]}]}
        """;

    // Ours: "said" (speech), "thinks" (other), "according to" (speech, no speaker), the "has warned" content found with
    // "believes" (other), and a "Told" statement gold does not have (speech).
    private const string Pred = """
        {"id": "m", "statements": [{"start": 0, "end": 10, "speaker": "Ma", "speaker_start": 12, "speaker_end": 14, "cue": "said"}, {"start": 20, "end": 30, "speaker": null, "speaker_start": null, "speaker_end": null, "cue": "thinks"}, {"start": 40, "end": 50, "speaker": null, "speaker_start": null, "speaker_end": null, "cue": "according to"}, {"start": 80, "end": 90, "speaker": null, "speaker_start": null, "speaker_end": null, "cue": "believes"}, {"start": 100, "end": 110, "speaker": null, "speaker_start": null, "speaker_end": null, "cue": "Told"}]}
        """;

    private const string Speech03 = """{"t": 0.3, "gold": 3, "predicted": 3, "tp": 2, "P": 66.7, "R": 66.7, "F1": 66.7, "speaker_acc": 50.0, "cue_acc": 100.0, "name_acc": null, "exact_P": 66.7, "exact_R": 66.7, "exact_F1": 66.7}""";
    private const string Speech08 = """{"t": 0.8, "gold": 3, "predicted": 3, "tp": 2, "P": 66.7, "R": 66.7, "F1": 66.7, "speaker_acc": 50.0, "cue_acc": 100.0, "name_acc": null, "exact_P": 66.7, "exact_R": 66.7, "exact_F1": 66.7}""";
    private const string Other03 = """{"t": 0.3, "gold": 2, "predicted": 2, "tp": 1, "P": 50.0, "R": 50.0, "F1": 50.0, "speaker_acc": 100.0, "cue_acc": 0.0, "name_acc": null, "exact_P": 50.0, "exact_R": 50.0, "exact_F1": 50.0}""";
    private const string Other08 = """{"t": 0.8, "gold": 2, "predicted": 2, "tp": 1, "P": 50.0, "R": 50.0, "F1": 50.0, "speaker_acc": 100.0, "cue_acc": 0.0, "name_acc": null, "exact_P": 50.0, "exact_R": 50.0, "exact_F1": 50.0}""";

    [TestCase("said", true)]
    [TestCase("Said", true)]
    [TestCase("has said", true)]
    [TestCase("says", true)]
    [TestCase("saying", true)]
    [TestCase("told that", true)]
    [TestCase("had warned", true)]
    [TestCase("warning", true)]
    [TestCase("wrote", true)]
    [TestCase("written", true)]
    [TestCase("emphasised", true)]
    [TestCase("denies", true)]
    [TestCase("quipped", true)]
    [TestCase("according to", true)]
    [TestCase("According to", true)]
    [TestCase("according, to", true)]
    [TestCase("believes", false)]
    [TestCase("believed", false)]
    [TestCase("wants", false)]
    [TestCase("thinks", false)]
    [TestCase("showed", false)]
    [TestCase("found", false)]
    [TestCase("continued", false)]
    [TestCase("according", false)]
    [TestCase("to according", false)]
    [TestCase("unsaid", false)]
    [TestCase(":", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void IsSpeech_AVerbOfSayingInAnyInflection_OrAccordingTo(string? cue, bool speech) =>
        Assert.That(SpeechCues.IsSpeech(cue), Is.EqualTo(speech));

    [TestCase("endorsed")]
    [TestCase("declined")]
    public void IsSpeech_LeavesOutTheHarvestedCueForms(string harvested)
    {
        // Cue verbs to the extractor (harvested from PolNeAR train), no verbs of saying to the split.
        Assert.That(Lexicon.CueVerbs.ContainsKey(harvested), Is.True);
        Assert.That(SpeechCues.IsSpeech(harvested), Is.False);
    }

    [Test]
    public void SayingVerbForms_AreTheHandMadeCueVerbs_WithoutThinkingFeelingAndEvidence()
    {
        Assert.That(Lexicon.SayingVerbForms.All(Lexicon.CueVerbs.ContainsKey), Is.True);
        Assert.That(Lexicon.SayingVerbForms, Does.Contain("said").And.Contain("told").And.Contain("tweeted").And.Contain("promised"));
        Assert.That(Lexicon.SayingVerbForms, Does.Not.Contain("believes").And.Not.Contain("shows").And.Not.Contain("feared").And.Not.Contain("agreed"));
    }

    [Test]
    public void GoldLineAndPredictionLine_KeepTheItemsOfTheSubset_AndAllElse()
    {
        var gold = JsonDocument.Parse(Gold).RootElement;
        var pred = JsonDocument.Parse(Pred).RootElement;

        var speechGold = JsonDocument.Parse(SpeechCues.GoldLine(gold, CueSubset.Speech)).RootElement;

        Assert.That(GoldCues(speechGold), Is.EqualTo(new[] { "said", "According to", "has warned" }));
        Assert.That(GoldCues(JsonDocument.Parse(SpeechCues.GoldLine(gold, CueSubset.Other)).RootElement), Is.EqualTo(new[] { "believes", "wants" }));
        Assert.That((speechGold.GetProperty("id").GetString(), speechGold.GetProperty("text").GetString()), Is.EqualTo(("m", "")));
        Assert.That(Cues(JsonDocument.Parse(SpeechCues.PredictionLine(pred, CueSubset.Speech)).RootElement), Is.EqualTo(new[] { "said", "according to", "Told" }));
        Assert.That(Cues(JsonDocument.Parse(SpeechCues.PredictionLine(pred, CueSubset.Other)).RootElement), Is.EqualTo(new[] { "thinks", "believes" }));
    }

    [TestCase("speech", Speech03, Speech08, new[] { "said", "According to", "has warned" }, new[] { "said", "according to", "Told" })]
    [TestCase("other", Other03, Other08, new[] { "believes", "wants" }, new[] { "thinks", "believes" })]
    public void EvalQuotes_Cues_ScoresTheSubsetOnBothSides_AndWritesIt(string cues, string line03, string line08, string[] goldCues, string[] predCues)
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(Gold + "\n"));
        var pred = WriteFile("pred.jsonl", Encoding.UTF8.GetBytes(Pred + "\n"));
        var subset = Path.Combine(Folder, "subset", cues);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", gold, "--pred", pred, "--cues", cues, "--write-subset", subset], () => Stream.Null, stdout, stderr);

        Assert.That((exit, stderr.ToString()), Is.EqualTo((0, "")));
        Assert.That(Encoding.UTF8.GetString(stdout.ToArray()), Is.EqualTo(line03 + "\n" + line08 + "\n"));
        var written = File.ReadAllLines(Path.Combine(subset, "gold.jsonl"));
        var writtenPred = File.ReadAllLines(Path.Combine(subset, "pred.jsonl"));
        Assert.That((written.Length, writtenPred.Length), Is.EqualTo((1, 1)));
        Assert.That(GoldCues(JsonDocument.Parse(written[0]).RootElement), Is.EqualTo(goldCues));
        Assert.That(Cues(JsonDocument.Parse(writtenPred[0]).RootElement), Is.EqualTo(predCues));
    }

    [Test]
    public void EvalQuotes_WithoutCues_ScoresEverything()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(Gold + "\n"));
        var pred = WriteFile("pred.jsonl", Encoding.UTF8.GetBytes(Pred + "\n"));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", gold, "--pred", pred], () => Stream.Null, stdout, stderr);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(Encoding.UTF8.GetString(stdout.ToArray()).Split('\n')[0], Does.StartWith("""{"t": 0.3, "gold": 5, "predicted": 5, "tp": 4,"""));
    }

    [TestCase(new[] { "--cues", "speeches" }, "'speeches' not recognized")]
    [TestCase(new[] { "--cues", "" }, "not recognized")]
    [TestCase(new[] { "--write-subset", "out" }, "--write-subset goes with --cues")]
    public void EvalQuotes_BadCues_IsAUsageError(string[] options, string message)
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(Gold + "\n"));
        var pred = WriteFile("pred.jsonl", Encoding.UTF8.GetBytes(Pred + "\n"));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", gold, "--pred", pred, .. options], () => Stream.Null, stdout, stderr);

        Assert.That((exit, stdout.Length), Is.EqualTo((2, 0L)));
        Assert.That(stderr.ToString(), Does.Contain(message));
    }

    [Test]
    public void EvalQuotes_WriteSubsetOnAFile_IsAUsageError()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(Gold + "\n"));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["eval", "quotes", gold, "--pred", gold, "--cues", "speech", "--write-subset", gold], () => Stream.Null, stdout, stderr);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.ToString(), Does.Contain("is a file, not a folder (--write-subset)"));
    }

    private static string[] GoldCues(JsonElement article) =>
        [.. article.GetProperty("attributions").EnumerateArray().Select(a => string.Join(" ", a.GetProperty("cue").EnumerateArray().Select(c => c.GetProperty("text").GetString())))];

    private static string[] Cues(JsonElement article) =>
        [.. article.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("cue").GetString()!)];
}
