using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// Training is deterministic: the same data and seed give byte-identical model, calibration and compact files (the
/// model zip's entries carry a fixed date), whether or not the held-out sets are scored afterwards,
/// and so identical predictions. Trains twice on one corpus sentence in forty (hand labels all), with
/// one trainer; needs ../shared (skipped on a fresh clone without it).
/// </summary>
[Category("Training")]
public class StatementTrainingTests : TempFolderTest
{
    [Test]
    public void TrainingTwice_GivesIdenticalModels()
    {
        var shared = RepositoryPaths.SharedData ?? throw new IgnoreException("../shared/data is not beside the repository");
        var labels = RepositoryPaths.InRoot("data/statements/labels.tsv");
        StatementTrainingOptions Options(string name) => new(shared, labels, Path.Combine(Folder, name, "statement-model.zip")) { Trainers = ["lbfgs-lr"], Subsample = 40 };

        // The second run scores nothing held out (--no-held-out): the held-out sets play no part in the model.
        var first = Options("a");
        var second = Options("b") with { ScoreHeldOut = false };
        var firstReport = StatementTrainer.Train(first, TextWriter.Null);
        var secondReport = StatementTrainer.Train(second, TextWriter.Null);

        Assert.That(firstReport.HeldOut, Is.Not.Empty);
        Assert.That(secondReport.HeldOut, Is.Empty);
        Assert.That(secondReport.Reliability, Is.Empty);

        Assert.That(File.ReadAllBytes(second.OutputModelPath), Is.EqualTo(File.ReadAllBytes(first.OutputModelPath)));
        Assert.That(File.ReadAllText(second.CalibrationPath), Is.EqualTo(File.ReadAllText(first.CalibrationPath)));
        var inputs = new[] { "We will cut taxes.", "He walked back his remarks.", "Prices rose 3% last year.", "It may rain." }
            .Select(t => new StatementFeaturesInput(t, null, null)).ToList();
        var a = StatementClassifier.Load(first.OutputModelPath, first.CalibrationPath).Predict(inputs);
        var b = StatementClassifier.Load(second.OutputModelPath, second.CalibrationPath).Predict(inputs);
        Assert.That(b.Select(p => (p.Kind, p.Confidence)), Is.EqualTo(a.Select(p => (p.Kind, p.Confidence))));

        // The compact form beside the zip, the same both times, scores as the zip does.
        Assert.That(File.ReadAllBytes(second.CompactPath), Is.EqualTo(File.ReadAllBytes(first.CompactPath)));
        using var compact = File.OpenRead(first.CompactPath);
        using var calibration = File.OpenRead(first.CalibrationPath);
        var c = StatementClassifier.LoadCompact(compact, calibration, () => File.OpenRead(first.OutputModelPath)).Predict(inputs);
        Assert.That(c.Select(p => (p.Kind, p.Confidence)), Is.EqualTo(a.Select(p => (p.Kind, p.Confidence))));
    }
}
