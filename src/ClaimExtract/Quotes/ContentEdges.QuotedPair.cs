using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edges of branch exact70 (docs/quotes.md, "exact70"): a content that ends at a closing quotation mark runs on
/// over a second quoted fragment joined to it by "and"/"or" ("called the plan “reckless” and “a gift to insiders.”"), and two
/// contents of one cue a few words apart in one sentence are one (<see cref="JoinSameCue"/>).
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>The most words between two contents of one cue that <see cref="JoinSameCue"/> joins.</summary>
    public const int MaximumJoinGapWords = 3;

    /// <summary>The most characters inside the second quoted fragment.</summary>
    public const int MaximumPairedFragment = 80;

    /// <summary>
    /// Each one-part content that ends at a closing quotation mark and is followed, on the same line, by " and " or " or ", an
    /// optional article and a second quoted fragment (at most <see cref="MaximumPairedFragment"/> characters, no line break)
    /// ends after that fragment's closing mark: "Okafor called the levy “unfair” and “a tax on the harbour.”", "shouting
    /// ''Sit down'' and ''Be quiet.''" (PolNeAR takes both fragments; our content stopped after the first); both fragments
    /// quoted the same way (curly or straight double marks, or doubled apostrophes). Not when another
    /// statement touches the words added (run after <see cref="JoinSameCue"/>, which joins a second fragment read as a
    /// statement). On PolNeAR train two statements moved, 1 span made exact, none unmade (docs/quotes.md, "exact70"). The list itself, changed in place.
    /// </summary>
    public static List<Attribution> EndAfterQuotedPair(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var text = doc.Document.Text;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.PartCount != 1 || PairedFragmentEnd(text, a.Content) is not { } end || StanceReport.Touches(attributions, new Span(a.Content.End, end), a))
            {
                continue;
            }

            attributions[i] = a with { Content = new Span(a.Content.Start, end) };
        }

        return attributions;
    }

    /// <summary>Where a second quoted fragment joined to the content ends (after its closing mark); null when none follows (see <see cref="EndAfterQuotedPair"/>).</summary>
    internal static int? PairedFragmentEnd(string text, Span content)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = content.End;
        if (end < 2 || end <= content.Start + 1 || !IsPairClosing(text, end, out var firstWidth) || char.IsWhiteSpace(text[end - 2]))
        {
            return null;
        }

        var rest = text.AsSpan(end);
        int skip;
        if (rest.StartsWith(" and ", StringComparison.Ordinal))
        {
            skip = 5;
        }
        else if (rest.StartsWith(" or ", StringComparison.Ordinal))
        {
            skip = 4;
        }
        else
        {
            return null;
        }

        var k = end + skip;
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the "])
        {
            if (text.AsSpan(k).StartsWith(article, StringComparison.Ordinal))
            {
                k += article.Length;
                break;
            }
        }

        var open = text.AsSpan(k).StartsWith("''", StringComparison.Ordinal) ? 2 : k < text.Length && text[k] is '“' or '"' ? 1 : 0;
        if (open != firstWidth || k + open >= text.Length || !char.IsLetterOrDigit(text[k + open]))
        {
            return null;
        }

        for (var j = k + open + 1; j < text.Length && j <= k + open + MaximumPairedFragment; j++)
        {
            if (text[j] is '\n' or '“')
            {
                return null;
            }

            if (IsPairClosing(text, j + 1, out var width) && (width == 2 || text[j] != '\'') && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1])))
            {
                return open == width ? j + 1 : null;
            }
        }

        return null;
    }

    // Whether a closing quotation mark ends right before `end`: "”" or '"' (width 1), or the doubled apostrophe '' (width 2).
    private static bool IsPairClosing(string text, int end, out int width)
    {
        width = 0;
        if (end < 1 || end > text.Length)
        {
            return false;
        }

        if (end >= 2 && text[end - 1] == '\'' && text[end - 2] == '\'')
        {
            width = 2;
            return true;
        }

        if (text[end - 1] is '”' or '"')
        {
            width = 1;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Two one-part statements that share their cue span, both contents after the cue, the second starting at most
    /// <see cref="MaximumJoinGapWords"/> words after the first ends, in the same sentence and paragraph, with no cue verb
    /// (<see cref="Lexicon.CueVerbs"/>) among the words between, are one statement: the first's content runs to the second's end
    /// and the second is dropped ("Okafor called the levy “unfair” and “a tax on the harbour”": the cue's two quoted
    /// fragments, each read as a statement, are one content in PolNeAR). On PolNeAR train 6 pairs joined; 4 joined contents
    /// are gold's exact span, none of the pieces was (docs/quotes.md, "exact70"). The list itself when none is joined.
    /// </summary>
    public static List<Attribution> JoinSameCue(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var text = doc.Document.Text;
        HashSet<int>? dropped = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Cue is not { } cue || a.PartCount != 1 || cue.End > a.Content.Start || dropped?.Contains(i) == true)
            {
                continue;
            }

            for (var j = 0; j < attributions.Count; j++)
            {
                var b = attributions[j];
                if (j == i || b.Cue != cue || b.PartCount != 1 || b.Content.Start <= a.Content.End || dropped?.Contains(j) == true
                    || !JoinableGap(doc, text, a.Content.End, b.Content.Start))
                {
                    continue;
                }

                attributions[i] = a with { Content = new Span(a.Content.Start, b.Content.End) };
                (dropped ??= []).Add(j);
                break;
            }
        }

        return dropped is null ? attributions : AttributionFilter.Without(attributions, dropped.Contains);
    }

    // Whether the words from `end` to `start` may join two contents of one cue: same sentence, no line break, at most
    // MaximumJoinGapWords words, none of them a cue verb.
    private static bool JoinableGap(TokenizedDocument doc, string text, int end, int start)
    {
        if (start - end > 60 || text.AsSpan(end, start - end).IndexOfAny('\n', '\r') >= 0)
        {
            return false;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(end);
        var last = doc.IndexAtOrAfter(start);
        if (first < 1 || first >= t.Count || last >= t.Count || doc.SentenceOf[first - 1] != doc.SentenceOf[last])
        {
            return false;
        }

        var words = 0;
        for (var k = first; k < last; k++)
        {
            if (t[k].IsWord && (++words > MaximumJoinGapWords || Lexicon.CueVerbs.ContainsKey(t[k].Lower)))
            {
                return false;
            }
        }

        return true;
    }
}
