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

/// <summary>The probability columns of the trained model's output: one per detector (<c>other</c> has none).</summary>
internal sealed class StatementScores
{
    [ColumnName("PPromise")]
    public float Promise { get; set; }

    [ColumnName("PRetraction")]
    public float Retraction { get; set; }

    [ColumnName("PPrediction")]
    public float Prediction { get; set; }

    [ColumnName("PClaim")]
    public float Claim { get; set; }
}
