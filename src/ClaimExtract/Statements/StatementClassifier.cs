using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.ML;

namespace ClaimExtract.Statements;

/// <summary>
/// Classifies statements as promise, retraction, prediction, claim or other with the ML.NET model
/// embedded in the library (<c>Statements/statement-model.zip</c> and <c>Statements/statement-calibration.json</c>,
/// rebuilt by <c>claimextract train</c>): four yes/no detectors (promise, retraction, prediction, claim)
/// over shared features; a statement none of them accepts is <c>other</c>.
/// Loaded once; <see cref="Predict"/> is pure and safe to call from many threads.
/// </summary>
public sealed class StatementClassifier
{
    private const string EmbeddedModel = "ClaimExtract.Statements.statement-model.zip";
    private const string EmbeddedCalibration = "ClaimExtract.Statements.statement-calibration.json";

    private static readonly Lazy<StatementClassifier> LazyDefault = new(() =>
    {
        var assembly = typeof(StatementClassifier).Assembly;
        using var model = assembly.GetManifestResourceStream(EmbeddedModel)
            ?? throw new InvalidOperationException($"the statement model {EmbeddedModel} is not embedded in the library; run 'claimextract train'");
        using var calibration = assembly.GetManifestResourceStream(EmbeddedCalibration)
            ?? throw new InvalidOperationException($"the statement calibration {EmbeddedCalibration} is not embedded in the library; run 'claimextract train'");
        return Load(model, calibration);
    });

    // A PredictionEngine is not thread-safe: each call takes one from the pool and puts it back.
    private readonly ConcurrentBag<PredictionEngine<StatementRow, StatementScores>> _engines = [];
    private readonly Func<PredictionEngine<StatementRow, StatementScores>> _newEngine;

    private StatementClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, StatementCalibration calibration)
    {
        _newEngine = () => ml.Model.CreatePredictionEngine<StatementRow, StatementScores>(model, inputSchema);
        Calibration = calibration;
    }

    /// <summary>The classifier with the embedded model.</summary>
    public static StatementClassifier Default => LazyDefault.Value;

    /// <summary>The decision thresholds and the confidence calibration the model was saved with.</summary>
    public StatementCalibration Calibration { get; }

    /// <summary>Loads a model and its calibration saved by <see cref="Training.StatementTrainer"/>.</summary>
    public static StatementClassifier Load(Stream modelZip, Stream calibrationJson)
    {
        var calibration = JsonSerializer.Deserialize<StatementCalibration>(calibrationJson, StatementCalibration.JsonOptions)
            ?? throw new InvalidDataException("the statement calibration file is empty");
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(modelZip, out var inputSchema);
        return new StatementClassifier(ml, model, inputSchema, calibration);
    }

    /// <summary>Loads a model and calibration from files (the ones <c>claimextract train</c> writes).</summary>
    public static StatementClassifier Load(string modelPath, string calibrationPath)
    {
        using var model = File.OpenRead(modelPath);
        using var calibration = File.OpenRead(calibrationPath);
        return Load(model, calibration);
    }

    /// <summary>Classifies each input; the result has one prediction per input, in order.</summary>
    public IReadOnlyList<KindPrediction> Predict(IReadOnlyList<StatementFeaturesInput> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        var detectors = PredictDetectors(items);
        return detectors.Select(Calibration.Decide).ToArray();
    }

    /// <summary>The raw probability of each detector (promise, retraction, prediction, claim) for each input.</summary>
    internal DetectorScores[] PredictDetectors(IReadOnlyList<StatementFeaturesInput> items)
    {
        var engine = _engines.TryTake(out var pooled) ? pooled : _newEngine();
        var result = new DetectorScores[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var s = engine.Predict(StatementRow.From(items[i]));
            result[i] = new DetectorScores(s.Promise, s.Retraction, s.Prediction, s.Claim);
        }

        _engines.Add(engine);
        return result;
    }
}
