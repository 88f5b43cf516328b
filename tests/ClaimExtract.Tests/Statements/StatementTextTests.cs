using ClaimExtract.Statements;

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
    public void Features_FireOnTheirPatterns(string text, int feature, float expected)
    {
        Assert.That(StatementText.Features(text)[feature], Is.EqualTo(expected));
    }

    [Test]
    public void Features_HaveTheDeclaredLength()
    {
        Assert.That(StatementText.Features("Anything at all."), Has.Length.EqualTo(StatementText.FeatureCount));
    }
}
