using System.Text.Json;
using ClaimExtract.Evaluation;
using ClaimExtract.Speakers.Training;
using ClaimExtract.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimExtract.Quotes.Training;

/// <summary>One trainer's cross-validated effect on train.</summary>
/// <param name="Trainer">fasttree or lbfgs-lr.</param>
/// <param name="Threshold">The raw-score threshold with the best cross-validated overlap F1.</param>
/// <param name="F1">Overlap(0.3) F1 of the quote stage's attributions on train with the verifier, each fold filtered by a verifier built from the other folds.</param>
/// <param name="Precision">Its precision.</param>
/// <param name="Recall">Its recall.</param>
/// <param name="Dropped">Attributions dropped.</param>
/// <param name="DroppedRight">Of them, the ones that matched a gold attribution.</param>
/// <param name="Auc">Area under the ROC curve of the out-of-fold scores.</param>
public sealed record VerifierCrossValidation(string Trainer, float Threshold, double F1, double Precision, double Recall, int Dropped, int DroppedRight, double Auc);

/// <summary>What the verifier's training did, on PolNeAR train.</summary>
/// <param name="Articles">Training articles.</param>
/// <param name="Attributions">The rules' and the (out-of-fold) tagger's attributions, one example each.</param>
/// <param name="Matched">Of them, the ones that match a gold attribution (overlap > 0.3, the scorer's matching).</param>
/// <param name="BaseF1">Overlap(0.3) F1 of those attributions without the verifier (the quote stage's attributions only: no reported statements).</param>
/// <param name="BasePrecision">Its precision.</param>
/// <param name="BaseRecall">Its recall.</param>
/// <param name="Trainers">Each trainer's cross-validated effect.</param>
/// <param name="Kept">The trainer written (the one with the best cross-validated F1; boosted trees only, which the library evaluates natively).</param>
/// <param name="ModelPath">The model written, or null when the verifier does not raise the cross-validated F1.</param>
public sealed record VerifierTrainingReport(
    int Articles, int Attributions, int Matched, double BaseF1, double BasePrecision, double BaseRecall, IReadOnlyList<VerifierCrossValidation> Trainers, string Kept, string? ModelPath);

/// <summary>
/// Trains <see cref="AttributionVerifier"/> on PolNeAR train: one example per attribution of the rules and of the cue
/// tagger (the tagger of each fold built from the other folds, so that its additions are those of unseen text), labelled
/// by whether it matches a gold attribution as the scorer matches them.
/// </summary>
public static class VerifierTrainer
{
    /// <summary>The trainers compared.</summary>
    public static readonly IReadOnlyList<string> TrainerNames = ["fasttree", "lbfgs-lr"];

    public static VerifierTrainingReport Train(SpeakerTrainingOptions options, TextWriter log, string? rowsPath = null, float taggerMargin = 0)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (CueTagger.Default is not { } shipped)
        {
            throw new InvalidOperationException("the cue tagger is not embedded; run 'claimextract train cues' first");
        }

        var taggerThreshold = shipped.Priors.Threshold - taggerMargin;
        var taggers = CueTaggerTrainer.FoldTaggers(options with { Trees = CueTaggerTrainer.Trees, Leaves = 16 }, taggerThreshold, log);
        var articles = QuoteScorer.ReadJsonLines(options.GoldPath).Select((json, i) => Prepare(json, i, taggers[i % options.Folds])).ToList();
        var rows = articles.SelectMany(a => a.Rows).ToList();
        var goldCount = articles.Sum(a => a.Gold.Count);
        var matched = rows.Count(r => r.Label);
        var (baseP, baseR, baseF1) = Prf(matched, rows.Count - matched, goldCount - matched);
        log.WriteLine($"{articles.Count} articles, {rows.Count} attributions ({articles.Sum(a => a.Reviewed.Count(r => r))} reviewed), {matched} matched; without the verifier P {baseP:F1} R {baseR:F1} F1 {baseF1:F1}");
        if (rowsPath is not null)
        {
            WriteRows(rowsPath, articles);
        }

