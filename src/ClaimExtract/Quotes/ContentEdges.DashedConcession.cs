using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact55 (docs/quotes.md, "exact55"): content reported after its cue ends before a single dash that
/// opens the writer's concession or exception ("Okafor said [the levy had been approved] — though the vote was close":
/// <see cref="EndBeforeDashedConcession"/>). PolNeAR leaves the writer's "though", "although", "despite", "except" tail out of
/// the content it follows.
/// </summary>
internal static partial class ContentEdges
{
    // The words that open a concession or an exception after the dash; "even" opens one only before "though", "as" or "if"
    // ("— even in Arkansas" stays in PolNeAR's content).
    private static readonly System.Collections.Frozen.FrozenSet<string> ConcessionOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["though", "although", "despite", "except", "absent"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> ConcessionAfterEven = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["though", "as", "if"], StringComparer.Ordinal);

    // The closing quotation marks a dash may follow ("the \u201cfelony charges\u201d \u2013 absent ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> DashClosingMarks = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["\u201d", "\"", "'", "\u2019"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with <see cref="DashedConcession"/> applied: each indirect or mixed content in one piece after its cue
    /// whose only dash opens a concession ends before the dash. On PolNeAR train (simulated on main's output): 11 spans made
    /// exact, 1 unmade, no match lost (docs/quotes.md, "exact55").
    /// </summary>
    public static List<Attribution> EndBeforeDashedConcession(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (DashedConcession(doc, a) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, after its cue) ends when it holds one dash
    /// outside quotation marks (" - ", " -- ", " – ", " — " or an unspaced "—"), after a word of the content, and the words
    /// after that dash open a concession or an exception: "though", "although", "despite", "except", "absent", "even though",
    /// "even as", "even if". The end of the word before the dash. Left whole: a content with two dashes or more (a pair of
    /// dashes encloses an aside, which PolNeAR keeps: on train, of the contents with two dashes, gold ends at the first 14
    /// times and runs on 76), a dash inside a quotation, a dash followed by any other word ("— but", "— while", "— a
    /// decision ...", "— and ...": on train cutting before them unmakes nearly as many spans as it makes, or loses matches), a direct quote.
    /// Null when it does not apply.
    /// </summary>
    internal static int? DashedConcession(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is null)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        int dash = -1, last = -1;
        for (var j = first + 1; j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (!IsDash(t[j].Value) || doc.Quoted[j])
            {
                continue;
            }

            // "--" is two tokens; a dash counts when spaced on both sides, or when it is an em dash.
            var k = j;
            while (k + 2 < t.Count && t[k + 2].Span.End <= a.Content.End && IsDash(t[k + 1].Value) && t[k + 1].Span.Start == t[k].Span.End)
            {
                k++;
            }

            var spaced = t[j].Span.Start > t[j - 1].Span.End && t[k + 1].Span.Start > t[k].Span.End;
            if (spaced || j == k && t[j].Value == "\u2014")
            {
                if (dash >= 0)
                {
                    return null;
                }

                (dash, last) = (j, k);
            }

            j = k;
        }

        if (dash < 0 || t[dash - 1].Span.Start < a.Content.Start || !t[dash - 1].IsWord && !DashClosingMarks.Contains(t[dash - 1].Value))
        {
            return null;
        }

        var next = t[last + 1].Lower;
        var opens = ConcessionOpeners.Contains(next)
            || next == "even" && last + 2 < t.Count && t[last + 2].Span.End <= a.Content.End && ConcessionAfterEven.Contains(t[last + 2].Lower);
        return opens ? t[dash - 1].Span.End : null;
    }
}
