using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch content40 (docs/quotes.md, "content40"): reported content ends before a coordinated clause
/// that holds another attribution's cue ("said [the pier is safe], but the union said ...": <see cref="EndBeforeNextReport"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Words after a comma that join a clause of its own to the content's ("..., and three in ten said ...", "..., while the
    // union says ...", "..., compared with 40 percent who say ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseJoiners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "compared"], StringComparer.Ordinal);

    /// <summary>
    /// Where indirect or mixed content in one piece, after its cue, ends when it runs on into a coordinated clause that holds
    /// the cue of another attribution: "Six in ten voters said [the mayor was honest], and three in ten said the same of
    /// Delgado", "Okafor said [the pier is safe], but the union said it would strike", "Okafor proposed [a vote in May] — the
    /// council rejected it, officials said". The content ends at the last clause break (outside quotation marks) before the
    /// other cue: a comma followed by <see cref="ClauseJoiners"/> (not "and that" / "but that": a second complement clause of
    /// the same cue), a "but" without a comma, a spaced dash that is the content's last, or a semicolon; any other comma last
    /// before the cue (", who said", ", adding") leaves the content whole. Two words or more must stand before the break.
    /// PolNeAR annotates the coordinated clause's report as an attribution of its own and ends this one before it. On PolNeAR
    /// train, 42 spans made exact and 3 unmade in the simulation (docs/quotes.md, "content40"). Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeNextReport(TokenizedDocument doc, Attribution a, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var other = int.MaxValue;
        foreach (var b in attributions)
        {
            if (b.Cue is { } c && c.Start > a.Content.Start && c.Start < a.Content.End && c.Start != cue.Start)
            {
                other = Math.Min(other, c.Start);
            }
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        var cut = -1;
        var words = 0;
        var wordsBefore = 0;
        for (var j = first; j < t.Count && t[j].Span.End <= other; j++)
        {
            var value = t[j].Value;
            if (t[j].IsWord)
            {
                words++;
            }

            if (doc.Quoted[j] || j == first)
            {
                continue;
            }

            var breaks = value is "," or ";" || IsDash(value) && t[j].Span.Start > t[j - 1].Span.End
                || t[j].Lower == "but" && (t[j - 1].IsWord || t[j - 1].Value is "”" or "\"" or "'");
            if (breaks)
            {
                cut = j;
                wordsBefore = words - (t[j].IsWord ? 1 : 0);
            }
        }

        if (cut < 0 || other == int.MaxValue || wordsBefore < 2)
        {
            return null;
        }

        var next = cut + 1 < t.Count ? t[cut + 1].Lower : "";
        var after = cut + 2 < t.Count ? t[cut + 2].Lower : "";
        if (t[cut].Value == "," && (!ClauseJoiners.Contains(next) || after == "that"))
        {
            return null;
        }

        // A dash that opens an aside closed later in the content ("[a plan — which the board had rejected — ...]") is no end.
        if (IsDash(t[cut].Value))
        {
            for (var k = cut + 1; k < t.Count && t[k].Span.End <= a.Content.End; k++)
            {
                if (IsDash(t[k].Value))
                {
                    return null;
                }
            }
        }

        return t[cut - 1].Span.End;
    }
}
