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

    [Test]
    public void CheckThatSentences_NeighbouringIdsShareAFold_AndTheBlocksUseEveryFold()
    {
        var sentences = Enumerable.Range(0, 40 * TrainingData.DebateBlock).Select(id => new LabelledSentence("checkthat2024_train", id.ToString(System.Globalization.CultureInfo.InvariantCulture), "text", StatementKind.Other, false)).ToList();

        var foldsPerBlock = sentences.GroupBy(s => int.Parse(s.Key, System.Globalization.CultureInfo.InvariantCulture) / TrainingData.DebateBlock)
            .Select(g => g.Select(StatementTrainer.SelectionFold).Distinct().Count());
        var folds = sentences.Select(StatementTrainer.SelectionFold).Distinct().Order().ToList();

        Assert.That(foldsPerBlock, Is.All.EqualTo(1));
        Assert.That(folds, Is.EqualTo(Enumerable.Range(0, StatementTrainer.SelectionFolds).ToList()));
    }
}

/// <summary>The hand labels file: each sentence labelled once.</summary>
public class StatementLabelsTests : TempFolderTest
{
    [Test]
    public void TheRepositoryLabels_HaveNoOverlappingSpans()
    {
        var labels = TrainingData.ReadLabels(RepositoryPaths.InRoot("data/statements/labels.tsv"));

        Assert.That(labels, Has.Count.GreaterThan(2000));
        Assert.That(TrainingData.FirstOverlap(labels), Is.Null);
    }

    [Test]
    public void TheSixthPassLabels_OverlapNoOtherLabel_AndLieInTrainingDocumentsOnly()
    {
        // data/statements/labels-lex6.tsv is not read by default (docs/statements.md, twelfth round), but a later round may train
        // on it with labels.tsv: the two together must still label each sentence once and leave the held-out split as it is.
        var sixth = TrainingData.ReadLabels(RepositoryPaths.InRoot("data/statements/labels-lex6.tsv"));
        var all = TrainingData.ReadLabels(RepositoryPaths.InRoot("data/statements/labels.tsv")).Concat(sixth).ToList();
        var heldOut = sixth.Where(l => TrainingData.IsHeldOut(new LabelledSentence(l.Source,
            l.Source.StartsWith("polnear-", StringComparison.Ordinal) ? $"{l.Id}:{l.Start}-{l.End}" : l.Id, "", l.Label, true)));

        Assert.That(sixth, Has.Count.GreaterThan(400));
        Assert.That(TrainingData.FirstOverlap(all), Is.Null);
        Assert.That(heldOut, Is.Empty);
    }

    [Test]
    public void TheSixthPassLabels_PointAtTheSpansTheirHashesName()
    {
        var shared = RepositoryPaths.SharedData ?? throw new IgnoreException("../shared/data is not beside the repository");
        var labels = RepositoryPaths.InRoot("data/statements/labels.tsv");
        var sixth = RepositoryPaths.InRoot("data/statements/labels-lex6.tsv");
        var path = Path.Combine(Folder, "labels.tsv");
        File.WriteAllLines(path, File.ReadLines(labels).Concat(File.ReadLines(sixth)));

        // Load checks every span against its SHA-256 prefix and throws on the first that differs.
        var hand = TrainingData.Load(shared, path, TextWriter.Null).Count(s => s.HandLabelled);

        Assert.That(hand, Is.EqualTo(TrainingData.ReadLabels(labels).Count + TrainingData.ReadLabels(sixth).Count));
    }

    [Test]
    public void TheRandomSampleLabels_OverlapNoOtherLabel_AndPointIntoPolNearTrain()
    {
        // data/statements/labels-random25.tsv (GUIDE.md, seventh pass) is a random sample of extracted statements; a round that
        // trains on it reads it with labels.tsv (and perhaps labels-lex6.tsv): all three together must label each span once.
        var random = TrainingData.ReadLabels(RepositoryPaths.InRoot("data/statements/labels-random25.tsv"));
        var all = TrainingData.ReadLabels(RepositoryPaths.InRoot("data/statements/labels.tsv"))
            .Concat(TrainingData.ReadLabels(RepositoryPaths.InRoot("data/statements/labels-lex6.tsv"))).Concat(random).ToList();

        Assert.That(random, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(random.Select(l => l.Source).Distinct(), Is.EqualTo(new[] { "polnear-train" }));
        Assert.That(TrainingData.FirstOverlap(all), Is.Null);
    }

    [Test]
    public void TheRandomSampleLabels_PointAtTheSpansTheirHashesName()
    {
        var shared = RepositoryPaths.SharedData ?? throw new IgnoreException("../shared/data is not beside the repository");
        var labels = RepositoryPaths.InRoot("data/statements/labels.tsv");
        var random = RepositoryPaths.InRoot("data/statements/labels-random25.tsv");
        var path = Path.Combine(Folder, "labels.tsv");
        File.WriteAllLines(path, File.ReadLines(labels).Concat(File.ReadLines(random)));

        // Load checks every span against its SHA-256 prefix and throws on the first that differs.
        var hand = TrainingData.Load(shared, path, TextWriter.Null).Count(s => s.HandLabelled);

        Assert.That(hand, Is.EqualTo(TrainingData.ReadLabels(labels).Count + TrainingData.ReadLabels(random).Count));
    }

    [Test]
    public void OverlappingSpansOfOneArticle_AreAClearError_AndAdjacentOnesAreNot()
    {
        var path = Path.Combine(Folder, "labels.tsv");
        File.WriteAllLines(path, ["source\tid\tstart\tend\tsha256\tlabel\tmined_by", "polnear-train\ta\t0\t50\t000000000000\tclaim\tret",
            "polnear-train\ta\t50\t90\t000000000000\tother\tret", "polnear-train\tb\t10\t60\t000000000000\tclaim\tret"]);
        Assert.That(TrainingData.ReadLabels(path), Has.Count.EqualTo(3));

        File.AppendAllLines(path, ["polnear-train\tb\t40\t80\t000000000000\tclaim\tlex2"]);
        var error = Assert.Throws<InvalidDataException>(() => TrainingData.ReadLabels(path));
        Assert.That(error!.Message, Does.Contain("b 10-60 and 40-80 overlap"));
    }
}
