using ClaimExtract.Embeddings;

namespace ClaimExtract.Tests.Embeddings;

/// <summary>
/// BERT's uncased WordPiece tokenization on a small vocabulary written for the tests: lower case, accents stripped,
/// punctuation and CJK ideographs split off, greedy longest pieces, [UNK] for a word no pieces cover.
/// </summary>
public class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = new(
    [
        "[PAD]", "[UNK]", "[CLS]", "[SEP]", "we", "will", "un", "##aff", "##able", "una", "cafe", "!", ",", ".", "'", "s",
        "it", "gp", "unaff", "affable2", "##u", "中", "国", "i", "have", "a", "new", "##s", "##", "#", "###", "$", "1", "##2", "##0", "20",
    ]);

    [TestCase("We will", new[] { "we", "will" })]
    [TestCase("unaffable", new[] { "unaff", "##able" })]
    [TestCase("unaffably", new[] { "[UNK]" })] // greedy: "una" is taken first, and "##ffably" has no pieces; no backtracking to "un"
    [TestCase("affable", new[] { "[UNK]" })] // "##aff" continues a word, it does not start one
    [TestCase("I have a new GPU!", new[] { "i", "have", "a", "new", "gp", "##u", "!" })]
    [TestCase("Café, it's", new[] { "cafe", ",", "it", "'", "s" })]
    [TestCase("CAFÉ", new[] { "cafe" })]
    [TestCase("we\twill\n\u00A0we\u2003will", new[] { "we", "will", "we", "will" })]
    [TestCase("中国", new[] { "中", "国" })]
    [TestCase("wex will", new[] { "[UNK]", "will" })]
    [TestCase("gpus", new[] { "gp", "##u", "##s" })]
    [TestCase("$120", new[] { "$", "1", "##2", "##0" })]
    [TestCase("##", new[] { "#", "#" })]
    [TestCase("we\u0000\u200Bwill", new[] { "[UNK]" })]
    [TestCase("", new string[0])]
    [TestCase("   ", new string[0])]
    public void Tokenize_IsBertsUncasedWordPiece(string text, string[] expected)
    {
        Assert.That(Tokenizer.Tokenize(text), Is.EqualTo(expected));
    }

    [Test]
    public void AWordLongerThanAHundredCharacters_IsUnknown()
    {
        Assert.That(Tokenizer.Tokenize(new string('a', 101) + " we"), Is.EqualTo(new[] { "[UNK]", "we" }));
    }

    [Test]
    public void ASurrogatePairThatIsNotInTheVocabulary_IsUnknown_AndAnUnpairedSurrogateIsDropped()
    {
        Assert.That(Tokenizer.Tokenize("we 😀 will \uD800"), Is.EqualTo(new[] { "we", "[UNK]", "will" }));
    }

    [Test]
    public void AVocabularyWithoutUnk_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => _ = new WordPieceTokenizer(["a", "b"]));
    }
}
