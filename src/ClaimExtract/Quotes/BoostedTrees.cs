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
    // All trees in flat arrays: tree i's nodes start at _nodeStart[i], its leaves at _leafStart[i]. A node's children are
    // node indices within its tree, or ~leaf for a leaf; a feature at or below the threshold goes left.
    private readonly int[] _nodeStart;
    private readonly int[] _leafStart;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly float[] _leaf;
    private readonly float _bias;

    private BoostedTrees(int[] nodeStart, int[] leafStart, int[] left, int[] right, int[] feature, float[] threshold, float[] leaf, float bias)
    {
        (_nodeStart, _leafStart, _left, _right, _feature, _threshold, _leaf, _bias) = (nodeStart, leafStart, left, right, feature, threshold, leaf, bias);
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
        var nodeStart = new int[ensemble.Trees.Count];
        var leafStart = new int[ensemble.Trees.Count];
        List<int> left = [], right = [], feature = [];
        List<float> threshold = [], leaf = [];
        for (var i = 0; i < ensemble.Trees.Count; i++)
        {
            var t = ensemble.Trees[i];
            if (t.NumericalSplitFeatureIndexes.Any(f => f < 0 || f >= featureCount))
            {
                throw new InvalidDataException($"the {what} splits on a feature outside the {featureCount} it knows; run '{rebuild}'");
            }

            nodeStart[i] = left.Count;
            leafStart[i] = leaf.Count;
            left.AddRange(t.LeftChild);
            right.AddRange(t.RightChild);
            feature.AddRange(t.NumericalSplitFeatureIndexes);
            threshold.AddRange(t.NumericalSplitThresholds);
            var weight = ensemble.TreeWeights[i];
            leaf.AddRange(t.LeafValues.Select(v => (float)(weight * v)));
        }

        return new BoostedTrees(nodeStart, leafStart, [.. left], [.. right], [.. feature], [.. threshold], [.. leaf], (float)ensemble.Bias);
    }

    public float Score(float[] features)
    {
        var score = _bias;
        for (var i = 0; i < _nodeStart.Length; i++)
        {
            var start = _nodeStart[i];
            var leaves = _leafStart[i];
            var end = i + 1 < _leafStart.Length ? _leafStart[i + 1] : _leaf.Length;
            if (end - leaves == 1)
            {
                score += _leaf[leaves];
                continue;
            }

            var node = 0;
            while (node >= 0)
            {
                var n = start + node;
                node = features[_feature[n]] <= _threshold[n] ? _left[n] : _right[n];
            }

            score += _leaf[leaves + ~node];
        }

        return score;
    }
}
