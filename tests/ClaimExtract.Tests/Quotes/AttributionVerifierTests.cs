using System.Text;
using System.Text.Json;
using ClaimExtract.Quotes;
using ClaimExtract.Quotes.Training;
using ClaimExtract.Speakers.Training;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>The attribution verifier: its features on sentences written for these tests, its tables, which attributions it reviews, and deterministic training.</summary>
[Category("Model")]
public class AttributionVerifierTests : TempFolderTest
{
    // A prior table of three words: "said" is a cue 90 times of 100, "told" 40 of 50, "hoped" 3 of 30.
    private static readonly CuePriors Priors = new(
        new Dictionary<string, (int Cue, int Total)>(StringComparer.Ordinal) { ["said"] = (90, 100), ["told"] = (40, 50), ["hoped"] = (3, 30) }, 0f);

    [Test]
    public void TheModel_IsEmbedded_WithTheTaggersThreshold()
    {
        Assert.That(AttributionVerifier.Default, Is.Not.Null, "src/ClaimExtract/Quotes/attribution-verifier.zip or .tsv is not embedded; run 'claimextract train verifier'");
        Assert.That(AttributionVerifier.Default!.Tagger.Priors.Threshold, Is.EqualTo(CueTagger.Default!.Priors.Threshold));
    }

    // The rules' first attribution of each sentence (no model involved), one feature each: where it came from (1 direct,
    // 4 the colon of "X: “...”", 5 "according to", 6 the cue before (1) or after (-1) the content, 8 the speaker before or
    // after), the cue's prior (13), the content's opening (27 "that"), a question in the content (18), a conditional
    // opening the sentence (19), a modal before the cue (23), the content's length in tokens (16).
    [TestCase("“We will keep going,” Ma told Xinhua.", 1, 1f)]
    [TestCase("“We will keep going,” Ma told Xinhua.", 6, -1f)]
    [TestCase("“We will keep going,” Ma told Xinhua.", 8, -1f)]
    [TestCase("“We will keep going,” Ma told Xinhua.", 13, 0.8f)]
    [TestCase("“We will keep going,” Ma told Xinhua.", 17, 5f / 7)]
    [TestCase("Ma told Xinhua that the company would stay in China.", 1, 0f)]
    [TestCase("Ma told Xinhua that the company would stay in China.", 6, 1f)]
    [TestCase("Ma told Xinhua that the company would stay in China.", 8, 1f)]
    [TestCase("Ma told Xinhua that the company would stay in China.", 27, 1f)]
    [TestCase("Ma told Xinhua that the company would stay in China.", 18, 0f)]
    [TestCase("“Who will pay for the bridge?” Ma asked.", 18, 1f)]
    [TestCase("If the vote fails, officials said the plan would be dropped.", 19, 1f)]
    [TestCase("Officials said the plan would be dropped if the vote fails.", 19, 0f)]
    [TestCase("The new rules are a mess, according to officials.", 5, 1f)]
    [TestCase("Mayor Ana Ruiz: “We will rebuild the bridge.”", 4, 1f)]
    [TestCase("She hoped that the bridge would open in May.", 13, 0.1f)]
    [TestCase("She would have said that the plan is fair.", 23, 1f)]
    [TestCase("She said that the plan is fair.", 23, 0f)]
    [TestCase("She said that the plan is fair.", 16, 5f)]
    public void Features_OfTheRulesAttribution(string text, int feature, float expected)
    {
        var (tokens, rules) = Rules(text);
        Assert.That(rules, Is.Not.Empty, "the rules found no attribution");
        var f = new float[AttributionVerifier.FeatureCount];
        AttributionVerifier.Features(tokens, rules, 0, false, Priors, f);
        Assert.That(f[feature], Is.EqualTo(expected).Within(1e-5), $"feature {feature} of “{rules[0].Content.Of(text)}”");
    }

    // The cue key is the cue's best-known word in the prior table (or ":"), and feature 0 says whether the tagger added it.
    [TestCase("“We will keep going,” Ma told Xinhua.", false, "told")]
    [TestCase("Mayor Ana Ruiz: “We will rebuild the bridge.”", true, ":")]
    public void Features_KeyAndSource(string text, bool tagged, string key)
    {
        var (tokens, rules) = Rules(text);
        var f = new float[AttributionVerifier.FeatureCount];
        Assert.That(AttributionVerifier.Features(tokens, rules, 0, tagged, Priors, f), Is.EqualTo(key));
        Assert.That(f[0], Is.EqualTo(tagged ? 1f : 0f));
    }

