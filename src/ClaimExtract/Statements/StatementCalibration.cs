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

    /// <summary>Reads the calibration JSON (source-generated: reflection over the record cost a fresh process about 80 ms).</summary>
    internal static StatementCalibration? Read(Stream json) => JsonSerializer.Deserialize(json, CalibrationJsonContext.Default.StatementCalibration);

    /// <summary>Uncalibrated: thresholds 0.5, confidence = top score.</summary>
    public static StatementCalibration Identity(string trainer) => new(trainer, DetectorKinds.ToDictionary(k => k.ToName(), _ => 0.5), 1, 0);

    /// <summary>The distribution over the five kinds before the confidence is calibrated.</summary>
    internal Dictionary<StatementKind, float> Distribution(DetectorScores p) => new Rule(this).Distribution(p);

    internal KindPrediction Decide(DetectorScores p) => new Rule(this).Decide(p);

    /// <summary>
    /// <see cref="Decide(DetectorScores)"/> with the thresholds read once (the classifier keeps one for all its statements):
    /// the same arithmetic in the same order, without a dictionary lookup or a query per statement.
    /// </summary>
    internal sealed class Rule
    {
        private readonly StatementCalibration _calibration;
        private readonly double[] _thresholds = new double[4];
        private readonly double[] _logitThresholds = new double[4];

        public Rule(StatementCalibration calibration)
        {
            _calibration = calibration;
            for (var k = 0; k < 4; k++)
            {
                _thresholds[k] = calibration.Thresholds[DetectorKinds[k].ToName()];
                _logitThresholds[k] = Logit(_thresholds[k]);
            }
        }

        public Dictionary<StatementKind, float> Distribution(DetectorScores p)
        {
            Span<float> normalised = stackalloc float[5];
            Normalise(p, normalised);
            return ToDictionary(normalised);
        }

        /// <summary>The distribution over the five kinds, in kind order, before the confidence is calibrated.</summary>
        private void Normalise(DetectorScores p, Span<float> scores)
        {
            Span<float> shifted = stackalloc float[5];
            var top = 0f;
            for (var k = 0; k < 4; k++)
            {
                shifted[k] = (float)Sigmoid(Logit(p[DetectorKinds[k]]) - _logitThresholds[k]);
                top = MathF.Max(top, shifted[k]);
            }

            shifted[4] = 1 - top;

            // As Enumerable.Sum over the values did: in order, in double, then back to float.
            var total = 0d;
            foreach (var value in shifted)
            {
                total += value;
            }

            var sum = (float)total;
            for (var k = 0; k < 5; k++)
            {
                scores[k] = sum > 0 ? shifted[k] / sum : 0.2f;
            }
        }

        private static Dictionary<StatementKind, float> ToDictionary(ReadOnlySpan<float> scores)
        {
            var result = new Dictionary<StatementKind, float>(5);
            for (var k = 0; k < 5; k++)
            {
                result[(StatementKind)k] = scores[k];
            }

            return result;
        }

        public KindPrediction Decide(DetectorScores p)
        {
            // The choice reads the scores from a span (kind k at k); the dictionary is built once, for the answer.
            Span<float> scores = stackalloc float[5];
            Normalise(p, scores);
            var best = StatementKind.Other;
            var first = true;
            var specificOnly = false;
            if (_calibration.SpecificFirst)
            {
                for (var k = 0; k < SpecificKinds.Length; k++)
                {
                    specificOnly |= p[SpecificKinds[k]] >= _thresholds[(int)SpecificKinds[k]];
                }
            }

            // The candidates: the specific kinds that pass their thresholds under the specific-first rule when any does,
            // otherwise every kind, in enum order. Ties go to the earlier kind, so the choice does not depend on dictionary order.
            for (var k = 0; k < 5; k++)
            {
                var kind = (StatementKind)k;
                if (specificOnly && (kind is not (StatementKind.Promise or StatementKind.Retraction or StatementKind.Prediction) || p[kind] < _thresholds[k]))
                {
                    continue;
                }

                if (first || scores[k] > scores[(int)best] || (scores[k] == scores[(int)best] && kind < best))
                {
                    best = kind;
                    first = false;
                }
            }

            return new KindPrediction(best, _calibration.Confidence(scores[(int)best]), ToDictionary(scores), best == StatementKind.Claim || p.Claim >= _calibration.CheckWorthyThreshold);
        }
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
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, CalibrationJsonContext.Default.StatementCalibration) + "\n");
}

/// <summary>Source-generated JSON metadata for <see cref="StatementCalibration"/>: indented, snake_case, numbers as numbers only.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(StatementCalibration))]
internal sealed partial class CalibrationJsonContext : JsonSerializerContext;
