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

    // The trees' recipe of 'claimextract train verifier' (the options change it; docs/quotes.md, "Stable retraining", measured
    // a recipe of many small steps over larger leaves, cut where the chance of being right is half the F1: not kept).
    /// <summary>Boosted trees in the verifier.</summary>
    public const int Trees = 60;

    /// <summary>The verifier's learning rate.</summary>
    public const double LearningRate = 0.2;

    /// <summary>The fewest training examples a leaf of the verifier holds.</summary>
    public const int MinimumExamplesPerLeaf = 20;

    /// <summary>The options the fold taggers are trained with: the cue tagger's own (<c>claimextract train cues</c>), whatever the verifier's.</summary>
    private static SpeakerTrainingOptions TaggerOptions(SpeakerTrainingOptions options) =>
        options with { Trees = CueTaggerTrainer.Trees, Leaves = 16, LearningRate = CueTaggerTrainer.LearningRate, MinimumExamplesPerLeaf = CueTaggerTrainer.MinimumExamplesPerLeaf, FeatureFraction = 1 };

    public static VerifierTrainingReport Train(SpeakerTrainingOptions options, TextWriter log, string? rowsPath = null, float taggerMargin = 0, bool halfF1Cut = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        if (CueTagger.Default is not { } shipped)
        {
            throw new InvalidOperationException("the cue tagger is not embedded; run 'claimextract train cues' first");
        }

        var taggerThreshold = shipped.Priors.Threshold - taggerMargin;
        var taggers = CueTaggerTrainer.FoldTaggers(TaggerOptions(options), taggerThreshold, log);
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
                ScoreHeldOutFold(ml, model, articles, options.Folds, fold, scores);
            }

            var best = BestThreshold(rows, scores, goldCount);
            var (_, _, bestF1, bestDropped, _) = Rematched(articles, scores, best);
            var reviewed = Enumerable.Range(0, rows.Count).Where(i => !float.IsPositiveInfinity(scores[i])).ToList();
            var threshold = halfF1Cut ? HalfF1Threshold([.. reviewed.Select(i => scores[i])], [.. reviewed.Select(i => rows[i].Label)], bestF1) : best;
            var (p, r, f1, dropped, droppedRight) = Rematched(articles, scores, threshold);
            var auc = Auc([.. reviewed.Select(i => rows[i])], [.. reviewed.Select(i => scores[i])]);
            log.WriteLine($"{trainer}: threshold {threshold}, cross-validated P {p:F1} R {r:F1} F1 {f1:F2}, dropped {dropped} ({droppedRight} right), AUC {auc:F3}; the single best cut {best}: F1 {bestF1:F2}, dropped {bestDropped}; the half-F1 cut {HalfF1Threshold([.. reviewed.Select(i => scores[i])], [.. reviewed.Select(i => rows[i].Label)], bestF1)}");
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

    /// <summary>One training recipe of the stability measurement.</summary>
    /// <param name="Name">How the report names it.</param>
    /// <param name="Options">The trees' options (trees, leaves, learning rate, examples per leaf, feature share, seed).</param>
    /// <param name="Bagged">Whether the shipped scorer is the mean of the fold models (whose out-of-fold scores chose the threshold) rather than one model fitted on all the articles.</param>
    public sealed record StabilityRecipe(string Name, SpeakerTrainingOptions Options, bool Bagged);

    /// <summary>
    /// Measures how much a recipe's decisions move when its training data move a little: the recipe is trained on all the
    /// articles and on <paramref name="perturbations"/> subsets that each leave out <paramref name="dropShare"/> of them (drawn
    /// with seeds 1..), each with its own cross-validation and threshold; the report gives every training's threshold and
    /// cross-validated F1 and how many reviewed train attributions each keeps or drops otherwise than the training on all.
    /// </summary>
    public static void Stability(SpeakerTrainingOptions options, IReadOnlyList<StabilityRecipe> recipes, int perturbations, double dropShare, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(recipes);
        ArgumentNullException.ThrowIfNull(log);
        var shipped = CueTagger.Default ?? throw new InvalidOperationException("the cue tagger is not embedded; run 'claimextract train cues' first");
        var taggers = CueTaggerTrainer.FoldTaggers(TaggerOptions(options), shipped.Priors.Threshold, log);
        var articles = QuoteScorer.ReadJsonLines(options.GoldPath).Select((json, i) => Prepare(json, i, taggers[i % options.Folds])).ToList();
        var reviewedCount = articles.Sum(a => a.Reviewed.Count(r => r));
        log.WriteLine($"{articles.Count} articles, {reviewedCount} reviewed attributions");
        var subsets = new List<HashSet<int>> { articles.Select(a => a.Index).ToHashSet() };
        for (var p = 1; p <= perturbations; p++)
        {
            var random = new Random(p);
            subsets.Add(articles.Where(_ => random.NextDouble() >= dropShare).Select(a => a.Index).ToHashSet());
        }

        foreach (var recipe in recipes)
        {
            var ml = new MLContext(seed: recipe.Options.Seed);
            bool[]? bestReference = null, plattReference = null;
            var lines = (Best: new List<string>(), Platt: new List<string>());
            for (var p = 0; p < subsets.Count; p++)
            {
                var subset = articles.Where(a => subsets[p].Contains(a.Index)).ToList();
                var t = TrainOnce(ml, subset, articles, recipe, options.Folds);
                bestReference ??= t.Best;
                plattReference ??= t.Platt;
                var bestFlips = t.Best.Zip(bestReference).Count(x => x.First != x.Second);
                var plattFlips = t.Platt.Zip(plattReference).Count(x => x.First != x.Second);
                lines.Best.Add(FormattableString.Invariant($"[t {t.Threshold:F3} cv {t.F1:F2} drop {t.Best.Count(d => !d)} flip {bestFlips}]"));
                lines.Platt.Add(FormattableString.Invariant($"[a {t.A:F3} b {t.B:F3} t {t.PlattThreshold:F3} cv {t.PlattF1:F2} drop {t.Platt.Count(d => !d)} flip {plattFlips}]"));
                log.WriteLine(FormattableString.Invariant($"  {recipe.Name} p{p}: {subset.Count} articles, trees {t.Trees}; best cut {t.Threshold:F3} CV F1 {t.F1:F2} flips {bestFlips}; half-F1 cut {t.PlattThreshold:F3} CV F1 {t.PlattF1:F2} flips {plattFlips}"));
            }

            log.WriteLine($"STABILITY {recipe.Name} best: {string.Join(' ', lines.Best)}");
            log.WriteLine($"STABILITY {recipe.Name} half-F1: {string.Join(' ', lines.Platt)}");
        }
    }

    /// <summary>
    /// The cut on raw scores where dropping an attribution stops raising F1: where its chance of being right is half the F1
    /// (dropping one that is right with chance q takes F1 = N / D to (N - 2q) / (D - 1), a gain while q &lt; N / 2D). The chance
    /// is read off the out-of-fold scores by Platt's scaling, a fit of all of them, so the cut moves little when the training
    /// data move a little, where the single best cut of a flat F1 curve moves far (docs/quotes.md, "Stable retraining").
    /// </summary>
    /// <param name="scores">The out-of-fold scores of the reviewed attributions.</param>
    /// <param name="labels">Whether each matches a gold attribution.</param>
    /// <param name="f1">The F1 (in percent) at the best cut: the level the chance is compared with.</param>
    internal static float HalfF1Threshold(IReadOnlyList<float> scores, IReadOnlyList<bool> labels, double f1)
    {
        var (a, b) = Platt(scores, labels);
        var half = f1 / 200;
        return a <= 0 ? float.NegativeInfinity : (float)((Math.Log(half / (1 - half)) - b) / a);
    }

    /// <summary>
    /// Platt's scaling of scores: the a and b of P(right) = 1 / (1 + exp(-(a s + b))) with the largest likelihood of the labels
    /// (Newton's method from a = 1, b = 0; a plain logistic regression on one feature).
    /// </summary>
    internal static (double A, double B) Platt(IReadOnlyList<float> scores, IReadOnlyList<bool> labels)
    {
        double Loss(double a, double b)
        {
            var loss = 0.0;
            for (var i = 0; i < scores.Count; i++)
            {
                var z = a * scores[i] + b;
                loss += (labels[i] ? Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z)));
            }

            return loss;
        }

        // From the constant model (a = 0, b the log-odds of the share right), Newton's steps halved until the loss falls.
        var share = Math.Clamp(labels.Count(l => l) / (double)Math.Max(1, labels.Count), 1e-6, 1 - 1e-6);
        double pa = 0, pb = Math.Log(share / (1 - share));
        var current = Loss(pa, pb);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var p = 1 / (1 + Math.Exp(-(pa * scores[i] + pb)));
                var e = p - (labels[i] ? 1 : 0);
                var w = Math.Max(p * (1 - p), 1e-12);
                ga += e * scores[i];
                gb += e;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }

            var det = haa * hbb - hab * hab;
            if (det <= 0)
            {
                break;
            }

            var da = (hbb * ga - hab * gb) / det;
            var db = (haa * gb - hab * ga) / det;
            var step = 1.0;
            while (step > 1e-6 && Loss(pa - step * da, pb - step * db) > current)
            {
                step /= 2;
            }

            if (step <= 1e-6)
            {
                break;
            }

            (pa, pb) = (pa - step * da, pb - step * db);
            var next = Loss(pa, pb);
            var done = current - next < 1e-9 * Math.Max(1, current);
            current = next;
            if (done)
            {
                break;
            }
        }

        return (pa, pb);
    }

    // One training of a recipe on a subset of the articles: the threshold and F1 of its cross-validation, and its keep/drop
    // decision on every reviewed attribution of all the articles (cue precision read from the subset's folds other than the row's).
    private static (float Threshold, double F1, bool[] Best, double A, double B, float PlattThreshold, double PlattF1, bool[] Platt, int Trees) TrainOnce(MLContext ml, List<PreparedArticle> subset, List<PreparedArticle> all, StabilityRecipe recipe, int folds)
    {
        var rows = subset.SelectMany(a => a.Rows).ToList();
        var goldCount = subset.Sum(a => a.Gold.Count);
        var scores = new float[rows.Count];
        var foldModels = new List<ITransformer>();
        for (var fold = 0; fold < folds; fold++)
        {
            foreach (var a in subset.Where(a => a.Index % folds != fold))
            {
                FillPrecision(a, Harvest(subset, folds, fold, a.Index % folds));
            }

            var model = SpeakerRankerTrainer.FitTrees(ml, subset.Where(a => a.Index % folds != fold).SelectMany(Reviewed).ToList(), recipe.Options);
            foldModels.Add(model);
            ScoreHeldOutFold(ml, model, subset, folds, fold, scores);
        }

        var threshold = BestThreshold(rows, scores, goldCount);
        var (_, _, f1, _, _) = Rematched(subset, scores, threshold);

        // The cut where dropping an attribution stops raising F1: where its chance of being right, read off the out-of-fold
        // scores by Platt's scaling, is half the F1 (dropping one right with chance q changes F1 = N / D to (N - 2q) / (D - 1)).
        var reviewedRows = Enumerable.Range(0, rows.Count).Where(i => !float.IsPositiveInfinity(scores[i])).ToList();
        var (pa, pb) = Platt([.. reviewedRows.Select(i => scores[i])], [.. reviewedRows.Select(i => rows[i].Label)]);
        var plattThreshold = HalfF1Threshold([.. reviewedRows.Select(i => scores[i])], [.. reviewedRows.Select(i => rows[i].Label)], f1);
        var (_, _, plattF1, _, _) = Rematched(subset, scores, plattThreshold);
        foreach (var a in all)
        {
            FillPrecision(a, Harvest(subset, folds, a.Index % folds, a.Index % folds));
        }

        var everyRow = all.SelectMany(Reviewed).ToList();
        float[] final;
        int trees;
        if (recipe.Bagged)
        {
            final = new float[everyRow.Count];
            foreach (var model in foldModels)
            {
                var s = Scores(ml, model, everyRow);
                for (var i = 0; i < s.Length; i++)
                {
                    final[i] += s[i] / foldModels.Count;
                }
            }

            trees = recipe.Options.Trees * foldModels.Count;
        }
        else
        {
            var model = SpeakerRankerTrainer.FitTrees(ml, subset.SelectMany(Reviewed).ToList(), recipe.Options);
            final = Scores(ml, model, everyRow);
            trees = recipe.Options.Trees;
        }

        return (threshold, f1, [.. final.Select(x => x > threshold)], pa, pb, plattThreshold, plattF1, [.. final.Select(x => x > plattThreshold)], trees);
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

    /// <summary>
    /// Scores the attributions of fold <paramref name="fold"/>'s articles with <paramref name="model"/> (fitted without that fold) into
    /// <paramref name="scores"/>, laid out as the articles' rows in order; cue precision is read from the other folds. An attribution the
    /// verifier does not review is always kept (positive infinity).
    /// </summary>
    private static void ScoreHeldOutFold(MLContext ml, ITransformer model, List<PreparedArticle> articles, int folds, int fold, float[] scores)
    {
        var testTable = Harvest(articles, folds, fold, fold);
        var offset = 0;
        foreach (var a in articles)
        {
            if (a.Index % folds == fold)
            {
                FillPrecision(a, testTable);
                var s = Scores(ml, model, Reviewed(a).ToList());
                for (int i = 0, next = 0; i < a.Rows.Count; i++)
                {
                    scores[offset + i] = a.Reviewed[i] ? s[next++] : float.PositiveInfinity;
                }
            }

            offset += a.Rows.Count;
        }
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
