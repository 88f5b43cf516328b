using Microsoft.ML;

namespace ClaimExtract.Statements.Training;

/// <summary>What to evaluate: the shared data, the labels, and the model (the embedded one unless files are given).</summary>
/// <param name="SharedDataDirectory">The shared data folder (<c>../shared/data</c>).</param>
/// <param name="LabelsPath">The project's hand labels (<c>data/statements/labels.tsv</c>).</param>
/// <param name="Folds">The folds of the cross-validation across Fornaciari manifestos; 0 skips it.</param>
/// <param name="Seed">The seed of the cross-validation's refits.</param>
public sealed record StatementEvaluationOptions(string SharedDataDirectory, string LabelsPath, int Folds = 5, int Seed = 1);

/// <summary>
/// The evaluation sets of the statement classifier, each scored by kind with a confusion matrix:
/// Subramanian held-out press releases (split by document), Fornaciari held-out manifestos and
/// cross-validation across manifestos, CheckThat! 2024 dev, and the held-out hand-labelled sentences.
/// None of them is used to train or tune the model being scored.
/// </summary>
public static class StatementEvaluation
{
    /// <summary>
    /// The held-out sets: name, what it measures, its sentences, and whether it scores check-worthiness
    /// (<see cref="KindPrediction.CheckWorthy"/>: check-worthy = claim, not = other) rather than the kind.
    /// </summary>
    internal static IEnumerable<(string Name, string Target, List<LabelledSentence> Sentences, bool CheckWorthiness)> HeldOutSets(IReadOnlyList<LabelledSentence> heldOut)
    {
        yield return ("Subramanian 2019 held-out press releases", "promise F1 (Commissive), split by document",
            heldOut.Where(s => s.Source == "subramanian2019" && !s.HandLabelled).ToList(), false);
        yield return ("Fornaciari 2021 held-out manifestos", "promise F1 (pledge), split by manifesto",
            heldOut.Where(s => s.Source == "fornaciari2021" && !s.HandLabelled).ToList(), false);
        var checkThat = heldOut.Where(s => s.Source == "checkthat2024_dev").ToList();
        yield return (CheckThatDev, "claim F1 = check-worthy Yes-class F1 of check_worthy (claim = check-worthy, other = not)", checkThat, true);
        yield return (CheckThatDev + ", kinds", "claim F1 of the kind alone (a check-worthy line called promise or prediction counts as missed)", checkThat, false);
        yield return ("hand-labelled held-out sentences", "retraction and prediction F1 (all five kinds labelled)",
            heldOut.Where(s => s.HandLabelled).ToList(), false);
    }

    /// <summary>The name of the CheckThat! dev set scored on check-worthiness.</summary>
    internal const string CheckThatDev = "CheckThat! 2024 dev";

    /// <summary>What a prediction counts as on a set: its kind, or claim / other for check-worthy or not.</summary>
    internal static StatementKind Scored(KindPrediction p, bool checkWorthiness) => !checkWorthiness ? p.Kind : p.CheckWorthy ? StatementKind.Claim : StatementKind.Other;

    /// <summary>Scores <paramref name="classifier"/> on every held-out set, and (unless <see cref="StatementEvaluationOptions.Folds"/> is 0) runs the cross-validation across manifestos.</summary>
    public static IReadOnlyList<EvaluationMetrics> Run(StatementClassifier classifier, StatementEvaluationOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var all = TrainingData.Load(options.SharedDataDirectory, options.LabelsPath, log)
            .OrderBy(s => TrainingData.StableHash("order|" + s.Source + "|" + s.Key)).ThenBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var heldOut = all.Where(TrainingData.IsHeldOut).ToList();
        var result = new List<EvaluationMetrics>();
        foreach (var (name, target, sentences, checkWorthiness) in HeldOutSets(heldOut))
        {
            var predicted = classifier.Predict(sentences.Select(s => new StatementFeaturesInput(s.Text, null, null)).ToList()).Select(p => Scored(p, checkWorthiness)).ToList();
            result.Add(EvaluationMetrics.Score(name, target, sentences.Select(s => s.Label).ToList(), predicted));
        }

        if (options.Folds > 0)
        {
            result.Add(FornaciariCrossValidation(classifier, all, options, log));
        }

        return result;
    }

    /// <summary>The party and year of a manifesto file ("EnglishIndiaMiMacdataset6_2004INCmanifesto" → "2004incmanifesto").</summary>
    internal static string ManifestoGroup(string manifesto) => manifesto[(manifesto.IndexOf('_', StringComparison.Ordinal) + 1)..].ToLowerInvariant();

