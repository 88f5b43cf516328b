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

    // precompiled: the methods of these very trees, compiled ahead of time from the source WriteSource wrote; null: compile them now.
    private BoostedTrees(Node[] nodes, int[] roots, float[] leaf, float bias, int featureCount, Func<float[], float, float>[]? precompiled = null)
    {
        (_nodes, _roots, _leaf, _bias, _featureCount) = (nodes, roots, leaf, bias, featureCount);
        var methods = (roots.Length + TreesPerMethod - 1) / TreesPerMethod;
        Precompiled = precompiled is not null;
        _methods = precompiled ?? new Func<float[], float, float>[methods];
        _rest = new float[methods + 1];
        var rest = 0.0;
        for (var m = methods - 1; m >= 0; m--)
        {
            var trees = MethodTrees(m);
            if (precompiled is null)
            {
                _methods[m] = Compile(trees);
            }

            rest += trees.Sum(i => (double)MaxLeaf(roots[i]));
            _rest[m] = (float)rest;
        }

        _static = [.. _rest];
    }

    /// <summary>Whether the trees run as methods compiled ahead of time (see <see cref="WriteSource"/>) rather than compiled at load.</summary>
    public bool Precompiled { get; }

    private List<int> MethodTrees(int method) =>
        [.. Enumerable.Range(method * TreesPerMethod, Math.Min(TreesPerMethod, _roots.Length - method * TreesPerMethod))];

    private BoostedTrees(BoostedTrees trees, float[] rest)
    {
        (_nodes, _roots, _leaf, _bias, _featureCount, _methods, _static) = (trees._nodes, trees._roots, trees._leaf, trees._bias, trees._featureCount, trees._methods, trees._static);
        Precompiled = trees.Precompiled;
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

        // Calibrated binary trees (their raw score, before the calibrator) or ranking trees (LambdaMART, no calibrator): either
        // scores a vector by the bias plus its trees' weighted leaves.
        var ensemble = (model as ISingleFeaturePredictionTransformer<object>)?.Model switch
        {
            CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> calibrated => calibrated.SubModel.TrainedTreeEnsemble,
            FastTreeRankingModelParameters ranking => ranking.TrainedTreeEnsemble,
            _ => throw new InvalidDataException($"the {what} is a {model.GetType().Name}, not calibrated binary or ranking boosted trees; run '{rebuild}'"),
        };
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

    /// <summary>The trees' compact form beside a model zip: <c>cue-tagger.zip</c> → <c>cue-tagger.trees</c>.</summary>
    public static string PathBeside(string modelPath) => Path.ChangeExtension(modelPath, ".trees");

    private const string CompactMagic = "claimextract boosted trees 1";

    /// <summary>
    /// Writes the trees' compact form (the feature count, bias, roots, nodes and weighted leaves), which the trainers write beside
    /// the model zip and the library embeds: <see cref="Read"/> builds the same trees without loading ML.NET.
    /// </summary>
    public void Write(Stream output)
    {
        using var writer = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(CompactMagic);
        writer.Write(_featureCount);
        writer.Write(_bias);
        writer.Write(_roots.Length);
        foreach (var root in _roots)
        {
            writer.Write(root);
        }

        writer.Write(_nodes.Length);
        foreach (var n in _nodes)
        {
            writer.Write(n.Feature);
            writer.Write(n.Threshold);
            writer.Write(n.Left);
            writer.Write(n.Right);
        }

        writer.Write(_leaf.Length);
        foreach (var v in _leaf)
        {
            writer.Write(v);
        }
    }

    /// <summary>Writes the compact form to <paramref name="path"/>.</summary>
    public void Write(string path)
    {
        using var file = File.Create(path);
        Write(file);
    }

    /// <summary>
    /// Reads what <see cref="Write(Stream)"/> wrote, checked as <see cref="From"/> checks a model: features below
    /// <paramref name="featureCount"/>, every child a later node or a leaf, nothing after the last leaf.
    /// </summary>
    /// <remarks>
    /// The trees run as <paramref name="precompiled"/>'s methods (generated by <see cref="WriteSource"/>) when its checksum is
    /// that of these very bytes; otherwise they are compiled as <see cref="From"/> compiles them.
    /// </remarks>
    public static BoostedTrees Read(Stream compact, int featureCount, string what, string rebuild, (ulong Checksum, Func<float[], float, float>[] Methods)? precompiled = null)
    {
        ArgumentNullException.ThrowIfNull(compact);
        using var bytes = new MemoryStream();
        compact.CopyTo(bytes);
        var methods = precompiled is { } p && p.Checksum == Checksum(bytes.GetBuffer().AsSpan(0, (int)bytes.Length)) ? p.Methods : null;
        bytes.Position = 0;
        return ReadChecked(bytes, featureCount, what, rebuild, methods);
    }

    private static BoostedTrees ReadChecked(MemoryStream compact, int featureCount, string what, string rebuild, Func<float[], float, float>[]? precompiled)
    {
        InvalidDataException Bad(string why) => new($"the {what}'s compact form {why}; run '{rebuild}'");
        try
        {
            using var reader = new BinaryReader(compact, System.Text.Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != CompactMagic)
            {
                throw Bad("was written by another version");
            }

            if (reader.ReadInt32() != featureCount)
            {
                throw Bad($"reads another number of features than the {featureCount} this version computes");
            }

            var bias = reader.ReadSingle();
            var roots = new int[Count(reader, 1 << 16)];
            for (var i = 0; i < roots.Length; i++)
            {
                roots[i] = reader.ReadInt32();
            }

            var nodes = new Node[Count(reader, 1 << 24)];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = new Node(reader.ReadInt32(), reader.ReadSingle(), reader.ReadInt32(), reader.ReadInt32());
            }

            var leaf = new float[Count(reader, 1 << 24)];
            for (var i = 0; i < leaf.Length; i++)
            {
                leaf[i] = reader.ReadSingle();
            }

            if (compact.ReadByte() != -1)
            {
                throw Bad("has bytes after its last leaf");
            }

            // A child is a later node (so that no walk loops) or a leaf; a root is a node or a leaf.
            bool Inside(int child, int after) => child >= 0 ? child > after && child < nodes.Length : ~child < leaf.Length;
            for (var i = 0; i < nodes.Length; i++)
            {
                if (nodes[i].Feature < 0 || nodes[i].Feature >= featureCount || !Inside(nodes[i].Left, i) || !Inside(nodes[i].Right, i))
                {
                    throw Bad("has a node that splits on an unknown feature or whose children lie outside the trees");
                }
            }

            if (roots.Any(r => !Inside(r, -1)))
            {
                throw Bad("has a tree whose root lies outside the trees");
            }

            if (precompiled is not null && precompiled.Length != (roots.Length + TreesPerMethod - 1) / TreesPerMethod)
            {
                precompiled = null;
            }

            return new BoostedTrees(nodes, roots, leaf, bias, featureCount, precompiled);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"the {what}'s compact form is cut short; run '{rebuild}'", e);
        }

        int Count(BinaryReader reader, int most) =>
            reader.ReadInt32() is var n && n >= 0 && n <= most ? n : throw Bad("has a count out of range");
    }

    /// <summary>FNV-1a (64 bits) of a compact form: what the generated source records of the bytes it was written from.</summary>
    internal static ulong Checksum(ReadOnlySpan<byte> compact)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in compact)
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>The generated source beside a model zip: <c>cue-tagger.zip</c> → <c>cue-tagger.trees.g.cs</c>.</summary>
    public static string SourceBeside(string modelPath) => Path.ChangeExtension(modelPath, ".trees.g.cs");

    /// <summary>The class the generated source of a model zip declares: <c>cue-tagger.zip</c> → <c>CueTaggerTrees</c>.</summary>
    public static string SourceClassName(string modelPath) =>
        string.Concat(Path.GetFileNameWithoutExtension(modelPath).Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Trees";

    /// <summary>
    /// Writes C# source of these trees as methods (the same methods of <see cref="TreesPerMethod"/> trees that <see cref="Compile"/>
    /// builds, summing in the same order), in a class <paramref name="className"/> holding them and the checksum of their compact
    /// form. The library embeds the compact form and compiles the source ahead of time, so that a process spends no time
    /// compiling trees at start-up (about 150 ms of CPU for the three models).
    /// </summary>
    public void WriteSource(string path, string className, string what)
    {
        using var compact = new MemoryStream();
        Write(compact);
        var source = new System.Text.StringBuilder();
        source.Append("// <auto-generated/>\n")
            .Append("// The ").Append(what).Append("'s trees as methods, written with its compact form by its trainer (BoostedTrees.WriteSource); do not edit.\n")
            .Append("namespace ClaimExtract.Quotes;\n\n")
            .Append("internal static class ").Append(className).Append("\n{\n")
            .Append("    public const ulong Checksum = 0x").Append(Checksum(compact.ToArray()).ToString("X16", System.Globalization.CultureInfo.InvariantCulture)).Append("UL;\n\n")
            .Append("    public static Func<float[], float, float>[] Methods => [")
            .AppendJoin(", ", Enumerable.Range(0, Methods).Select(m => $"M{m}"))
            .Append("];\n");
        for (var m = 0; m < Methods; m++)
        {
            // One bounds check of x up front, at the largest feature index the method reads: the JIT then drops the check it
            // would otherwise make at each new largest index on a path (`cmp eax, 11 … cmp eax, 17 … cmp eax, 37`). Every caller
            // has checked the length already (CheckLength), so no vector that ran before fails here.
            var largest = MethodTrees(m).Select(i => LargestFeature(_roots[i])).DefaultIfEmpty(-1).Max();
            source.Append("\n    private static float M").Append(m).Append("(float[] x, float score)\n    {\n");
            if (largest >= 0)
            {
                source.Append("        _ = x[").Append(largest).Append("];\n");
            }

            foreach (var i in MethodTrees(m))
            {
                source.Append("        score += ");
                Walk(_roots[i]);
                source.Append(";\n");
            }

            source.Append("        return score;\n    }\n");
        }

        source.Append("}\n");
        File.WriteAllText(path, source.ToString());

        void Walk(int node)
        {
            if (node < 0)
            {
                source.Append(Literal(_leaf[~node]));
                return;
            }

            var n = _nodes[node];
            source.Append("(x[").Append(n.Feature).Append("] <= ").Append(Literal(n.Threshold)).Append(" ? ");
            Walk(n.Left);
            source.Append(" : ");
            Walk(n.Right);
            source.Append(')');
        }

        static string Literal(float value) => float.IsFinite(value)
            ? value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "f"
            : throw new InvalidDataException($"a tree holds {value}, which has no literal");
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

    private int LargestFeature(int node) => node < 0 ? -1 : Math.Max(_nodes[node].Feature, Math.Max(LargestFeature(_nodes[node].Left), LargestFeature(_nodes[node].Right)));

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
