using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Tests.Statements;

public class StatementEvaluationTests
{
    [Test]
    public void ManifestoGroup_PutsTheTwoNearlyIdentical2004IncManifestosTogether()
    {
        Assert.That(StatementEvaluation.ManifestoGroup("EnglishIndiaMiMacdataset5_2004INCmanifesto"),
            Is.EqualTo(StatementEvaluation.ManifestoGroup("EnglishIndiaMiMacdataset6_2004INCmanifesto")));
        Assert.That(StatementEvaluation.ManifestoGroup("EnglishIndiaMiMacdataset5_2004BJPmanifesto"),
            Is.Not.EqualTo(StatementEvaluation.ManifestoGroup("EnglishIndiaMiMacdataset5_2004INCmanifesto")));
        Assert.That(StatementEvaluation.ManifestoGroup("EnglishIndiaMiMacdataset8_1999INCManifesto"),
            Is.Not.EqualTo(StatementEvaluation.ManifestoGroup("EnglishIndiaMiMacdataset4_2009INCmanifesto")));
    }

    [Test]
    public void SelectionFold_KeepsADocumentInOneFold_AndUsesEveryFold()
    {
        var sentences = Enumerable.Range(0, 200)
            .SelectMany(d => Enumerable.Range(0, 3).Select(i => new LabelledSentence("polnear-train", $"article{d}:{i * 100}-{i * 100 + 50}", "text", StatementKind.Claim, true)))
            .ToList();

        var foldsPerDocument = sentences.GroupBy(TrainingData.DocumentOf).Select(g => g.Select(StatementTrainer.SelectionFold).Distinct().Count());
        var folds = sentences.Select(StatementTrainer.SelectionFold).Distinct().Order().ToList();

        Assert.That(foldsPerDocument, Is.All.EqualTo(1));
        Assert.That(folds, Is.EqualTo(Enumerable.Range(0, StatementTrainer.SelectionFolds).ToList()));
    }
}
