using ClaimExtract.Statements;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// A reported statement that shows no sign of the future, of a commitment or of possibility is not a prediction
/// (<see cref="PredictionGate"/>; docs/statements.md, twenty-third round). Sentences here are written for the tests.
/// </summary>
[Category("Model")]
public class PredictionGateTests
{
    private static readonly StatementClassifier Classifier = StatementClassifier.Default;

    // Each of these reported facts is called a prediction by the detectors under the decision rule (with the promise gate the
    // classifier applied before this round), asserted below; the classifier now calls it something else.
    [TestCase("the economy is in decline", "say")]
    [TestCase("his status as the Republican front-runner", "has maintained")]
    [TestCase("the governor appears to be spending much more heavily as the vote nears", "appears")]
    public void ReportedFact_WithoutASignOfTheFuture_IsNotAPrediction(string content, string cue)
    {
        var statement = new StatementFeaturesInput(content, cue, "indirect");
        var commitsNothing = new bool[1];
        var foreseesNothing = new bool[1];
        var raw = Classifier.PredictDetectors([statement], commitsNothing: commitsNothing, foreseesNothing: foreseesNothing)[0];

        Assert.That(foreseesNothing[0], Is.True);
        Assert.That(Classifier.Calibration.Decide(raw with { Promise = 0 }).Kind, Is.EqualTo(StatementKind.Prediction), "the case must be one the detectors call a prediction");
        Assert.That(Classifier.Predict([statement])[0].Kind, Is.Not.EqualTo(StatementKind.Prediction));
    }

    [TestCase("the ferry ran late all week", "said", "indirect", true)]
    [TestCase("the mayor as the favourite in the race", "sees", "mixed", true)]
    [TestCase("the ferry could run late next week", "said", "indirect", false)]
    [TestCase("the ferry can win back its riders", "says", "indirect", false)]
    [TestCase("the ferry service is likely to close", "said", "indirect", false)]
    [TestCase("ferry fares rise", "expects", "indirect", false)]
    [TestCase("perhaps the ferry is too slow", "said", "indirect", false)]
    [TestCase("the ferry stops if the wind is strong", "said", "indirect", false)]
    [TestCase("the ferry will run every hour", "said", "indirect", false)]
    [TestCase("to extend the ferry service", "vowed", "indirect", false)]
    [TestCase("the ferry ran late all week", "said", "direct", false)]
    [TestCase("the ferry ran late all week", null, "indirect", false)]
    [TestCase("The ferry ran late all week.", null, null, false)]
    public void ForeseesNothing_OnlyReportedStatementsWithoutASignOfTheFutureOrOfPossibility(string content, string? cue, string? quoteType, bool expected)
    {
        var statement = new StatementFeaturesInput(content, cue, quoteType);
        var lexical = StatementText.Features(StatementText.FeatureText(statement, StatementText.ModelText(statement)));

        Assert.That(PredictionGate.ForeseesNothing(statement, lexical), Is.EqualTo(expected));
    }
}
