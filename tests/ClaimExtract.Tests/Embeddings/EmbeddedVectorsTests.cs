using ClaimExtract.Embeddings;

namespace ClaimExtract.Tests.Embeddings;

/// <summary>The table embedded in the library (distilled from all-MiniLM-L6-v2 by scripts/distill-embeddings.sh).</summary>
public class EmbeddedVectorsTests
{
    private static readonly SentenceVectors Table = SentenceVectors.Default;

    [Test]
    public void TheTable_HasBertsUncasedVocabulary_AndTheModelsDimensions()
    {
        Assert.That(Table.Tokenizer.Vocabulary, Has.Count.EqualTo(30522));
        Assert.That(Table.Tokenizer.IdOf("[CLS]"), Is.EqualTo(101));
        Assert.That(Table.Tokenizer.IdOf("[SEP]"), Is.EqualTo(102));
        Assert.That(Table.Dimensions, Is.GreaterThanOrEqualTo(SentenceVectors.ModelDimensions));
    }

    // Tokenizations of bert-base-uncased as its published tokenizer gives them.
    [TestCase("I have a new GPU!", new[] { "i", "have", "a", "new", "gp", "##u", "!" })]
    [TestCase("Hello, how are you?", new[] { "hello", ",", "how", "are", "you", "?" })]
    [TestCase("The café's naïve owner", new[] { "the", "cafe", "'", "s", "naive", "owner" })]
    public void TheEmbeddedVocabulary_TokenizesAsBert(string text, string[] expected)
    {
        Assert.That(Table.Tokenizer.Tokenize(text), Is.EqualTo(expected));
    }

    [Test]
    public void FrequentTokens_WeighLessThanRareOnes()
    {
        Assert.That(Table.Weight(Table.Tokenizer.IdOf("the")), Is.LessThan(0.1f));
        Assert.That(Table.Weight(Table.Tokenizer.IdOf("pledge")), Is.GreaterThan(0.5f));
    }

    [Test]
    public void ParaphrasesAreCloser_ThanUnrelatedSentences()
    {
        var promise = Table.Embed("We will cut taxes for working families.");
        var paraphrase = Table.Embed("Our government pledges to lower taxes on families.");
        var unrelated = Table.Embed("The museum reopened after the storm damaged its roof.");
        Assert.That(Dot(promise, promise), Is.EqualTo(1f).Within(1e-4f));
        Assert.That(Dot(promise, paraphrase), Is.GreaterThan(Dot(promise, unrelated) + 0.1f));
    }

    [Test]
    public void EmbeddingAnAsciiSentence_WithAWarmScratch_AllocatesNothing()
    {
        var scratch = new SentenceVectors.Scratch();
        var target = new float[SentenceVectors.ModelDimensions];
        const string text = "The senator said she would not raise taxes, and then she did it anyway in 2019.";
        Table.Embed(text, target, scratch);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Table.Embed(text, target, scratch);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
