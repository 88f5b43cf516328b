using System.Text;
using System.Text.Json;
using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Speakers.Training;
using ClaimExtract.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimExtract.Tests.Speakers;

/// <summary>The learned speaker ranker: the embedded model, its training (deterministic, on a small corpus written here) and speakers it picks on sentences written for these tests.</summary>
[Category("Model")]
public class SpeakerRankerTests : TempFolderTest
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) =>
        PipelineStatements.Of(text).Select(s => (s.SpeakerMention, s.Speaker)).ToList();

    [Test]
    public void TheModel_IsEmbedded()
    {
        Assert.That(SpeakerRanker.Default, Is.Not.Null, "src/ClaimExtract/Speakers/speaker-ranker.trees is not embedded; run 'claimextract train speakers'");
    }

    [TestCase("“We will keep going,” said Anna Berg, the mayor.", "Anna Berg")]
    [TestCase("Two officials said on Tuesday that the border would stay closed until May.", "Two officials")]
    [TestCase("Anna Berg met the mayor on Monday. She said later that the talks had gone well.", "She")]
    [TestCase("Tomas Lind, who leads the union, said the strike would go on for another week.", "Tomas Lind")]
    [TestCase("The company said in a statement that it would cut 300 jobs this year.", "The company")]
    // The author of a document after "according to" (branch speakers28: PolNeAR's source spans the author, not the document alone).
    [TestCase("Prices will rise again next year, according to a report by the central bank.", "the central bank")]
    [TestCase("“It is a mess,” the senator told reporters after the vote.", "the senator")]
    public void Speaker_IsTheMentionAReaderPicks(string text, string mention)
    {
        Assert.That(Speakers(text).Select(s => s.Mention), Is.EqualTo(new[] { mention }));
    }

    // PolNeAR gives an agentless passive cue no source: a feature of the ranker says the cue is one.
    [TestCase("Lind, who is known for his blunt manner, will run again.", "known for", true)]
    [TestCase("The filings are widely expected to show that the fund grew.", "expected to", true)]
    [TestCase("He was charged with lying to the police.", "charged with", true)]
    [TestCase("She has been asked about the deal many times.", "asked about", true)]
    [TestCase("The plan was criticized by the mayor on Monday.", "criticized", false)]
    [TestCase("Anna Berg said the strike would go on.", "said", false)]
    [TestCase("The union has asked for a meeting.", "asked for", false)]
    [TestCase("Officials are saying that the border will stay closed.", "saying", false)]
    public void AgentlessPassive_IsTheCueWithAFormOfBeAndNoBy(string text, string cue, bool passive)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var start = text.IndexOf(cue, StringComparison.Ordinal);
        var first = tokens.IndexAtOrAfter(start);
        var last = tokens.IndexAtOrAfter(start + cue.Length) - 1;

        Assert.That(SpeakerCandidates.IsAgentlessPassive(new TokenTraits(tokens), first, last), Is.EqualTo(passive));
    }

    // Feature 60 is worked out once per attribution and shared by its candidates: the same vectors as each candidate working it out.
    [TestCase("Lind, who is known for his blunt manner, will run again, the paper said.")]
    [TestCase("He was charged with lying to the police, and “it is a mess,” the senator told reporters after the vote.")]
    [TestCase("Anna Berg said the strike would go on. The plan was criticized by the mayor on Monday, according to a report.")]
    public void SharedAnchors_GiveEachCandidateTheSameFeatures(string text)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var traits = new TokenTraits(tokens);
        var attributions = AttributionFinder.Find(tokens, quotes);
        Assume.That(attributions, Is.Not.Empty);
        foreach (var a in attributions)
        {
            var shared = SpeakerCandidates.Anchors.Of(traits, a);
            Assert.That(shared.AgentlessPassive, Is.Not.Null);
            foreach (var c in SpeakerCandidates.Generate(traits, a))
            {
                float[] each = new float[SpeakerCandidates.FeatureCount], once = new float[SpeakerCandidates.FeatureCount];
                SpeakerCandidates.Features(traits, a, SpeakerCandidates.Anchors.Of(tokens, a), c, null, each);
                SpeakerCandidates.Features(traits, a, shared, c, null, once);
                Assert.That(once, Is.EqualTo(each), $"{a.CueText}: {c}");
            }
        }
    }

    [TestCase("Tomas Lind, who leads the union, said the strike would go on.", "Tomas Lind", SpeakerKind.Person)]
    [TestCase("Union leaders who met on Monday said the strike would go on.", null, SpeakerKind.Group)]
    [TestCase("The talks broke down, said Anna Berg, who chairs the board.", "Anna Berg", SpeakerKind.Person)]
    public void RelativePronoun_ResolvesToTheWordsItFollows(string text, string? name, SpeakerKind kind)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, []);
        var resolver = new SpeakerResolver(text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted), document.SentenceAt);
        var who = text.IndexOf("who", StringComparison.Ordinal);

        Assert.That(resolver.Resolve(new Span(who, who + 3)), Is.EqualTo(new ResolvedSpeaker(name, kind)));
    }

    [Test]
    public void Training_IsDeterministic_AndGivesALoadableModel()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        SpeakerTrainingReport Train(string name) => SpeakerRankerTrainer.Train(
            new SpeakerTrainingOptions(gold, Path.Combine(Folder, name, "speaker-ranker.zip"), Seed: 3, Folds: 2) { Trees = 5, Leaves = 4 }, TextWriter.Null);

        var first = Train("a");
        var second = Train("b");

        Assert.That(first.MatchedAttributions, Is.GreaterThan(10));
        Assert.That(File.ReadAllBytes(second.ModelPath), Is.EqualTo(File.ReadAllBytes(first.ModelPath)));
        Assert.That(File.ReadAllText(SpeakerRankerTrainer.CueSourcesPath(second.ModelPath)), Is.EqualTo(File.ReadAllText(SpeakerRankerTrainer.CueSourcesPath(first.ModelPath))));
        using var zip = File.OpenRead(first.ModelPath);
        using var cueSources = File.OpenRead(SpeakerRankerTrainer.CueSourcesPath(first.ModelPath));
        var ranker = SpeakerRanker.Load(zip, cueSources);
        Assert.That(ranker, Is.Not.Null);

        // Beside the zip, the trees' compact form and their source, as the library embeds and compiles them.
        var compactPath = BoostedTrees.PathBeside(first.ModelPath);
        Assert.That(File.ReadAllBytes(BoostedTrees.PathBeside(second.ModelPath)), Is.EqualTo(File.ReadAllBytes(compactPath)));
        using var compact = File.OpenRead(compactPath);
        var trees = BoostedTrees.Read(compact, SpeakerCandidates.FeatureCount, "speaker ranker", "test");
        var random = new Random(5);
        for (var n = 0; n < 200; n++)
        {
            var features = Enumerable.Range(0, SpeakerCandidates.FeatureCount).Select(_ => (float)random.Next(2)).ToArray();
            Assert.That(trees.Score(features), Is.EqualTo(ranker.Score(features)));
        }

        var source = File.ReadAllText(BoostedTrees.SourceBeside(first.ModelPath));
        Assert.That(source, Does.Contain("internal static class SpeakerRankerTrees").And.Contain($"Checksum = 0x{BoostedTrees.Checksum(File.ReadAllBytes(compactPath)):X16}UL"));
    }

    [Test]
    public void Training_WithTheRankObjective_GivesRankingTrees_ScoredAsMlNetScoresThem()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        SpeakerTrainingReport Train(string name, SpeakerObjective objective) => SpeakerRankerTrainer.Train(
            new SpeakerTrainingOptions(gold, Path.Combine(Folder, name, "speaker-ranker.zip"), Seed: 3, Folds: 2) { Trees = 5, Leaves = 4, MinimumExamplesPerLeaf = 2, Objective = objective }, TextWriter.Null);

        var first = Train("a", SpeakerObjective.Rank);
        var second = Train("b", SpeakerObjective.Rank);
        var binary = Train("c", SpeakerObjective.Binary);

        Assert.That(File.ReadAllBytes(second.ModelPath), Is.EqualTo(File.ReadAllBytes(first.ModelPath)));
        Assert.That(File.ReadAllBytes(BoostedTrees.PathBeside(first.ModelPath)), Is.Not.EqualTo(File.ReadAllBytes(BoostedTrees.PathBeside(binary.ModelPath))));
        var ml = new MLContext(seed: 1);
        ITransformer model;
        using (var zip = File.OpenRead(first.ModelPath))
        {
            model = ml.Model.Load(zip, out _);
        }

        Assert.That((model as ISingleFeaturePredictionTransformer<object>)?.Model, Is.InstanceOf<FastTreeRankingModelParameters>());

        // The trees read from the zip, from the compact form and as the ranker loads them score invented vectors as ML.NET does.
        var fromZip = BoostedTrees.From(model, SpeakerCandidates.FeatureCount, "speaker ranker", "test");
        using var compact = File.OpenRead(BoostedTrees.PathBeside(first.ModelPath));
        var fromCompact = BoostedTrees.Read(compact, SpeakerCandidates.FeatureCount, "speaker ranker", "test");
        using var zipAgain = File.OpenRead(first.ModelPath);
        var ranker = SpeakerRanker.Load(zipAgain);
        var random = new Random(7);
        var rows = Enumerable.Range(0, 300).Select(_ => new SpeakerRankerTrainer.CandidateRow
        {
            Features = [.. Enumerable.Range(0, SpeakerCandidates.FeatureCount).Select(_ => random.Next(3) == 0 ? (float)random.NextDouble() * 4 : random.Next(2))],
        }).ToList();
        var schema = SchemaDefinition.Create(typeof(SpeakerRankerTrainer.CandidateRow));
        schema[nameof(SpeakerRankerTrainer.CandidateRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, SpeakerCandidates.FeatureCount);
        var scores = model.Transform(ml.Data.LoadFromEnumerable(rows, schema)).GetColumn<float>("Score").ToList();
        Assert.That(scores.Distinct().Count(), Is.GreaterThan(1), "the invented vectors reach more than one leaf");
        for (var n = 0; n < rows.Count; n++)
        {
            Assert.That(fromZip.Score(rows[n].Features), Is.EqualTo(scores[n]).Within(1e-4f), $"vector {n}");
            Assert.That(fromCompact.Score(rows[n].Features), Is.EqualTo(fromZip.Score(rows[n].Features)), $"vector {n}");
            Assert.That(ranker.Score(rows[n].Features), Is.EqualTo(fromZip.Score(rows[n].Features)), $"vector {n}");
        }
    }

    [TestCase("rank", typeof(FastTreeRankingModelParameters))]
    [TestCase("binary", typeof(CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>))]
    public void TrainSpeakersCommand_Objective_ChoosesTheTrees(string objective, Type parameters)
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        var output = Path.Combine(Folder, objective, "speaker-ranker.zip");
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = ClaimExtract.Cli.CliApp.Run(
            ["train", "speakers", "--gold", gold, "--out", output, "--cues", Path.Combine(Folder, "no-such-tagger.zip"), "--folds", "2", "--trees", "5", "--leaves", "4", "--objective", objective, "--ndcg-at", "1"],
            () => new MemoryStream(), stdout, stderr);

        Assert.That(exit, Is.EqualTo(0), stderr.ToString());
        using var zip = File.OpenRead(output);
        var model = new MLContext(seed: 1).Model.Load(zip, out _);
        Assert.That((model as ISingleFeaturePredictionTransformer<object>)?.Model, Is.InstanceOf(parameters));
    }

    // Articles in PolNeAR's format, written for this test: each sentence attributes one statement; the speakers vary in kind and position.
    private static string TinyCorpus()
    {
        string[] speakers = ["Anna Berg", "the mayor", "Officials", "He", "The company", "Tomas Lind"];
        var lines = new StringBuilder();
        for (var article = 0; article < 8; article++)
        {
            var text = new StringBuilder();
            var attributions = new List<object>();
            for (var k = 0; k < 6; k++)
            {
                var speaker = speakers[(article + k) % speakers.Length];
                var content = $"the plan number {article * 10 + k} would cost more than anyone expected";
                var direct = (article + k) % 2 == 0;
                var sentence = direct ? $"“{char.ToUpperInvariant(content[0])}{content[1..]},” {speaker} said. " : $"{speaker} said that {content}. ";
                var start = text.Length;
                int contentStart, speakerStart;
                if (direct)
                {
                    contentStart = start;
                    speakerStart = start + content.Length + 4;
                }
                else
                {
                    speakerStart = start;
                    contentStart = start + speaker.Length + 6;
                }

                var contentEnd = direct ? contentStart + content.Length + 3 : contentStart + 5 + content.Length;
                attributions.Add(new
                {
                    source = new[] { new { start = speakerStart, end = speakerStart + speaker.Length, text = speaker } },
                    cue = new[] { new { start = speakerStart + speaker.Length + 1, end = speakerStart + speaker.Length + 5, text = "said" } },
                    content = new[] { new { start = contentStart, end = contentEnd, text = "" } },
                });
                text.Append(sentence);
                if (k % 2 == 1)
                {
                    text.Append("\n\n");
                }
            }

            lines.AppendLine(JsonSerializer.Serialize(new { id = $"a{article}", text = text.ToString(), attributions }));
        }

        return lines.ToString();
    }
}
