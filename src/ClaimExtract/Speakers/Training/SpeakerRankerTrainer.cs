using ClaimExtract.Evaluation;
using ClaimExtract.Quotes;
using ClaimExtract.Quotes.Training;
using ClaimExtract.Statements.Training;
using ClaimExtract.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimExtract.Speakers.Training;

/// <summary>What to train the speaker ranker from and where to write it.</summary>
/// <param name="GoldPath">PolNeAR train (<c>../shared/data/polnear/train.jsonl.gz</c>): the only data the ranker learns from.</param>
/// <param name="OutputModelPath">Where to write the model zip (<c>src/ClaimExtract/Speakers/speaker-ranker.zip</c>).</param>
/// <param name="Seed">The seed of ML.NET; the same seed and data give the same model.</param>
/// <param name="Folds">Folds of the cross-validation by article that measures the ranker on articles it did not see.</param>
public sealed record SpeakerTrainingOptions(string GoldPath, string OutputModelPath, int Seed = 1, int Folds = 5)
{
    /// <summary>Boosted trees in the model.</summary>
    public int Trees { get; init; } = 60;

    /// <summary>Leaves of each tree.</summary>
    public int Leaves { get; init; } = 16;

    /// <summary>The boosting's learning rate (shrinkage of each tree).</summary>
    public double LearningRate { get; init; } = 0.2;

    /// <summary>The fewest training examples a leaf may hold.</summary>
    public int MinimumExamplesPerLeaf { get; init; } = 20;

    /// <summary>The share of features each tree may split on (drawn with the seed); 1 for all.</summary>
    public double FeatureFraction { get; init; } = 1;

    /// <summary>For the speaker ranker: the cue tagger (its prior table beside it) that adds attributions before speakers are ranked, as the pipeline does; none when the file is missing.</summary>
    public string? CueTaggerModelPath { get; init; }

    /// <summary>
    /// What the speaker ranker's trees learn: <see cref="SpeakerObjective.Binary"/> (the default) tells each candidate right or wrong on
    /// its own; <see cref="SpeakerObjective.Rank"/> ranks each attribution's candidates as a group (LambdaMART, NDCG). The other trainers
    /// that share these options always fit binary trees.
    /// </summary>
    public SpeakerObjective Objective { get; init; } = SpeakerObjective.Binary;

    /// <summary>With <see cref="SpeakerObjective.Rank"/>: the rank NDCG is truncated at (ML.NET's default 100: all of a group; 1: only the top one counts).</summary>
    public int NdcgTruncation { get; init; } = 100;

    /// <summary>When set, the cross-validated errors on train (one JSON line each: the sentence, cue, gold source, the rules' and the ranker's choice) are written here, for error analysis.</summary>
    public string? ErrorsPath { get; init; }
}

/// <summary>What the speaker ranker's trees are fitted to (<see cref="SpeakerTrainingOptions.Objective"/>).</summary>
public enum SpeakerObjective
{
    /// <summary>Binary classification of each candidate (FastTree, logistic loss); the ranker reads the raw score.</summary>
    Binary,

    /// <summary>Ranking of each attribution's candidates as one group (FastTree ranking: LambdaMART, the label as relevance).</summary>
    Rank,
}

/// <summary>What training did: the examples, and the speaker accuracy of the rules and of the ranker on the attributions the finder matched to gold.</summary>
/// <param name="Articles">Training articles.</param>
/// <param name="MatchedAttributions">Attributions found that match a gold one (overlap &gt; 0.3, the scorer's matching).</param>
/// <param name="Candidates">Candidate speakers over all of them.</param>
/// <param name="CandidateRecall">The share of matched attributions one of whose candidates is right.</param>
/// <param name="RuleAccuracy">The rules' speaker accuracy on the matched attributions.</param>
/// <param name="CrossValidatedAccuracy">The ranker's, each fold of articles scored by a model trained on the other folds.</param>
/// <param name="TrainingAccuracy">The final model's on its own training articles (not held out).</param>
/// <param name="ModelPath">The model written.</param>
/// <param name="ModelBytes">Its size.</param>
public sealed record SpeakerTrainingReport(
    int Articles, int MatchedAttributions, int Candidates, double CandidateRecall, double RuleAccuracy, double CrossValidatedAccuracy, double TrainingAccuracy,
    string ModelPath, long ModelBytes);

