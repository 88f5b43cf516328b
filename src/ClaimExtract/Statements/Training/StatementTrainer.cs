using System.Diagnostics;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace ClaimExtract.Statements.Training;

/// <summary>What to train from and where to write the model.</summary>
/// <param name="SharedDataDirectory">The shared data folder (<c>../shared/data</c>).</param>
/// <param name="LabelsPath">The project's hand labels (<c>data/statements/labels.tsv</c>).</param>
/// <param name="OutputModelPath">Where to write the model zip (<c>src/ClaimExtract/Statements/statement-model.zip</c>); the calibration goes beside it.</param>
/// <param name="Seed">The seed of every random choice; the same seed gives the same model.</param>
public sealed record StatementTrainingOptions(string SharedDataDirectory, string LabelsPath, string OutputModelPath, int Seed = 1)
{
    /// <summary>The trainers to compare; the one with the best validation F1 is kept.</summary>
    public IReadOnlyList<string> Trainers { get; init; } = StatementTrainer.TrainerNames;

    /// <summary>Keep only every n-th sentence of the corpora (by a stable hash): 1 = all. For quick determinism tests.</summary>
    public int Subsample { get; init; } = 1;

    /// <summary>If set, a TSV of every training sentence's out-of-fold detector scores and decided kind (of the kept trainer), for error analysis; no text.</summary>
    public string? OutOfFoldPath { get; init; }

    /// <summary>
    /// Whether to score the held-out sets once the model is written (the default). Off, the report's held-out figures and reliability
    /// tables are empty: for comparing variants on their out-of-fold figures without the held-out ones in sight, then scoring the
    /// chosen one once (<c>claimextract eval statements</c>). The model is the same either way.
    /// </summary>
    public bool ScoreHeldOut { get; init; } = true;

    /// <summary>The calibration file written beside the model.</summary>
    public string CalibrationPath => Path.ChangeExtension(OutputModelPath, null).Replace("-model", "-calibration", StringComparison.Ordinal) + ".json";

    /// <summary>The model's compact form, beside the zip (<c>statement-model.bin</c>): what the library reads unless a text needs ML.NET's engine.</summary>
    public string CompactPath => Path.ChangeExtension(OutputModelPath, ".bin");
}

/// <summary>What training did: the trainers compared, the data counts, the held-out figures and the reliability of the model kept.</summary>
public sealed record StatementTrainingReport(
    string ChosenTrainer,
    IReadOnlyDictionary<string, double> ValidationF1ByTrainer,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> ValidationKindF1ByTrainer,
    IReadOnlyDictionary<string, double> TrainingSecondsByTrainer,
    IReadOnlyDictionary<string, int> TrainingExamplesByDetector,
    StatementCalibration Calibration,
    IReadOnlyList<EvaluationMetrics> HeldOut,
    IReadOnlyDictionary<string, IReadOnlyList<ReliabilityBin>> Reliability,
    string ModelPath,
    long ModelBytes);

/// <summary>
/// Trains the statement classifier: four yes/no detectors (promise, retraction, prediction, claim), each
/// on the sources that label its kind, over shared features (word 1–2-grams, character 3-grams and
/// linguistic features). The trainers are compared on out-of-fold scores of the training split (five folds by
/// document); the best one is refitted on the whole training split, and the same out-of-fold scores set the detector
/// thresholds and the confidence calibration. Held-out sets are scored once, at the end.
/// </summary>
public static class StatementTrainer
{
    /// <summary>
    /// The trainers compared: logistic regression fitted by L-BFGS (L2 0.2, and a stronger 1.0) and by SDCA. Boosted trees (FastTree)
    /// were tried on the same features and dropped: on ~80,000 sparse columns they did not finish one
    /// detector on a tenth of the data in five minutes on two shared cores (see docs/statements.md).
    /// </summary>
    public static readonly IReadOnlyList<string> TrainerNames = ["lbfgs-lr", "lbfgs-lr-strong", "sdca-lr"];

