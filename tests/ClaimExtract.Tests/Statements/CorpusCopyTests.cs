using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;
using Microsoft.ML;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// A corpus whose labels follow a definition of their own (the manifestos' pledges) gives its sentences their own copy of
/// the linguistic features when training, each such sentence once with the copy and once without (docs/statements.md,
/// sixteenth round); a statement never has one, so the model reads only the shared weights, and the classifier still
/// computes the n-grams itself. Sentences here are written for the tests.
/// </summary>
public class CorpusCopyTests
{
    [TestCase("fornaciari2021", false, true)]
    [TestCase("fornaciari2021", true, false)]
    [TestCase("subramanian2019", false, false)]
    [TestCase("checkthat2024_train", false, false)]
    [TestCase("polnear-train", true, false)]
    public void OnlyTheCorpusLabelsOfAManifesto_HaveTheirOwnCopy(string source, bool handLabelled, bool ownCopy)
    {
        var sentence = new LabelledSentence(source, "doc/1", "We will review the laws on wages.", StatementKind.Other, handLabelled);

        Assert.That(StatementTrainer.HasOwnCopy(sentence), Is.EqualTo(ownCopy));
    }

    [TestCase("fornaciari2021", 2)]
    [TestCase("subramanian2019", 1)]
    public void AManifestoRow_IsTrainedWithAndWithoutItsCopy_AtHalfTheWeight(string source, int expectedRows)
    {
        var sentence = new LabelledSentence(source, "doc/1", "We will raise the minimum wage.", StatementKind.Promise, false);

        var rows = StatementTrainer.TrainingRows(sentence, true, 3f, StatementKind.Promise).ToList();

        Assert.That(rows, Has.Count.EqualTo(expectedRows));
        Assert.That(rows.Sum(r => r.Weight), Is.EqualTo(3f));
        Assert.That(rows.Count(r => r.CorpusLexical.Any(v => v != 0)), Is.EqualTo(expectedRows - 1));
        foreach (var row in rows.Where(r => r.CorpusLexical.Any(v => v != 0)))
        {
            Assert.That(row.CorpusLexical, Is.EqualTo(row.Lexical.Append(1f)));
        }
    }

    [TestCase("We will review the laws on wages.", null, null)]
    [TestCase("that she would cut taxes", "pledged", "indirect")]
    public void AStatement_HasNoCorpusCopy(string text, string? cue, string? quoteType)
    {
        var row = StatementRow.From(new StatementFeaturesInput(text, cue, quoteType));

        Assert.That(row.CorpusLexical, Has.Length.EqualTo(KindTrainingRow.CorpusLexicalCount).And.All.EqualTo(0f));
    }

    [Category("Model")]
    [Test]
    public void TheEmbeddedModel_IsScoredByTheLibrarysOwnNgrams()
    {
        Assert.That(StatementClassifier.Default.ComputesNgrams, Is.True, "the model's layout (with the corpus copy) must keep the fast path");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Detectors_AreFittedAndScored_WithOrWithoutAManifesto(bool withManifesto)
    {
        var sentences = new List<LabelledSentence>
        {
            new("polnear-train", "a:0-10", "We will build new schools next year.", StatementKind.Promise, true),
            new("polnear-train", "a:11-20", "The senator walked back his remarks on Monday.", StatementKind.Retraction, true),
            new("polnear-train", "b:0-10", "Unemployment could rise again next spring.", StatementKind.Prediction, true),
            new("polnear-train", "b:11-20", "Prices rose 3% last year.", StatementKind.Claim, true),
            new("polnear-train", "c:0-10", "What a wonderful evening it was.", StatementKind.Other, true),
            new("subramanian2019", "r/1", "A new government will fund ten new clinics.", StatementKind.Promise, false),
            new("subramanian2019", "r/2", "The clinics opened in 2010.", StatementKind.Claim, false),
        };
        if (withManifesto)
        {
            sentences.Add(new("fornaciari2021", "m/1", "We will review the laws on wages.", StatementKind.Other, false));
            sentences.Add(new("fornaciari2021", "m/2", "We will raise the minimum wage to 300 rupees.", StatementKind.Promise, false));
        }

        var ml = new MLContext(seed: 1);
        var model = StatementTrainer.FitDetectors(ml, sentences, "lbfgs-lr", StatementCalibration.DetectorKinds, TextWriter.Null);
        var scores = StatementTrainer.Score(ml, model, sentences, StatementCalibration.DetectorKinds);

        Assert.That(scores, Has.Length.EqualTo(sentences.Count));
        Assert.That(scores.Select(s => s.Promise), Has.All.InRange(0f, 1f));
    }
}
