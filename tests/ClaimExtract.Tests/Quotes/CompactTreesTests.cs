using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using Microsoft.ML;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The library reads the three tree models from their compact forms (<c>.trees</c>, written by the trainers beside each
/// model zip) without loading ML.NET. Each must be the one its zip gives, and score exactly as the trees read from the zip.
/// </summary>
[Category("Model")]
public class CompactTreesTests
{
    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData("src/ClaimExtract/Quotes/cue-tagger.zip", "ClaimExtract.Quotes.cue-tagger.trees", CueTagger.FeatureCount);
        yield return new TestCaseData("src/ClaimExtract/Speakers/speaker-ranker.zip", "ClaimExtract.Speakers.speaker-ranker.trees", SpeakerCandidates.FeatureCount);
        yield return new TestCaseData("src/ClaimExtract/Quotes/attribution-verifier.zip", "ClaimExtract.Quotes.attribution-verifier.trees", AttributionVerifier.FeatureCount);
    }

    [TestCaseSource(nameof(Models))]
    public void EmbeddedCompactForm_IsTheOneTheModelZipGives(string zip, string resource, int featureCount)
    {
        using var written = new MemoryStream();
        FromZip(zip, featureCount).Write(written);
        Assert.That(written.ToArray(), Is.EqualTo(Embedded(resource)), $"{resource} is stale: run scripts/train-all.sh");
    }

    [TestCaseSource(nameof(Models))]
    public void CompactForm_ScoresExactlyAsTheZip(string zip, string resource, int featureCount)
    {
        var fromZip = FromZip(zip, featureCount);
        var compact = BoostedTrees.Read(new MemoryStream(Embedded(resource)), featureCount, "model", "train");
        (ulong, Func<float[], float, float>[]) generated = resource switch
        {
            "ClaimExtract.Quotes.cue-tagger.trees" => (CueTaggerTrees.Checksum, CueTaggerTrees.Methods),
            "ClaimExtract.Speakers.speaker-ranker.trees" => (SpeakerRankerTrees.Checksum, SpeakerRankerTrees.Methods),
            _ => (AttributionVerifierTrees.Checksum, AttributionVerifierTrees.Methods),
        };
        var precompiled = BoostedTrees.Read(new MemoryStream(Embedded(resource)), featureCount, "model", "train", generated);
        Assert.That((compact.Precompiled, precompiled.Precompiled), Is.EqualTo((false, true)));
        var random = new Random(11);
        for (var n = 0; n < 2000; n++)
        {
            var features = new float[featureCount];
            for (var i = 0; i < featureCount; i++)
            {
                features[i] = random.Next(3) switch { 0 => 0, 1 => 1, _ => (float)(random.NextDouble() * 4 - 1) };
            }

            Assert.That(compact.Score(features), Is.EqualTo(fromZip.Score(features)), $"vector {n}");
            Assert.That(precompiled.Score(features), Is.EqualTo(fromZip.Score(features)), $"vector {n}, generated methods");
            Assert.That(compact.Interpret(features), Is.EqualTo(fromZip.Interpret(features)), $"vector {n}");
        }
    }

    [TestCaseSource(nameof(Models))]
    public void GeneratedSource_IsTheOneTheModelZipGives(string zip, string resource, int featureCount)
    {
        var name = Path.GetFileNameWithoutExtension(zip);
        var className = BoostedTrees.SourceClassName(zip);
        var written = Path.Combine(Path.GetTempPath(), $"claimextract-{Guid.NewGuid():N}.cs");
        try
        {
            FromZip(zip, featureCount).WriteSource(written, className, name.Replace('-', ' '));
            Assert.That(File.ReadAllText(written), Is.EqualTo(File.ReadAllText(RepositoryPaths.InRoot(BoostedTrees.SourceBeside(zip)))), $"{BoostedTrees.SourceBeside(zip)} is stale: run scripts/train-all.sh");
        }
        finally
        {
            File.Delete(written);
        }
    }

    [Test]
    public void EmbeddedModels_RunTheirTreesCompiledAheadOfTime()
    {
        const System.Reflection.BindingFlags Private = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        var tagger = (BoostedTrees)typeof(CueTagger).GetField("_trees", Private)!.GetValue(CueTagger.Default)!;
        var verifier = (BoostedTrees)typeof(AttributionVerifier).GetField("_trees", Private)!.GetValue(AttributionVerifier.Default)!;
        Assert.That(tagger.Precompiled, Is.True, "cue tagger: the generated source is not that of the embedded trees");
        Assert.That(SpeakerRanker.Default!.Trees.Precompiled, Is.True, "speaker ranker: the generated source is not that of the embedded trees");
        Assert.That(verifier.Precompiled, Is.True, "attribution verifier: the generated source is not that of the embedded trees");
    }

    [Test]
    public void GeneratedMethods_OfOtherTrees_AreNotUsed()
    {
        using var other = new MemoryStream(Embedded("ClaimExtract.Speakers.speaker-ranker.trees"));
        var trees = BoostedTrees.Read(other, SpeakerCandidates.FeatureCount, "speaker ranker", "train", (CueTaggerTrees.Checksum, CueTaggerTrees.Methods));
        Assert.That(trees.Precompiled, Is.False);
    }

    [Test]
    public void CompactForm_ThatIsDamaged_IsRefusedWithItsReason()
    {
        var whole = Embedded("ClaimExtract.Speakers.speaker-ranker.trees");
        var count = SpeakerCandidates.FeatureCount;
        foreach (var length in new[] { 0, 10, whole.Length / 2, whole.Length - 1 })
        {
            Assert.That(Refusal(whole[..length], count), Does.Contain("cut short"), $"cut at {length} of {whole.Length} bytes");
        }

        Assert.That(Refusal([.. whole, 0], count), Does.Contain("bytes after its last leaf"));
        Assert.That(Refusal(whole, count + 1), Does.Contain("another number of features"));

        var magic = whole.ToArray();
        magic[5] ^= 0x20;
        Assert.That(Refusal(magic, count), Does.Contain("another version"));
    }

    [Test]
    public void CompactForm_WhoseChildPointsBack_IsRefused()
    {
        // One tree of two nodes: node 0 splits to node 1 and a leaf, node 1 back to node 0 (a walk would never end).
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("claimextract boosted trees 1");
            writer.Write(3);
            writer.Write(0f);
            writer.Write(1);
            writer.Write(0);
            writer.Write(2);
            foreach (var (feature, left, right) in new[] { (0, 1, ~0), (1, 0, ~1) })
            {
                writer.Write(feature);
                writer.Write(0.5f);
                writer.Write(left);
                writer.Write(right);
            }

            writer.Write(2);
            writer.Write(1f);
            writer.Write(-1f);
        }

        Assert.That(Refusal(bytes.ToArray(), 3), Does.Contain("children lie outside"));
    }

    private static string Refusal(byte[] bytes, int featureCount) =>
        Assert.Throws<InvalidDataException>(() => BoostedTrees.Read(new MemoryStream(bytes), featureCount, "speaker ranker", "claimextract train speakers"))!.Message;

    private static BoostedTrees FromZip(string zip, int featureCount)
    {
        using var stream = File.OpenRead(RepositoryPaths.InRoot(zip));
        return BoostedTrees.From(new MLContext(seed: 1).Model.Load(stream, out _), featureCount, zip, "train");
    }

    private static byte[] Embedded(string resource)
    {
        using var stream = typeof(BoostedTrees).Assembly.GetManifestResourceStream(resource) ?? throw new AssertionException($"{resource} is not embedded");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
