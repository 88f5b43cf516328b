using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// The thread's cache of word forms (speed105, <c>WordTable.NewFromCache</c>): a form an earlier article made twice takes that article's
/// strings (the cache's path), any other is made anew (the other path); either way the article's forms, lower cases, hashes and ASCII
/// flags are those of a table made with the cache empty. Sentences written for these tests.
/// </summary>
public class WordTableFormCacheTests
{
    private const string Earlier = "President Ann Roe of Zürich said the café was closed. The President said so twice.";

    private const string Later = "The café in Zürich opened, President Ann Roe said on Friday, and Ben Hale said nothing.";

    [TestCase(false)]
    [TestCase(true)]
    public void FormsFromTheCache_ReadAsFormsMadeAnew(bool reusing)
    {
        WordTable.ClearFormCache();
        var expected = Tokens(Later, reusing: false);

        // The earlier article twice: each form missed once, then taken into the cache.
        WordTable.ClearFormCache();
        _ = Tokens(Earlier, reusing: false);
        var second = Tokens(Earlier, reusing: false);
        var later = Tokens(Later, reusing);

        // The shared words came from the cache: the strings the earlier article's second reading made (lower cases too).
        foreach (var word in new[] { "President", "Zürich", "café", "Roe", "said" })
        {
            var (f, e) = (later.Words.IndexOf(word), second.Words.IndexOf(word));
            Assert.That(later.Words.Values[f], Is.SameAs(second.Words.Values[e]), word);
            Assert.That(later.Words.Lowers[f], Is.SameAs(second.Words.Lowers[e]), word);
        }

        AssertSame(later, expected);
    }

    [Test]
    public void AFormMetOnce_IsNotTakenFromTheCache()
    {
        WordTable.ClearFormCache();
        var once = Tokens(Earlier, reusing: false);
        var later = Tokens(Later, reusing: false);
        var f = later.Words.IndexOf("President");
        Assert.That(later.Words.Values[f], Is.EqualTo("President"));
        Assert.That(later.Words.Values[f], Is.Not.SameAs(once.Words.Values[once.Words.IndexOf("President")]));
    }

    private static TokenizedDocument Tokens(string text, bool reusing) =>
        reusing ? TokenizedDocument.Reusing(TextDocument.Create(text), []) : new TokenizedDocument(TextDocument.Create(text), []);

    private static void AssertSame(TokenizedDocument actual, TokenizedDocument expected)
    {
        Assert.That(actual.Tokens, Is.EqualTo(expected.Tokens));
        var (a, e) = (actual.Words, expected.Words);
        Assert.That(a.Count, Is.EqualTo(e.Count));
        Assert.That(a.FormOf, Is.EqualTo(e.FormOf));
        Assert.That(a.Values.Take(a.Count), Is.EqualTo(e.Values.Take(e.Count)));
        Assert.That(a.Lowers.Take(a.Count), Is.EqualTo(e.Lowers.Take(e.Count)));
        for (var f = 0; f < e.Count; f++)
        {
            Assert.That((a.LowerHash(f), a.IsAscii(f), a.IndexOf(e.Values[f])), Is.EqualTo((e.LowerHash(f), e.IsAscii(f), f)), e.Values[f]);
        }
    }
}
