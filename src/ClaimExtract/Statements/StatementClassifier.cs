using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimExtract.Statements;

/// <summary>
/// Classifies statements as promise, retraction, prediction, claim or other with the ML.NET model
/// embedded in the library (<c>Statements/statement-model.zip</c>, rebuilt by <c>claimextract train</c>).
/// Loaded once; <see cref="Predict"/> is pure and safe to call from many threads.
/// </summary>
public sealed class StatementClassifier
{
    private const string EmbeddedModel = "ClaimExtract.Statements.statement-model.zip";

    private static readonly Lazy<StatementClassifier> LazyDefault = new(() =>
    {
        using var stream = typeof(StatementClassifier).Assembly.GetManifestResourceStream(EmbeddedModel)
            ?? throw new InvalidOperationException($"the statement model {EmbeddedModel} is not embedded in the library; run 'claimextract train'");
        return Load(stream);
    });

    // A PredictionEngine is not thread-safe: each call takes one from the pool and puts it back.
    private readonly ConcurrentBag<PredictionEngine<StatementRow, StatementScores>> _engines = [];
    private readonly Func<PredictionEngine<StatementRow, StatementScores>> _newEngine;
    private readonly StatementKind[] _slots;

    private StatementClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _newEngine = () => ml.Model.CreatePredictionEngine<StatementRow, StatementScores>(model, inputSchema);
        _slots = ScoreSlots(model.GetOutputSchema(inputSchema));
    }

    /// <summary>The classifier with the embedded model.</summary>
    public static StatementClassifier Default => LazyDefault.Value;

    /// <summary>Loads a model saved by <see cref="Training.StatementTrainer"/>.</summary>
    public static StatementClassifier Load(Stream modelZip)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(modelZip, out var inputSchema);
        return new StatementClassifier(ml, model, inputSchema);
    }

    /// <summary>Classifies each input; the result has one prediction per input, in order.</summary>
    public IReadOnlyList<KindPrediction> Predict(IReadOnlyList<StatementFeaturesInput> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        var engine = _engines.TryTake(out var pooled) ? pooled : _newEngine();
        var result = new KindPrediction[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var scores = engine.Predict(StatementRow.From(items[i])).Score;
            var byKind = new Dictionary<StatementKind, float>(_slots.Length);
            var best = 0;
            for (var s = 0; s < _slots.Length; s++)
            {
                byKind[_slots[s]] = scores[s];
                if (scores[s] > scores[best])
                {
                    best = s;
                }
            }

            result[i] = new KindPrediction(_slots[best], scores[best], byKind);
        }

        _engines.Add(engine);
        return result;
    }

    /// <summary>The kind of each slot of the Score column, from the label names the model kept.</summary>
    private static StatementKind[] ScoreSlots(DataViewSchema outputSchema)
    {
        VBuffer<ReadOnlyMemory<char>> names = default;
        outputSchema["Score"].GetSlotNames(ref names);
        return names.DenseValues().Select(n => Enum.Parse<StatementKind>(n.ToString(), ignoreCase: true)).ToArray();
    }
}
