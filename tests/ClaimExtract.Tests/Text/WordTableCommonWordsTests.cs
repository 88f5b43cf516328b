using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// The common words every article's word table shares (speed112, <see cref="WordTable.CommonWords"/>): a form that is one, or one
/// capitalised, takes the shared string, an ASCII form that opens with a capital and whose lower case is one takes it as its lower
/// case, and either way each form's string, lower case, lower case's hash and ASCII flag are what the table worked out per form before
/// (the string made from the text, <see cref="Token.LowerInvariant"/>, its <see cref="WordTable.Hash"/>, <c>Ascii.IsValid</c>).
/// Sentences written for these tests.
/// </summary>
public class WordTableCommonWordsTests
{
    private const string First = "The Governor said on Friday that the bridge would open. THE GOVERNOR’s aide, Zorbleck Quandry, said the café in Zürich was closed. GOVERNOR Hale agreed.";

    private const string Second = "Zorbleck Quandry said the Governor had said nothing about the bridge, and the mayor’s office declined to comment. GOVERNOR Hale did not.";

    private static IEnumerable<TestCaseData> Texts() =>
    [
        new(First, false), new(First, true), new(Second, false), new(Second, true),
        new(string.Concat(Enumerable.Repeat(First + " " + Second + "\n\n", 30)), false),
        new("İSTANBUL İstanbul STRASSE Straße K k a-B U.S. Mr. MR. it’s IT’S Don't DON'T 42nd 42ND x X ab AB", false),
    ];

    [TestCaseSource(nameof(Texts))]
    public void EachForm_ReadsAsWorkedOutPerForm(string text, bool reusing)
    {
        var doc = Tokens(text, reusing);
        var words = doc.Words;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var span = doc.Tokens[i].Span;
            Assert.That(words.Values[words.FormOf[i]], Is.EqualTo(text[span.Start..span.End]), $"token {i}");
        }

