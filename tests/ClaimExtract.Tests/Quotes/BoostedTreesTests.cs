using ClaimExtract.Quotes;
using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Quotes;

/// <summary>The compiled trees of both embedded models against a plain walk of their node arrays, on random feature vectors.</summary>
[Category("Model")]
public class BoostedTreesTests
{
    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData("cue tagger", CueTagger.FeatureCount);
        yield return new TestCaseData("speaker ranker", SpeakerCandidates.FeatureCount);
    }

    private static BoostedTrees Trees(string model) => model == "cue tagger"
        ? (BoostedTrees)typeof(CueTagger).GetField("_trees", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(CueTagger.Default)!
        : (BoostedTrees)typeof(SpeakerRanker).GetField("_trees", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(SpeakerRanker.Default)!;

    // Features are mostly 0/1 flags and fractions in [0, 1]: draw each from those, so that both sides of most thresholds are taken.
    private static float[] RandomFeatures(Random random, int count)
    {
        var f = new float[count];
        for (var i = 0; i < count; i++)
        {
            f[i] = random.Next(3) switch { 0 => 0, 1 => 1, _ => (float)random.NextDouble() };
        }

        return f;
    }

    // Scores each vector against a random floor within 4 of its score: the bounded trees either give the full score or cut short a
    // score that is below its floor. Returns how many were cut short.
    private static int CutsOnlyBelowTheFloor(BoostedTrees trees, BoostedTrees bounded, List<float[]> vectors, Random random)
    {
        var cut = 0;
        for (var n = 0; n < vectors.Count; n++)
        {
            var score = trees.Score(vectors[n]);
            var floor = score + (float)(random.NextDouble() * 8 - 4);
            var above = bounded.ScoreAbove(vectors[n], floor);
            if (float.IsNegativeInfinity(above))
            {
                cut++;
                Assert.That(score, Is.LessThan(floor), $"vector {n}: cut short above its floor");
            }
            else
            {
                Assert.That(above, Is.EqualTo(score), $"vector {n}");
            }
        }

        return cut;
    }

    [TestCaseSource(nameof(Models))]
    public void Compiled_ScoresAsTheNodeWalk(string model, int featureCount)
    {
        var trees = Trees(model);
        var random = new Random(7);
        for (var n = 0; n < 2000; n++)
        {
            var f = RandomFeatures(random, featureCount);
            Assert.That(trees.Score(f), Is.EqualTo(trees.Interpret(f)), $"vector {n}");
        }
    }

    // Random vectors are unlike any the trainers measured their bounds on: the static bound (the later trees' largest leaves) holds for them.
    [TestCaseSource(nameof(Models))]
    public void ScoreAbove_IsTheScore_OrTheScoreIsBelowTheFloor(string model, int featureCount)
    {
        var trees = Trees(model).WithoutBounds();
        var random = new Random(11);
        var vectors = Enumerable.Range(0, 2000).Select(_ => RandomFeatures(random, featureCount)).ToList();
        Assert.That(CutsOnlyBelowTheFloor(trees, trees, vectors, random), Is.GreaterThan(0), "no score was cut short");
    }

    [TestCaseSource(nameof(Models))]
    public void ShippedBounds_AreMeasured_AndTighterThanTheLargestLeaves(string model, int featureCount)
    {
        var trees = Trees(model);
        Assert.That(trees.Methods, Is.GreaterThan(1), "no early cut to bound");
        for (var m = 1; m < trees.Methods; m++)
        {
            Assert.That(trees.Bound(m), Is.LessThan(trees.StaticBound(m)), $"after method {m}: the embedded bounds file was not read");
            Assert.That(trees.WithoutBounds().Bound(m), Is.EqualTo(trees.StaticBound(m)));
        }
    }

    [TestCaseSource(nameof(Models))]
    public void MeasuredBounds_CutOnlyBelowTheFloor_OnTheVectorsMeasured(string model, int featureCount)
    {
        var trees = Trees(model).WithoutBounds();
        var random = new Random(13);
        var vectors = Enumerable.Range(0, 1000).Select(i => (Features: RandomFeatures(random, featureCount), Fold: i % 5)).ToList();
        var bounds = TreeBounds.Measure(trees, vectors, 5);
        var bounded = trees.WithBounds(bounds);
        Assert.That(CutsOnlyBelowTheFloor(trees, bounded, vectors.Select(v => v.Features).ToList(), random), Is.GreaterThan(0), "no score was cut short");
        Assert.That(Enumerable.Range(1, trees.Methods - 1).All(m => bounded.Bound(m) <= trees.StaticBound(m)), Is.True, "a measured bound above the static one was used");
    }

    [Test]
    public void Bounds_WrittenAndRead_AreTheSame()
    {
        var trees = Trees("speaker ranker");
        var bounds = new TreeBounds([3.5f, 1.25f], [0.5f, 0f]);
        var path = Path.GetTempFileName();
        try
        {
            bounds.Write(path, trees, "test", 2);
            using var stream = File.OpenRead(path);
            var read = TreeBounds.Read(stream, trees, "rebuild");
            Assert.That(read.Gains, Is.EqualTo(bounds.Gains));
            Assert.That(read.Excesses, Is.EqualTo(bounds.Excesses));
            Assert.That(read.Bounds, Is.EqualTo(new[] { 4.5f, 1.375f }), "twice the excess, at least a tenth of the gain");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("after_trees\tlargest_gain\tfold_excess\n20\t3.5\t0\t60\n")]
    [TestCase("20\t3.5\t0\t60\n40\t1\t0\t30\n60\t1\t0\t10\n")]
    [TestCase("20\t3.5\t0\t60\n30\t1\t0\t30\n")]
    [TestCase("20\tmany\t0\t60\n40\t1\t0\t30\n")]
    [TestCase("20\t3.5\t-1\t60\n40\t1\t0\t30\n")]
    public void Bounds_ThatDoNotFitTheTrees_AreAClearError(string tsv)
    {
        var trees = Trees("speaker ranker");
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(tsv));
        Assert.That(() => TreeBounds.Read(stream, trees, "claimextract train speakers"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("claimextract train speakers"));
    }

    [Test]
    public void TooFewFeatures_AreAClearError()
    {
        Assert.That(() => Trees("speaker ranker").Score(new float[3]), Throws.ArgumentException);
    }
}
