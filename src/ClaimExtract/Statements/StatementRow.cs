using ClaimExtract.Embeddings;
using Microsoft.ML.Data;

namespace ClaimExtract.Statements;

/// <summary>One statement as the ML.NET pipeline sees it when predicting.</summary>
internal sealed class StatementRow
{
    public string Text { get; set; } = "";

    [VectorType(StatementText.FeatureCount)]
    public float[] Lexical { get; set; } = new float[StatementText.FeatureCount];

    /// <summary>The sentence vector of <see cref="Text"/> (<see cref="SentenceVectors"/>).</summary>
    [VectorType(SentenceVectors.ModelDimensions)]
    public float[] Embedding { get; set; } = new float[SentenceVectors.ModelDimensions];

    public static StatementRow From(StatementFeaturesInput input)
    {
        var text = StatementText.ModelText(input);
        return new StatementRow { Text = text, Lexical = StatementText.Features(StatementText.FeatureText(input, text)), Embedding = SentenceVectors.Default.Embed(text) };
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

    /// <summary>The statement's sentence vector, or zeros for a detector that does not read it (<see cref="Training.StatementTrainer.VectorKinds"/>).</summary>
    [VectorType(SentenceVectors.ModelDimensions)]
    public float[] Embedding { get; set; } = new float[SentenceVectors.ModelDimensions];
}
