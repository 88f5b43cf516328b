using ClaimExtract.Statements;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// A reported statement that shows no sign of a withdrawal or a reversal is not a retraction (<see cref="RetractionGate"/>;
/// docs/statements.md, twenty-fourth round). Sentences here are written for the tests.
/// </summary>
[Category("Model")]
public class RetractionGateTests
{
    private static readonly StatementClassifier Classifier = StatementClassifier.Default;

    // Each of these reported stances is called a retraction by the detectors under the decision rule (with the promise and
    // prediction gates the classifier applied before this round), asserted below; the classifier now calls it something else.
    [TestCase("she supported it", "said")]
    [TestCase("she supported the ferry plan", "said")]
    [TestCase("whom she supported", "asked")]
    [TestCase("she was considering supporting the mayor", "said")]
    [TestCase("the reason for his late support for the mayor", "explained")]
    public void ReportedStance_WithoutASignOfAWithdrawal_IsNotARetraction(string content, string cue)
    {
        var statement = new StatementFeaturesInput(content, cue, "indirect");
        var commitsNothing = new bool[1];
        var foreseesNothing = new bool[1];
        var withdrawsNothing = new bool[1];
        var raw = Classifier.PredictDetectors([statement], commitsNothing: commitsNothing, foreseesNothing: foreseesNothing, withdrawsNothing: withdrawsNothing)[0];
        var before = raw with
        {
            Promise = commitsNothing[0] ? 0 : raw.Promise,
            Prediction = foreseesNothing[0] ? 0 : raw.Prediction,
        };

        Assert.That(withdrawsNothing[0], Is.True);
        Assert.That(Classifier.Calibration.Decide(before).Kind, Is.EqualTo(StatementKind.Retraction), "the case must be one the detectors call a retraction");
        Assert.That(Classifier.Predict([statement])[0].Kind, Is.Not.EqualTo(StatementKind.Retraction));
    }

    [TestCase("she supported the ferry plan", "said", "indirect", true)]
    [TestCase("whom she supported", "asked", "mixed", true)]
    [TestCase("he had walked back his remarks on the ferry", "said", "indirect", false)]
    [TestCase("she no longer backs the ferry plan", "said", "indirect", false)]
    [TestCase("the council withdrew the ferry plan", "reported", "indirect", false)]
    [TestCase("the ferry will not run on Sundays after all", "said", "indirect", false)]
    [TestCase("she initially supported the ferry plan", "said", "indirect", false)]
    [TestCase("he did not back down on the ferry", "said", "indirect", false)]
    [TestCase("the council broke its promise to the ferry crews", "said", "indirect", false)]
    [TestCase("she regretted her remarks about the crews", "said", "indirect", false)]
    [TestCase("he had since apologized to the crews", "said", "indirect", false)]
    [TestCase("she supported the ferry plan", "said", "direct", false)]
    [TestCase("she supported the ferry plan", null, "indirect", false)]
    [TestCase("She supported the ferry plan.", null, null, false)]
    public void WithdrawsNothing_OnlyReportedStatementsWithoutASignOfAWithdrawal(string content, string? cue, string? quoteType, bool expected)
    {
        var statement = new StatementFeaturesInput(content, cue, quoteType);
        var lexical = StatementText.Features(StatementText.FeatureText(statement, StatementText.ModelText(statement)));

        Assert.That(RetractionGate.WithdrawsNothing(statement, lexical), Is.EqualTo(expected));
    }
}
