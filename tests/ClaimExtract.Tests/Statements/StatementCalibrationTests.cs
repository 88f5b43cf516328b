using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Tests.Statements;

/// <summary>How detector probabilities become a kind and a confidence, and how figures are scored. No model needed.</summary>
public class StatementCalibrationTests
{
    private static readonly StatementCalibration Plain = StatementCalibration.Identity("lbfgs-lr");

    [Test]
    public void NoDetectorAboveItsThreshold_IsOther()
    {
        var p = Plain.Decide(new DetectorScores(0.3f, 0.1f, 0.2f, 0.4f));

        Assert.That(p.Kind, Is.EqualTo(StatementKind.Other));
        Assert.That(p.Scores.Values.Sum(), Is.EqualTo(1).Within(1e-4));
    }

    [Test]
    public void TheHighestDetectorAboveItsThreshold_Wins()
    {
        Assert.That(Plain.Decide(new DetectorScores(0.7f, 0.1f, 0.6f, 0.2f)).Kind, Is.EqualTo(StatementKind.Promise));
    }

    [Test]
    public void ALowerThreshold_LetsADetectorWin()
    {
        var thresholds = new Dictionary<string, double>(Plain.Thresholds) { ["retraction"] = 0.2 };
        var calibration = Plain with { Thresholds = thresholds };
        var p = new DetectorScores(0.1f, 0.35f, 0.1f, 0.1f);

        Assert.That((Plain.Decide(p).Kind, calibration.Decide(p).Kind), Is.EqualTo((StatementKind.Other, StatementKind.Retraction)));
    }

    [Test]
    public void SpecificFirst_ASpecificKindAboveItsThreshold_WinsOverAHigherClaim()
    {
        var p = new DetectorScores(0.1f, 0.6f, 0.55f, 0.9f);

        Assert.That((Plain.Decide(p).Kind, (Plain with { SpecificFirst = true }).Decide(p).Kind), Is.EqualTo((StatementKind.Claim, StatementKind.Retraction)));
    }

    [Test]
    public void SpecificFirst_NoSpecificKindAboveItsThreshold_DecidesAsBefore()
    {
        var p = new DetectorScores(0.2f, 0.1f, 0.4f, 0.9f);

        var (plain, specificFirst) = (Plain.Decide(p), (Plain with { SpecificFirst = true }).Decide(p));

        Assert.That((specificFirst.Kind, specificFirst.Confidence), Is.EqualTo((plain.Kind, plain.Confidence)));
    }

    [Test]
    public void CheckWorthy_EveryClaim_AndAnotherKindWhoseClaimDetectorPassesItsOwnThreshold()
    {
        var calibration = Plain with { SpecificFirst = true, CheckWorthyThreshold = 0.3 };

        var claim = calibration.Decide(new DetectorScores(0.1f, 0.1f, 0.1f, 0.6f));
        var promiseWorthChecking = calibration.Decide(new DetectorScores(0.7f, 0.1f, 0.1f, 0.35f));
        var promiseNot = calibration.Decide(new DetectorScores(0.7f, 0.1f, 0.1f, 0.25f));
        var claimAboveAHigherThreshold = (calibration with { CheckWorthyThreshold = 0.8 }).Decide(new DetectorScores(0.1f, 0.1f, 0.1f, 0.6f));

        Assert.That((claim.Kind, claim.CheckWorthy), Is.EqualTo((StatementKind.Claim, true)));
        Assert.That((promiseWorthChecking.Kind, promiseWorthChecking.CheckWorthy), Is.EqualTo((StatementKind.Promise, true)));
        Assert.That((promiseNot.Kind, promiseNot.CheckWorthy), Is.EqualTo((StatementKind.Promise, false)));
        Assert.That((claimAboveAHigherThreshold.Kind, claimAboveAHigherThreshold.CheckWorthy), Is.EqualTo((StatementKind.Claim, true)));
    }

    [Test]
    public void CheckWorthinessSet_ScoresCheckWorthyAsClaim_AndTheKindsSetTheKind()
    {
        var p = (Plain with { SpecificFirst = true, CheckWorthyThreshold = 0.3 }).Decide(new DetectorScores(0.1f, 0.1f, 0.7f, 0.4f));

        Assert.That((StatementEvaluation.Scored(p, checkWorthiness: true), StatementEvaluation.Scored(p, checkWorthiness: false)),
            Is.EqualTo((StatementKind.Claim, StatementKind.Prediction)));
    }

    [Test]
    public void Confidence_FollowsThePlattSigmoid()
    {
        var steep = Plain with { PlattA = 2, PlattB = -1 };

        Assert.That(Plain.Confidence(0.8f), Is.EqualTo(0.8f).Within(1e-5));
        Assert.That(steep.Confidence(0.5f), Is.EqualTo((float)(1 / (1 + Math.Exp(1)))).Within(1e-5));
    }

    [Test]
    public void Metrics_CountByKind_WithAConfusionMatrix()
    {
        StatementKind[] truth = [StatementKind.Claim, StatementKind.Claim, StatementKind.Other, StatementKind.Other];
        StatementKind[] predicted = [StatementKind.Claim, StatementKind.Promise, StatementKind.Claim, StatementKind.Other];

        var m = EvaluationMetrics.Score("set", "claim F1", truth, predicted);

        Assert.That(m.Labels, Is.EqualTo(new[] { "claim", "other" }));
        Assert.That(m.Confusion[0], Is.EqualTo(new[] { 1, 0, 0, 1, 0 }));
        Assert.That(m.Confusion[1], Is.EqualTo(new[] { 0, 0, 0, 1, 1 }));
        Assert.That(m.F1Of(StatementKind.Claim), Is.EqualTo(0.5));
        Assert.That(m.Accuracy, Is.EqualTo(0.5));
    }

    [Test]
    public void Reliability_BinsByConfidence()
    {
        var bins = ClaimExtract.Statements.Training.Reliability.Table([(0.95, true), (0.92, false), (0.35, false)]);

        Assert.That(bins.Single(b => b.From == 0.9).Count, Is.EqualTo(2));
        Assert.That(bins.Single(b => b.From == 0.9).Accuracy, Is.EqualTo(0.5));
        Assert.That(bins.Single(b => b.From == 0.3).Count, Is.EqualTo(1));
    }
}
