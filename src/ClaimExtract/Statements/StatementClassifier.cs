using System.Collections.Concurrent;
using ClaimExtract.Embeddings;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

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

    private const string EmbeddedCompact = "ClaimExtract.Statements.statement-model.bin";

    // The embedded model is read from its compact form (no ML.NET until a text the fast path does not cover needs the
    // engine, which then loads the zip): ML.NET's load of the zip cost a fresh process about half a second of CPU.
    private static readonly Lazy<StatementClassifier> LazyDefault = new(() =>
    {
        var assembly = typeof(StatementClassifier).Assembly;
        using var calibration = assembly.GetManifestResourceStream(EmbeddedCalibration)
            ?? throw new InvalidOperationException($"the statement calibration {EmbeddedCalibration} is not embedded in the library; run 'claimextract train'");
        using var compact = assembly.GetManifestResourceStream(EmbeddedCompact)
            ?? throw new InvalidOperationException($"the statement model's compact form {EmbeddedCompact} is not embedded in the library; run 'claimextract train'");
        return LoadCompact(compact, calibration, EmbeddedZip);
    });

    /// <summary>The embedded model zip, opened anew for each reader.</summary>
    internal static Stream EmbeddedZip() =>
        typeof(StatementClassifier).Assembly.GetManifestResourceStream(EmbeddedModel)
            ?? throw new InvalidOperationException($"the statement model {EmbeddedModel} is not embedded in the library; run 'claimextract train'");

    // A PredictionEngine is not thread-safe: each call takes one from the pool and puts it back.
    // The engine runs the shared featurizer only; the four detectors are linear, and scoring them here from
    // the one sparse vector costs a fraction of what four prediction transformers in the engine cost.
    // The featurizer itself is reproduced by _ngrams from its saved dictionaries for texts it covers (nearly all);
    // the engine featurizes the rest.
    private readonly ConcurrentBag<PredictionEngine<StatementRow, FeatureVector>> _engines = [];
    private readonly Lazy<Func<PredictionEngine<StatementRow, FeatureVector>>> _newEngine;
    private readonly LinearDetector[] _detectors;
    private readonly NgramFeaturizer? _ngrams;
    private readonly ConcurrentBag<NgramFeaturizer.Scratch> _scratches = [];

    // The four detectors' weights interleaved (slot i's four weights side by side), so that scoring a sparse vector
    // reads one cache line a feature rather than four.
    private readonly float[] _weights4;

    private readonly StatementCalibration.Rule _rule;

    private StatementClassifier(MLContext ml, ITransformer model, DataViewSchema inputSchema, StatementCalibration calibration)
    {
        var parts = model as TransformerChain<ITransformer>
            ?? throw new InvalidDataException("the statement model is not a chain of a featurizer and detectors; run 'claimextract train'");
        var featurizer = parts.First();
        Func<PredictionEngine<StatementRow, FeatureVector>> newEngine = () => ml.Model.CreatePredictionEngine<StatementRow, FeatureVector>(featurizer, inputSchema);
        _newEngine = new(newEngine);
        _detectors = [.. parts.Skip(1).Where(t => t is ISingleFeaturePredictionTransformer<object>).Select(LinearDetector.From)];
        if (_detectors.Length != StatementCalibration.DetectorKinds.Length)
        {
            throw new InvalidDataException($"the statement model has {_detectors.Length} detectors, not {StatementCalibration.DetectorKinds.Length}; run 'claimextract train'");
        }

        _ngrams = NgramFeaturizer.TryCreate(featurizer.GetOutputSchema(inputSchema)) is { } ngrams && _detectors.All(d => d.Length == ngrams.Length) ? ngrams : null;
        _weights4 = Interleave(_detectors);
        Calibration = calibration;
        _rule = new StatementCalibration.Rule(calibration);
    }

    private StatementClassifier(NgramFeaturizer ngrams, LinearDetector[] detectors, StatementCalibration calibration, Func<Stream> modelZip)
    {
        _ngrams = ngrams;
        _detectors = detectors;
        _weights4 = Interleave(detectors);
        Calibration = calibration;
        _rule = new StatementCalibration.Rule(calibration);
        _newEngine = new(() =>
        {
            using var zip = modelZip();
            var ml = new MLContext(seed: 1);
            var model = ml.Model.Load(zip, out var inputSchema);
            CheckInputSchema(inputSchema);
            var featurizer = (model as TransformerChain<ITransformer>
                ?? throw new InvalidDataException("the statement model is not a chain of a featurizer and detectors; run 'claimextract train'")).First();
            return () => ml.Model.CreatePredictionEngine<StatementRow, FeatureVector>(featurizer, inputSchema);
        });
    }

    private static float[] Interleave(LinearDetector[] detectors)
    {
        var weights4 = new float[detectors[0].Length * 4];
        for (var d = 0; d < 4; d++)
        {
            detectors[d].CopyWeights(weights4, d);
        }

        return weights4;
    }

    /// <summary>Whether the classifier computes the n-grams itself (the fast path) rather than through the ML.NET engine for every statement.</summary>
    internal bool ComputesNgrams => _ngrams is not null;

    /// <summary>The classifier with the embedded model.</summary>
    public static StatementClassifier Default => LazyDefault.Value;

    /// <summary>The decision thresholds and the confidence calibration the model was saved with.</summary>
    public StatementCalibration Calibration { get; }

    /// <summary>Loads a model and its calibration saved by <see cref="Training.StatementTrainer"/>.</summary>
    public static StatementClassifier Load(Stream modelZip, Stream calibrationJson)
    {
        var calibration = StatementCalibration.Read(calibrationJson)
            ?? throw new InvalidDataException("the statement calibration file is empty");
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(modelZip, out var inputSchema);
        CheckInputSchema(inputSchema);
        return new StatementClassifier(ml, model, inputSchema, calibration);
    }

    /// <summary>
    /// Refuses a model saved for other linguistic features than <see cref="StatementText.Features"/> computes (a model
    /// of an earlier round), which ML.NET would otherwise only reject at the first prediction, deep in its engine.
    /// </summary>
    internal static void CheckInputSchema(DataViewSchema inputSchema)
    {
        var lexical = inputSchema.GetColumnOrNull(nameof(StatementRow.Lexical));
        var size = lexical?.Type is VectorDataViewType vector ? vector.Size : -1;
        if (size != StatementText.FeatureCount)
        {
            throw new InvalidDataException(
                $"the statement model reads {(size < 0 ? "no" : size.ToString(System.Globalization.CultureInfo.InvariantCulture))} linguistic features, this version computes {StatementText.FeatureCount}: the model was saved by another version; run 'claimextract train'");
        }

        var embedding = inputSchema.GetColumnOrNull(nameof(StatementRow.Embedding));
        var dimensions = embedding?.Type is VectorDataViewType embeddingVector ? embeddingVector.Size : -1;
        if (dimensions != SentenceVectors.ModelDimensions)
        {
            throw new InvalidDataException(
                $"the statement model reads {(dimensions < 0 ? "no" : dimensions.ToString(System.Globalization.CultureInfo.InvariantCulture))} sentence-vector dimensions, this version computes {SentenceVectors.ModelDimensions}: the model was saved by another version; run 'claimextract train'");
        }
    }

    /// <summary>
    /// Writes the model's compact form (the n-gram dictionaries and the four detectors' weights, bias and calibration),
    /// which <c>claimextract train</c> writes beside the zip and the library embeds: everything the fast path reads.
    /// </summary>
    internal void WriteCompact(Stream output)
    {
        var ngrams = _ngrams ?? throw new InvalidOperationException("the statement model's featurizer is not the layout the fast path reads, so it has no compact form");
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(CompactMagic);
        writer.Write(StatementText.FeatureCount);
        writer.Write(SentenceVectors.ModelDimensions);
        ngrams.Write(writer);
        foreach (var detector in _detectors)
        {
            detector.Write(writer);
        }
    }

    /// <summary>
    /// Loads the compact form <see cref="WriteCompact"/> wrote, and its calibration. The model zip it was written from is
    /// opened by <paramref name="modelZip"/> only if a text needs the ML.NET engine (see <see cref="NgramFeaturizer.Covers"/>).
    /// </summary>
    internal static StatementClassifier LoadCompact(Stream compact, Stream calibrationJson, Func<Stream> modelZip)
    {
        var calibration = StatementCalibration.Read(calibrationJson)
            ?? throw new InvalidDataException("the statement calibration file is empty");
        try
        {
            using var reader = new BinaryReader(compact, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != CompactMagic || reader.ReadInt32() != StatementText.FeatureCount || reader.ReadInt32() != SentenceVectors.ModelDimensions)
            {
                throw new InvalidDataException("the statement model's compact form was written by another version; run 'claimextract train'");
            }

            var ngrams = NgramFeaturizer.Read(reader);
            var detectors = StatementCalibration.DetectorKinds.Select(_ => LinearDetector.Read(reader, ngrams.Length)).ToArray();
            if (compact.ReadByte() != -1)
            {
                throw new InvalidDataException("the statement model's compact form has bytes after its last detector");
            }

            return new StatementClassifier(ngrams, detectors, calibration, modelZip);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the statement model's compact form is cut short; run 'claimextract train'", e);
        }
    }

    private const string CompactMagic = "claimextract statement model, compact form 2";

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

        var commitsNothing = new bool[items.Count];
        var foreseesNothing = new bool[items.Count];
        var withdrawsNothing = new bool[items.Count];
        var detectors = PredictDetectors(items, commitsNothing: commitsNothing, foreseesNothing: foreseesNothing, withdrawsNothing: withdrawsNothing);
        var result = new KindPrediction[detectors.Length];
        for (var i = 0; i < detectors.Length; i++)
        {
            // A reported fact after a cue that commits nothing is not a promise, whatever the promise detector reads in it; nor,
            // when it foresees nothing either (PredictionGate), a prediction.
            var scores = commitsNothing[i] ? detectors[i] with { Promise = 0 } : detectors[i];
            scores = foreseesNothing[i] ? scores with { Prediction = 0 } : scores;
            result[i] = _rule.Decide(withdrawsNothing[i] ? scores with { Retraction = 0 } : scores);
        }

        return result;
    }

    /// <summary>The raw probability of each detector (promise, retraction, prediction, claim) for each input.</summary>
    /// <param name="items">The statements.</param>
    /// <param name="engineOnly">Score every statement with the ML.NET engine, never the fast path.</param>
    /// <param name="commitsNothing">If given, set for each input to whether <see cref="StatementText.CommitsNothing"/>.</param>
    /// <param name="foreseesNothing">If given, set for each input to whether <see cref="PredictionGate.ForeseesNothing"/>.</param>
    /// <param name="withdrawsNothing">If given, set for each input to whether <see cref="RetractionGate.WithdrawsNothing"/>.</param>
    internal DetectorScores[] PredictDetectors(IReadOnlyList<StatementFeaturesInput> items, bool engineOnly = false, bool[]? commitsNothing = null, bool[]? foreseesNothing = null, bool[]? withdrawsNothing = null)
    {
        PredictionEngine<StatementRow, FeatureVector>? engine = null;
        var result = new DetectorScores[items.Count];
        var output = new FeatureVector();
        NgramFeaturizer.Scratch? scratch = null;
        for (var i = 0; i < items.Count; i++)
        {
            var modelText = StatementText.ModelText(items[i]);
            var lexical = StatementText.Features(StatementText.FeatureText(items[i], modelText));
            if (commitsNothing is not null)
            {
                commitsNothing[i] = StatementText.CommitsNothing(items[i], lexical);
            }

            if (foreseesNothing is not null)
            {
                foreseesNothing[i] = PredictionGate.ForeseesNothing(items[i], lexical);
            }

            if (withdrawsNothing is not null)
            {
                withdrawsNothing[i] = RetractionGate.WithdrawsNothing(items[i], lexical);
            }

            var text = StatementText.ReadText(items[i], modelText);
            if (!engineOnly && _ngrams is { } ngrams && NgramFeaturizer.Covers(text))
            {
                scratch ??= _scratches.TryTake(out var pooledScratch) ? pooledScratch : new NgramFeaturizer.Scratch();
                SentenceVectors.Default.Embed(text, scratch.Embedding, scratch.Vectors);
                ngrams.Featurize(text, lexical, scratch.Embedding, scratch);
                result[i] = Score(scratch.IndexSpan, scratch.ValueSpan);
                continue;
            }

            engine ??= _engines.TryTake(out var pooled) ? pooled : _newEngine.Value();
            engine.Predict(new StatementRow { Text = text, Lexical = lexical, Embedding = SentenceVectors.Default.Embed(text) }, ref output);
            var features = output.Features;
            result[i] = new DetectorScores(_detectors[0].Probability(features), _detectors[1].Probability(features), _detectors[2].Probability(features), _detectors[3].Probability(features));
        }

        if (engine is not null)
        {
            _engines.Add(engine);
        }

        if (scratch is not null)
        {
            _scratches.Add(scratch);
        }

        return result;
    }

    private DetectorScores Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var weights = _weights4;
        for (var i = 0; i < values.Length; i++)
        {
            var w = indices[i] * 4;
            var v = values[i];
            s0 += weights[w] * v;
            s1 += weights[w + 1] * v;
            s2 += weights[w + 2] * v;
            s3 += weights[w + 3] * v;
        }

        return new DetectorScores(_detectors[0].Probability(s0), _detectors[1].Probability(s1), _detectors[2].Probability(s2), _detectors[3].Probability(s3));
    }

    /// <summary>The featurizer's output: the sparse feature vector the detectors read.</summary>
    private sealed class FeatureVector
    {
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>One detector: a linear score over the features and its Platt calibrator, read from the saved predictor.</summary>
    // The calibrator is ML.NET's when the detector was read from the model zip, and its formula over the same slope and
    // offset when read from the compact form (the tests hold the two to the same probabilities).
    private sealed class LinearDetector(float[] weights, float bias, double slope, double offset, ICalibrator? calibrator = null)
    {
        /// <summary>The length of the feature vector the detector reads.</summary>
        public int Length => weights.Length;

        public static LinearDetector From(ITransformer transformer)
        {
            if (transformer is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> { Model: { } model })
            {
                throw new InvalidDataException($"the statement model holds a {transformer.GetType().Name}, not a calibrated linear detector; run 'claimextract train'");
            }

            return new LinearDetector([.. model.SubModel.Weights], model.SubModel.Bias, model.Calibrator.Slope, model.Calibrator.Offset, model.Calibrator);
        }

        public float Probability(VBuffer<float> features)
        {
            var values = features.GetValues();
            var score = bias;
            if (features.IsDense)
            {
                for (var i = 0; i < values.Length; i++)
                {
                    score += weights[i] * values[i];
                }
            }
            else
            {
                var indices = features.GetIndices();
                for (var i = 0; i < values.Length; i++)
                {
                    score += weights[indices[i]] * values[i];
                }
            }

            return Calibrated(score);
        }

        /// <summary>Writes the weights into every fourth place of <paramref name="target"/>, from <paramref name="offset"/>.</summary>
        public void CopyWeights(float[] target, int offset)
        {
            for (var i = 0; i < weights.Length; i++)
            {
                target[i * 4 + offset] = weights[i];
            }
        }

        /// <summary>The probability of a linear score without the bias.</summary>
        public float Probability(float dot) => Calibrated(bias + dot);

        /// <summary>
        /// Writes the detector for <see cref="Read"/>: its length, its weights that are not zero (as index and weight; the
        /// L1-regularised detectors leave about one weight in a hundred), bias and Platt calibration.
        /// </summary>
        public void Write(BinaryWriter writer)
        {
            writer.Write(weights.Length);
            writer.Write(weights.Count(w => w != 0));
            for (var i = 0; i < weights.Length; i++)
            {
                if (weights[i] != 0)
                {
                    writer.Write(i);
                    writer.Write(weights[i]);
                }
            }

            writer.Write(bias);
            writer.Write(slope);
            writer.Write(offset);
        }

        public static LinearDetector Read(BinaryReader reader, int length)
        {
            if (reader.ReadInt32() != length)
            {
                throw new InvalidDataException("a detector of the statement model's compact form does not read the featurizer's vector");
            }

            var weights = new float[length];
            var count = reader.ReadInt32();
            if (count < 0 || count > length)
            {
                throw new InvalidDataException("a detector of the statement model's compact form has more weights than features");
            }

            var previous = -1;
            for (var k = 0; k < count; k++)
            {
                var i = reader.ReadInt32();
                if (i <= previous || i >= length)
                {
                    throw new InvalidDataException("a detector of the statement model's compact form has its weights out of order");
                }

                weights[i] = reader.ReadSingle();
                previous = i;
            }

            return new LinearDetector(weights, reader.ReadSingle(), reader.ReadDouble(), reader.ReadDouble());
        }

        // ML.NET's Platt calibrator: P(y = 1 | x) = 1 / (1 + exp(slope * x + offset)), NaN kept.
        private float Calibrated(float score) =>
            calibrator?.PredictProbability(score) ?? (float.IsNaN(score) ? score : (float)(1 / (1 + Math.Exp(slope * score + offset))));
    }
}
