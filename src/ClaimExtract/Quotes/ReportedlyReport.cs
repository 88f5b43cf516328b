using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A clause the writer marks as reported by others with "reportedly", in a stretch no statement holds: "The council has [reportedly]
/// [dropped the plan]", "[Reportedly], [the mayor left early]". PolNeAR annotates these as attributions with "reportedly" for the cue
/// and no source (docs/quotes.md, "recall48"). The content is the sentence, from its first word to its last (closing punctuation
/// left out; a mixed statement when words of it are quoted). None with "reportedly" inside quotation marks, none where a statement's content or cue touches the sentence, at most one per sentence.
/// Runs after <see cref="NounReport"/>.
/// </summary>
internal static class ReportedlyReport
{
    /// <summary>The fewest words of a content, "reportedly" among them.</summary>
    public const int MinimumWords = 4;

    /// <summary>The attributions with a statement added for each "reportedly" found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        var lastSentence = -1;
        for (var k = 0; k < t.Count; k++)
        {
            if (t[k].Lower != "reportedly" || doc.Quoted[k] || doc.SentenceOf[k] == lastSentence || Content(doc, k) is not { } content
                || StanceReport.Touches(attributions, content))
            {
                continue;
            }

            lastSentence = doc.SentenceOf[k];
            added ??= [];
            added.Add(new Attribution(content, Quoted(doc, content) ? QuoteType.Mixed : QuoteType.Indirect, t[k].Span, t[k].Lower, null, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    // Whether words of the content stand inside quotation marks ("erupted in chants of “no”"): a mixed statement.
    private static bool Quoted(TokenizedDocument doc, Span content)
    {
        for (var j = doc.IndexAtOrAfter(content.Start); j < doc.Tokens.Count && doc.Tokens[j].Span.Start < content.End; j++)
        {
            if (doc.Quoted[j])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence of token <paramref name="k"/> without its closing punctuation; null when it is short.</summary>
    internal static Span? Content(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var first = doc.SentenceStartToken(k);
        var last = doc.SentenceEndToken(k) - 1;
        while (last > k && !t[last].IsWord)
        {
            last--;
        }

        while (first < k && !t[first].IsWord)
        {
            first++;
        }

        var words = 0;
        for (var j = first; j <= last; j++)
        {
            words += t[j].IsWord ? 1 : 0;
        }

        return words < MinimumWords ? null : new Span(t[first].Span.Start, t[last].Span.End);
    }
}
