using ClaimExtract.Embeddings;

namespace ClaimExtract.Tests.Embeddings;

/// <summary>A table written for the tests: reading it back, and a text's vector as the weighted mean of its tokens' vectors, normalised.</summary>
public class SentenceVectorsTests
{
    private static readonly string[] Vocabulary = ["[PAD]", "[UNK]", "we", "will", "build", "##s", "the"];

    private static SentenceVectors Table()
    {
        // Three dimensions; "the" weighs little, "[UNK]" nothing special.
        float[] scales = [0.5f, 1f, 2f];
        float[] weights = [1f, 1f, 1f, 0.5f, 1f, 1f, 0.125f];
        sbyte[] vectors =
        [
            0, 0, 0,
            1, 1, 1,
            2, 0, 0,
            0, 4, 0,
            0, 0, 1,
            -2, 0, 0,
            0, 0, 100,
        ];
        using var stream = new MemoryStream();
        SentenceVectors.Write(stream, Vocabulary, scales, weights, vectors);
        stream.Position = 0;
        return SentenceVectors.Read(stream);
    }

    [Test]
    public void ATextsVector_IsTheWeightedMeanOfItsTokens_Normalised()
    {
        var table = Table();
        var vector = new float[3];
        table.Embed("We will build the", vector, new SentenceVectors.Scratch());
        // we (1.0 x [2,0,0]) + will (0.5 x [0,4,0]) + build (1.0 x [0,0,1]) + the (0.125 x [0,0,100]), times the scales [0.5, 1, 2].
        float[] expected = [2 * 0.5f, 2 * 1f, (1 + 12.5f) * 2f];
        var norm = MathF.Sqrt(expected.Sum(v => v * v));
        Assert.That(vector, Is.EqualTo(expected.Select(v => v / norm)).Within(1e-5f));
        Assert.That(table.Dimensions, Is.EqualTo(3));
        Assert.That(table.Weight(6), Is.EqualTo(0.125f));
    }

    [Test]
    public void UniformWeights_AndFewerDimensions_AreTheLeadingOnes()
    {
        var table = Table();
        var vector = new float[2];
        table.Embed("we wills", vector, new SentenceVectors.Scratch(), uniform: true);
        // we [2,0] + will [0,4] + ##s [-2,0] = [0,4] -> scaled [0, 4] -> normalised [0, 1].
        Assert.That(vector, Is.EqualTo(new[] { 0f, 1f }).Within(1e-6f));
    }

    [Test]
    public void ATextWithoutTokens_IsZero()
    {
        var vector = new float[3] { 1, 1, 1 };
        Table().Embed("  ", vector, new SentenceVectors.Scratch());
        Assert.That(vector, Is.All.EqualTo(0f));
    }

    [Test]
    public void ATruncatedOrForeignFile_IsRefused()
    {
        using var stream = new MemoryStream();
        SentenceVectors.Write(stream, Vocabulary, [1f, 1f, 1f], new float[Vocabulary.Length], new sbyte[Vocabulary.Length * 3]);
        var bytes = stream.ToArray();
        Assert.Throws<InvalidDataException>(() => SentenceVectors.Read(new MemoryStream(bytes[..^1])));
        Assert.Throws<InvalidDataException>(() => SentenceVectors.Read(new MemoryStream("PK\u0003\u0004 not a table"u8.ToArray())));
    }
}
