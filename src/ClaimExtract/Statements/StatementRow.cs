using Microsoft.ML.Data;

namespace ClaimExtract.Statements;

/// <summary>One statement as the ML.NET pipeline sees it, in training and in prediction.</summary>
internal sealed class StatementRow
{
    public string Text { get; set; } = "";

    [VectorType(StatementText.FeatureCount)]
    public float[] Lexical { get; set; } = new float[StatementText.FeatureCount];

    /// <summary>The kind's lower-case name; empty when predicting.</summary>
    public string Label { get; set; } = "";

    public float Weight { get; set; } = 1;

    public static StatementRow From(StatementFeaturesInput input, string label = "", float weight = 1)
    {
        var text = StatementText.ModelText(input);
        return new StatementRow { Text = text, Lexical = StatementText.Features(StatementText.FeatureText(input, text)), Label = label, Weight = weight };
    }
}

/// <summary>The scores column of the trained model's output.</summary>
internal sealed class StatementScores
{
    public float[] Score { get; set; } = [];
}
