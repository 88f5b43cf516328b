using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClaimExtract.Statements.Training;

/// <summary>What to train from and where to write the model.</summary>
/// <param name="SharedDataDirectory">The shared data folder (<c>../shared/data</c>).</param>
/// <param name="LabelsPath">The project's hand labels (<c>data/statements/labels.tsv</c>).</param>
/// <param name="OutputModelPath">Where to write the model zip (<c>src/ClaimExtract/Statements/statement-model.zip</c>).</param>
/// <param name="Seed">The seed of every random choice; the same seed gives the same model.</param>
public sealed record StatementTrainingOptions(string SharedDataDirectory, string LabelsPath, string OutputModelPath, int Seed = 1)
{
    /// <summary>Training sentences kept per kind at most (the public corpora are large; the hand-labelled kinds are small).</summary>
    public int MaximumPerKind { get; init; } = 2500;
}

/// <summary>Precision, recall and F1 of one kind on an evaluation set.</summary>
public sealed record KindMetrics(string Kind, double Precision, double Recall, double F1, int Support);

/// <summary>Macro-F1, accuracy and per-kind figures on one evaluation set.</summary>
public sealed record EvaluationMetrics(string Set, int Count, double MacroF1, double Accuracy, IReadOnlyList<KindMetrics> Kinds);

/// <summary>What training did: the trainers compared, the data counts, and the held-out figures of the model kept.</summary>
public sealed record StatementTrainingReport(
    string ChosenTrainer,
    IReadOnlyDictionary<string, double> ValidationMacroF1ByTrainer,
    IReadOnlyDictionary<string, int> TrainingCounts,
    IReadOnlyDictionary<string, int> HeldOutCounts,
    IReadOnlyList<EvaluationMetrics> HeldOut,
    string ModelPath,
    long ModelBytes);

/// <summary>
/// Trains the statement classifier: text n-grams (words 1–2, characters 3) and linguistic features,
/// a multiclass maximum-entropy model; two trainers compared on a validation part of the training
/// split, the better one refitted on the whole training split and evaluated once on the held-out split.
/// </summary>
public static class StatementTrainer
{
    private static readonly string[] Kinds = Enum.GetNames<StatementKind>().Select(k => k.ToLowerInvariant()).ToArray();

