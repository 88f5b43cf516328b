using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimExtract.Statements;

/// <summary>The probability each yes/no detector gives one statement.</summary>
internal readonly record struct DetectorScores(float Promise, float Retraction, float Prediction, float Claim)
{
    public float this[StatementKind kind] => kind switch
    {
        StatementKind.Promise => Promise,
        StatementKind.Retraction => Retraction,
        StatementKind.Prediction => Prediction,
        StatementKind.Claim => Claim,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "other has no detector"),
    };

    public DetectorScores With(StatementKind kind, float p) => kind switch
    {
        StatementKind.Promise => this with { Promise = p },
        StatementKind.Retraction => this with { Retraction = p },
        StatementKind.Prediction => this with { Prediction = p },
        StatementKind.Claim => this with { Claim = p },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "other has no detector"),
    };
}

/// <summary>
/// How the four detectors' probabilities become one kind and a calibrated confidence. Each detector's
/// probability is shifted so that its threshold (chosen on the validation part of the training split,
/// never on an evaluation set) maps to 0.5; <c>other</c> scores one minus the highest shifted probability;
/// the scores are normalised to sum to 1 and the kind is the highest. <c>kind_confidence</c> is the top
/// score passed through a Platt sigmoid fitted on the same validation part, so that it estimates the
/// probability that the kind is right (see the reliability table in docs/statements.md).
/// </summary>
/// <param name="Trainer">The trainer of the detectors (<c>lbfgs-lr</c> or <c>sdca-lr</c>), so that an evaluation can refit the same recipe.</param>
/// <param name="Thresholds">The detector thresholds by kind name (promise, retraction, prediction, claim).</param>
/// <param name="PlattA">The slope of the confidence sigmoid over the logit of the top score.</param>
/// <param name="PlattB">Its intercept.</param>
/// <param name="SpecificFirst">
/// The decision rule. False: the highest normalised score wins. True: a promise, retraction or prediction
/// whose detector passes its threshold wins over <c>claim</c> and <c>other</c> (the highest of them, if several),
/// since a reported retraction or a forecast is also a factual assertion: <c>claim</c> is what a check-worthy
/// statement is when it is none of the specific kinds. The trainer keeps the rule that does better on validation.
/// </param>
/// <param name="CheckWorthyThreshold">
/// The claim detector's threshold for <see cref="KindPrediction.CheckWorthy"/>: a statement is check-worthy when its kind is
/// <c>claim</c> or the claim detector passes this threshold whatever the kind (a promise or a forecast in a debate can be
/// worth checking). Chosen on the out-of-fold scores of the CheckThat! training debates, apart from the kinds' thresholds.
/// </param>
public sealed record StatementCalibration(string Trainer, IReadOnlyDictionary<string, double> Thresholds, double PlattA, double PlattB, bool SpecificFirst = false, double CheckWorthyThreshold = 0.5)
{
    /// <summary>The kinds that win over claim and other under <see cref="SpecificFirst"/>.</summary>
    private static readonly StatementKind[] SpecificKinds = [StatementKind.Promise, StatementKind.Retraction, StatementKind.Prediction];

    /// <summary>The kinds that have a detector, in the model's order.</summary>
    public static readonly StatementKind[] DetectorKinds = [StatementKind.Promise, StatementKind.Retraction, StatementKind.Prediction, StatementKind.Claim];

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Uncalibrated: thresholds 0.5, confidence = top score.</summary>
    public static StatementCalibration Identity(string trainer) => new(trainer, DetectorKinds.ToDictionary(k => k.ToName(), _ => 0.5), 1, 0);

    /// <summary>The distribution over the five kinds before the confidence is calibrated.</summary>
    internal Dictionary<StatementKind, float> Distribution(DetectorScores p)
    {
        var scores = new Dictionary<StatementKind, float>(5);
        var top = 0f;
        foreach (var kind in DetectorKinds)
        {
            var shifted = Shift(p[kind], Thresholds[kind.ToName()]);
            scores[kind] = shifted;
            top = MathF.Max(top, shifted);
        }

        scores[StatementKind.Other] = 1 - top;
        var sum = scores.Values.Sum();
        foreach (var kind in scores.Keys.ToList())
        {
            scores[kind] = sum > 0 ? scores[kind] / sum : 0.2f;
        }

        return scores;
    }

    internal KindPrediction Decide(DetectorScores p)
    {
        var scores = Distribution(p);
        var candidates = SpecificFirst && SpecificKinds.Any(k => p[k] >= Thresholds[k.ToName()]) ? SpecificKinds.Where(k => p[k] >= Thresholds[k.ToName()]) : scores.Keys;
        var best = StatementKind.Other;
        var first = true;
        foreach (var kind in candidates)
        {
            // Ties go to the earlier kind in enum order, so the choice does not depend on dictionary order.
            if (first || scores[kind] > scores[best] || (scores[kind] == scores[best] && kind < best))
            {
                best = kind;
                first = false;
            }
        }

        return new KindPrediction(best, Confidence(scores[best]), scores, best == StatementKind.Claim || p.Claim >= CheckWorthyThreshold);
    }

    /// <summary>The calibrated probability that a kind whose normalised score is <paramref name="top"/> is right.</summary>
    internal float Confidence(float top) => (float)Sigmoid(PlattA * Logit(top) + PlattB);

    private static float Shift(float p, double threshold) => (float)Sigmoid(Logit(p) - Logit(threshold));

    internal static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(q / (1 - q));
    }

    internal static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    /// <summary>Writes the calibration as the JSON <see cref="StatementClassifier.Load(Stream, Stream)"/> reads.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, JsonOptions) + "\n");
}
