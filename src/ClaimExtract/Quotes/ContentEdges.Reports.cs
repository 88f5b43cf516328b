using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edges of branch content40 (docs/quotes.md, "content40"): reported content ends before a coordinated clause
/// that holds another attribution's cue ("said [the pier is safe], but the union said ...": <see cref="EndBeforeNextReport"/>),
/// and the participle of saying after "a statement" belongs to the cue ("issued a statement saying [the pier is safe]":
/// <see cref="StartAfterStatementParticiple"/>).
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
    /// Delgado", "Okafor said [the pier is safe], but the union said it would strike", "Okafor said [the pier would close in
    /// May] — the union says it will strike first". The content ends at the last clause break (outside quotation marks)
    /// before the other cue: a comma followed by <see cref="ClauseJoiners"/> (not "and that" / "but that": a second complement
    /// clause of the same cue), a "but" without a comma, or a spaced dash that is the content's last; any other comma last
    /// before the cue (", who said", ", adding") or a semicolon (a list's items) leaves the content whole. Two words or more
    /// must stand before the break. PolNeAR annotates the coordinated clause's report as an attribution of its own and ends
    /// this one before it. On PolNeAR train, 40 spans made exact and 3 unmade (docs/quotes.md, "content40"). Null when it
    /// does not apply.
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

        // No other cue inside: nothing to end before (and no scan to the article's end).
        if (other == int.MaxValue)
        {
            return null;
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

        // A semicolon last before the other cue parts the items of a list ("... when the levy passed; when Okafor said ..."),
        // each of which the cue may govern: no end.
        if (cut < 0 || wordsBefore < 2 || t[cut].Value == ";")
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

    // Nouns of a written or posted statement whose participle of saying reports its content ("issued a statement saying ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> StatementNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["statement", "statements", "tweet", "tweets", "message", "post", "letter", "release", "email", "memo", "video"], StringComparer.Ordinal);

    // Words that may stand before the statement noun ("a joint statement", "their written statement").
    private static readonly System.Collections.Frozen.FrozenSet<string> StatementModifiers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["a", "an", "the", "his", "her", "their", "its", "joint", "written", "brief", "short", "lengthy", "separate", "formal", "new"],
        StringComparer.Ordinal);

    // Participles of saying after a statement noun besides those of NamingParticiples ("a statement expressing ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> StatementParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["expressing", "condemning", "stating", "declaring", "announcing", "denying", "explaining", "demanding"], StringComparer.Ordinal);

    /// <summary>
    /// Where the content right after its cue starts when it opens with a statement noun and a participle of saying: "The
    /// union issued a statement saying [the pier is safe]", "Both parties issued statements condemning [the attack]",
    /// "Okafor released a joint statement Tuesday, describing [the talks as useful]". PolNeAR's cue is "issued a statement
    /// saying" and its content what the participle reports. Up to two words (<see cref="StatementModifiers"/>) before the noun
    /// (<see cref="StatementNouns"/>), then a day ("Tuesday", "on Tuesday") and a comma at most, then the participle
    /// (<see cref="NamingParticiples"/>, <see cref="StatementParticiples"/>), and a word after it inside the content, not a
    /// preposition ("calling on ..."). <see cref="StartAtNounPhrase"/> leaves a "that" after such a participle where it is. On
    /// PolNeAR train, 8 spans made exact and none unmade (docs/quotes.md, "content40"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterStatementParticiple(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out _, out var first))
        {
            return null;
        }

        var t = doc.Tokens;
        var k = first;
        while (k < first + 2 && k < t.Count && StatementModifiers.Contains(t[k].Lower))
        {
            k++;
        }

        if (k >= t.Count || !StatementNouns.Contains(t[k].Lower))
        {
            return null;
        }

        k++;
        if (k + 1 < t.Count && t[k].Lower == "on" && TimeNouns.Contains(t[k + 1].Lower))
        {
            k += 2;
        }
        else if (k < t.Count && TimeNouns.Contains(t[k].Lower))
        {
            k++;
        }

        if (k < t.Count && t[k].Value == ",")
        {
            k++;
        }

        if (k + 1 >= t.Count || !(NamingParticiples.Contains(t[k].Lower) || StatementParticiples.Contains(t[k].Lower))
            || t[k + 1].Span.Start >= a.Content.End || !t[k + 1].IsWord || Lexicon.Prepositions.Contains(t[k + 1].Lower))
        {
            return null;
        }

        return t[k + 1].Span.Start;
    }
}
