using System.Linq.Expressions;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimExtract.Quotes;

/// <summary>
/// The boosted trees, read out of the ML.NET model once and compiled to code: each node a comparison of one feature
/// with its threshold, each group of trees one method. A prediction engine per candidate would cost more than the rest
/// of the quote stage, and walking node arrays costs two to three times as much as the compiled trees (a data-dependent
/// jump per node, which the processor mispredicts; a compiled node has a branch of its own).
/// </summary>
internal sealed class BoostedTrees
{
    // Trees per compiled method: a method of more basic blocks than the JIT optimises (about 2,000) would run
    // unoptimised (a whole model of 100 trees in one method scored four times slower), and a score can be cut short
    // between methods (see ScoreAbove). Twenty trees of 16 leaves are about 600 blocks. Both models' scores ran through
    // nearly every method all the same (the tagger 19.45 methods of 20 on average, the ranker 10.78 of 12, on the Zyte
    // pages), and methods of 20 trees score the same vectors in 4–10% less thread time at best than methods of 5, which
    // besides ran at about twice their best in half of the alternated rounds (docs/quotes.md, "Speed (branch qspeed11)").
    internal const int TreesPerMethod = 20;

    // Scores this close to a floor are never cut short: the partial sums and the bound add up in a different order.
    private const float BoundMargin = 1e-3f;

    // Every tree's nodes in one array (checked when read: features below the count, children inside their tree):
    // tree i's root is _roots[i]; a child is a node index into the same array, or ~leaf for a leaf of _leaf (already
    // weighted). A tree of a single leaf has ~leaf as its root.
    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly float[] _leaf;
    private readonly float _bias;
    private readonly int _featureCount;

    // The compiled methods: method m adds the leaves of trees m * TreesPerMethod.. to the score it is given.
    private readonly Func<float[], float, float>[] _methods;

    // _rest[m]: the most methods m.. can add to a score, as the early cut of ScoreAbove takes it; _rest[^1] is 0. Without
    // measured bounds, the sum of their trees' largest leaves (_static); with them (WithBounds), the smaller of that and the
    // bound its trainer measured on the training vectors (TreeBounds).
    private readonly float[] _rest;
    private readonly float[] _static;

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    private BoostedTrees(Node[] nodes, int[] roots, float[] leaf, float bias, int featureCount)
    {
        (_nodes, _roots, _leaf, _bias, _featureCount) = (nodes, roots, leaf, bias, featureCount);
        var methods = (roots.Length + TreesPerMethod - 1) / TreesPerMethod;
        _methods = new Func<float[], float, float>[methods];
        _rest = new float[methods + 1];
        var rest = 0.0;
        for (var m = methods - 1; m >= 0; m--)
        {
            var trees = Enumerable.Range(m * TreesPerMethod, Math.Min(TreesPerMethod, roots.Length - m * TreesPerMethod)).ToList();
            _methods[m] = Compile(trees);
            rest += trees.Sum(i => (double)MaxLeaf(roots[i]));
            _rest[m] = (float)rest;
        }

        _static = [.. _rest];
    }

    private BoostedTrees(BoostedTrees trees, float[] rest)
    {
        (_nodes, _roots, _leaf, _bias, _featureCount, _methods, _static) = (trees._nodes, trees._roots, trees._leaf, trees._bias, trees._featureCount, trees._methods, trees._static);
        _rest = rest;
    }

    /// <summary>Compiled methods of <see cref="TreesPerMethod"/> trees each: a score can be cut short after each but the last.</summary>
    public int Methods => _methods.Length;

    /// <summary>The sum of the largest leaves of the trees of methods <paramref name="method"/>..: the most they can add to any score.</summary>
    public float StaticBound(int method) => _static[method];

    /// <summary>The bound the early cut uses after methods 0..<paramref name="method"/>-1.</summary>
    public float Bound(int method) => _rest[method];

    /// <summary>
    /// The same trees whose early cut takes <paramref name="bounds"/> (measured on the training vectors, <see cref="TreeBounds"/>) as the
    /// most the later methods add, where it is below the sum of their largest leaves.
    /// </summary>
    public BoostedTrees WithBounds(TreeBounds bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.Bounds.Count != Methods - 1)
        {
            throw new ArgumentException($"{bounds.Bounds.Count} bounds for {Methods} methods", nameof(bounds));
        }

        var rest = _static.ToArray();
        for (var m = 1; m < Methods; m++)
        {
            rest[m] = Math.Min(rest[m], bounds.Bounds[m - 1]);
        }

