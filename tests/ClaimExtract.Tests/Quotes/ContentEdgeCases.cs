using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>The check that the table tests of the content-end rules share (<see cref="ContentEdges.EndBeforeSummaryApposition"/>,
/// <see cref="ContentEdges.EndBeforeClauseComment"/>, <see cref="ContentEdges.EndBeforeDashedConcession"/>): one hand-built
/// attribution whose content runs from right after its cue to the sentence's final period (as the cue tagger leaves it), the
/// speaker the words before the cue, given to the rule; the content the rule leaves must read as the text expected.</summary>
internal static class ContentEdgeCases
{
    public static void AssertEndsAt(
        Func<TokenizedDocument, List<Attribution>, List<Attribution>> rule, string text, string cue, string expected, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var start = cueStart + cue.Length + 1;
        var end = text.EndsWith('.') ? text.Length - 1 : text.Length;
        var attribution = new Attribution(new Span(start, end), type, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, cueStart - 1), null);
        var found = rule(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(expected));
    }

    /// <summary>A content before its cue (the sentence's opening up to its first comma, "..., Okafor said."), the speaker from
    /// <paramref name="speaker"/> to the cue: the rule leaves it as it is, since its edges read only contents after their cue.</summary>
    public static void AssertLeavesContentBeforeItsCue(
        Func<TokenizedDocument, List<Attribution>, List<Attribution>> rule, string text, string cue, string speaker)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(cue, StringComparison.Ordinal);
        var content = new Span(0, text.IndexOf(',', StringComparison.Ordinal));
        var speakerSpan = new Span(text.IndexOf(speaker, StringComparison.Ordinal), cueStart - 1);
        var attribution = new Attribution(content, QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, speakerSpan, null);
        var found = rule(tokens, [attribution]);
        Assert.That(found.Single().Content, Is.EqualTo(content));
    }

    /// <summary>One hand-built attribution per piece of <paramref name="text"/> in <paramref name="pieces"/> (each found by its
    /// first occurrence), all of one cue (the first " CUE "), mixed, the speaker the words before the cue, given to the rule;
    /// the contents the rule leaves, as text, in order.</summary>
    public static List<string> ContentsAfter(
        Func<TokenizedDocument, List<Attribution>, List<Attribution>> rule, string text, string cue, params string[] pieces)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var attributions = pieces.Select(piece =>
        {
            var start = text.IndexOf(piece, StringComparison.Ordinal);
            Assert.That(start, Is.GreaterThanOrEqualTo(0), piece);
            return new Attribution(new Span(start, start + piece.Length), QuoteType.Mixed, new Span(cueStart, cueStart + cue.Length), cue,
                new Span(0, cueStart - 1), null);
        }).ToList();
        return [.. rule(tokens, attributions).Select(a => a.Content.Of(text))];
    }
}
