using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// An indirect attribution built by hand on a sentence written for a test: the speaker mention and the cue as written (the cue
/// found after the mention), the content from after the cue to before the final stop; with the sentence's tokens.
/// </summary>
internal static class WrittenAttribution
{
    public static (TokenizedDocument Tokens, Attribution Attribution) Of(string text, string speaker, string cue, bool scanQuotes = true)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, scanQuotes ? QuoteScanner.Scan(doc).Select(q => q.Inner) : []);
        var s = text.IndexOf(speaker, StringComparison.Ordinal);
        var c = text.IndexOf(cue, s + speaker.Length, StringComparison.Ordinal);
        Assert.That(s >= 0 && c >= 0, Is.True, $"'{speaker}' then '{cue}' are not in the text");
        var a = new Attribution(new Span(c + cue.Length + 1, text.Length - 1), QuoteType.Indirect, new Span(c, c + cue.Length), cue, new Span(s, s + speaker.Length), null);
        return (tokens, a);
    }
}
