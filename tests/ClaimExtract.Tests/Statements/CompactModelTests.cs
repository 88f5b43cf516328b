using ClaimExtract.Statements;

namespace ClaimExtract.Tests.Statements;

/// <summary>
/// The library reads the embedded statement model from its compact form (<c>statement-model.bin</c>) and loads the ML.NET
/// zip only when a text needs the engine. The compact form must be the one the zip gives, and score exactly as the zip does.
/// </summary>
[Category("Model")]
public class CompactModelTests
{
    private static readonly string[] Sentences =
    [
        "We will build 200 new homes by 2027.",
        "\"Our promise cannot be fulfilled,\" he said.",
        "The senator walked back his pledge to cut taxes.",
        "The war could end up lasting 20 years.",
        "Unemployment fell to 4% last year.",
        "What a day it has been!",
        "Café owners in São Paulo will protest.",
        "A pipe | in the text goes to the engine.",
        "Line one\nline two",
    ];

    [Test]
    public void EmbeddedCompactForm_IsTheOneTheEmbeddedZipGives()
    {
        var fromZip = LoadZip();
        using var written = new MemoryStream();
        fromZip.WriteCompact(written);

        using var embedded = Resource("ClaimExtract.Statements.statement-model.bin");
        using var embeddedBytes = new MemoryStream();
        embedded.CopyTo(embeddedBytes);
        Assert.That(written.ToArray(), Is.EqualTo(embeddedBytes.ToArray()), "statement-model.bin is stale: run 'claimextract train' (scripts/train-all.sh)");
    }

    [Test]
    public void CompactForm_ScoresExactlyAsTheZip_OnBothPaths()
    {
        var fromZip = LoadZip();
        var compact = StatementClassifier.Default;
        var inputs = Sentences.Select(t => new StatementFeaturesInput(t, null, null)).ToList();
        foreach (var engineOnly in new[] { false, true })
        {
            var expected = fromZip.PredictDetectors(inputs, engineOnly);
            var actual = compact.PredictDetectors(inputs, engineOnly);
            for (var i = 0; i < inputs.Count; i++)
            {
                Assert.That(actual[i], Is.EqualTo(expected[i]), $"\"{Sentences[i]}\" (engine only: {engineOnly})");
            }
        }

        var kinds = compact.Predict(inputs);
        var zipKinds = fromZip.Predict(inputs);
        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.That((kinds[i].Kind, kinds[i].Confidence, kinds[i].CheckWorthy), Is.EqualTo((zipKinds[i].Kind, zipKinds[i].Confidence, zipKinds[i].CheckWorthy)));
            Assert.That(kinds[i].Scores, Is.EquivalentTo(zipKinds[i].Scores));
        }
    }

    [Test]
    public void CompactForm_ThatIsCutShort_IsRefusedWithItsReason()
    {
        var whole = CompactBytes();
        foreach (var length in new[] { 0, 10, whole.Length / 2, whole.Length - 1 })
        {
            var error = Assert.Throws<InvalidDataException>(() => LoadCompact(whole[..length]));
            Assert.That(error!.Message, Does.Contain("compact form"), $"cut at {length} of {whole.Length} bytes");
        }
    }

    [Test]
    public void CompactForm_WithBytesAfterIt_IsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => LoadCompact([.. CompactBytes(), 0]));
        Assert.That(error!.Message, Does.Contain("after its last detector"));
    }

    [Test]
    public void CompactForm_OfAnotherVersion_IsRefused()
    {
        var bytes = CompactBytes();
        bytes[10] ^= 0x20; // a letter of the magic string (after its one-byte length) changes case
        var error = Assert.Throws<InvalidDataException>(() => LoadCompact(bytes));
        Assert.That(error!.Message, Does.Contain("another version"));
    }

    private static StatementClassifier LoadZip()
    {
        using var zip = StatementClassifier.EmbeddedZip();
        using var calibration = Resource("ClaimExtract.Statements.statement-calibration.json");
        return StatementClassifier.Load(zip, calibration);
    }

    private static StatementClassifier LoadCompact(byte[] bytes)
    {
        using var compact = new MemoryStream(bytes);
        using var calibration = Resource("ClaimExtract.Statements.statement-calibration.json");
        return StatementClassifier.LoadCompact(compact, calibration, StatementClassifier.EmbeddedZip);
    }

    private static byte[] CompactBytes()
    {
        using var stream = Resource("ClaimExtract.Statements.statement-model.bin");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static Stream Resource(string name) =>
        typeof(StatementClassifier).Assembly.GetManifestResourceStream(name) ?? throw new AssertionException($"{name} is not embedded");
}