        for (var f = 0; f < words.Count; f++)
        {
            var value = words.Values[f];
            var lower = Token.LowerInvariantAscii(value, out var ascii);
            Assert.That((words.Lowers[f], words.LowerHash(f), words.IsAscii(f)), Is.EqualTo((lower, WordTable.Hash(lower), ascii)), value);
            Assert.That(words.IndexOf(value), Is.EqualTo(f), value);
        }
    }

    [TestCase(false)]
    [TestCase(true)]
    public void CommonWords_AreOneStringInEveryArticle_OtherWordsEachArticlesOwn(bool reusing)
    {
        var first = Tokens(First, reusing: false);
        var firstWords = first.Words.Values.Take(first.Words.Count).ToList();
        var firstLowers = first.Words.Lowers.Take(first.Words.Count).ToList();
        var second = Tokens(Second, reusing);
        string Value(WordTable words, string form) => words.Values[words.IndexOf(form)];
        string Lower(WordTable words, string form) => words.Lowers[words.IndexOf(form)];
        foreach (var word in new[] { "said", "the" })
        {
            Assert.That(Value(second.Words, word), Is.SameAs(firstWords[first.Words.IndexOf(word)]), word);
            Assert.That(Lower(second.Words, word), Is.SameAs(Value(second.Words, word)), word);
        }

        // "Governor" (a common word capitalised) is shared, and so is its lower case; "GOVERNOR" is each article's own string, with the
        // shared lower case.
        Assert.That(Value(second.Words, "Governor"), Is.SameAs(firstWords[first.Words.IndexOf("Governor")]));
        Assert.That(Lower(second.Words, "Governor"), Is.SameAs(firstLowers[first.Words.IndexOf("Governor")]));
        Assert.That(Lower(second.Words, "Governor"), Is.SameAs(Lower(second.Words, "GOVERNOR")));
        Assert.That(Value(second.Words, "GOVERNOR"), Is.EqualTo("GOVERNOR"));
        Assert.That(Value(second.Words, "GOVERNOR"), Is.Not.SameAs(firstWords[first.Words.IndexOf("GOVERNOR")]));
        foreach (var word in new[] { "Zorbleck", "Quandry" })
        {
            Assert.That(Value(second.Words, word), Is.EqualTo(word));
            Assert.That(Value(second.Words, word), Is.Not.SameAs(firstWords[first.Words.IndexOf(word)]), word);
            Assert.That(Lower(second.Words, word), Is.Not.SameAs(firstLowers[first.Words.IndexOf(word)]), word);
        }
    }

    [Test]
    public void EveryCommonWord_IsFoundAsWritten_AndAsTheLowerCaseOfItsCapitalisedForms()
    {
        var all = WordTable.CommonWords.All;
        Assert.That(all, Has.Count.EqualTo(WordTable.CommonWords.Size));
        Assert.That(all.Concat(WordTable.CommonWords.Capitalised), Is.Unique);
        Assert.That(WordTable.CommonWords.Capitalised, Is.EqualTo(all.Where(w => char.IsAsciiLetterLower(w[0])).Select(w => char.ToUpperInvariant(w[0]) + w[1..])));
        foreach (var capitalised in WordTable.CommonWords.Capitalised)
        {
            Assert.That(WordTable.CommonWords.Find(capitalised, WordTable.Hash(capitalised)), Is.SameAs(capitalised));
        }

        foreach (var word in all)
        {
            Assert.That(word, Is.EqualTo(Token.LowerInvariant(word)));
            Assert.That(WordTable.CommonWords.Find(word, WordTable.Hash(word)), Is.SameAs(word));
            Assert.That(WordTable.CommonWords.LowerCaseOf(word, out _), Is.Null, word);
            foreach (var written in new[] { char.ToUpperInvariant(word[0]) + word[1..], word.ToUpperInvariant() })
            {
                var expected = char.IsAsciiLetterUpper(written[0]) ? word : null;
                Assert.That(WordTable.CommonWords.LowerCaseOf(written, out var hash), Is.SameAs(expected), written);
                Assert.That(hash, Is.EqualTo(expected is null ? 0 : WordTable.Hash(word)), written);
            }
        }
    }

    [Test]
    public void LowerCaseOf_AnswersAsTheLowerCaseLookedUp_OnRandomWords()
    {
        // Pieces of common words and of others, in random case, with marks and letters outside ASCII: the answer is the common word equal
        // to the lower case of an ASCII word that opens with a capital, and null for every other.
        var all = WordTable.CommonWords.All;
        var set = all.ToHashSet(StringComparer.Ordinal);
        var capitalised = WordTable.CommonWords.Capitalised.ToHashSet(StringComparer.Ordinal);
        string[] pieces = ["the", "gov", "ernor", "said", "x", "q", "zz", "-", "'", ".", "’", "é", "İ", "ss", "2", "bridge", "to"];
        var random = new Random(112);
        for (var n = 0; n < 20000; n++)
        {
            var word = random.Next(4) == 0 ? all[random.Next(all.Count)] : string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => pieces[random.Next(pieces.Length)]));
            var written = string.Concat(word.Select(c => random.Next(3) == 0 ? char.ToUpperInvariant(c) : c));
            var lower = Token.LowerInvariantAscii(written, out var ascii);
            var expected = ascii && char.IsAsciiLetterUpper(written[0]) && set.Contains(lower) ? lower : null;
            Assert.That(WordTable.CommonWords.LowerCaseOf(written, out var hash), Is.EqualTo(expected), written);
            Assert.That(WordTable.CommonWords.Find(written, WordTable.Hash(written)), Is.EqualTo(set.Contains(written) || capitalised.Contains(written) ? written : null), written);
            if (expected is not null)
            {
                Assert.That(hash, Is.EqualTo(WordTable.Hash(lower)), written);
            }
        }
    }

    private static TokenizedDocument Tokens(string text, bool reusing) =>
        reusing ? TokenizedDocument.Reusing(TextDocument.Create(text), []) : new TokenizedDocument(TextDocument.Create(text), []);
}
