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

/// <summary>Trains <see cref="CueTagger"/> on PolNeAR train: word priors, then boosted trees telling the cue words of missed attributions from the rest.</summary>
public static class CueTaggerTrainer
{
    private const int MinimumCueUses = 3;
    private const double MinimumPrior = 0.05;

    /// <summary>Boosted trees in the cue tagger: the default of <c>claimextract train cues</c>, and the trees of the fold taggers the verifier is trained behind.</summary>
    public const int Trees = 100;

    public static CueTrainingReport Train(SpeakerTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var articles = QuoteScorer.ReadJsonLines(options.GoldPath).Select((json, i) => Prepare(json, i)).ToList();
        var ml = new MLContext(seed: options.Seed);
        var baseTp = articles.Sum(a => a.MatchedGold.Count);
        var baseFp = articles.Sum(a => a.Found.Count - a.MatchedGold.Count);
        var baseFn = articles.Sum(a => a.Gold.Count - a.MatchedGold.Count);

        // Cross-validation by article: priors and model from the other folds; every sentence's best score kept.
        var scored = new List<(float Score, int Article, int Gold, int Replaced)>();
        var candidateCount = 0;
        for (var fold = 0; fold < options.Folds; fold++)
        {
            var priors = Priors(articles.Where(a => a.Index % options.Folds != fold));
            var fit = Examples(articles.Where(a => a.Index % options.Folds != fold), priors);
            var model = SpeakerRankerTrainer.FitTrees(ml, fit.SelectMany(s => s.Rows).ToList(), options);
            var tagger = new CueTagger(BoostedTrees.From(model, CueTagger.FeatureCount, "cue tagger", "claimextract train cues"), priors);
            foreach (var sentence in Examples(articles.Where(a => a.Index % options.Folds == fold), priors))
            {
                candidateCount += sentence.Rows.Count;
                var best = sentence.Rows.Select((r, i) => (Score: tagger.Score(r.Features), i)).MaxBy(p => p.Score);

                // A sentence whose best candidate can head no cue (an adverb, a label) gets nothing at inference (CueTagger.Find).
                if (!sentence.Silent[best.i])
                {
                    scored.Add((best.Score, sentence.Article, sentence.Gold[best.i], sentence.Replaced[best.i]));
                }
            }

            log.WriteLine($"fold {fold}: {fit.Count} training sentences");
        }

        // The threshold with the best overall F1 (a gold attribution counts once).
        scored.Sort((x, y) => y.Score.CompareTo(x.Score));
        var bestF1 = F1(baseTp, baseFp, baseFn);
        var rulesF1 = bestF1;
        var threshold = float.PositiveInfinity;
        var seen = new HashSet<(int, int)>();
        int tp = 0, fp = 0, bestAdded = 0, bestRight = 0;
        foreach (var (score, article, gold, replaced) in scored)
        {
            // A tagged attribution that takes in a cueless quotation of the rules replaces it: the quotation's match
            // (or its false positive) goes with it.
            if (replaced >= 0 && replaced == gold)
            {
                continue;
            }

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

            var f1 = F1(baseTp + tp, baseFp + fp, baseFn - tp);
            if (f1 > bestF1)
            {
                (bestF1, threshold, bestAdded, bestRight) = (f1, score, tp + fp, tp);
            }
        }

        // The threshold sits just under the last score taken.
        threshold = float.IsPositiveInfinity(threshold) ? float.MaxValue : threshold - 1e-4f;
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
