using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch content35 (docs/quotes.md, "content35"): the "to" of a cue that takes it as a preposition
/// ("referring to", "alluded to", "a tribute to") is not content (<see cref="StartAfterPrepositionTo"/>); nor is the "about"
/// of "asked about" (content43).
/// </summary>
internal static partial class ContentEdges
{
    // Cue words whose "to" is a preposition that belongs to the cue: refer, allude, acquiesce (every form) and the nouns
    // reference, allusion, tribute. PolNeAR's cue ends in the "to" ("was referring to", "paid tribute to").
    private static readonly System.Collections.Frozen.FrozenSet<string> CuesWithTo = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["refer", "refers", "referred", "referring", "reference", "references", "allude", "alludes", "alluded", "alluding", "allusion",
         "allusions", "tribute", "tributes", "acquiesce", "acquiesces", "acquiesced", "acquiescing"], StringComparer.Ordinal);

    // Cue words whose "about" belongs to the cue: ask (every form). PolNeAR's cue is "asked about" ("When asked about [the
    // levy], Okafor said ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> CuesWithAbout = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ask", "asks", "asked", "asking"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content right after its cue starts when the cue's last word is a verb or noun that takes "to" as its
    /// preposition (<see cref="CuesWithTo"/>) and the content begins with that "to": "Okafor said, referring to [the harbour
    /// board]", "The mayor paid tribute to [the pier's builders]" (PolNeAR's cue is "referring to"; our content began with
    /// "to"). The "to" must follow the cue with only white space between and be followed, inside the content, by a token other
    /// than "as" ("referred to as the pier's saviour" names the thing, not what is referred to). The cue is left as it is. On
    /// PolNeAR train, 23 spans made exact, 2 unmade, no match lost (docs/quotes.md, "content35"). The "about" after a form of
    /// "ask" (<see cref="CuesWithAbout"/>: "When asked about [the levy], Okafor said ...") is read the same way, not before a
    /// personal pronoun ("asked about it": PolNeAR keeps the "about" of so short a content) (content43). Null when it does not
    /// apply.
    /// </summary>
    internal static int? StartAfterPrepositionTo(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out var last, out var first))
        {
            return null;
        }

        var t = doc.Tokens;
        if (first + 1 >= t.Count
            || !(t[first].Lower == "to" && CuesWithTo.Contains(t[last].Lower) || t[first].Lower == "about" && CuesWithAbout.Contains(t[last].Lower))
            || t[first + 1].Lower == "as" || t[first + 1].Span.Start >= a.Content.End
            || t[first].Lower == "about" && t[first + 1].Lower is "it" or "them" or "him" or "me" or "us" or "you")
        {
            return null;
        }

        return t[first + 1].Span.Start;
    }
}
