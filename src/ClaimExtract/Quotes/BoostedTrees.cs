using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimExtract.Quotes;

/// <summary>
/// The boosted trees, read out of the ML.NET model once and walked here: a prediction engine per candidate would
/// cost more than the rest of the quote stage.
/// </summary>
internal sealed class BoostedTrees
{
    private readonly BoostedTree[] _trees;
    private readonly float _bias;

    private BoostedTrees(BoostedTree[] trees, float bias)
    {
        _trees = trees;
        _bias = bias;
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
        var trees = new BoostedTree[ensemble.Trees.Count];
        for (var i = 0; i < trees.Length; i++)
        {
            var t = ensemble.Trees[i];
            if (t.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount))
            {
                throw new InvalidDataException($"the {what} splits on a feature outside the {featureCount} it knows; run '{rebuild}'");
            }

            trees[i] = new BoostedTree([.. t.LeftChild], [.. t.RightChild], [.. t.NumericalSplitFeatureIndexes], [.. t.NumericalSplitThresholds], [.. t.LeafValues], (float)ensemble.TreeWeights[i]);
        }

        return new BoostedTrees(trees, (float)ensemble.Bias);
    }

    public float Score(float[] features)
    {
        var score = _bias;
        foreach (var tree in _trees)
        {
            score += tree.Score(features);
        }

        return score;
    }
}

/// <summary>One regression tree of <see cref="BoostedTrees"/>: a feature at or below its threshold goes left; a negative child is ~leaf.</summary>
internal sealed class BoostedTree(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves, float weight)
{
    public float Score(float[] features)
    {
        if (leaves.Length == 1)
        {
            return weight * (float)leaves[0];
        }

        var node = 0;
        while (node >= 0)
        {
            node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
        }

        return weight * (float)leaves[~node];
    }
}
