using System.Text.Json;
using ClaimExtract.Evaluation;
using ClaimExtract.Speakers.Training;
using ClaimExtract.Text;
using Microsoft.ML;

namespace ClaimExtract.Quotes.Training;

/// <summary>What the cue tagger's training did, on PolNeAR train.</summary>
/// <param name="Articles">Training articles.</param>
/// <param name="Candidates">Candidate cue words (outside every attribution the rules find).</param>
/// <param name="Words">Words in the prior table written.</param>
/// <param name="Threshold">The raw-score threshold chosen on the cross-validation (best overlap F1).</param>
/// <param name="RulesF1">Overlap(0.3) F1 of the rules alone on train, as the tagger's training counts it.</param>
/// <param name="CrossValidatedF1">With the tagger, each fold of articles tagged by a model (and priors) built from the other folds.</param>
/// <param name="CrossValidatedAdded">Attributions the tagger added in the cross-validation.</param>
/// <param name="CrossValidatedRight">Of them, the ones that match a gold attribution the rules missed.</param>
/// <param name="ModelPath">The model written (the prior table is beside it).</param>
/// <param name="ModelBytes">Its size.</param>
public sealed record CueTrainingReport(
    int Articles, int Candidates, int Words, float Threshold, double RulesF1, double CrossValidatedF1, int CrossValidatedAdded, int CrossValidatedRight, string ModelPath, long ModelBytes);

/// <summary>How <c>claimextract train cues</c> chooses the tagger's threshold on the cross-validation's scores.</summary>
public enum CueCut
{
    /// <summary>The single best cut of the cross-validated F1 curve.</summary>
    Best,

    /// <summary>Where an addition's chance of being right (Platt's scaling of every sentence's best score) is half the F1.</summary>
    HalfF1,

    /// <summary>The same, with Platt's scaling fitted to the highest scores only (twice as many as the right additions).</summary>
    HalfF1Near,
}

/// <summary>Trains <see cref="CueTagger"/> on PolNeAR train: word priors, then boosted trees telling the cue words of missed attributions from the rest.</summary>
public static class CueTaggerTrainer
{
    private const int MinimumCueUses = 3;
    private const double MinimumPrior = 0.05;

    /// <summary>Boosted trees in the cue tagger: the default of <c>claimextract train cues</c>, and the trees of the fold taggers the verifier is trained behind.</summary>
    public const int Trees = 100;

    /// <summary>The tagger's learning rate.</summary>
    public const double LearningRate = 0.2;

    /// <summary>The fewest training examples a leaf of the tagger holds.</summary>
    public const int MinimumExamplesPerLeaf = 20;

    public static CueTrainingReport Train(SpeakerTrainingOptions options, TextWriter log, CueCut cut = CueCut.Best)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var articles = QuoteScorer.ReadJsonLines(options.GoldPath).Select((json, i) => Prepare(json, i)).ToList();
        var ml = new MLContext(seed: options.Seed);
        var (baseTp, baseFp, baseFn) = Base(articles);