        var ml = new MLContext(seed: options.Seed);
        var results = new List<VerifierCrossValidation>();
        foreach (var trainer in TrainerNames)
        {
            var scores = new float[rows.Count];
            for (var fold = 0; fold < options.Folds; fold++)
            {
                // The cue-precision features: a training row of fold g from the folds other than this one and g, a test row from the other folds.
                foreach (var a in articles.Where(a => a.Index % options.Folds != fold))
                {
                    FillPrecision(a, Harvest(articles, options.Folds, fold, a.Index % options.Folds));
                }

                var fit = articles.Where(a => a.Index % options.Folds != fold).SelectMany(Reviewed).ToList();
                var model = Fit(ml, trainer, fit, options);
                var testTable = Harvest(articles, options.Folds, fold, fold);
                var offset = 0;
                foreach (var a in articles)
                {
                    if (a.Index % options.Folds == fold)
                    {
                        FillPrecision(a, testTable);
                        // An attribution the verifier does not review is always kept.
                        var s = Scores(ml, model, Reviewed(a).ToList());
                        for (int i = 0, next = 0; i < a.Rows.Count; i++)
                        {
                            scores[offset + i] = a.Reviewed[i] ? s[next++] : float.PositiveInfinity;
                        }
                    }

                    offset += a.Rows.Count;
                }
            }

            var threshold = BestThreshold(rows, scores, goldCount);
            var (p, r, f1, dropped, droppedRight) = Rematched(articles, scores, threshold);
            var reviewed = Enumerable.Range(0, rows.Count).Where(i => !float.IsPositiveInfinity(scores[i])).ToList();
            var auc = Auc([.. reviewed.Select(i => rows[i])], [.. reviewed.Select(i => scores[i])]);
            log.WriteLine($"{trainer}: threshold {threshold}, cross-validated P {p:F1} R {r:F1} F1 {f1:F1}, dropped {dropped} ({droppedRight} right), AUC {auc:F3}");
            results.Add(new VerifierCrossValidation(trainer, threshold, Math.Round(f1, 2), Math.Round(p, 2), Math.Round(r, 2), dropped, droppedRight, Math.Round(auc, 4)));
        }

        // Only boosted trees are written: the library evaluates them natively (BoostedTrees).
        var kept = results.First(r => r.Trainer == "fasttree");
        if (kept.F1 <= Math.Round(baseF1, 2))
        {
            log.WriteLine("the verifier does not raise the cross-validated F1: no model written");
            return new VerifierTrainingReport(articles.Count, rows.Count, matched, Math.Round(baseF1, 2), Math.Round(baseP, 2), Math.Round(baseR, 2), results, kept.Trainer, null);
        }

        foreach (var a in articles)
        {
            FillPrecision(a, Harvest(articles, options.Folds, a.Index % options.Folds, a.Index % options.Folds));
        }

