using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// An article's title that gives its words to a short label before a colon, where the rules' headline colon
/// (<see cref="AttributionFinder"/>, which the models train on) reads none: "[Insiders]: [Trump will rebound in the state]",
/// "[Clinton camp]: ...", "[IG report]: ...", "[Reid]: [‘Never underestimate Trump.’]" (a quotation after the colon, which the
/// rules' form leaves out), "[Mukasey at RNC]: ...", "[Clinton to Planned Parenthood]: ..." (docs/quotes.md, "recall52"). Only in
/// the article's first paragraph, on its first line, with the label opening it: one to five tokens, capitalised words (a
/// possessive mark allowed), then optionally "to" / "at" and capitalised words; the label's head (the word before "to" / "at",
/// else its last word) is a plural noun of people ("Historians"), a noun of documents ("editorial", "report"; it may be in lower
/// case), "camp" or "campaign" after a name, or a capitalised word the article writes again after its first paragraph ("Reid" in
/// a story about Harry Reid). Not a label that opens with a word of <see cref="Lexicon.NotNames"/> ("The Latest:"), holds a
/// capitalised preposition ("Big Win For Bernie:") or is one word in capitals ("BYLINE:", "LOOK:"). The content runs from the colon
/// to the line's end, closing ".", ";" or "," left out; none where a statement's content or cue touches the line. Runs after
/// <see cref="TranscriptLabel"/>.
/// </summary>
internal static class HeadlineLabel
{
    /// <summary>The most tokens of a label.</summary>
    public const int MaxLabelTokens = 5;

    /// <summary>The fewest words of a content.</summary>
    public const int MinimumWords = 3;

    // Lower-case heads after a name: a candidate's camp speaks for the candidate.
    private static readonly FrozenSet<string> CampWords = FrozenSet.ToFrozenSet(["camp", "campaign"], StringComparer.Ordinal);

    // The words that join a name to a place or an addressee inside a label ("Mukasey at RNC", "Clinton to Planned Parenthood").
    private static readonly FrozenSet<string> Joiners = FrozenSet.ToFrozenSet(["to", "at"], StringComparer.Ordinal);

    /// <summary>The attributions with a statement added for a title read as a label and its words (see the class).</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        var k = 0;
        while (k < t.Count && k <= MaxLabelTokens && t[k].Value != ":")
        {
            k++;
        }

        if (k >= t.Count || k > MaxLabelTokens || Find(doc, k) is not { } found)
        {
            return attributions;
        }

        var line = new Span(found.Speaker.Start, found.Content.End);
        foreach (var a in attributions)
        {
            if (a.Content.Overlaps(line) || a.Cue is { } c && c.Overlaps(line))
            {
                return attributions;
            }
        }

        return Attribution.WithAdded(attributions, [new Attribution(found.Content, QuoteType.Indirect, t[k].Span, ":", found.Speaker, null)]);
    }

    /// <summary>
    /// A title's colon statement whose content is a quoted fragment that the title goes on after ("Ruiz: ‘No Doubt’ The Levy Will
    /// Pass."): the content runs on to the line's end, closing ".", ";" or "," left out (docs/quotes.md, "recall62"). Only on the
    /// article's first line, where the words after the closing quotation mark follow a space, hold no colon (a second label: "Bush:
    /// ...") and no other statement's content or cue.
    /// </summary>
    public static List<Attribution> ExtendQuotedFragment(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var text = doc.Document.Text;
        var lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        lineEnd = lineEnd < 0 ? text.Length : lineEnd;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            var end = a.Content.End;
            if (a.CueText != ":" || a.Cue is not { } cue || cue.Start >= lineEnd || end + 2 >= lineEnd || end < 1
                || text[end - 1] is not ('’' or '”' or '\'' or '"') || text[end] != ' ' || !char.IsLetter(text[end + 1]))
            {
                continue;
            }

            var last = lineEnd;
            while (last > end && text[last - 1] is '.' or ';' or ',' or ' ')
            {
                last--;
            }

            var rest = new Span(end, last);
            if (text.AsSpan(end, last - end).Contains(':') || StanceReport.Touches(attributions, rest, a))
            {
                continue;
            }

            attributions[i] = a with { Content = new Span(a.Content.Start, last) };
        }

        return attributions;
    }

    /// <summary>The label and the words of the title's colon at token <paramref name="k"/>; null when the form does not fit.</summary>
    internal static (Span Speaker, Span Content)? Find(TokenizedDocument doc, int k)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var t = doc.Tokens;
        var text = doc.Document.Text;
        if (k < 1 || k > MaxLabelTokens || k + 1 >= t.Count || t[k].Value != ":" || doc.Document.ParagraphAt(t[k].Span.Start) != 0
            || text.AsSpan(0, t[k].Span.Start).Contains('\n') || Lexicon.NotNames.Contains(t[0].Value))
        {
            return null;
        }

        if (k == 1 && t[0].Value.Count(char.IsLetter) > 3 && !t[0].Value.Any(char.IsLower))
        {
            return null;
        }

        var head = -1;
        for (var j = 0; j < k; j++)
        {
            if (Joiners.Contains(t[j].Value) && head < 0 && j > 0)
            {
                head = j - 1;
                continue;
            }

            var possessive = t[j].Value is "’s" or "'s" or "’" or "'" && j > 0;
            var lowerHead = j == k - 1 && (CampWords.Contains(t[j].Value) || Lexicon.DocumentNouns.Contains(t[j].Value)) && j > 0;
            if (!(t[j].IsCapitalized || possessive || lowerHead) || Lexicon.NotNames.Contains(t[j].Value) && !Joiners.Contains(t[j].Value))
            {
                return null;
            }
        }

        if (head < 0)
        {
            head = k - 1;
        }

        if (!IsHead(doc, head))
        {
            return null;
        }

        var lineEnd = text.IndexOf('\n', t[k].Span.End);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var last = k;
        while (last + 1 < t.Count && t[last + 1].Span.End <= lineEnd)
        {
            last++;
        }

        while (last > k && t[last].Value is "." or ";" or ",")
        {
            last--;
        }

        return last <= k || PollReport.Words(t, k + 1, last) < MinimumWords
            ? null
            : (new Span(t[0].Span.Start, t[k - 1].Span.End), new Span(t[k + 1].Span.Start, t[last].Span.End));
    }

    // Whether the label's head names a speaker: people, a document, a camp, or a capitalised word the article writes again later.
    private static bool IsHead(TokenizedDocument doc, int head)
    {
        var t = doc.Tokens;
        var word = t[head].Value;
        if (Lexicon.IsGroupNoun(word) || Lexicon.DocumentNouns.Contains(word) || CampWords.Contains(word))
        {
            return true;
        }

        if (!t[head].IsCapitalized)
        {
            return false;
        }

        var firstParagraphEnd = doc.Document.Paragraphs[0].End;
        for (var j = head + 1; j < t.Count; j++)
        {
            if (t[j].Span.Start >= firstParagraphEnd && t[j].Value == word)
            {
                return true;
            }
        }

        return false;
    }
}
