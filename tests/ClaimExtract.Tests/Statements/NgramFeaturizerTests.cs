using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// The classifier computes the n-gram features itself from the dictionaries ML.NET saved; its detector probabilities
/// must be those of the ML.NET prediction engine on the same model. Sentences here are written for the tests; the
/// gated test also runs every held-out sentence of the shared corpora and every hand-labelled one.
/// </summary>
[Category("Model")]
public class NgramFeaturizerTests
{
    private static readonly StatementClassifier Classifier = StatementClassifier.Default;

    private static readonly string[] Written =
    [
        "We will build 200 new homes by 2027.",
        "\"Our promise cannot be fulfilled,\" he said.",
        "that she would cut taxes “for every family” — starting next year…",
        "THE SENATOR WALKED BACK HIS REMARKS!!!",
        "  two   spaces  and   more  ",
        "Prices rose 3.5% (about $1,200) last year; unemployment fell to 4%.",
        "It's a deal, isn't it?",
        "x",
        "a b",
        "He said it costs €20 — or £17 — at most.",
        "A pipe | in the text goes to the engine.",
        "Café owners in São Paulo will protest.",
        "Line one\nline two",
        "Tabs\tand\tmore",
        // Line breaks and tabs (a quotation over paragraphs) take the fast path: ML.NET splits words at spaces only.
        "\nWe will build it,\n\nand we will pay for it.\n",
        "The plan will cost $2 billion,\n“and it will be worth it” — the mayor said\t\tlast week.",
        "will\nbuild will build\twill\n build",
        "",
        "   ",
        "the the the the of of, the. the the of the the",
        // Longer than the stack buffer and than the first count table: the table grows, the words are on the heap.
        string.Join(" ", Enumerable.Range(0, 400).Select(i => $"Word{i} we will cut taxes {i % 13} by 20{i % 30:00}.")),
    ];

    [Test]
    public void HandScoredProbabilities_AreTheEngines_OnWrittenSentences()
    {
        AssertSameAsEngine(Written);
    }

    [Test]
    public void PlainSentences_TakeTheFastPath_OthersTheEngine()
    {
        Assert.That(NgramFeaturizer.Covers("We’ll build 200 homes — by 2027."), Is.True);
        Assert.That(NgramFeaturizer.Covers("a | b"), Is.False);
        Assert.That(NgramFeaturizer.Covers("Café"), Is.False);
        Assert.That(NgramFeaturizer.Covers("One paragraph,\nthen\tanother."), Is.True);
        Assert.That(NgramFeaturizer.Covers("A carriage return\r"), Is.False);
        Assert.That(NgramFeaturizer.Covers(""), Is.False);
    }

    [Test]
    [Category("Corpus")]
    public void HandScoredProbabilities_AreTheEngines_OnTheHeldOutAndHandLabelledSentences()
    {
        var shared = RepositoryPaths.SharedData ?? throw new IgnoreException("../shared/data is not beside the repository");
        var sentences = TrainingData.Load(shared, RepositoryPaths.InRoot("data/statements/labels.tsv"), TextWriter.Null)
            .Where(s => s.HandLabelled || TrainingData.IsHeldOut(s))
            .Select(s => s.Text)
            .ToList();
        Assert.That(sentences, Has.Count.GreaterThan(3000));
        Assert.That(sentences.Count(NgramFeaturizer.Covers), Is.GreaterThan(sentences.Count * 0.9), "most sentences take the fast path");

        AssertSameAsEngine(sentences);
    }

    private static void AssertSameAsEngine(IReadOnlyList<string> texts)
    {
        var inputs = texts.Select(t => new StatementFeaturesInput(t, null, null)).ToList();
        var fast = Classifier.PredictDetectors(inputs);
        var engine = Classifier.PredictDetectors(inputs, engineOnly: true);
        var worst = 0f;
        for (var i = 0; i < inputs.Count; i++)
        {
            foreach (var kind in StatementCalibration.DetectorKinds)
            {
                var difference = MathF.Abs(fast[i][kind] - engine[i][kind]);
                Assert.That(difference, Is.LessThan(1e-5f), $"{kind} of \"{texts[i]}\": {fast[i][kind]} by hand, {engine[i][kind]} by ML.NET");
                worst = MathF.Max(worst, difference);
            }
        }

        TestContext.Out.WriteLine($"{inputs.Count} sentences, largest difference {worst:G3}");
    }
}
