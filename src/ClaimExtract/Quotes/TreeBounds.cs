using System.Globalization;

namespace ClaimExtract.Quotes;

/// <summary>
/// Bounds for the early cut of <see cref="BoostedTrees.ScoreAbove"/>, measured by a model's trainer on its training vectors and
/// written beside the model (<c>cue-tagger.bounds.tsv</c>, <c>speaker-ranker.bounds.tsv</c>). The sum of the later trees' largest
/// leaves, the bound that holds for any vector, is about ten times what the later trees add to any real vector, so that no score was
/// ever cut short with it (docs/quotes.md, "Speed (branch qspeed14)"). Bound m is the most methods m.. (trees
/// m * <see cref="BoostedTrees.TreesPerMethod"/>..) added to any training vector (the tagger: every candidate it scores in the training
/// articles, a superset of its training rows; the ranker: the candidates of its training rows), plus a margin for vectors unlike them: the most
/// that, in a cross-validation by article, the vectors of one fold of articles went above the largest gain of the other folds', twice
/// over, and at least a tenth of the gain. A vector whose later trees add more than its bound can be cut short though its score
/// would have passed the floor; the output on PolNeAR dev and train and on the Zyte pages is checked to stay the same.
/// </summary>
/// <param name="Gains">Per bound, m = 1..methods-1: the largest gain of methods m.. over the training vectors.</param>
/// <param name="Excesses">Per bound: the most one fold's largest gain went above the other folds' (0 when none did).</param>
internal sealed record TreeBounds(IReadOnlyList<float> Gains, IReadOnlyList<float> Excesses)
{
    /// <summary>The margin added to each gain: twice the fold excess, and at least a tenth of the gain.</summary>
    public IReadOnlyList<float> Margins { get; } = Gains.Zip(Excesses, (g, e) => Math.Max(2 * e, Math.Abs(g) / 10)).ToArray();

    /// <summary>What the early cut takes as the most methods m.. add (index m - 1).</summary>
    public IReadOnlyList<float> Bounds => Gains.Zip(Margins, (g, m) => g + m).ToArray();

    /// <summary>The bounds file beside a model: <c>cue-tagger.zip</c> → <c>cue-tagger.bounds.tsv</c>.</summary>
    public static string PathBeside(string modelPath) => Path.ChangeExtension(modelPath, ".bounds.tsv");

    /// <summary>
    /// Measures the bounds of <paramref name="trees"/> on every training vector (with the fold of its article, 0..folds-1, for the
    /// margin).
    /// </summary>
    public static TreeBounds Measure(BoostedTrees trees, IEnumerable<(float[] Features, int Fold)> vectors, int folds)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentNullException.ThrowIfNull(vectors);
        var count = trees.Methods - 1;
        var byFold = new float[folds, Math.Max(count, 0)];
        for (var k = 0; k < folds; k++)
        {
            for (var m = 0; m < count; m++)
            {
                byFold[k, m] = float.NegativeInfinity;
            }
        }

        var gains = new float[Math.Max(count, 0)];
        foreach (var (features, fold) in vectors)
        {
            trees.LaterGains(features, gains);
            for (var m = 0; m < count; m++)
            {
                byFold[fold, m] = Math.Max(byFold[fold, m], gains[m]);
            }
        }

        var largest = new float[Math.Max(count, 0)];
        var excesses = new float[Math.Max(count, 0)];
        for (var m = 0; m < count; m++)
        {
            largest[m] = float.NegativeInfinity;
            for (var k = 0; k < folds; k++)
            {
                largest[m] = Math.Max(largest[m], byFold[k, m]);
            }

            // How far one fold's vectors went above the rest's: what articles unseen in training may add.
            var excess = 0f;
            for (var k = 0; k < folds; k++)
            {
                var others = float.NegativeInfinity;
                for (var j = 0; j < folds; j++)
                {
                    others = j == k ? others : Math.Max(others, byFold[j, m]);
                }

                excess = Math.Max(excess, byFold[k, m] - others);
            }

            excesses[m] = excess;
        }

        return new TreeBounds(largest, excesses);
    }

    /// <summary>Writes the bounds, with the static bound beside each for reference.</summary>
    public void Write(string path, BoostedTrees trees, string what, int vectors)
    {
        ArgumentNullException.ThrowIfNull(trees);
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# {what}: the early cut's bound after each method of {BoostedTrees.TreesPerMethod} trees (raw score): the most the later trees added to any of its {vectors} training vectors, and the most the largest gain of one fold of articles of the cross-validation went above the other folds'; the cut takes the gain plus a margin made of these (TreeBounds)"));
        writer.WriteLine("after_trees\tlargest_gain\tfold_excess\tsum_of_largest_leaves");
        for (var m = 0; m < Gains.Count; m++)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(m + 1) * BoostedTrees.TreesPerMethod}\t{Gains[m]:R}\t{Excesses[m]:R}\t{trees.StaticBound(m + 1):R}"));
        }
    }

    /// <summary>Reads a bounds file written by <see cref="Write"/> for <paramref name="trees"/>; a clear error when it does not fit them.</summary>
    public static TreeBounds Read(Stream tsv, BoostedTrees trees, string rebuild)
    {
        ArgumentNullException.ThrowIfNull(trees);
        using var reader = new StreamReader(tsv);
        var gains = new List<float>();
        var excesses = new List<float>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("after_trees", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 4
                || !int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var after)
                || after != (gains.Count + 1) * BoostedTrees.TreesPerMethod
                || !float.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var gain)
                || !float.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var excess)
                || !(excess >= 0))
            {
                throw new InvalidDataException($"the trees' bounds file has a line it cannot read ('{line}'); run '{rebuild}'");
            }

            gains.Add(gain);
            excesses.Add(excess);
        }

        return gains.Count == trees.Methods - 1
            ? new TreeBounds(gains, excesses)
            : throw new InvalidDataException($"the trees' bounds file has {gains.Count} bounds for {trees.Methods} methods; run '{rebuild}'");
    }
}
