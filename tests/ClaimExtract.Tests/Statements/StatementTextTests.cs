using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Tests.Statements;

public class StatementTextTests
{
    [TestCase("“We will win,”", null, null, "We will win,")]
    [TestCase("that the plan is dead", "said", "indirect", "the plan is dead")]
    public void ModelText_DropsMarksAndComplementiser(string text, string? cue, string? type, string expected)
    {
        Assert.That(StatementText.ModelText(new StatementFeaturesInput(text, cue, type)), Is.EqualTo(expected));
    }

    [TestCase("Our promise cannot be fulfilled.", 4, 1)]
    [TestCase("He walked back his comments.", 4, 1)]
    [TestCase("Prices are no longer rising.", 4, 0)]
    [TestCase("Prices are no longer rising.", 5, 1)]
    [TestCase("We will build the wall.", 0, 1)]
    [TestCase("We will build the wall.", 14, 1)]
    [TestCase("The plan was approved.", 14, 0)]
    [TestCase("The senator disavowed his own remarks.", 4, 1)]
    [TestCase("I was wrong when I said that.", 4, 1)]
    [TestCase("They were wrong about the polls.", 4, 0)]
    [TestCase("She initially said she would not run, but entered the race.", 16, 1)]
    [TestCase("The mayor reversed the decision on Friday.", 16, 1)]
    [TestCase("An earlier version of this story misstated the date.", 16, 1)]
    [TestCase("He no longer supports the bill.", 16, 1)]
    [TestCase("He no longer owns the company.", 16, 0)]
    [TestCase("The race will likely be close.", 17, 1)]
    [TestCase("She is going to win the state.", 17, 1)]
    [TestCase("We will build the wall.", 17, 0)]
    [TestCase("He will be stepping down next year.", 17, 0)]
    [TestCase("The deal could collapse.", 18, 1)]
    [TestCase("He would cut taxes.", 18, 0)]
    [TestCase("He never promised to cut taxes.", 19, 1)]
    [TestCase("The party has no plans to raise fees.", 19, 1)]
    [TestCase("He promised to cut taxes.", 19, 0)]
    [TestCase("She didn't promise anything.", 19, 1)]
    [TestCase("The governor did not back down from her plan.", 20, 1)]
    [TestCase("The governor backed down from her plan.", 20, 0)]
    [TestCase("If elected, I will cut taxes.", 21, 1)]
    [TestCase("We will cut taxes unless the deficit grows.", 21, 1)]
    [TestCase("The gift was large.", 21, 0)]
    [TestCase("We'll cut taxes.", 22, 1)]
    [TestCase("They will cut taxes.", 22, 0)]
    [TestCase("The Liberals broke their promises after the election.", 23, 1)]
    [TestCase("He raised taxes after saying he wouldn't.", 23, 1)]
    [TestCase("She was for the deal before she was against it.", 23, 1)]
    [TestCase("Labor changed its tune.", 23, 1)]
    [TestCase("The storm broke the levee.", 23, 0)]
    [TestCase("He used to live in Ohio.", 23, 0)]
    [TestCase("I apologize for those words.", 24, 1)]
    [TestCase("She regretted her remarks.", 24, 1)]
    [TestCase("And look, yes, my view has evolved.", 24, 1)]
    [TestCase("I was joking with my cousin.", 24, 1)]
    [TestCase("He apologized for the donation.", 24, 0)]
    [TestCase("The species has evolved.", 24, 0)]
    [TestCase("A new bridge will be built across the bay.", 25, 1)]
    [TestCase("Every family would be provided with a free health check.", 25, 1)]
    [TestCase("The grants are to be funded from the surplus.", 25, 1)]
    [TestCase("The hall'll be finished by spring.", 25, 1)]
    [TestCase("Pensions will also be fully protected.", 25, 1)]
    [TestCase("The vote will be close.", 25, 0)]
    [TestCase("The company will build a new bridge.", 25, 0)]
    [TestCase("The bridge was built in 1990.", 25, 0)]
    [TestCase("He will be stepping down next year.", 25, 0)]
    public void Features_FireOnTheirPatterns(string text, int feature, float expected)
    {
        Assert.That(StatementText.Features(text)[feature], Is.EqualTo(expected));
    }

    [Test]
    public void Features_HaveTheDeclaredLength()
    {
        Assert.That(StatementText.Features("Anything at all."), Has.Length.EqualTo(StatementText.FeatureCount));
    }

    [TestCase("He walked back his comments.")]
    [TestCase("Our promise cannot be fulfilled.")]
    [TestCase("I was wrong.")]
    [TestCase("The senator flip-flopped.")]
    [TestCase("She reversed course.")]
    [TestCase("Prices rose 3% last year.")]
    [TestCase("We will ensure it is likely to pass within two years; I think that's great.")]
    [TestCase("He initially said he would run, then changed his position.")]
    [TestCase("The vote is going to be close.")]
    [TestCase("After promising not to, despite his pledge, he broke that pledge; I take it back, I was just joking, never mind.")]
    [TestCase("We won’t drop it: café naïve ¹² x‿y Привет, 2024.")]
    [TestCase("Schools’ll be rebuilt and roads won’t get repaired.")]
    [TestCase("I’m sure we’re fine; you're not, your call: it may well rise 20 per cent, per  cent, percent or half a dozen.")]
    [TestCase("He wanted it; they were tired, had, did, was; bed red fed shed ed_ed x-ed 3ed.")]
    [TestCase("Combining: cafe\u0301 wanted\u0301 i\u200dm we\u200c x\u0903y ² Ⅳ 🙂 naïve ١٢ wa_s")]
    [TestCase("Tabs\tand\nnewlines: i\nwe\tus — «me» ‘my’ (our) perhaps, possibly, potentially, might, could, would.")]
    [TestCase("")]
    public void PreChecks_DoNotChangeTheFeatures(string text)
    {
        Assert.That(StatementText.Features(text), Is.EqualTo(StatementText.Features(text, preChecks: false)));
    }

    [Test]
    [Category("Corpus")]
    public void PreChecks_DoNotChangeTheFeatures_OfAnyCorpusSentence()
    {
        var shared = RepositoryPaths.SharedData ?? throw new IgnoreException("../shared/data is not beside the repository");
        var sentences = TrainingData.Load(shared, RepositoryPaths.InRoot("data/statements/labels.tsv"), TextWriter.Null).Select(s => s.Text).ToList();

        var disagreeing = sentences.Where(s => !StatementText.Features(s).SequenceEqual(StatementText.Features(s, preChecks: false))).ToList();

        Assert.That(disagreeing, Is.Empty);
        foreach (var feature in new[] { 3, 4, 7, 8, 12, 16, 17, 23, 24 })
        {
            Assert.That(sentences.Count(s => StatementText.Features(s)[feature] == 1), Is.GreaterThan(20), $"feature {feature} fires on some sentences");
        }
    }
}
