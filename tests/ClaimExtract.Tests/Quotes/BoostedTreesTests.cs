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

    [TestCaseSource(nameof(Models))]
    public void ScoreAbove_IsTheScore_OrTheScoreIsBelowTheFloor(string model, int featureCount)
    {
        var trees = Trees(model);
        var random = new Random(11);
        var cut = 0;
        for (var n = 0; n < 2000; n++)
        {
            var f = RandomFeatures(random, featureCount);
            var score = trees.Score(f);
            var floor = score + (float)(random.NextDouble() * 8 - 4);
            var above = trees.ScoreAbove(f, floor);
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

        Assert.That(cut, Is.GreaterThan(0), "no score was cut short");
    }

    [Test]
    public void TooFewFeatures_AreAClearError()
    {
        Assert.That(() => Trees("speaker ranker").Score(new float[3]), Throws.ArgumentException);
    }
}