        // Cross-validation by article: priors and model from the other folds; every sentence's best score kept.
        var scored = new List<Scored>();
        var candidateCount = 0;
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var priors = Priors(articles.Where(a => a.Index % options.Folds != fold));
            var fit = Examples(articles.Where(a => a.Index % options.Folds != fold), priors);
            var model = SpeakerRankerTrainer.FitTrees(ml, fit.SelectMany(s => s.Rows).ToList(), options);
            var tagger = new CueTagger(BoostedTrees.From(model, CueTagger.FeatureCount, "cue tagger", "claimextract train cues"), priors);
            var held = Examples(articles.Where(a => a.Index % options.Folds == fold), priors);
            candidateCount += held.Sum(s => s.Rows.Count);
            scored.AddRange(BestOfEachSentence(tagger, held));
            log.WriteLine($"fold {fold}: {fit.Count} training sentences");
        }

        var rulesF1 = F1(baseTp, baseFp, baseFn);
        var (threshold, bestF1, bestAdded, bestRight) = Cut(scored, baseTp, baseFp, baseFn, cut, log);
        log.WriteLine($"rules F1 {rulesF1:F1}, with the tagger {bestF1:F1} (cross-validated), threshold {threshold}");

        var allPriors = Priors(articles).WithThreshold(threshold);
        var final = SpeakerRankerTrainer.FitTrees(ml, Examples(articles, allPriors).SelectMany(s => s.Rows).ToList(), options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputModelPath))!);
        SpeakerRankerTrainer.Save(ml, final, CueTagger.FeatureCount, options.OutputModelPath);

        // The early cut's bounds, measured with the final trees on every candidate the tagger scores in the training articles (a
        // superset of the training rows: it also scores the words that build no attribution).
        var trees = BoostedTrees.From(final, CueTagger.FeatureCount, "cue tagger", "claimextract train cues");
        var vectors = articles.SelectMany(a => CandidateVectors(a, allPriors).Select(f => (f, a.Index % options.Folds))).ToList();
        TreeBounds.Measure(trees, vectors, options.Folds).Write(TreeBounds.PathBeside(options.OutputModelPath), trees, "cue tagger (claimextract train cues)", vectors.Count);
        var priorsPath = PriorsPath(options.OutputModelPath);
        allPriors.Write(priorsPath);
        return new CueTrainingReport(
            articles.Count, candidateCount, File.ReadLines(priorsPath).Count() - 2, threshold, Math.Round(rulesF1, 1), Math.Round(bestF1, 1), bestAdded, bestRight,
            options.OutputModelPath, new FileInfo(options.OutputModelPath).Length);
    }

    /// <summary>The rules' matches, false positives and misses on the articles, as the tagger's training counts them.</summary>
    private static (int Tp, int Fp, int Fn) Base(IEnumerable<PreparedArticle> articles)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var a in articles)
        {
            tp += a.MatchedGold.Count;
            fp += a.Found.Count - a.MatchedGold.Count;
            fn += a.Gold.Count - a.MatchedGold.Count;
        }

        return (tp, fp, fn);
    }

    /// <summary>Each sentence's best-scored candidate (unless it can head no cue: it would add nothing at inference, CueTagger.Find).</summary>
    private static IEnumerable<Scored> BestOfEachSentence(CueTagger tagger, List<Sentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var best = sentence.Rows.Select((r, i) => (Score: tagger.Score(r.Features), i)).MaxBy(p => p.Score);

            // A sentence whose best candidate can head no cue (an adverb, a label) gets nothing at inference (CueTagger.Find).
            if (!sentence.Silent[best.i])
            {
                yield return new Scored(best.Score, sentence.Article, sentence.Gold[best.i], sentence.Replaced[best.i]);
            }
        }
    }

    /// <summary>
    /// The F1 (with the rules' attributions) after each out-of-fold addition, the additions taken from the highest score down
    /// (a gold attribution counts once): the score, the F1, the additions and the right ones so far, and whether this one
    /// raised the matches (null when it changes nothing: it takes in the rules' quotation that matched the same gold).
    /// </summary>
    private static IEnumerable<(float Score, double F1, int Added, int Right, bool? Raised)> Curve(List<Scored> scored, int baseTp, int baseFp, int baseFn)
    {
        var seen = new HashSet<(int, int)>();
        int tp = 0, fp = 0;
        foreach (var (score, article, gold, replaced) in scored)
        {
            // A tagged attribution that takes in a cueless quotation of the rules replaces it: the quotation's match
            // (or its false positive) goes with it.
            if (replaced >= 0 && replaced == gold)
            {
                yield return (score, F1(baseTp + tp, baseFp + fp, baseFn - tp), tp + fp, tp, null);
                continue;
            }

            var before = tp;
            if (replaced >= 0)
            {
                tp--;
                seen.Remove((article, replaced));
            }
            else if (replaced == -1)
            {
                fp--;
            }

            if (gold >= 0 && seen.Add((article, gold)))
            {
                tp++;
            }
            else
            {
                fp++;
            }

            yield return (score, F1(baseTp + tp, baseFp + fp, baseFn - tp), tp + fp, tp, tp > before);
        }
    }

    /// <summary>
    /// The raw-score threshold of the tagger, chosen on the out-of-fold scores (sorted here, highest first), with the
    /// cross-validated F1, additions and right additions it gives. <see cref="CueCut.Best"/>: the single best cut of the F1
    /// curve. The others cut where an addition's chance of being right, read off the scores by Platt's scaling, is half the
    /// best F1 (adding one right with chance q takes F1 = N / D to (N + 2q) / (D + 1), a gain while q &gt; N / 2D):
    /// <see cref="CueCut.HalfF1"/> fits all the sentences' best scores, <see cref="CueCut.HalfF1Near"/> only the highest
    /// ones, twice as many as there are right ones, so that the fit is read near the cut (docs/quotes.md, "Stable retraining").
    /// </summary>
    private static (float Threshold, double F1, int Added, int Right) Cut(List<Scored> scored, int baseTp, int baseFp, int baseFn, CueCut cut, TextWriter? log = null)
    {
        scored.Sort((x, y) => y.Score.CompareTo(x.Score));
        var curve = Curve(scored, baseTp, baseFp, baseFn).ToList();
        var bestF1 = F1(baseTp, baseFp, baseFn);
        var threshold = float.PositiveInfinity;
        int bestAdded = 0, bestRight = 0;
        foreach (var (score, f1, added, right, _) in curve)
        {
            if (f1 > bestF1)
            {
                (bestF1, threshold, bestAdded, bestRight) = (f1, score, added, right);
            }
        }

        // The threshold sits just under the last score taken.
        threshold = float.IsPositiveInfinity(threshold) ? float.MaxValue : threshold - 1e-4f;
        if (cut == CueCut.Best || curve.Count == 0)
        {
            return (threshold, bestF1, bestAdded, bestRight);
        }

        var fitted = Enumerable.Range(0, curve.Count).Where(i => curve[i].Raised is not null).ToList();
        if (cut == CueCut.HalfF1Near)
        {
            var right = fitted.Count(i => curve[i].Raised == true);
            fitted = [.. fitted.Take(Math.Max(2, 2 * right))];
        }

        var (a, b) = VerifierTrainer.Platt([.. fitted.Select(i => curve[i].Score)], [.. fitted.Select(i => curve[i].Raised == true)]);
        var half = VerifierTrainer.HalfF1Threshold([.. fitted.Select(i => curve[i].Score)], [.. fitted.Select(i => curve[i].Raised == true)], bestF1);
        log?.WriteLine(FormattableString.Invariant($"the single best cut {threshold} (F1 {bestF1:F2}, {bestAdded} added); Platt a {a:F3} b {b:F3} over {fitted.Count} scores: half-F1 cut {half}"));
        var (at, atF1, atAdded, atRight) = (half, F1(baseTp, baseFp, baseFn), 0, 0);
        foreach (var (_, f1, added, right, _) in curve.TakeWhile(c => c.Score > half))
        {
            (atF1, atAdded, atRight) = (f1, added, right);
        }

        return (at, atF1, atAdded, atRight);
    }

    /// <summary>
    /// Measures how much the tagger's decisions move when its training data move a little (the measure of
    /// <c>claimextract train verifier --stability</c>, for the tagger): each recipe is trained on all the articles and on
    /// <paramref name="perturbations"/> subsets that each leave out <paramref name="dropShare"/> of them (drawn with seeds 1..,
    /// the verifier's subsets), each with its own priors, cross-validation and cut; the report gives every training's cut and
    /// cross-validated F1 and, for each cut rule, how many train sentences get another cue word (or none) than from the
    /// training on all the articles ("flips"); "trees" counts them at the all-articles training's own cut (the trees alone).
    /// </summary>
    public static void Stability(SpeakerTrainingOptions options, IReadOnlyList<VerifierTrainer.StabilityRecipe> recipes, int perturbations, double dropShare, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(recipes);
        ArgumentNullException.ThrowIfNull(log);
        var articles = QuoteScorer.ReadJsonLines(options.GoldPath).Select((json, i) => Prepare(json, i)).ToList();
        var subsets = new List<HashSet<int>> { articles.Select(a => a.Index).ToHashSet() };
        for (var p = 1; p <= perturbations; p++)
        {
            var random = new Random(p);
            subsets.Add(articles.Where(_ => random.NextDouble() >= dropShare).Select(a => a.Index).ToHashSet());
        }

        // What every recipe trains on, per subset: the folds' priors, training rows and held-out sentences; the subset's priors,
        // its rows under them, and every candidate of all the articles under them (the decisions compared).
        var data = subsets.Select(subset => SubsetData.Of([.. articles.Where(a => subset.Contains(a.Index))], articles, options.Folds)).ToList();
        log.WriteLine($"{articles.Count} articles; subsets of {string.Join(", ", subsets.Select(s => s.Count))}; {data[0].Decisions.Count(d => d.Count > 0)} train sentences with a candidate (under the priors of all the articles)");
        var cuts = Enum.GetValues<CueCut>();
        foreach (var recipe in recipes)
        {
            var ml = new MLContext(seed: recipe.Options.Seed);
            var references = new Dictionary<CueCut, (float Threshold, int[] Decisions)>();
            var lines = cuts.ToDictionary(c => c, _ => new List<string>());
            var treeLines = new List<string>();
            foreach (var d in data)
            {
                var scored = new List<Scored>();
                for (var fold = 0; fold < options.Folds; fold++)
                {
                    var model = SpeakerRankerTrainer.FitTrees(ml, d.FoldRows[fold], recipe.Options);
                    scored.AddRange(BestOfEachSentence(new CueTagger(BoostedTrees.From(model, CueTagger.FeatureCount, "cue tagger", "claimextract train cues"), d.FoldPriors[fold]), d.HeldOut[fold]));
                }

                var trees = BoostedTrees.From(SpeakerRankerTrainer.FitTrees(ml, d.Rows, recipe.Options), CueTagger.FeatureCount, "cue tagger", "claimextract train cues");
                var best = d.Decisions.Select(s => Best(trees, s)).ToList();
                foreach (var c in cuts)
                {
                    var (threshold, f1, _, _) = Cut(scored, d.Tp, d.Fp, d.Fn, c);
                    var decisions = best.Select(x => x.Score > threshold ? x.Token : -1).ToArray();
                    references.TryAdd(c, (threshold, decisions));
                    var flips = decisions.Zip(references[c].Decisions).Count(x => x.First != x.Second);
                    lines[c].Add(FormattableString.Invariant($"[t {threshold:F3} cv {f1:F2} add {decisions.Count(x => x >= 0)} flip {flips}]"));
                    if (c == CueCut.Best)
                    {
                        var atReference = best.Select(x => x.Score > references[c].Threshold ? x.Token : -1);
                        treeLines.Add(atReference.Zip(references[c].Decisions).Count(x => x.First != x.Second).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }

                    log.WriteLine(FormattableString.Invariant($"  {recipe.Name} {d.Articles} articles, {c}: cut {threshold:F3} CV F1 {f1:F2}, adds {decisions.Count(x => x >= 0)}, flips {flips}"));
                }
            }

            foreach (var c in cuts)
            {
                log.WriteLine($"STABILITY {recipe.Name} {c}: {string.Join(' ', lines[c])}");
            }

            log.WriteLine($"STABILITY {recipe.Name} trees (flips at the all-articles cut): {string.Join(' ', treeLines)}");
        }
    }

    // A sentence's best candidate under the trees (the first of equal scores, as CueTagger.Find) and the token it would tag: -1
    // when that candidate can head no cue or builds no attribution.
    private static (float Score, int Token) Best(BoostedTrees trees, List<(int Token, float[] Features, bool Eligible)> candidates)
    {
        var (score, token) = (float.NegativeInfinity, -1);
        foreach (var (k, f, eligible) in candidates)
        {
            var s = trees.Score(f);
            if (s > score)
            {
                (score, token) = (s, eligible ? k : -1);
            }
        }

        return (score, token);
    }

    /// <summary>What every recipe of the stability measurement trains on, for one subset of the articles.</summary>
    private sealed record SubsetData(
        int Articles, int Tp, int Fp, int Fn, List<CuePriors> FoldPriors, List<List<SpeakerRankerTrainer.CandidateRow>> FoldRows, List<List<Sentence>> HeldOut,
        List<SpeakerRankerTrainer.CandidateRow> Rows, List<List<(int Token, float[] Features, bool Eligible)>> Decisions)
    {
        public static SubsetData Of(List<PreparedArticle> subset, List<PreparedArticle> all, int folds)
        {
            var (tp, fp, fn) = Base(subset);
            var foldPriors = new List<CuePriors>();
            var foldRows = new List<List<SpeakerRankerTrainer.CandidateRow>>();
            var heldOut = new List<List<Sentence>>();
            for (var fold = 0; fold < folds; fold++)
            {
                var priors = Priors(subset.Where(a => a.Index % folds != fold));
                foldPriors.Add(priors);
                foldRows.Add([.. Examples(subset.Where(a => a.Index % folds != fold), priors).SelectMany(s => s.Rows)]);
                heldOut.Add(Examples(subset.Where(a => a.Index % folds == fold), priors));
            }

            var allPriors = Priors(subset);
            var rows = Examples(subset, allPriors).SelectMany(s => s.Rows).ToList();

            // Every sentence of every article, in order (a sentence without a candidate decides nothing), with its candidates.
            var decisions = new List<List<(int, float[], bool)>>();
            foreach (var a in all)
            {
                var blocked = CueTagger.Blocked(a.Doc, a.Found);
                var bySentence = CueTagger.CandidatesBySentence(a.Doc, blocked, allPriors).ToDictionary(x => x.Sentence, x => x.Tokens.ToList());
                for (var sentence = 0; sentence < a.Doc.Document.Sentences.Count; sentence++)
                {
                    var candidates = new List<(int, float[], bool)>();
                    foreach (var k in bySentence.GetValueOrDefault(sentence) ?? [])
                    {
                        var f = new float[CueTagger.FeatureCount];
                        CueTagger.Features(a.Doc, k, allPriors, blocked, f);
                        var eligible = !CueTagger.NeverACue(a.Doc.Tokens[k].Lower) && !CueTagger.IsLabel(a.Doc, k) && CueTagger.Build(a.Doc, k, blocked, a.Found) is not null;
                        candidates.Add((k, f, eligible));
                    }

                    decisions.Add(candidates);
                }
            }

            return new SubsetData(subset.Count, tp, fp, fn, foldPriors, foldRows, heldOut, rows, decisions);
        }
    }

    /// <summary>
    /// One tagger per fold of the cross-validation by article (article i in fold i % folds), each with its model and prior
    /// table built from the other folds only and the given threshold: what the tagger adds to an article it never saw.
    /// </summary>
    internal static List<CueTagger> FoldTaggers(SpeakerTrainingOptions options, float threshold, TextWriter log)
    {
        var articles = QuoteScorer.ReadJsonLines(options.GoldPath).Select((json, i) => Prepare(json, i)).ToList();
        var ml = new MLContext(seed: options.Seed);
        var taggers = new List<CueTagger>();
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var priors = Priors(articles.Where(a => a.Index % options.Folds != fold));
            var fit = Examples(articles.Where(a => a.Index % options.Folds != fold), priors);
            var model = SpeakerRankerTrainer.FitTrees(ml, fit.SelectMany(s => s.Rows).ToList(), options);
            taggers.Add(new CueTagger(BoostedTrees.From(model, CueTagger.FeatureCount, "cue tagger", "claimextract train cues"), priors.WithThreshold(threshold)));
            log.WriteLine($"fold {fold}: cue tagger from {fit.Count} training sentences");
        }

        return taggers;
    }

    /// <summary>The features of every candidate the tagger scores in an article (CueTagger.Find), in text order.</summary>
    private static IEnumerable<float[]> CandidateVectors(PreparedArticle a, CuePriors priors)
    {
        var blocked = CueTagger.Blocked(a.Doc, a.Found);
        foreach (var (_, tokens) in CueTagger.CandidatesBySentence(a.Doc, blocked, priors))
        {
            foreach (var k in tokens)
            {
                var f = new float[CueTagger.FeatureCount];
                CueTagger.Features(a.Doc, k, priors, blocked, f);
                yield return f;
            }
        }
    }

    /// <summary>The prior table beside the model: <c>cue-tagger.zip</c> → <c>cue-priors.tsv</c>.</summary>
    public static string PriorsPath(string modelPath) => Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", "cue-priors.tsv");

    private static double F1(int tp, int fp, int fn) => tp == 0 ? 0 : 100.0 * 2 * tp / (2 * tp + fp + fn);

    private sealed record GoldAttribution((int Start, int End) Content, List<(int Start, int End)> Cues);

    private sealed record PreparedArticle(int Index, string Text, TokenizedDocument Doc, CodePointMap Map, List<Attribution> Found, List<GoldAttribution> Gold, Dictionary<int, Attribution> MatchedGold);

    private sealed record Scored(float Score, int Article, int Gold, int Replaced);

    private sealed record Sentence(int Article, List<SpeakerRankerTrainer.CandidateRow> Rows, List<int> Gold, List<int> Replaced, List<bool> Silent);

    private static PreparedArticle Prepare(JsonElement json, int index)
    {
        var text = json.GetProperty("text").GetString() ?? "";
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var doc = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var found = AttributionFinder.Find(doc, quotes);
        var map = new CodePointMap(text);
        var gold = new List<GoldAttribution>();
        foreach (var a in json.GetProperty("attributions").EnumerateArray())
        {
            var content = a.GetProperty("content").EnumerateArray().Select(Pair).Where(s => s.End > s.Start).ToList();
            if (content.Count == 0)
            {
                continue;
            }

            var cues = a.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(Pair).ToList() : [];
            gold.Add(new GoldAttribution((content.Min(s => s.Start), content.Max(s => s.End)), cues));
        }

        // The scorer's matching: gold in order, each takes the unused prediction covering most of it (> 0.3).
        var matched = new Dictionary<int, Attribution>();
        var unused = Enumerable.Range(0, found.Count).ToList();
        for (var g = 0; g < gold.Count; g++)
        {
            var best = Best(gold[g].Content, unused.Select(j => (j, Cp(map, found[j].Content))));
            if (best >= 0)
            {
                unused.Remove(best);
                matched.Add(g, found[best]);
            }
        }

        return new PreparedArticle(index, text, doc, map, found, gold, matched);
    }

    private static (int Start, int End) Pair(JsonElement s) => (s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32());

    private static (int Start, int End) Cp(CodePointMap map, Span s) => (map.ToCodePoint(s.Start), map.ToCodePoint(s.End));

    private static int Best((int Start, int End) gold, IEnumerable<(int Index, (int Start, int End) Span)> predictions)
    {
        var length = gold.End - gold.Start;
        var best = -1;
        var bestShare = 0.3;
        foreach (var (j, span) in predictions)
        {
            var share = (double)Math.Max(0, Math.Min(gold.End, span.End) - Math.Max(gold.Start, span.Start)) / length;
            if (share > bestShare)
            {
                best = j;
                bestShare = share;
            }
        }

        return best;
    }

    private static CuePriors Priors(IEnumerable<PreparedArticle> articles)
    {
        var counts = new Dictionary<string, (int Cue, int Total)>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var token in a.Doc.Tokens)
            {
                if (!token.IsWord)
                {
                    continue;
                }

                var start = a.Map.ToCodePoint(token.Span.Start);
                var inCue = a.Gold.Any(g => g.Cues.Any(c => c.Start <= start && start < c.End));
                var (cue, total) = counts.GetValueOrDefault(token.Lower);
                counts[token.Lower] = (cue + (inCue ? 1 : 0), total + 1);
            }
        }

        return new CuePriors(
            counts.Where(kv => kv.Value.Cue >= MinimumCueUses && (double)kv.Value.Cue / kv.Value.Total >= MinimumPrior).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            0f);
    }

    private static List<Sentence> Examples(IEnumerable<PreparedArticle> articles, CuePriors priors)
    {
        var result = new List<Sentence>();
        foreach (var a in articles)
        {
            var blocked = CueTagger.Blocked(a.Doc, a.Found);
            foreach (var (_, tokens) in CueTagger.CandidatesBySentence(a.Doc, blocked, priors))
            {
                var rows = new List<SpeakerRankerTrainer.CandidateRow>();
                var golds = new List<int>();
                var replaced = new List<int>();
                var silent = new List<bool>();
                foreach (var k in tokens)
                {
                    if (CueTagger.Build(a.Doc, k, blocked, a.Found) is not { } built)
                    {
                        continue;
                    }

                    var f = new float[CueTagger.FeatureCount];
                    CueTagger.Features(a.Doc, k, priors, blocked, f);
                    var start = a.Map.ToCodePoint(a.Doc.Tokens[k].Span.Start);
                    var content = Cp(a.Map, built.Content);
                    var gold = -1;
                    for (var g = 0; g < a.Gold.Count && gold < 0; g++)
                    {
                        // A gold attribution the rules matched counts only for the tagged one that takes in the rules' (cueless) quotation.
                        var open = !a.MatchedGold.TryGetValue(g, out var by) || ReferenceEquals(by, built.Absorbs);
                        if (open && a.Gold[g].Cues.Any(c => c.Start <= start && start < c.End) && Best(a.Gold[g].Content, [(0, content)]) == 0)
                        {
                            gold = g;
                        }
                    }

                    rows.Add(new SpeakerRankerTrainer.CandidateRow { Label = gold >= 0, Features = f });
                    golds.Add(gold);
                    silent.Add(CueTagger.NeverACue(a.Doc.Tokens[k].Lower) || CueTagger.IsLabel(a.Doc, k));
                    replaced.Add(built.Absorbs is null ? -2 : a.MatchedGold.FirstOrDefault(kv => ReferenceEquals(kv.Value, built.Absorbs), new(-1, null!)).Key);
                }

                if (rows.Count > 0)
                {
                    result.Add(new Sentence(a.Index, rows, golds, replaced, silent));
                }
            }
        }

        return result;
    }
}