    // Two attributions of one sentence count each other (feature 25); one in the next sentence does not.
    [TestCase("Ma said the plan works, and Berg said it fails.", 1f)]
    [TestCase("Ma said the plan works. Berg said it fails.", 0f)]
    public void Features_OtherAttributionsOfTheSentence(string text, float expected)
    {
        var (tokens, rules) = Rules(text);
        Assert.That(rules, Has.Count.EqualTo(2));
        var f = new float[AttributionVerifier.FeatureCount];
        AttributionVerifier.Features(tokens, rules, 0, false, Priors, f);
        Assert.That(f[25], Is.EqualTo(expected));
    }

    // Smoothed share of matches (5 attributions of the overall share, here 10 of 20 = 0.5) and the log of the count.
    [TestCase("said", (9 + 2.5f) / 15, 2.3978953f)]
    [TestCase("hoped", (1 + 2.5f) / 15, 2.3978953f)]
    [TestCase("unknown", 0.5f, 0f)]
    public void CuePrecision_IsSmoothedTowardTheOverallShare(string key, float share, float logCount)
    {
        var table = CuePrecision.Harvest([.. Enumerable.Range(0, 10).Select(i => ("said", i < 9)), .. Enumerable.Range(0, 10).Select(i => ("hoped", i < 1))]);
        var f = new float[AttributionVerifier.FeatureCount];
        table.Fill(key, f);
        Assert.That((f[42], f[43]), Is.EqualTo((share, logCount)).Using<(float, float)>((x, y) => Math.Abs(x.Item1 - y.Item1) < 1e-5 && Math.Abs(x.Item2 - y.Item2) < 1e-5));
    }

    // Reported speech, cueless quotations and all the tagger's statements are reviewed; the rules' quotations with a cue are
    // kept, and so is the rules' "CONTENT, according to SOURCE", a form the issue names (PolNeAR leaves out some short ones).
    [TestCase(QuoteType.Indirect, "said", false, true)]
    [TestCase(QuoteType.Indirect, "according to", false, false)]
    [TestCase(QuoteType.Indirect, "according to", true, true)]
    [TestCase(QuoteType.Direct, null, false, true)]
    [TestCase(QuoteType.Direct, "said", false, false)]
    [TestCase(QuoteType.Mixed, "said", false, false)]
    [TestCase(QuoteType.Mixed, "said", true, true)]
    public void Reviews_WhichAttributions(QuoteType type, string? cue, bool tagged, bool reviewed)
    {
        var a = new Attribution(new Span(0, 10), type, cue is null ? null : new Span(11, 11 + cue.Length), cue, null, null);
        Assert.That(AttributionVerifier.Reviews(a, tagged), Is.EqualTo(reviewed));
    }

    [Test]
    public void Table_RoundTrips_AndNeedsAThreshold()
    {
        var path = Path.Combine(Folder, "verifier.tsv");
        AttributionVerifier.WriteTable(path, -1.25f, -0.5f, CuePrecision.Harvest([("said", true), ("said", false), (":", true)]));
        using (var read = File.OpenRead(path))
        {
            var (threshold, tagger, precision) = AttributionVerifier.ReadTable(read);
            Assert.That((threshold, tagger), Is.EqualTo((-1.25f, (float?)-0.5f)));
            Assert.That(precision.Counts, Is.EquivalentTo(new Dictionary<string, (int, int)> { ["said"] = (1, 2), [":"] = (1, 1) }));
        }

        using var bad = new MemoryStream(Encoding.UTF8.GetBytes("# no threshold\ncue\tsaid\t1\t2\n"));
        Assert.That(() => AttributionVerifier.ReadTable(bad), Throws.TypeOf<InvalidDataException>());
    }

    // Scores on a grid, 200 attributions at each, of which a share 1 / (1 + exp(-(2 s - 1))) are right.
    private static (List<float> Scores, List<bool> Labels) Calibrated(float shift)
    {
        var scores = new List<float>();
        var labels = new List<bool>();
        for (var s = -3.0; s <= 3.0; s += 0.5)
        {
            var right = (int)Math.Round(200 / (1 + Math.Exp(-(2 * s - 1))));
            for (var k = 0; k < 200; k++)
            {
                scores.Add((float)(s + shift));
                labels.Add(k < right);
            }
        }

        return (scores, labels);
    }

    [Test]
    public void PlattScaling_RecoversTheChanceOfBeingRight_AndTheHalfF1CutFollowsTheScoresScale()
    {
        var (scores, labels) = Calibrated(0);
        var (a, b) = VerifierTrainer.Platt(scores, labels);
        Assert.That((a, b), Is.EqualTo((2.0, -1.0)).Using<(double, double)>((x, y) => Math.Abs(x.Item1 - y.Item1) < 0.05 && Math.Abs(x.Item2 - y.Item2) < 0.05));

        // At F1 80 an attribution is worth keeping while its chance is above 0.4: 2 s - 1 = ln(0.4 / 0.6).
        var cut = VerifierTrainer.HalfF1Threshold(scores, labels, 80);
        Assert.That(cut, Is.EqualTo((Math.Log(0.4 / 0.6) + 1) / 2).Within(0.03));

        // The same chances on scores one higher: the cut moves with them.
        var (shifted, same) = Calibrated(1);
        Assert.That(VerifierTrainer.HalfF1Threshold(shifted, same, 80), Is.EqualTo(cut + 1).Within(0.02));

        // Scores that say nothing about being right (every one right): nothing is dropped.
        Assert.That(VerifierTrainer.HalfF1Threshold(scores, [.. labels.Select(_ => true)], 80), Is.EqualTo(float.NegativeInfinity));
    }

