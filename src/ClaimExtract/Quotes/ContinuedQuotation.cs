using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A quotation with no cue of its own that follows another statement in the same paragraph continues it: "“A,” a voice-over in
/// the ad states. “B.”", "Ruiz “felt a deep duty to act on” river pollution, Vale said. “B.”", "“the old
/// system has gone badly wrong” because “B.”". PolNeAR annotates one attribution over both; the quote stage made two, and the
/// scorer leaves one of them unmatched. <see cref="AttributionFinder"/> already joins the quotations on each side of the
/// attribution it parses; this joins those its forms leave apart (the quotation was attributed by the cue tagger, by a later
/// rule, or after words the forms do not read). On PolNeAR train (precision52, docs/quotes.md) 104 joins: 8 matches fewer,
/// 104 predictions fewer, F1 80.38 → 80.56, exact spans 10,372 → 10,406.
/// Not joined: a quotation that a colon introduces ("..., he demurred: “B.”", "Clinton’s response was: “B.”"), which is a
/// report of its own (7 of the 13 such joins lost a match); one whose speaker is named after it ("“B,” a narrator in the video
/// says"), which has an attribution of its own that the rules did not parse; one in the next paragraph or more than
/// <see cref="MaxCharactersBetween"/> characters on.
/// Run last, on the final attributions: no learned model reads its output.
/// </summary>
internal static class ContinuedQuotation
{
    /// <summary>The most characters between the statement's end and the quotation: an attribution clause ("the two write. ") or a connective.</summary>
    public const int MaxCharactersBetween = 80;

    /// <summary>The attributions with each continuing quotation joined to the statement before it, in text order; the list itself when none is.</summary>
    public static List<Attribution> Apply(TextDocument document, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(attributions);
        var text = document.Text;
        List<Attribution>? joined = null;
        var sorted = IsSorted(attributions) ? attributions : [.. attributions.OrderBy(a => a.Content.Start)];
        for (var i = 0; i < sorted.Count; i++)
        {
            var b = sorted[i];
            var previous = joined is not null ? joined[^1] : i > 0 ? sorted[i - 1] : null;
            if (previous is not null && Continues(text, previous, b))
            {
                joined ??= [.. sorted.Take(i)];
                joined[^1] = previous with
                {
                    Content = new Span(previous.Content.Start, b.Content.End),
                    Parts = [.. previous.Parts, .. b.Parts],
                    Type = previous.Type == QuoteType.Indirect ? QuoteType.Mixed : previous.Type,
                };
            }
            else
            {
                joined?.Add(b);
            }
        }

        return joined ?? sorted;
    }

    /// <summary>Whether quotation <paramref name="b"/> continues <paramref name="a"/>, the statement just before it (see the class).</summary>
    public static bool Continues(string text, Attribution a, Attribution b)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.Type != QuoteType.Direct || b.Cue is not null || b.Content.Start < a.Content.End || b.Content.Start - a.Content.End > MaxCharactersBetween
            || b.Speaker is { } speaker && speaker.Start >= b.Content.End)
        {
            return false;
        }

        // A line break between them is a paragraph's end: a quotation alone in the next paragraph is as often a new statement.
        var between = text.AsSpan(a.Content.End, b.Content.Start - a.Content.End);
        return !between.Contains('\n') && !between.TrimEnd().EndsWith(":");
    }

    private static bool IsSorted(List<Attribution> attributions)
    {
        for (var i = 1; i < attributions.Count; i++)
        {
            if (attributions[i].Content.Start < attributions[i - 1].Content.Start)
            {
                return false;
            }
        }

        return true;
    }
}
