using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// <see cref="TokenizedDocument.Reusing"/> (speed95gc): a document made in the thread's reused buffers reads exactly as one the
/// constructor makes, after a longer article left those buffers fuller (stale tails, slots and marks), and neither a document the
/// constructor made nor one another thread reuses is touched by it. Sentences written for these tests.
/// </summary>
public class TokenizedDocumentReuseTests
{
    private const string Long =
        "“We will keep the bridge open,” Mayor Ann Roe said on Tuesday. The council — five members, all Greens — voted 4–1.\n\n"
        + "Critics said the plan, costing $3.2 million, was “reckless”. Dr. Lee of the U.S. Transit Board called it fine. "
        + "Far                                                                         apart !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! ends.";

    private const string Short = "Ben Hale said “no”. It rained.";

    [TestCase(Long, Short)]
    [TestCase(Short, Long)]
    [TestCase(Long, "")]
    [TestCase(Long, Long)]
    public void Reusing_ReadsAsTheConstructorsDocument_AfterAnotherArticle(string before, string text)
    {
        _ = TokenizedDocument.Reusing(TextDocument.Create(before), QuotedOf(before));
        var reused = TokenizedDocument.Reusing(TextDocument.Create(text), QuotedOf(text));
        AssertSame(reused, new TokenizedDocument(TextDocument.Create(text), QuotedOf(text)), text);
    }

    [Test]
    public void Reusing_LeavesTheConstructorsDocumentsAlone()
    {
        var made = new TokenizedDocument(TextDocument.Create(Short), QuotedOf(Short));
        _ = TokenizedDocument.Reusing(TextDocument.Create(Long), QuotedOf(Long));
        _ = TokenizedDocument.Reusing(TextDocument.Create(Long + " " + Short), QuotedOf(Long + " " + Short));
        AssertSame(made, new TokenizedDocument(TextDocument.Create(Short), QuotedOf(Short)), Short);
    }

    [Test]
    public void Reusing_OnAnotherThread_LeavesThisThreadsDocumentAlone()
    {
        var reused = TokenizedDocument.Reusing(TextDocument.Create(Short), QuotedOf(Short));
        var other = new Thread(() =>
        {
            for (var i = 0; i < 3; i++)
            {
                _ = TokenizedDocument.Reusing(TextDocument.Create(Long), QuotedOf(Long));
            }
        });
        other.Start();
        other.Join();
        AssertSame(reused, new TokenizedDocument(TextDocument.Create(Short), QuotedOf(Short)), Short);
    }

    // The inner spans of the text's quotations, as the pipeline passes them.
    private static List<Span> QuotedOf(string text) => ClaimExtract.Quotes.QuoteScanner.Scan(TextDocument.Create(text)).Select(q => q.Inner).ToList();

    private static void AssertSame(TokenizedDocument actual, TokenizedDocument expected, string text)
    {
        Assert.That(actual.Tokens, Is.EqualTo(expected.Tokens));
        Assert.That(actual.SentenceOf, Is.EqualTo(expected.SentenceOf));
        Assert.That(actual.SentenceFirst, Is.EqualTo(expected.SentenceFirst));
        Assert.That(actual.Quoted, Is.EqualTo(expected.Quoted));
        var (a, e) = (actual.Words, expected.Words);
        Assert.That(a.Count, Is.EqualTo(e.Count));
        Assert.That(a.FormOf, Is.EqualTo(e.FormOf));
        Assert.That(a.Values.Take(a.Count), Is.EqualTo(e.Values));
        Assert.That(a.Lowers.Take(a.Count), Is.EqualTo(e.Lowers));
        Assert.That(a.Uses, Is.EqualTo(e.Uses));
        for (var f = 0; f < e.Count; f++)
        {
            Assert.That((a.LowerHash(f), a.IsAscii(f), a.IndexOf(e.Values[f])), Is.EqualTo((e.LowerHash(f), e.IsAscii(f), f)), e.Values[f]);
        }

        // Forms of the other article, and none: a stale slot or mark would answer for them.
        foreach (var form in new[] { "Mayor", "bridge", "—", "!", "“", "Hale", "rained", ".", "nowhere" })
        {
            Assert.That(a.IndexOf(form), Is.EqualTo(e.IndexOf(form)), form);
        }

        for (var position = -1; position <= text.Length + 40; position++)
        {
            Assert.That(actual.IndexAtOrAfter(position), Is.EqualTo(expected.IndexAtOrAfter(position)), $"position {position}");
        }
    }
}