        return new BoostedTrees(this, rest);
    }

    /// <summary>The same trees whose early cut takes the sum of the later trees' largest leaves, which holds for any vector.</summary>
    public BoostedTrees WithoutBounds() => new(this, [.. _static]);

    /// <summary>
    /// What methods m.. add to the score of <paramref name="features"/>, for m = 1..<see cref="Methods"/>-1, into <paramref name="gains"/>
    /// (the full score less the partial sum after method m-1, as <see cref="ScoreAbove"/> sums them).
    /// </summary>
    internal void LaterGains(float[] features, Span<float> gains)
    {
        CheckLength(features);
        Span<float> partial = stackalloc float[_methods.Length + 1];
        var score = _bias;
        partial[0] = score;
        for (var m = 0; m < _methods.Length; m++)
        {
            score = _methods[m](features, score);
            partial[m + 1] = score;
        }

        for (var m = 1; m < _methods.Length; m++)
        {
            gains[m - 1] = score - partial[m];
        }
    }

    public static BoostedTrees From(ITransformer model, int featureCount, string what, string rebuild)
    {
        if (model is TransformerChain<ITransformer> chain)
        {
            model = chain.Last();
        }

        if (model is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>> { Model: { } calibrated })
        {
            throw new InvalidDataException($"the {what} is a {model.GetType().Name}, not calibrated boosted trees; run '{rebuild}'");
        }

        var ensemble = calibrated.SubModel.TrainedTreeEnsemble;
        var roots = new int[ensemble.Trees.Count];
        var nodes = new List<Node>();
        var leaf = new List<float>();
        for (var i = 0; i < ensemble.Trees.Count; i++)
        {
            var t = ensemble.Trees[i];
            if (t.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount))
            {
                throw new InvalidDataException($"the {what} splits on a feature outside the {featureCount} it knows; run '{rebuild}'");
            }

            if (t.LeftChild.Concat(t.RightChild).Any(c => c >= t.LeftChild.Count || c < 0 && ~c >= t.LeafValues.Count))
            {
                throw new InvalidDataException($"the {what} has a tree whose children lie outside it; run '{rebuild}'");
            }

            var nodeBase = nodes.Count;
            var leafBase = leaf.Count;
            int Child(int c) => c >= 0 ? nodeBase + c : ~(leafBase + ~c);
            for (var n = 0; n < t.LeftChild.Count; n++)
            {
                nodes.Add(new Node(t.NumericalSplitFeatureIndexes[n], t.NumericalSplitThresholds[n], Child(t.LeftChild[n]), Child(t.RightChild[n])));
            }

            var weight = ensemble.TreeWeights[i];
            leaf.AddRange(t.LeafValues.Select(v => (float)(weight * v)));
            roots[i] = t.LeftChild.Count == 0 ? ~leafBase : nodeBase;
        }

        return new BoostedTrees([.. nodes], roots, [.. leaf], (float)ensemble.Bias, featureCount);
    }

    /// <summary>The raw score of one feature vector (the bias and the leaves of its trees, summed tree by tree).</summary>
    public float Score(float[] features) => ScoreAbove(features, float.NegativeInfinity);

    /// <summary>
    /// The raw score of one feature vector when it can exceed <paramref name="floor"/>; negative infinity as soon as the
    /// trees left cannot lift it above (otherwise the same score as <see cref="Score"/>: the trees are summed in the same order).
    /// </summary>
    public float ScoreAbove(float[] features, float floor)
    {
        CheckLength(features);
        var cut = floor - BoundMargin;
        var score = _bias;
        var methods = _methods;
        for (var m = 0; m < methods.Length; m++)
        {
            score = methods[m](features, score);
            if (score + _rest[m + 1] < cut)
            {
                return float.NegativeInfinity;
            }
        }

        return score;
    }

    /// <summary>The raw score, walking the node arrays: the reference that the compiled trees are checked against.</summary>
    internal float Interpret(float[] features)
    {
        CheckLength(features);
        var score = _bias;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                var n = _nodes[node];
                node = features[n.Feature] <= n.Threshold ? n.Left : n.Right;
            }

            score += _leaf[~node];
        }

        return score;
    }

    private void CheckLength(float[] features)
    {
        ArgumentNullException.ThrowIfNull(features);
        if (features.Length < _featureCount)
        {
            throw new ArgumentException($"{features.Length} features, not {_featureCount}", nameof(features));
        }
    }

    private float MaxLeaf(int node) => node < 0 ? _leaf[~node] : Math.Max(MaxLeaf(_nodes[node].Left), MaxLeaf(_nodes[node].Right));

    // (score, x) => ((score + tree_i(x)) + tree_i+1(x)) + ...: a tree is nested conditionals ending in leaf constants.
    private Func<float[], float, float> Compile(List<int> trees)
    {
        var x = Expression.Parameter(typeof(float[]), "x");
        var start = Expression.Parameter(typeof(float), "score");
        Expression sum = start;
        foreach (var i in trees)
        {
            sum = Expression.Add(sum, Walk(_roots[i]));
        }

        return Expression.Lambda<Func<float[], float, float>>(sum, x, start).Compile();

        Expression Walk(int node)
        {
            if (node < 0)
            {
                return Expression.Constant(_leaf[~node]);
            }

            var n = _nodes[node];
            return Expression.Condition(
                Expression.LessThanOrEqual(Expression.ArrayIndex(x, Expression.Constant(n.Feature)), Expression.Constant(n.Threshold)),
                Walk(n.Left),
                Walk(n.Right));
        }
    }
}