    [Test]
    public void Training_IsDeterministic_AndLearnsWhatGoldLeavesOut()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        VerifierTrainingReport Train(string name) => VerifierTrainer.Train(
            new SpeakerTrainingOptions(gold, Path.Combine(Folder, name, "attribution-verifier.zip"), Seed: 3, Folds: 2) { Trees = 5, Leaves = 4 }, TextWriter.Null);

        var first = Train("a");
        var second = Train("b");

        Assert.That(first.ModelPath, Is.Not.Null, JsonSerializer.Serialize(first));
        Assert.That(File.ReadAllBytes(second.ModelPath!), Is.EqualTo(File.ReadAllBytes(first.ModelPath!)));
        Assert.That(File.ReadAllText(VerifierTrainer.ThresholdPath(second.ModelPath!)), Is.EqualTo(File.ReadAllText(VerifierTrainer.ThresholdPath(first.ModelPath!))));
        Assert.That(first.Trainers.Select(t => t.Trainer), Is.EqualTo(VerifierTrainer.TrainerNames));

        // Gold has "X said that ..." and not "X hoped that ...": the cross-validated verifier raises F1, and its model loads.
        Assert.That(first.Trainers[0].F1, Is.GreaterThan(first.BaseF1), JsonSerializer.Serialize(first));
        using var model = File.OpenRead(first.ModelPath!);
        using var table = File.OpenRead(VerifierTrainer.ThresholdPath(first.ModelPath!));
        var verifier = AttributionVerifier.Load(model, table, CueTagger.Default!);
        Assert.That(verifier.Precision.Counts["hoped"].Matched, Is.Zero);
        Assert.That(verifier.Threshold, Is.EqualTo(first.Trainers[0].Threshold));
    }

    private static (TokenizedDocument Tokens, List<Attribution> Rules) Rules(string text)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return (tokens, AttributionFinder.Find(tokens, quotes));
    }

    // Articles in PolNeAR's format, written for this test: "X said that ..." is an attribution, "X hoped that ..." (which
    // the rules also find) is not; "X voiced doubts about ..." (for the cue tagger, which the verifier's training builds
    // fold by fold) is, and "voiced" in narration is not.
    private static string TinyCorpus()
    {
        string[] speakers = ["Anna Berg", "Tomas Lind", "Officials", "The mayor"];
        var lines = new StringBuilder();
        for (var article = 0; article < 12; article++)
        {
            var text = new StringBuilder();
            var attributions = new List<object>();
            for (var k = 0; k < 6; k++)
            {
                var speaker = speakers[(article + k) % speakers.Length];
                var voicedStart = text.Length;
                if ((article + k) % 3 == 0)
                {
                    text.Append($"The choir voiced the old hymn number {article * 10 + k} at the service. ");
                }
                else
                {
                    var doubt = $"the toll number {article * 10 + k} for the bridge";
                    var voicedCue = voicedStart + speaker.Length + 1;
                    var doubtStart = voicedCue + "voiced doubts about ".Length;
                    text.Append($"{speaker} voiced doubts about {doubt}. ");
                    attributions.Add(new
                    {
                        source = new[] { new { start = voicedStart, end = voicedStart + speaker.Length, text = speaker } },
                        cue = new[] { new { start = voicedCue, end = voicedCue + 6, text = "voiced" } },
                        content = new[] { new { start = doubtStart, end = doubtStart + doubt.Length, text = doubt } },
                    });
                }

                var said = (article + k) % 2 == 0;
                var cue = said ? "said" : "hoped";
                var content = $"that the plan number {article * 10 + k} for the harbour would pass";
                var start = text.Length;
                text.Append($"{speaker} {cue} {content}. ");
                if (said)
                {
                    var cueStart = start + speaker.Length + 1;
                    var contentStart = cueStart + cue.Length + 1;
                    attributions.Add(new
                    {
                        source = new[] { new { start, end = start + speaker.Length, text = speaker } },
                        cue = new[] { new { start = cueStart, end = cueStart + cue.Length, text = cue } },
                        content = new[] { new { start = contentStart, end = contentStart + content.Length, text = content } },
                    });
                }
            }

            lines.AppendLine(JsonSerializer.Serialize(new { id = $"a{article}", text = text.ToString(), attributions }));
        }

        return lines.ToString();
    }
}
