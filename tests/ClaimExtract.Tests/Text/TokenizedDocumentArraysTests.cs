using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// The per-token arrays of <see cref="TokenizedDocument"/> are allocated without zeroing (qspeed50), so each must be written whole:
/// every token's sentence, every position's first token and every form's look-up are checked against their definitions, on texts
/// long enough (hundreds of tokens, arrays past the 2 KB below which the runtime zeroes anyway) that a missed entry would read old memory.
/// </summary>
public class TokenizedDocumentArraysTests
{
    private static readonly string[] Texts =
    [
        "",
        "One.",
        "No period at the end",
        TestArticles.RiverTown,
        string.Concat(Enumerable.Repeat("The mayor said the bridge would open in May. “It will,” she said. ", 60)),
        string.Concat(Enumerable.Repeat("A list: one, two, three; four — five… ", 120)) + "\n\nThe end.",
        string.Concat(Enumerable.Range(0, 400).Select(i => $"Word{i % 37} ")) + "then one sentence.",
        "Dr. Ana Ruiz of the U.S. office said so.\n\n" + string.Concat(Enumerable.Repeat("Yes.\n\n", 300)),
    ];

    [TestCaseSource(nameof(Texts))]
    public void SentenceOf_IsTheSentenceHoldingEachToken(string text)
    {
        var document = TextDocument.Create(text);
        var doc = new TokenizedDocument(document, []);
        Assert.That(doc.SentenceOf, Has.Length.EqualTo(doc.Tokens.Count));
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var expected = document.Sentences.ToList().FindIndex(s => s.Span.Start <= doc.Tokens[i].Span.Start && doc.Tokens[i].Span.End <= s.Span.End);
            Assert.That(doc.SentenceOf[i], Is.EqualTo(expected), $"token {i} “{doc.Tokens[i].Value}”");
        }
    }

    [TestCaseSource(nameof(Texts))]
    public void IndexAtOrAfter_IsTheFirstTokenStartingAtOrAfterThePosition(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        for (var position = -1; position <= text.Length + 1; position++)
        {
            var expected = doc.Tokens.FindIndex(t => t.Span.Start >= position);
            Assert.That(doc.IndexAtOrAfter(position), Is.EqualTo(expected < 0 ? doc.Tokens.Count : expected), $"position {position}");
        }
    }

    [TestCaseSource(nameof(Texts))]
    public void EveryForm_IsFoundByItsValue(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var words = doc.Words;
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            Assert.That(words.IndexOf(doc.Tokens[i].Value), Is.EqualTo(words.FormOf[i]), $"token {i} “{doc.Tokens[i].Value}”");
        }
    }
}
