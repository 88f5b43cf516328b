using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// Metric gate: the embedded model scored on the held-out sets (what <c>claimextract eval statements --folds 0</c>
/// prints) must not fall below the figures it reached when it was trained (docs/statements.md), less a small
/// margin for rounding. Needs ../shared (skipped on a fresh clone without it).
/// </summary>
[Category("Corpus")]
[Category("Model")]
public class StatementFloorTests
{
    private static readonly Lazy<IReadOnlyList<EvaluationMetrics>> Results = new(() =>
    {
        var shared = RepositoryPaths.SharedData ?? throw new IgnoreException("../shared/data is not beside the repository");
        return StatementEvaluation.Run(StatementClassifier.Default, new StatementEvaluationOptions(shared, RepositoryPaths.InRoot("data/statements/labels.tsv"), Folds: 0), TextWriter.Null);
    });

    // Reached on 2026-11-29, fifth round (docs/statements.md): 0.778, 0.560, 0.803, and on the 699
    // hand-labelled held-out sentences 0.478 (23 retractions), 0.618 (202 predictions), 0.549 (86 promises).
    // CheckThat! dev fell from 0.832 (the decision rule chosen on out-of-fold scores calls more Yes sentences forecasts).
    [TestCase("Subramanian 2019 held-out press releases", StatementKind.Promise, 0.775)]
    [TestCase("Fornaciari 2021 held-out manifestos", StatementKind.Promise, 0.55)]
    [TestCase("CheckThat! 2024 dev", StatementKind.Claim, 0.80)]
    [TestCase("hand-labelled held-out sentences", StatementKind.Retraction, 0.47)]
    [TestCase("hand-labelled held-out sentences", StatementKind.Prediction, 0.61)]
    [TestCase("hand-labelled held-out sentences", StatementKind.Promise, 0.54)]
    public void HeldOutF1_StaysAboveItsFloor(string set, StatementKind kind, double floor)
    {
        var metrics = Results.Value.Single(r => r.Set == set);

        Assert.That(metrics.F1Of(kind), Is.GreaterThanOrEqualTo(floor), metrics.ToText());
    }
}