    public static StatementTrainingReport Train(StatementTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var all = TrainingData.Load(options.SharedDataDirectory, options.LabelsPath, log);
        var heldOut = all.Where(TrainingData.IsHeldOut).ToList();
        var training = Balance(all.Where(s => !TrainingData.IsHeldOut(s)).ToList(), options.MaximumPerKind);
        log.WriteLine($"training {training.Count}: {Counts(training)}");
        log.WriteLine($"held out {heldOut.Count}: {Counts(heldOut)}");

        var ml = new MLContext(seed: options.Seed);
        var validation = training.Where(s => TrainingData.StableHash("validation|" + s.Source + "|" + s.Key) % 10 == 0).ToList();
        var fit = training.Except(validation).ToList();
        var compared = new Dictionary<string, double>();
        foreach (var trainer in new[] { "sdca-maxent", "lbfgs-maxent" })
        {
            var model = Fit(ml, fit, trainer);
            var metrics = Evaluate(ml, model, validation, "validation");
            compared[trainer] = metrics.MacroF1;
            log.WriteLine($"{trainer}: validation macro-F1 {metrics.MacroF1:F3}");
        }

        var chosen = compared.MaxBy(kv => kv.Value).Key;
        var final = Fit(ml, training, chosen);
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<StatementRow>()).Schema;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputModelPath))!);
        ml.Model.Save(final, schema, options.OutputModelPath);

        var evaluations = new List<EvaluationMetrics>
        {
            Evaluate(ml, final, heldOut, "held-out (all sources)"),
            Evaluate(ml, final, heldOut.Where(s => s.HandLabelled).ToList(), "held-out (hand-labelled news and debate sentences)"),
            Evaluate(ml, final, heldOut.Where(s => s.Source == "checkthat2024_dev").ToList(), "held-out (CheckThat! 2024 dev)"),
        };
        foreach (var e in evaluations)
        {
            log.WriteLine($"{e.Set}: n={e.Count} macro-F1 {e.MacroF1:F3} accuracy {e.Accuracy:F3}");
        }

        return new StatementTrainingReport(
            chosen,
            compared,
            CountMap(training),
            CountMap(heldOut),
            evaluations,
            options.OutputModelPath,
            new FileInfo(options.OutputModelPath).Length);
    }

    /// <summary>
    /// Weighs each kind by the square root of its imbalance, so the small hand-labelled kinds are not
    /// drowned, and news sentences twice, as they are the domain the model serves.
    /// </summary>
    private static List<(LabelledSentence Sentence, float Weight)> BalanceWeights(List<LabelledSentence> sentences)
    {
        var counts = sentences.GroupBy(s => s.Label).ToDictionary(g => g.Key, g => g.Count());
        var largest = counts.Values.Max();
        return sentences.Select(s => (s, MathF.Sqrt(largest / (float)counts[s.Label]) * (s.HandLabelled ? 2f : 1f))).ToList();
    }

    /// <summary>Keeps at most <paramref name="maximum"/> sentences per kind (hand labels always), chosen by a stable hash so the choice does not depend on file order.</summary>
    private static List<LabelledSentence> Balance(List<LabelledSentence> sentences, int maximum) =>
        sentences.GroupBy(s => s.Label)
            .SelectMany(g => g.OrderByDescending(s => s.HandLabelled).ThenBy(s => TrainingData.StableHash(s.Source + "|" + s.Key)).Take(maximum))
            .OrderBy(s => TrainingData.StableHash("order|" + s.Source + "|" + s.Key))
            .ToList();

    private static TransformerChain<Microsoft.ML.Transforms.KeyToValueMappingTransformer> Fit(MLContext ml, List<LabelledSentence> sentences, string trainer)
    {
        var rows = BalanceWeights(sentences)
            .Select(x => StatementRow.From(new StatementFeaturesInput(x.Sentence.Text, null, null), x.Sentence.Label.ToString().ToLowerInvariant(), x.Weight))
            .ToList();
        var data = ml.Data.LoadFromEnumerable(rows);
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [30000, 30000] },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, MaximumNgramsCount = [20000] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var features = ml.Transforms.Conversion.MapValueToKey("LabelKey", "Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text"))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "Lexical"));
        IEstimator<ITransformer> learner = trainer switch
        {
            "sdca-maxent" => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 50,
            }),
            "lbfgs-maxent" => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = "Weight",
                NumberOfThreads = 1,
                L2Regularization = 0.5f,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "unknown trainer"),
        };
        return features.Append(learner).Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel", "PredictedLabel")).Fit(data);
    }

    private static EvaluationMetrics Evaluate(MLContext ml, TransformerChain<Microsoft.ML.Transforms.KeyToValueMappingTransformer> model, List<LabelledSentence> sentences, string set)
    {
        var rows = sentences.Select(s => StatementRow.From(new StatementFeaturesInput(s.Text, null, null), s.Label.ToString().ToLowerInvariant())).ToList();
        var predicted = ml.Data.CreateEnumerable<PredictedRow>(model.Transform(ml.Data.LoadFromEnumerable(rows)), reuseRowObject: false)
            .Select(p => p.PredictedLabel).ToList();
        var kinds = new List<KindMetrics>();
        foreach (var kind in Kinds)
        {
            var tp = rows.Where((r, i) => r.Label == kind && predicted[i] == kind).Count();
            var fp = rows.Where((r, i) => r.Label != kind && predicted[i] == kind).Count();
            var support = rows.Count(r => r.Label == kind);
            var p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
            var r = support == 0 ? 0 : tp / (double)support;
            kinds.Add(new KindMetrics(kind, Math.Round(p, 3), Math.Round(r, 3), Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 3), support));
        }

        var present = kinds.Where(k => k.Support > 0).ToList();
        var accuracy = rows.Count == 0 ? 0 : rows.Where((r, i) => r.Label == predicted[i]).Count() / (double)rows.Count;
        return new EvaluationMetrics(set, rows.Count, Math.Round(present.Count == 0 ? 0 : present.Average(k => k.F1), 3), Math.Round(accuracy, 3), kinds);
    }

    private static string Counts(List<LabelledSentence> sentences) =>
        string.Join(", ", CountMap(sentences).Select(kv => $"{kv.Key} {kv.Value}"));

    private static Dictionary<string, int> CountMap(List<LabelledSentence> sentences) =>
        Kinds.ToDictionary(k => k, k => sentences.Count(s => s.Label.ToString().Equals(k, StringComparison.OrdinalIgnoreCase)));

    private sealed class PredictedRow
    {
        public string PredictedLabel { get; set; } = "";
    }
}