    /// <summary>
    /// Cross-validation across manifestos: the manifestos, grouped by party and year (sorted), are dealt into folds; for each
    /// fold, the promise detector is refitted (same recipe and trainer) without that fold's manifestos and
    /// without any held-out sentence of the other sources, its threshold set as <c>claimextract train</c> sets it: on
    /// out-of-fold scores of that training part (the trainer's five folds by document, a promise detector fitted without
    /// each), manifestos left out of the threshold; the fold's sentences are classified with it and the other detectors of
    /// <paramref name="classifier"/> (which never see a manifesto). The predictions of all folds are scored together.
    /// </summary>
    private static EvaluationMetrics FornaciariCrossValidation(StatementClassifier classifier, List<LabelledSentence> all, StatementEvaluationOptions options, TextWriter log)
    {
        var manifestos = all.Where(s => s.Source == "fornaciari2021").Select(TrainingData.DocumentOf).Distinct().Order(StringComparer.Ordinal).ToList();
        // Manifestos of the same party and year go to the same fold: dataset5_2004INCmanifesto and
        // dataset6_2004INCmanifesto are nearly the same text, and one must not be trained on while the other is tested.
        var groups = manifestos.GroupBy(ManifestoGroup, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var folds = Math.Min(options.Folds, groups.Count);
        var truth = new List<StatementKind>();
        var predicted = new List<StatementKind>();
        var ml = new MLContext(seed: options.Seed);
        var promise = new[] { StatementKind.Promise };
        // The other three detectors never see a manifesto, so their out-of-fold scores on the training split's news,
        // press releases and debates (where thresholds are set) are the same for every fold: fitted once, five times.
        var tuning = all.Where(s => s.Source != "fornaciari2021" && !TrainingData.IsHeldOut(s)).ToList();
        var othersOutOfFold = new DetectorScores[tuning.Count];
        var otherKinds = StatementCalibration.DetectorKinds.Where(k => k != StatementKind.Promise).ToList();
        for (var inner = 0; inner < StatementTrainer.SelectionFolds; inner++)
        {
            var innerModel = StatementTrainer.FitDetectors(ml, tuning.Where(s => StatementTrainer.SelectionFold(s) != inner).ToList(), classifier.Calibration.Trainer, otherKinds, TextWriter.Null);
            var inFold = tuning.Select((s, i) => (s, i)).Where(x => StatementTrainer.SelectionFold(x.s) == inner).ToList();
            var scored = StatementTrainer.Score(ml, innerModel, inFold.Select(x => x.s).ToList(), otherKinds);
            for (var j = 0; j < inFold.Count; j++)
            {
                othersOutOfFold[inFold[j].i] = scored[j];
            }
        }

        for (var f = 0; f < folds; f++)
        {
            var testManifestos = groups.Where((_, i) => i % folds == f).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
            bool InTest(LabelledSentence s) => s.Source == "fornaciari2021" && testManifestos.Contains(TrainingData.DocumentOf(s));
            var test = all.Where(InTest).ToList();
            var training = all.Where(s => !InTest(s) && (s.Source == "fornaciari2021" || !TrainingData.IsHeldOut(s))).ToList();
            // The threshold is set on out-of-fold promise scores of the training part, as in training: the manifestos
            // teach the detectors but are left out of the threshold, and so are this fold's test manifestos altogether.
            var tuningScores = new DetectorScores[tuning.Count];
            for (var inner = 0; inner < StatementTrainer.SelectionFolds; inner++)
            {
                var innerModel = StatementTrainer.FitDetectors(ml, training.Where(s => StatementTrainer.SelectionFold(s) != inner).ToList(), classifier.Calibration.Trainer, promise, TextWriter.Null);
                var inFold = tuning.Select((s, i) => (s, i)).Where(x => StatementTrainer.SelectionFold(x.s) == inner).ToList();
                var refittedInner = StatementTrainer.Score(ml, innerModel, inFold.Select(x => x.s).ToList(), promise);
                for (var j = 0; j < inFold.Count; j++)
                {
                    tuningScores[inFold[j].i] = othersOutOfFold[inFold[j].i] with { Promise = refittedInner[j].Promise };
                }
            }

            var model = StatementTrainer.FitDetectors(ml, training, classifier.Calibration.Trainer, promise, log);

            DetectorScores[] Combined(List<LabelledSentence> sentences)
            {
                var detectors = classifier.PredictDetectors(sentences.Select(s => new StatementFeaturesInput(s.Text, null, null)).ToList());
                var refitted = StatementTrainer.Score(ml, model, sentences, promise);
                return detectors.Select((o, i) => o with { Promise = refitted[i].Promise }).ToArray();
            }

            var calibration = StatementTrainer.Calibrate(classifier.Calibration, tuning, tuningScores, promise);
            var decided = Combined(test).Select(calibration.Decide).ToList();
            truth.AddRange(test.Select(s => s.Label));
            predicted.AddRange(decided.Select(d => d.Kind));
            log.WriteLine($"fold {f + 1}/{folds}: {string.Join(", ", testManifestos.Order(StringComparer.Ordinal))} ({test.Count} sentences), promise threshold {calibration.Thresholds["promise"]}");
        }

        return EvaluationMetrics.Score($"Fornaciari 2021 cross-validation across manifestos ({folds} folds of {manifestos.Count} manifestos, {groups.Count} party-years)",
            "promise F1 (pledge)", truth, predicted);
    }
}