/// <summary>
/// Trains <see cref="SpeakerRanker"/>: runs the rule-based finder over PolNeAR train, matches its attributions to the
/// gold ones as the scorer does, and fits boosted trees (FastTree) that tell the gold speaker's candidates
/// (any overlap with the gold source, the scorer's criterion; "nobody" when gold has no source) from the others.
/// </summary>
public static class SpeakerRankerTrainer
{
    public static SpeakerTrainingReport Train(SpeakerTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        CueTagger? tagger = null;
        if (options.CueTaggerModelPath is { } taggerPath && File.Exists(taggerPath) && File.Exists(CueTaggerTrainer.PriorsPath(taggerPath)))
        {
            using var taggerModel = File.OpenRead(taggerPath);
            using var priors = File.OpenRead(CueTaggerTrainer.PriorsPath(taggerPath));
            tagger = CueTagger.Load(taggerModel, priors);
            log.WriteLine($"attributions from the rules and the cue tagger {taggerPath}");
        }

        var gold = QuoteScorer.ReadJsonLines(options.GoldPath).ToList();
        var groups = Examples(gold, tagger);
        var articles = groups.Select(g => g.Article).Distinct().Count();
        var candidates = groups.Sum(g => g.Features.Count);
        log.WriteLine($"{articles} articles, {groups.Count} matched attributions, {candidates} candidates");

        var ml = new MLContext(seed: options.Seed);
        var correctCv = 0;
        using var errors = options.ErrorsPath is { } errorsPath ? new StreamWriter(errorsPath) : null;
        for (var fold = 0; fold < options.Folds; fold++)
        {
            // The cue-source table of the training folds fills its features in every group of this round.
            var cueSources = CueSources.Harvest(gold.Where((_, i) => i % options.Folds != fold));
            Fill(groups, cueSources);
            var fit = groups.Where(g => g.Article % options.Folds != fold).ToList();
            var test = groups.Where(g => g.Article % options.Folds == fold).ToList();
            var ranker = SpeakerRanker.From(Fit(ml, fit, options), cueSources);
            var right = 0;
            foreach (var g in test)
            {
                var chosen = Best(ranker, g);
                if (g.OutcomeCorrect[chosen])
                {
                    right++;
                }
                else
                {
                    errors?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                    {
                        g.Info.Id, g.Info.Sentence, g.Info.Cue, g.Info.Content, g.Info.Gold, g.Info.Rule, Chosen = g.Info.Candidates[chosen],
                        Recall = g.Labels.Any(l => l), g.Info.Candidates,
                    }));
                }
            }

