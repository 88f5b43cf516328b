using Microsoft.ML.Data;

namespace ClaimExtract.Statements;

/// <summary>One statement as the ML.NET pipeline sees it when predicting.</summary>
internal sealed class StatementRow
{
    public string Text { get; set; } = "";

    [VectorType(StatementText.FeatureCount)]
    public float[] Lexical { get; set; } = new float[StatementText.FeatureCount];

    public static StatementRow From(StatementFeaturesInput input)
    {
        var text = StatementText.ModelText(input);
        return new StatementRow { Text = text, Lexical = StatementText.Features(StatementText.FeatureText(input, text)) };
    }
}

/// <summary>One training example of one kind's yes/no detector.</summary>
internal sealed class KindTrainingRow
{
    public string Text { get; set; } = "";

    [VectorType(StatementText.FeatureCount)]
    public float[] Lexical { get; set; } = new float[StatementText.FeatureCount];

    /// <summary>Whether the sentence is of the detector's kind.</summary>
    public bool Label { get; set; }

    public float Weight { get; set; } = 1;
}
