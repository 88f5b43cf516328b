using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A quotation that opens its paragraph with no cue and no speaker, after a paragraph that ends in a colon, is the words that colon
/// introduces: it takes the speaker of the statement whose cue stands in that paragraph's last sentence ("The mayor told the crowd,
/// to loud cheers:" then "“We will rebuild the dock.”" is the mayor's). <see cref="AttributionFinder"/> gives a quotation the speaker
/// of the statement just before it, but only where no statement comes between, and the colon's own cue ("told") may be read after it;
/// <see cref="ContinuedQuotation"/> joins no quotation a colon introduces. Given only when every statement with a cue in that sentence
/// has the same speaker (two speakers: which one the colon's is is not read). The quotation's text before it in its paragraph is white
/// space or quotation marks. Left: a colon sentence with no statement ("Ruiz released the following statement:"). On PolNeAR train
/// (speakers121c, docs/quotes.md) one speaker made right, none made wrong. Runs after <see cref="ContinuedQuotation"/>.
/// </summary>
internal static class QuotationAfterAColonParagraph
{
    /// <summary>The attributions with each such quotation given its speaker (see the class); the list itself when none is.</summary>
    public static List<Attribution> Apply(TextDocument document, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        var text = document.Text;
        List<Attribution>? result = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            var b = attributions[i];
            if (b.Speaker is not null || b.Cue is not null || b.Type == QuoteType.Indirect || SourceOf(document, text, attributions, b) is not { } source)
            {
                continue;
            }

            result ??= [.. attributions];
            result[i] = b with { Speaker = source.Speaker, InheritedFrom = source.InheritedFrom ?? source };
        }

        return result ?? attributions;
    }

    /// <summary>The statement whose cue stands in the last sentence of the colon-ended paragraph before quotation <paramref name="b"/>, or null.</summary>
    private static Attribution? SourceOf(TextDocument document, string text, List<Attribution> attributions, Attribution b)
    {
        var p = document.ParagraphAt(b.Content.Start);
        if (p <= 0 || p >= document.Paragraphs.Count)
        {
            return null;
        }

        var paragraph = document.Paragraphs[p];
        if (b.Content.Start < paragraph.Start || text.AsSpan(paragraph.Start, b.Content.Start - paragraph.Start).ContainsAnyExcept(OpeningChars))
        {
            return null;
        }

        var before = document.Paragraphs[p - 1];
        var last = text.AsSpan(before.Start, before.End - before.Start).TrimEnd();
        if (last.IsEmpty || last[^1] != ':')
        {
            return null;
        }

        var sentence = document.Sentences[document.SentenceAt(before.Start + last.Length - 1)].Span;
        Attribution? source = null;
        foreach (var a in attributions)
        {
            if (a.Cue is not { } cue || cue.Start < sentence.Start || cue.End > sentence.End || a.Content.Start >= b.Content.Start)
            {
                continue;
            }

            if (a.Speaker is not { } speaker || source is not null && source.Speaker != speaker)
            {
                return null;
            }

            source ??= a;
        }

        return source;
    }

    // White space and opening quotation marks: what may stand before the quotation in its paragraph.
    private static readonly System.Buffers.SearchValues<char> OpeningChars = System.Buffers.SearchValues.Create(" \t\r\n\u00A0\"'\u201C\u2018");
}