        var final = SpeakerRankerTrainer.FitTrees(ml, articles.SelectMany(Reviewed).ToList(), options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputModelPath))!);
        SpeakerRankerTrainer.Save(ml, final, AttributionVerifier.FeatureCount, options.OutputModelPath);
        AttributionVerifier.WriteTable(ThresholdPath(options.OutputModelPath), kept.Threshold, taggerThreshold, Harvest(articles, options.Folds, -1, -1));
        return new VerifierTrainingReport(articles.Count, rows.Count, matched, Math.Round(baseF1, 2), Math.Round(baseP, 2), Math.Round(baseR, 2), results, kept.Trainer, options.OutputModelPath);
    }

    /// <summary>The threshold file beside the model: <c>attribution-verifier.zip</c> → <c>attribution-verifier.tsv</c>.</summary>
    public static string ThresholdPath(string modelPath) => Path.ChangeExtension(modelPath, ".tsv");

    private sealed record PreparedArticle(int Index, string Id, List<(int Start, int End)> Gold, List<(int Start, int End)> Predicted, List<SpeakerRankerTrainer.CandidateRow> Rows, List<string> Keys, List<bool> Reviewed, List<string> Texts);

    private static PreparedArticle Prepare(JsonElement json, int index, CueTagger tagger)
    {
        var text = json.GetProperty("text").GetString() ?? "";
        var id = json.TryGetProperty("id", out var idElement) ? idElement.ToString() : index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var doc = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var rules = AttributionFinder.Find(doc, quotes);
        var all = ClaimPipeline.WithTagged(document, doc, rules, tagger);
        var fromRules = rules.ToHashSet(ReferenceEqualityComparer.Instance);
        var map = new CodePointMap(text);
        var gold = new List<(int Start, int End)>();
        foreach (var a in json.GetProperty("attributions").EnumerateArray())
        {
            var content = a.GetProperty("content").EnumerateArray()
                .Select(s => (Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32())).Where(s => s.End > s.Start).ToList();
            if (content.Count > 0)
            {
                gold.Add((content.Min(s => s.Start), content.Max(s => s.End)));
            }
        }

        var predicted = all.Select(a => (map.ToCodePoint(a.Content.Start), map.ToCodePoint(a.Content.End))).ToList();
        var labels = Match(gold, predicted, Enumerable.Range(0, predicted.Count));
        var rows = new List<SpeakerRankerTrainer.CandidateRow>(all.Count);
        var keys = new List<string>(all.Count);
        var reviewed = all.Select(a => AttributionVerifier.Reviews(a, !fromRules.Contains(a))).ToList();
        for (var i = 0; i < all.Count; i++)
        {
            var f = new float[AttributionVerifier.FeatureCount];
            keys.Add(AttributionVerifier.Features(doc, all, i, !fromRules.Contains(all[i]), tagger.Priors, f));
            rows.Add(new SpeakerRankerTrainer.CandidateRow { Label = labels[i], Features = f });
        }

        var texts = all.Select(a => (a.CueText ?? "") + "\t" + a.Content.Of(text).ReplaceLineEndings(" ")).ToList();
        return new PreparedArticle(index, id, gold, predicted, rows, keys, reviewed, texts);
    }

    /// <summary>The cue-precision table of the articles outside folds <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static CuePrecision Harvest(List<PreparedArticle> articles, int folds, int a, int b) =>
        CuePrecision.Harvest(articles.Where(x => x.Index % folds != a && x.Index % folds != b)
            .SelectMany(x => Enumerable.Range(0, x.Rows.Count).Where(i => x.Reviewed[i]).Select(i => (x.Keys[i], x.Rows[i].Label))));

    /// <summary>The examples of the attributions the verifier reviews.</summary>
    private static IEnumerable<SpeakerRankerTrainer.CandidateRow> Reviewed(PreparedArticle a) => a.Rows.Where((_, i) => a.Reviewed[i]);

    private static void FillPrecision(PreparedArticle article, CuePrecision table)
    {
        for (var i = 0; i < article.Rows.Count; i++)
        {
            table.Fill(article.Keys[i], article.Rows[i].Features);
        }
    }

    /// <summary>The scorer's matching: gold in order, each takes the unused prediction covering most of it (> 0.3). Which of <paramref name="kept"/> match.</summary>
    private static bool[] Match(List<(int Start, int End)> gold, List<(int Start, int End)> predicted, IEnumerable<int> kept)
    {
        var matched = new bool[predicted.Count];
        var unused = kept.ToList();
        foreach (var g in gold)
        {
            var length = g.End - g.Start;
            var best = -1;
            var bestShare = 0.3;
            foreach (var j in unused)
            {
                var share = (double)Math.Max(0, Math.Min(g.End, predicted[j].End) - Math.Max(g.Start, predicted[j].Start)) / length;
                if (share > bestShare)
                {
                    (best, bestShare) = (j, share);
                }
            }

            if (best >= 0)
            {
                unused.Remove(best);
                matched[best] = true;
            }
        }

        return matched;
    }

    /// <summary>The threshold with the best F1 when the labels stay as they are (dropping a match loses it): scores in ascending order, each dropped in turn.</summary>
    private static float BestThreshold(List<SpeakerRankerTrainer.CandidateRow> rows, float[] scores, int goldCount)
    {
        var order = Enumerable.Range(0, rows.Count).OrderBy(i => scores[i]).ThenBy(i => i).ToList();
        var tp = rows.Count(r => r.Label);
        var fp = rows.Count - tp;
        var best = Prf(tp, fp, goldCount - tp).F1;
        var threshold = float.NegativeInfinity;
        for (var k = 0; k < order.Count; k++)
        {
            if (rows[order[k]].Label)
            {
                tp--;
            }
            else
            {
                fp--;
            }

            // Only between distinct scores.
            if (k + 1 < order.Count && scores[order[k + 1]] == scores[order[k]])
            {
                continue;
            }

            var f1 = Prf(tp, fp, goldCount - tp).F1;
            if (f1 > best)
            {
                best = f1;
                threshold = k + 1 < order.Count ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
            }
        }

        return threshold;
    }

    private static (double P, double R, double F1, int Dropped, int DroppedRight) Rematched(List<PreparedArticle> articles, float[] scores, float threshold)
    {
        int tp = 0, fp = 0, fn = 0, dropped = 0, droppedRight = 0, offset = 0;
        foreach (var a in articles)
        {
            var kept = Enumerable.Range(0, a.Rows.Count).Where(i => scores[offset + i] > threshold).ToList();
            var m = Match(a.Gold, a.Predicted, kept);
            var right = m.Count(x => x);
            tp += right;
            fp += kept.Count - right;
            fn += a.Gold.Count - right;
            for (var i = 0; i < a.Rows.Count; i++)
            {
                if (scores[offset + i] <= threshold)
                {
                    dropped++;
                    droppedRight += a.Rows[i].Label ? 1 : 0;
                }
            }

            offset += a.Rows.Count;
        }

        var (p, r, f1) = Prf(tp, fp, fn);
        return (p, r, f1, dropped, droppedRight);
    }

    private static double Auc(List<SpeakerRankerTrainer.CandidateRow> rows, float[] scores)
    {
        var order = Enumerable.Range(0, rows.Count).OrderBy(i => scores[i]).ToList();
        double positives = rows.Count(r => r.Label), negatives = rows.Count - positives, rankSum = 0;
        for (var k = 0; k < order.Count;)
        {
            var j = k;
            while (j < order.Count && scores[order[j]] == scores[order[k]])
            {
                j++;
            }

            var rank = (k + j + 1) / 2.0;
            for (var x = k; x < j; x++)
            {
                rankSum += rows[order[x]].Label ? rank : 0;
            }

            k = j;
        }

        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    private static (double P, double R, double F1) Prf(int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        return (p, r, tp == 0 ? 0 : 100.0 * 2 * tp / (2 * tp + fp + fn));
    }

    private static ITransformer Fit(MLContext ml, string trainer, List<SpeakerRankerTrainer.CandidateRow> rows, SpeakerTrainingOptions options)
    {
        if (trainer == "fasttree")
        {
            return SpeakerRankerTrainer.FitTrees(ml, rows, options);
        }

        var data = ml.Data.LoadFromEnumerable(rows, Schema());
        var pipeline = ml.Transforms.NormalizeMeanVariance(nameof(SpeakerRankerTrainer.CandidateRow.Features))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(SpeakerRankerTrainer.CandidateRow.Label),
                FeatureColumnName = nameof(SpeakerRankerTrainer.CandidateRow.Features),
                L2Regularization = 1f,
                NumberOfThreads = 1,
            }));
        return pipeline.Fit(data);
    }

    private static float[] Scores(MLContext ml, ITransformer model, List<SpeakerRankerTrainer.CandidateRow> rows) =>
        [.. model.Transform(ml.Data.LoadFromEnumerable(rows, Schema())).GetColumn<float>("Score")];

    private static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(SpeakerRankerTrainer.CandidateRow));
        schema[nameof(SpeakerRankerTrainer.CandidateRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, AttributionVerifier.FeatureCount);
        return schema;
    }

    /// <summary>Every example as a TSV line (article id, label, features, cue, content), for error analysis.</summary>
    private static void WriteRows(string path, List<PreparedArticle> articles)
    {
        using var writer = new StreamWriter(path);
        foreach (var a in articles)
        {
            for (var i = 0; i < a.Rows.Count; i++)
            {
                writer.WriteLine(string.Join('\t', [a.Id, a.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Rows[i].Label ? "1" : "0",
                    .. a.Rows[i].Features.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), a.Texts[i]]));
            }
        }
    }
}
