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

    /// <summary>
    /// A corpus's own copy of the linguistic features (<see cref="KindTrainingRow.CorpusLexical"/>): zeros for a statement, so
    /// that the model reads only its shared weights.
    /// </summary>
    [VectorType(KindTrainingRow.CorpusLexicalCount)]
    public float[] CorpusLexical { get; set; } = new float[KindTrainingRow.CorpusLexicalCount];

    public static StatementRow From(StatementFeaturesInput input)
    {
        var modelText = StatementText.ModelText(input);
        var text = StatementText.ReadText(input, modelText);
        return new StatementRow { Text = text, Lexical = StatementText.Features(StatementText.FeatureText(input, modelText)), Embedding = SentenceVectors.Default.Embed(text) };
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

    /// <summary>The length of <see cref="CorpusLexical"/>: the linguistic features and a bias.</summary>
    public const int CorpusLexicalCount = StatementText.FeatureCount + 1;

    /// <summary>
    /// For a sentence labelled by a corpus whose definition departs from the kind's (<see cref="Training.StatementTrainer.OwnCopySources"/>),
    /// its linguistic features again and a 1, in columns of that corpus's own; zeros for every other sentence and at run time
    /// (Daumé III 2007, "frustratingly easy domain adaptation", on the linguistic features alone). Their weights take what is
    /// particular to the corpus's labels (a manifesto's "we will" is often not a pledge); the n-grams stay shared.
    /// </summary>
    [VectorType(CorpusLexicalCount)]
    public float[] CorpusLexical { get; set; } = new float[CorpusLexicalCount];
}
