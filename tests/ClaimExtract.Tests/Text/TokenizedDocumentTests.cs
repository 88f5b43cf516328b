using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>The tokens of a whole article: the look-up of the first token at or after a position (by blocks of characters) against its definition, over runs of spaces and of marks longer than a block.</summary>
public class TokenizedDocumentTests
{
    [TestCase("")]
    [TestCase("One.")]
    [TestCase(TestArticles.RiverTown)]
    [TestCase("“We will,” he said, “keep going.”\n\nMr. Ma’s U.S. firm — Alibaba — said so.  Twice…   ")]
    [TestCase("Far                                                                                      apart, then !!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!! marks.                                         ")]
    public void IndexAtOrAfter_IsTheFirstTokenStartingAtOrAfterThePosition(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        for (var position = -1; position <= text.Length + 1; position++)
        {
            var expected = doc.Tokens.FindIndex(t => t.Span.Start >= position);
            Assert.That(doc.IndexAtOrAfter(position), Is.EqualTo(expected < 0 ? doc.Tokens.Count : expected), $"position {position}");
        }
    }
}