            correctCv += right;
            log.WriteLine($"fold {fold}: {test.Count} attributions, speaker accuracy {Percent(right, test.Count)}");
        }

        var allCueSources = CueSources.Harvest(gold);
        Fill(groups, allCueSources);
        var model = Fit(ml, groups, options);
        var final = SpeakerRanker.From(model, allCueSources);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutputModelPath))!);
        Save(ml, model, SpeakerCandidates.FeatureCount, options.OutputModelPath);
        allCueSources.Write(CueSourcesPath(options.OutputModelPath));

        // The early cut's bounds, measured on every training vector of the final trees.
        var vectors = groups.SelectMany(g => g.Features.Select(f => (f, g.Article % options.Folds))).ToList();
        TreeBounds.Measure(final.Trees, vectors, options.Folds).Write(TreeBounds.PathBeside(options.OutputModelPath), final.Trees, "speaker ranker (claimextract train speakers)", vectors.Count);
        return new SpeakerTrainingReport(
            articles,
            groups.Count,
            candidates,
            Percent(groups.Count(g => g.Labels.Any(l => l)), groups.Count),
            Percent(groups.Count(g => g.RuleCorrect), groups.Count),
            Percent(correctCv, groups.Count),
            Percent(groups.Count(g => Correct(final, g)), groups.Count),
            options.OutputModelPath,
            new FileInfo(options.OutputModelPath).Length);
    }

    /// <summary>The cue-source table beside the model: <c>speaker-ranker.zip</c> → <c>cue-sources.tsv</c>.</summary>
    public static string CueSourcesPath(string modelPath) => Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", "cue-sources.tsv");

    private static void Fill(List<Group> groups, CueSources table)
    {
        foreach (var g in groups)
        {
            var cue = table.Of(g.CueText);
            foreach (var f in g.Features)
            {
                CueSources.Fill(cue, f);
            }
        }
    }

    private static double Percent(int a, int b) => b == 0 ? 0 : Math.Round(100.0 * a / b, 1);

    private static bool Correct(SpeakerRanker ranker, Group g) => g.OutcomeCorrect[Best(ranker, g)];

    private static int Best(SpeakerRanker ranker, Group g)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var i = 0; i < g.Features.Count; i++)
        {
            if (g.Choosable is { } choosable && !choosable[i])
            {
                continue;
            }

            var s = ranker.Score(g.Features[i]);
            if (s > bestScore)
            {
                best = i;
                bestScore = s;
            }
        }

        return best;
    }

    private static ITransformer Fit(MLContext ml, List<Group> groups, SpeakerTrainingOptions options) =>
        options.Objective == SpeakerObjective.Rank
            ? FitRankingTrees(ml, [.. groups.Select(g => g.Features.Select((f, i) => (f, g.Labels[i])).ToList())], options)
            : FitTrees(ml, groups.SelectMany(g => g.Features.Select((f, i) => new CandidateRow { Label = g.Labels[i], Features = f })).ToList(), options);

    /// <summary>
    /// Ranking trees (FastTree ranking, LambdaMART; one thread, the options' seed) on groups of candidates, each group one attribution,
    /// a right candidate of relevance 1 and a wrong one 0; NDCG truncated at <see cref="SpeakerTrainingOptions.NdcgTruncation"/>.
    /// </summary>
    internal static RankingPredictionTransformer<FastTreeRankingModelParameters> FitRankingTrees(MLContext ml, List<List<(float[] Features, bool Right)>> groups, SpeakerTrainingOptions options)
    {
        // A group's rows lie together, as the trainer reads a group; key 0 is missing, so group g is key g + 1.
        var rows = groups.SelectMany((g, id) => g.Select(c => new RankRow { Label = c.Right ? 1 : 0, GroupId = (uint)id + 1, Features = c.Features })).ToList();
        var schema = SchemaDefinition.Create(typeof(RankRow));
        schema[nameof(RankRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, rows.Count > 0 ? rows[0].Features.Length : 1);
        schema[nameof(RankRow.GroupId)].ColumnType = new KeyDataViewType(typeof(uint), Math.Max(1, groups.Count));
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.Ranking.Trainers.FastTree(Forest(
            new FastTreeRankingTrainer.Options { LabelColumnName = nameof(RankRow.Label), RowGroupColumnName = nameof(RankRow.GroupId), NdcgTruncationLevel = options.NdcgTruncation },
            options));
        return trainer.Fit(data);
    }

    /// <summary>Boosted trees (FastTree, one thread, the options' seed) on rows of dense features.</summary>
    internal static BinaryPredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> FitTrees(MLContext ml, List<CandidateRow> rows, SpeakerTrainingOptions options)
    {
        var data = ml.Data.LoadFromEnumerable(rows, Schema(rows.Count > 0 ? rows[0].Features.Length : 1));
        var trainer = ml.BinaryClassification.Trainers.FastTree(Forest(new FastTreeBinaryTrainer.Options { LabelColumnName = nameof(CandidateRow.Label) }, options));
        return trainer.Fit(data);
    }

    // The forest's shape and its one thread and seed, the same for either objective; features in the column named Features.
    private static T Forest<T>(T trainer, SpeakerTrainingOptions options)
        where T : BoostedTreeOptions
    {
        trainer.FeatureColumnName = nameof(CandidateRow.Features);
        trainer.NumberOfTrees = options.Trees;
        trainer.NumberOfLeaves = options.Leaves;
        trainer.MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf;
        trainer.LearningRate = options.LearningRate;
        trainer.FeatureFraction = options.FeatureFraction;
        trainer.NumberOfThreads = 1;
        trainer.Seed = options.Seed;
        return trainer;
    }

    /// <summary>
    /// Writes a model with a fixed date on every entry, so that the same training gives the same bytes, and beside it its trees'
    /// compact form (<see cref="BoostedTrees.PathBeside"/>), which the library reads, and their methods as C# source
    /// (<see cref="BoostedTrees.SourceBeside"/>: <c>cue-tagger.zip</c> → class <c>CueTaggerTrees</c>), which it compiles.
    /// </summary>
    internal static void Save(MLContext ml, ITransformer model, int featureCount, string path)
    {
        var schema = ml.Data.LoadFromEnumerable(Array.Empty<CandidateRow>(), Schema(featureCount)).Schema;
        StatementTrainer.SaveWithoutTimestamps(ml, model, schema, path);
        var trees = BoostedTrees.From(model, featureCount, "model", "claimextract train");
        trees.Write(BoostedTrees.PathBeside(path));
        trees.WriteSource(BoostedTrees.SourceBeside(path), BoostedTrees.SourceClassName(path), Path.GetFileNameWithoutExtension(path).Replace('-', ' '));
    }

    private static SchemaDefinition Schema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(CandidateRow));
        schema[nameof(CandidateRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    /// <summary>One matched attribution: its candidates' features, which are labelled right, and whether choosing each gives a right speaker as the scorer counts it.</summary>
    private sealed record Group(int Article, List<float[]> Features, List<bool> Labels, List<bool> OutcomeCorrect, bool RuleCorrect, string? CueText, GroupInfo Info)
    {
        /// <summary>Candidates the ranker learns from but never chooses (<see cref="SpeakerRanker.Choosable"/>); null: all choosable.</summary>
        public List<bool>? Choosable { get; init; }
    }

    /// <summary>What an error line shows of an attribution: texts of its sentence, cue, content, gold source, rules' speaker and candidates.</summary>
    private sealed record GroupInfo(string Id, string Sentence, string? Cue, string Content, string? Gold, string? Rule, List<string> Candidates);

    private static List<Group> Examples(List<System.Text.Json.JsonElement> articles, CueTagger? tagger)
    {
        var groups = new List<Group>();
        var article = 0;
        foreach (var json in articles)
        {
            var text = json.GetProperty("text").GetString() ?? "";
            var gold = QuoteScorer.Gold([json]).Values.Single();
            var document = TextDocument.Create(text);
            var quotes = QuoteScanner.Scan(document);
            var doc = new TokenizedDocument(document, quotes.Select(q => q.Inner));
            var found = AttributionFinder.Find(doc, quotes);
            if (tagger is not null)
            {
                found = tagger.Add(doc, found);
            }

            var map = new CodePointMap(text);
            (int Start, int End) Cp(Span s) => (map.ToCodePoint(s.Start), map.ToCodePoint(s.End));

            var traits = new TokenTraits(doc);
            var previousHead = new string?[found.Count];
            for (var i = 1; i < found.Count; i++)
            {
                previousHead[i] = SpeakerRanker.HeadOf(doc, found[i - 1].Speaker) ?? previousHead[i - 1];
            }

            var unused = Enumerable.Range(0, found.Count).ToList();
            foreach (var g in gold)
            {
                var length = g.Span.End - g.Span.Start;
                var best = -1;
                var bestShare = 0.3;
                foreach (var j in unused)
                {
                    var share = (double)Overlap(g.Span, Cp(found[j].Content)) / length;
                    if (share > bestShare)
                    {
                        best = j;
                        bestShare = share;
                    }
                }

                if (best < 0)
                {
                    continue;
                }

                unused.Remove(best);
                var a = found[best];
                bool Right(Span? speaker) => g.Speaker is { } gs ? speaker is { } s && Overlap(gs, Cp(s)) > 0 : speaker is null;

                var features = new List<float[]>();
                var labels = new List<bool>();
                var outcomes = new List<bool>();
                var list = SpeakerCandidates.Generate(traits, a);
                var context = new AfterRankerContext(traits, a, list);
                foreach (var c in list)
                {
                    var f = new float[SpeakerCandidates.FeatureCount];
                    SpeakerCandidates.Features(traits, a, c, previousHead[best], f);
                    features.Add(f);
                    labels.Add(c.Type == MentionType.None ? g.Speaker is null : Right(c.Span));
                    outcomes.Add(Right(SpeakerRanker.AfterRanker(context, SpeakerRanker.Choose(a, c, text)).Speaker));
                }

                SpeakerCandidates.RankFeatures(traits, a, list, [.. features]);

                var info = new GroupInfo(
                    json.TryGetProperty("id", out var id) ? id.ToString() : article.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Around(text, a),
                    a.CueText,
                    Clip(a.Content.Of(text)),
                    g.Speaker is { } gsp ? Clip(Slice(text, map, gsp)) : null,
                    a.Speaker?.Of(text),
                    [.. list.Select(c => c.Type == MentionType.None ? "None:-" : $"{c.Type}:{c.Span.Of(text)}")]);
                groups.Add(new Group(article, features, labels, outcomes, Right(a.Speaker), a.CueText, info) { Choosable = [.. list.Select(c => SpeakerRanker.Choosable(doc, c))] });
            }

            article++;
        }

        return groups;
    }

    private static string Clip(string s) => s.Length <= 160 ? s : s[..160] + "…";

    private static string Slice(string text, CodePointMap map, (int Start, int End) codePoints)
    {
        // A code point index is never above its UTF-16 index.
        var start = Math.Min(codePoints.Start, text.Length);
        while (start < text.Length && map.ToCodePoint(start) < codePoints.Start)
        {
            start++;
        }

        var end = start;
        while (end < text.Length && map.ToCodePoint(end) < codePoints.End)
        {
            end++;
        }

        return text[start..end];
    }

    // The text from 200 characters before the attribution's first span to 60 after its last, on one line.
    private static string Around(string text, Attribution a)
    {
        var first = Math.Min(a.Content.Start, a.Cue?.Start ?? a.Content.Start);
        var last = Math.Max(a.Content.End, a.Cue?.End ?? a.Content.End);
        var from = Math.Max(0, first - 200);
        var to = Math.Min(text.Length, Math.Min(last, first + 400) + 60);
        return text[from..to].Replace('\n', ' ');
    }

    private static int Overlap((int Start, int End) a, (int Start, int End) b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>One candidate of a ranking group: its relevance (1 right, 0 wrong), its group (a key from 1) and its features.</summary>
    internal sealed class RankRow
    {
        public float Label { get; set; }

        public uint GroupId { get; set; }

        public float[] Features { get; set; } = [];
    }

    /// <summary>One candidate: its features and whether it is right.</summary>
    internal sealed class CandidateRow
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }
}
