using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>An indirect attribution built on a test's own text, found by its cue, speaker and content words.</summary>
internal static class AttributedText
{
    public static (TokenTraits Traits, Attribution Attribution) Attributed(string text, string cue, string speaker, string content)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, []);
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var speakerAt = text.IndexOf(speaker, StringComparison.Ordinal);
        var contentAt = text.IndexOf(content, StringComparison.Ordinal);
        Assert.That(cueAt >= 0 && speakerAt >= 0 && contentAt >= 0, "the test's words are not in its text");
        var a = new Attribution(new Span(contentAt, contentAt + content.Length), QuoteType.Indirect, new Span(cueAt, cueAt + cue.Length), cue,
            new Span(speakerAt, speakerAt + speaker.Length), null);
        return (new TokenTraits(tokens), a);
    }
}