    public static StatementTrainingReport Train(StatementTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var all = TrainingData.Load(options.SharedDataDirectory, options.LabelsPath, log)
            .Where(s => options.Subsample <= 1 || s.HandLabelled || TrainingData.StableHash("subsample|" + s.Source + "|" + s.Key) % options.Subsample == 0)
            .OrderBy(s => TrainingData.StableHash("order|" + s.Source + "|" + s.Key)).ThenBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var heldOut = all.Where(TrainingData.IsHeldOut).ToList();
        var training = all.Where(s => !TrainingData.IsHeldOut(s)).ToList();
        log.WriteLine($"training {training.Count} in {SelectionFolds} folds by document, held out {heldOut.Count}");

        var ml = new MLContext(seed: options.Seed);
        var kinds = StatementCalibration.DetectorKinds;
        var candidates = new Dictionary<string, (string Trainer, StatementCalibration Calibration, double F1, IReadOnlyDictionary<string, double> ByKind, double Seconds)>();
        var outOfFold = new Dictionary<string, DetectorScores[]>(StringComparer.Ordinal);
        foreach (var trainer in options.Trainers)
        {
            // Out-of-fold scores: every training sentence scored by detectors fitted without its document's fold.
            var clock = Stopwatch.StartNew();
            var scores = new DetectorScores[training.Count];
            for (var f = 0; f < SelectionFolds; f++)
            {
                var inFold = training.Select((s, i) => (s, i)).Where(x => SelectionFold(x.s) == f).ToList();
                var model = FitDetectors(ml, training.Where(s => SelectionFold(s) != f).ToList(), trainer, kinds, log);
                var foldScores = Score(ml, model, inFold.Select(x => x.s).ToList(), kinds);
                for (var j = 0; j < inFold.Count; j++)
                {
                    scores[inFold[j].i] = foldScores[j];
                }
            }

            outOfFold[trainer] = scores;
            var seconds = Math.Round(clock.Elapsed.TotalSeconds / SelectionFolds, 1);
            // Selection, thresholds and calibration leave the manifestos out, as the validation tenth did: a
            // manifesto's "pledge" is not this project's promise (docs/statements.md), and its 5,000 sentences
            // would outvote the news and press releases the promise threshold is for.
            var tuning = training.Select((s, i) => (s, i)).Where(x => x.s.Source != "fornaciari2021").ToList();
            var tuningSentences = tuning.Select(x => x.s).ToList();
            var tuningScores = tuning.Select(x => scores[x.i]).ToList();
            foreach (var specificFirst in new[] { false, true })
            {
                // Both decision rules on the same scores; thresholds and calibration are tuned for each.
                var name = specificFirst ? trainer + "+specific-first" : trainer;
                var calibration = Calibrate(StatementCalibration.Identity(trainer) with { SpecificFirst = specificFirst }, tuningSentences, tuningScores, kinds);
                var (checkWorthy, checkWorthyF1) = TuneCheckWorthy(calibration, tuningSentences, tuningScores);
                calibration = checkWorthy;
                var byKind = ValidationF1(tuningSentences, tuningScores, calibration);
                var mean = Math.Round(byKind.Values.Average(), 3);
                // Check-worthiness is reported beside the kinds but not in the mean the trainers are chosen by.
                byKind["check_worthy"] = checkWorthyF1;
                candidates[name] = (trainer, calibration, mean, byKind, seconds);
                log.WriteLine($"{name}: {seconds} s a fit, out-of-fold F1 {string.Join(", ", byKind.Select(kv => $"{kv.Key} {kv.Value:F3}"))}; mean {mean:F3}; check-worthy threshold {calibration.CheckWorthyThreshold}");
            }
        }

        var chosen = candidates.OrderByDescending(kv => kv.Value.F1).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        var (chosenTrainer, finalCalibration, _, _, _) = chosen.Value;
        if (options.OutOfFoldPath is { } outOfFoldPath)
        {
            WriteOutOfFold(outOfFoldPath, training, outOfFold[chosenTrainer], finalCalibration);
        }

        // The kept detectors are refitted on the whole training split; thresholds and calibration are those of the out-of-fold scores.
        var final = FitDetectors(ml, training, chosenTrainer, kinds, log);
        var inputSchema = ml.Data.LoadFromEnumerable(Array.Empty<StatementRow>()).Schema;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputModelPath))!);
        SaveWithoutTimestamps(ml, final, inputSchema, options.OutputModelPath);
        finalCalibration.Save(options.CalibrationPath);
        WriteCompact(options.OutputModelPath, options.CalibrationPath, options.CompactPath);

        var evaluations = new List<EvaluationMetrics>();
        var reliabilityItems = new Dictionary<string, List<(double, bool)>>();
        foreach (var (name, target, sentences, checkWorthiness) in options.ScoreHeldOut ? StatementEvaluation.HeldOutSets(heldOut) : [])
        {
            var items = new List<(double, bool)>();
            var decided = Score(ml, final, sentences, kinds).Select(finalCalibration.Decide).ToList();
            items.AddRange(decided.Select((d, i) => ((double)d.Confidence, d.Kind == sentences[i].Label)));
            evaluations.Add(EvaluationMetrics.Score(name, target, sentences.Select(s => s.Label).ToList(), decided.Select(d => StatementEvaluation.Scored(d, checkWorthiness)).ToList()));
            if (!checkWorthiness)
            {
                reliabilityItems[name] = items;
            }

            log.Write(evaluations[^1].ToText());
        }

        var reliability = reliabilityItems.ToDictionary(kv => kv.Key, kv => Reliability.Table(kv.Value));
        return new StatementTrainingReport(
            chosen.Key,
            candidates.ToDictionary(kv => kv.Key, kv => kv.Value.F1),
            candidates.ToDictionary(kv => kv.Key, kv => kv.Value.ByKind),
            candidates.ToDictionary(kv => kv.Key, kv => kv.Value.Seconds),
            kinds.ToDictionary(k => k.ToName(), k => Examples(k, training).Count()),
            finalCalibration,
            evaluations,
            reliability,
            options.OutputModelPath,
            new FileInfo(options.OutputModelPath).Length);
    }

    private static void WriteOutOfFold(string path, List<LabelledSentence> training, DetectorScores[] scores, StatementCalibration calibration)
    {
        using var writer = new StreamWriter(path);
        writer.WriteLine("source\tkey\thand\tfold\tlabel\tpromise\tretraction\tprediction\tclaim\tkind\tcheck_worthy");
        for (var i = 0; i < training.Count; i++)
        {
            var s = training[i];
            var p = scores[i];
            var d = calibration.Decide(p);
            writer.WriteLine(string.Join('\t', s.Source, s.Key, s.HandLabelled ? "1" : "0", SelectionFold(s).ToString(System.Globalization.CultureInfo.InvariantCulture), s.Label.ToName(),
                p.Promise.ToString("F4", System.Globalization.CultureInfo.InvariantCulture), p.Retraction.ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
                p.Prediction.ToString("F4", System.Globalization.CultureInfo.InvariantCulture), p.Claim.ToString("F4", System.Globalization.CultureInfo.InvariantCulture),
                d.Kind.ToName(), d.CheckWorthy ? "1" : "0"));
        }
    }

    /// <summary>The compact form of the saved model (<see cref="StatementClassifier.WriteCompact"/>), read back from the files as the library reads them.</summary>
    internal static void WriteCompact(string modelPath, string calibrationPath, string compactPath)
    {
        var saved = StatementClassifier.Load(modelPath, calibrationPath);
        using var compact = File.Create(compactPath);
        saved.WriteCompact(compact);
    }

    /// <summary>
    /// Saves the model as ML.NET does, then rewrites the zip with every entry dated 2000-01-01, so that
    /// the same model gives the same bytes (ML.NET stamps each entry with the time of saving).
    /// </summary>
    internal static void SaveWithoutTimestamps(MLContext ml, ITransformer model, DataViewSchema inputSchema, string path)
    {
        using var saved = new MemoryStream();
        ml.Model.Save(model, inputSchema, saved);
        saved.Position = 0;
        using var source = new ZipArchive(saved, ZipArchiveMode.Read);
        using var file = File.Create(path);
        using var target = new ZipArchive(file, ZipArchiveMode.Create);
        var date = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        foreach (var entry in source.Entries)
        {
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = date;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>The folds of the training split that trainer selection, thresholds and calibration are chosen on (out-of-fold scores).</summary>
    internal const int SelectionFolds = 5;

    /// <summary>The selection fold of a training sentence, by document so that no document is on both sides.</summary>
    internal static int SelectionFold(LabelledSentence s) => (int)(TrainingData.StableHash("fold|" + s.Source + "|" + TrainingData.DocumentOf(s)) % SelectionFolds);

    /// <summary>
    /// The examples of one detector: the hand labels (all kinds, twice the weight, as news is the domain
    /// served) and the corpora that label the kind. Fornaciari's manifestos teach only the promise detector,
    /// so that cross-validation across manifestos needs to refit only that one.
    /// </summary>
    internal static IEnumerable<(LabelledSentence Sentence, bool Yes, float Weight)> Examples(StatementKind kind, IEnumerable<LabelledSentence> sentences)
    {
        var examples = new List<(LabelledSentence Sentence, bool Yes, float Weight)>();
        foreach (var s in sentences)
        {
            if (s.Source == "fornaciari2021" && kind != StatementKind.Promise)
            {
                continue;
            }

            if (s.HandLabelled)
            {
                // The claim detector judges check-worthiness (CheckThat!'s sense): a promise, retraction or forecast may be
                // worth checking or not, so those hand labels teach it neither way; the decision rule sets them apart.
                if (kind == StatementKind.Claim && s.Label is not (StatementKind.Claim or StatementKind.Other))
                {
                    continue;
                }

                examples.Add((s, s.Label == kind, 2f));
                continue;
            }

            var use = (kind, s.Source) switch
            {
                (StatementKind.Promise, "subramanian2019" or "fornaciari2021") => (true, 1f),
                (StatementKind.Claim, "checkthat2024_train") => (true, 1f),
                // An assertion is not a prediction.
                (StatementKind.Prediction, "subramanian2019") when s.Label != StatementKind.Other => (true, 0.5f),
                // Press releases retract nothing.
                (StatementKind.Retraction, "subramanian2019") => (true, 0.5f),
                _ => (false, 0f),
            };
            if (use.Item1)
            {
                examples.Add((s, s.Label == kind, use.Item2));
            }
        }

        // Rare kinds get the square root of their imbalance, so the detector does not learn to say no.
        var yes = examples.Where(e => e.Yes).Sum(e => e.Weight);
        var no = examples.Where(e => !e.Yes).Sum(e => e.Weight);
        var boost = yes > 0 && no > yes ? MathF.Sqrt(no / yes) : 1f;
        return examples.Select(e => e.Yes ? (e.Sentence, e.Yes, e.Weight * boost) : e);
    }

    /// <summary>Fits the shared features and one detector per kind; the model's output has a <c>P&lt;Kind&gt;</c> probability column per detector.</summary>
    internal static ITransformer FitDetectors(MLContext ml, IReadOnlyList<LabelledSentence> sentences, string trainer, IReadOnlyList<StatementKind> kinds, TextWriter log)
    {
        var rows = kinds.ToDictionary(k => k, k => Examples(k, sentences).SelectMany(e => TrainingRows(e.Sentence, e.Yes, e.Weight, k)).ToList());
        var union = kinds.SelectMany(k => Examples(k, sentences)).Select(e => e.Sentence).Distinct().Select(s => TrainingRow(s, false, 1, null)).ToList();
        var featurizer = Features(ml).Fit(ml.Data.LoadFromEnumerable(union));
        var parts = new List<ITransformer> { featurizer };
        foreach (var kind in kinds)
        {
            var clock = Stopwatch.StartNew();
            // Cached: without it every pass of the trainer featurizes the text again.
            var data = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(rows[kind])));
            var predictor = Learner(ml, trainer).Fit(data);
            var copy = ml.Transforms.CopyColumns(ProbabilityColumn(kind), "Probability").Fit(predictor.Transform(data));
            parts.Add(predictor);
            parts.Add(copy);
            log.WriteLine($"  {trainer} {kind.ToName()}: {rows[kind].Count} examples, {clock.Elapsed.TotalSeconds:F0} s");
        }

        return new TransformerChain<ITransformer>([.. parts]);
    }

    /// <summary>The detectors' probabilities for each sentence (0 for a kind the model has no detector of).</summary>
    internal static DetectorScores[] Score(MLContext ml, ITransformer model, IReadOnlyList<LabelledSentence> sentences, IReadOnlyList<StatementKind> kinds)
    {
        var view = model.Transform(ml.Data.LoadFromEnumerable(sentences.Select(s => StatementRow.From(new StatementFeaturesInput(s.Text, null, null)))));
        var result = new DetectorScores[sentences.Count];
        foreach (var kind in kinds)
        {
            var i = 0;
            foreach (var p in view.GetColumn<float>(ProbabilityColumn(kind)))
            {
                result[i] = result[i].With(kind, p);
                i++;
            }
        }

        return result;
    }

    /// <summary>
    /// Sets each detector's threshold to the best F1 of its kind on the validation sentences that label it
    /// (two rounds, as the kinds compete), then fits the confidence sigmoid on the hand-labelled and CheckThat! validation sentences.
    /// </summary>
    internal static StatementCalibration Calibrate(string trainer, IReadOnlyList<LabelledSentence> validation, IReadOnlyList<DetectorScores> scores, IReadOnlyList<StatementKind>? tune = null)
    {
        var calibration = StatementCalibration.Identity(trainer);
        return Calibrate(calibration, validation, scores, tune ?? StatementCalibration.DetectorKinds);
    }

    internal static StatementCalibration Calibrate(StatementCalibration start, IReadOnlyList<LabelledSentence> validation, IReadOnlyList<DetectorScores> scores, IReadOnlyList<StatementKind> tune)
    {
        var calibration = start;
        var index = validation.Select((s, i) => (s, i)).ToDictionary(x => (x.s.Source, x.s.Key), x => x.i);
        for (var round = 0; round < 2; round++)
        {
            foreach (var kind in tune)
            {
                var labelled = Examples(kind, validation).Select(e => index[(e.Sentence.Source, e.Sentence.Key)]).ToList();
                var best = (F1: -1.0, T: 0.5);
                for (var t = 0.10; t < 0.91; t += 0.05)
                {
                    var thresholds = new Dictionary<string, double>(calibration.Thresholds) { [kind.ToName()] = Math.Round(t, 2) };
                    var trial = calibration with { Thresholds = thresholds };
                    var f1 = F1(kind, labelled.Select(i => validation[i].Label), labelled.Select(i => trial.Decide(scores[i]).Kind));
                    if (f1 > best.F1 + 1e-9 || (Math.Abs(f1 - best.F1) < 1e-9 && Math.Abs(t - 0.5) < Math.Abs(best.T - 0.5)))
                    {
                        best = (f1, Math.Round(t, 2));
                    }
                }

                calibration = calibration with { Thresholds = new Dictionary<string, double>(calibration.Thresholds) { [kind.ToName()] = best.T } };
            }
        }

        // The confidence is fitted where the labels mean what the kinds mean: the hand labels and CheckThat!
        // (Subramanian's assertives are not all check-worthy claims, so "claim" there is not the kind's claim).
        var points = scores.Select((p, i) =>
        {
            // The score of the kind the rule decides (the top score, unless a specific kind goes first).
            var decided = calibration.Decide(p);
            return (X: StatementCalibration.Logit(decided.Scores[decided.Kind]), Y: decided.Kind == validation[i].Label ? 1.0 : 0.0, validation[i]);
        }).Where(x => x.Item3.HandLabelled || x.Item3.Source.StartsWith("checkthat", StringComparison.Ordinal)).Select(x => (x.X, x.Y)).ToList();
        var (a, b) = FitPlatt(points);
        return calibration with { PlattA = Math.Round(a, 4), PlattB = Math.Round(b, 4) };
    }

    /// <summary>
    /// Sets the check-worthiness threshold of the claim detector to the best Yes-class F1 of <see cref="KindPrediction.CheckWorthy"/>
    /// on the out-of-fold scores of the CheckThat! training debates (their own labels, not hand labels), ties to the threshold
    /// nearest 0.5; the kinds' thresholds stay as they are.
    /// </summary>
    internal static (StatementCalibration Calibration, double F1) TuneCheckWorthy(StatementCalibration calibration, IReadOnlyList<LabelledSentence> validation, IReadOnlyList<DetectorScores> scores)
    {
        var debates = validation.Select((s, i) => (s, i)).Where(x => x.s.Source == "checkthat2024_train" && !x.s.HandLabelled).ToList();
        var best = (F1: -1.0, T: 0.5);
        for (var t = 0.10; t < 0.91; t += 0.05)
        {
            var trial = calibration with { CheckWorthyThreshold = Math.Round(t, 2) };
            var f1 = F1(StatementKind.Claim, debates.Select(x => x.s.Label), debates.Select(x => trial.Decide(scores[x.i]).CheckWorthy ? StatementKind.Claim : StatementKind.Other));
            if (f1 > best.F1 + 1e-9 || (Math.Abs(f1 - best.F1) < 1e-9 && Math.Abs(t - 0.5) < Math.Abs(best.T - 0.5)))
            {
                best = (f1, Math.Round(t, 2));
            }
        }

        return (calibration with { CheckWorthyThreshold = best.T }, Math.Round(best.F1, 3));
    }

    /// <summary>The F1 of each detector's kind on the validation sentences that label it.</summary>
    internal static Dictionary<string, double> ValidationF1(IReadOnlyList<LabelledSentence> validation, IReadOnlyList<DetectorScores> scores, StatementCalibration calibration)
    {
        var index = validation.Select((s, i) => (s, i)).ToDictionary(x => (x.s.Source, x.s.Key), x => x.i);
        return StatementCalibration.DetectorKinds.ToDictionary(k => k.ToName(), k =>
        {
            var labelled = Examples(k, validation).Select(e => index[(e.Sentence.Source, e.Sentence.Key)]).ToList();
            return Math.Round(F1(k, labelled.Select(i => validation[i].Label), labelled.Select(i => calibration.Decide(scores[i]).Kind)), 3);
        });
    }

    private static double F1(StatementKind kind, IEnumerable<StatementKind> truth, IEnumerable<StatementKind> predicted)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (t, p) in truth.Zip(predicted))
        {
            tp += t == kind && p == kind ? 1 : 0;
            fp += t != kind && p == kind ? 1 : 0;
            fn += t == kind && p != kind ? 1 : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
    }

    /// <summary>Platt scaling: logistic regression of rightness on one input, by Newton's method (deterministic).</summary>
    private static (double A, double B) FitPlatt(IReadOnlyList<(double X, double Y)> points)
    {
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 50; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            foreach (var (x, y) in points)
            {
                var p = StatementCalibration.Sigmoid(a * x + b);
                var w = p * (1 - p);
                ga += (p - y) * x;
                gb += p - y;
                haa += w * x * x;
                hab += w * x;
                hbb += w;
            }

            var det = haa * hbb - hab * hab;
            if (Math.Abs(det) < 1e-12)
            {
                break;
            }

            var da = (hbb * ga - hab * gb) / det;
            var db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-9)
            {
                break;
            }
        }

        return (a, b);
    }

    private static string ProbabilityColumn(StatementKind kind) => "P" + kind;

    /// <summary>
    /// A training row of one detector (<paramref name="kind"/>; null for the featurizer's rows). The sentence vector is a
    /// feature of the <see cref="VectorKinds"/> detectors only: the others are trained with zeros in its columns, so their
    /// weights there stay zero (out of fold, the vectors lowered the retraction and promise F1 when all four read them).
    /// </summary>
    private static KindTrainingRow TrainingRow(LabelledSentence s, bool yes, float weight, StatementKind? kind)
    {
        var row = StatementRow.From(new StatementFeaturesInput(s.Text, null, null));
        var training = new KindTrainingRow { Text = row.Text, Lexical = row.Lexical, Label = yes, Weight = weight };
        if (kind is not { } k || VectorKinds.Contains(k))
        {
            training.Embedding = row.Embedding;
        }

        return training;
    }

    /// <summary>
    /// The training rows of one example: one row, or, for a sentence with its corpus's own copy (<see cref="HasOwnCopy"/>),
    /// two of half the weight, one with the copy and one without. A statement is scored without the copy, and so is a
    /// manifesto in the cross-validation across manifestos; the row without it makes the shared weights alone fit the
    /// manifestos too, while the row with it lets the copy take what is particular to their labels (docs/statements.md,
    /// sixteenth round: with the copy alone the shared weights left the manifestos to it, and their figures fell).
    /// </summary>
    internal static IEnumerable<KindTrainingRow> TrainingRows(LabelledSentence s, bool yes, float weight, StatementKind kind)
    {
        if (!HasOwnCopy(s))
        {
            yield return TrainingRow(s, yes, weight, kind);
            yield break;
        }

        var withCopy = TrainingRow(s, yes, weight / 2, kind);
        withCopy.CorpusLexical = [.. withCopy.Lexical, 1f];
        yield return withCopy;
        yield return TrainingRow(s, yes, weight / 2, kind);
    }

    /// <summary>
    /// The corpora whose labels follow a definition of their own, so that their sentences also carry their own copy of the
    /// linguistic features (<see cref="KindTrainingRow.CorpusLexical"/>): Fornaciari's manifestos, whose "pledge" is the pledge
    /// literature's testable commitment and whose non-pledges hold many commitments this project calls promises ("We will
    /// review all laws ...", docs/statements.md).
    /// </summary>
    internal static readonly IReadOnlyList<string> OwnCopySources = ["fornaciari2021"];

    /// <summary>Whether a training sentence carries its corpus's own copy of the features: a corpus label of an <see cref="OwnCopySources"/> corpus (a hand label follows this project's definitions).</summary>
    internal static bool HasOwnCopy(LabelledSentence s) => !s.HandLabelled && OwnCopySources.Contains(s.Source);

    /// <summary>The detectors that read the sentence vector (docs/statements.md, thirteenth round).</summary>
    internal static readonly IReadOnlyList<StatementKind> VectorKinds = [StatementKind.Prediction, StatementKind.Claim];

    private static EstimatorChain<ColumnConcatenatingTransformer> Features(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [30000, 30000] },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, MaximumNgramsCount = [20000] },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        return ml.Transforms.Text.FeaturizeText("TextFeatures", text, "Text")
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "Lexical", "Embedding", "CorpusLexical"));
    }

    private static IEstimator<ITransformer> Learner(MLContext ml, string trainer) => trainer switch
    {
        "lbfgs-lr" or "lbfgs-lr-strong" => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfThreads = 1,
            L2Regularization = trainer == "lbfgs-lr" ? 0.2f : 1f,
        }),
        "sdca-lr" => ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            ExampleWeightColumnName = "Weight",
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 30,
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(trainer), trainer, "unknown trainer"),
    };
}
