using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edges of branch content38 (docs/quotes.md, "content38"): content after its cue ends before a comma and a
/// participle that opens an act of its own ("defended [the levy], calling it fair", "said [the pier would close], drawing
/// boos": <see cref="EndBeforeTrailingParticiple"/>); an addressee between a cue of telling or asking and its complement is not
/// content ("told reporters [that ...]": <see cref="StartAfterAddressee"/>); the verb after "quick to" belongs to the cue
/// ("was quick to point out [that ...]": <see cref="StartAfterQuickTo"/>), nor the "for" or "on" of "called for"
/// (<see cref="StartAfterCallPreposition"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Participles of a reaction to what was said or done: their subject is the whole act before the comma, never part of
    // what was reported ("..., drawing boos from the crowd", "..., prompting a walkout").
    private static readonly System.Collections.Frozen.FrozenSet<string> ReactionParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["drawing", "prompting", "sparking", "triggering"], StringComparer.Ordinal);

    // Participles of saying or naming that open the speaker's next act after the object of a cue that is not a verb of
    // saying ("praised [the crews], calling them ..."). After a verb of saying PolNeAR keeps them in the content.
    private static readonly System.Collections.Frozen.FrozenSet<string> NamingParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["calling", "saying", "claiming", "citing", "referring", "describing", "accusing", "labeling", "labelling", "dubbing", "branding",
         "blaming", "praising", "criticizing", "criticising", "mocking", "dismissing", "urging", "warning", "vowing", "arguing",
         "insisting", "noting", "adding"], StringComparer.Ordinal);

    /// <summary>
    /// Where indirect or mixed content in one piece, after its cue, ends when its first comma (not inside a quotation, right
    /// after a word of the content) is followed by a lower-case participle that opens an act of its own: a reaction
    /// (<see cref="ReactionParticiples"/>: "Okafor said [the pier would close], drawing boos from the crowd") after any cue, or
    /// a participle of saying or naming (<see cref="NamingParticiples"/>: "Okafor defended [the levy], calling it fair") after
    /// a cue that is not a verb of saying (<see cref="CueReportsSpeech"/>; after "said" PolNeAR keeps "..., calling it ..." in the
    /// content). PolNeAR annotates the participle as an attribution of its own. On PolNeAR train, 17 spans made exact and none
    /// unmade in the simulation (docs/quotes.md, "content38"). Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeTrailingParticiple(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        var comma = first;
        while (comma < t.Count && t[comma].Span.End <= a.Content.End && t[comma].Value != ",")
        {
            comma++;
        }

        if (comma <= first || comma + 1 >= t.Count || t[comma].Span.End > a.Content.End || t[comma].Value != "," || doc.Quoted[comma]
            || !t[comma - 1].IsWord || t[comma - 1].Span.End != t[comma].Span.Start || t[comma + 1].Span.End > a.Content.End)
        {
            return null;
        }

        // The comma of "a statement Tuesday, describing ..." is the cue's (StartAfterStatementParticiple): not the content's end.
        var next = t[comma + 1].Value;
        if (StartAfterStatementParticiple(doc, a) is not null)
        {
            return null;
        }

        if (ReactionParticiples.Contains(next) || NamingParticiples.Contains(next) && !CueReportsSpeech(doc, cue))
        {
            return t[comma].Span.Start;
        }

        return null;
    }

    // Cue words of telling and asking whose first object is the addressee ("told reporters that ...", "asked Okafor whether ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> AddresseeCues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ask", "asks", "asked", "asking", "tell", "tells", "told", "telling", "remind", "reminds", "reminded", "reminding", "assure",
         "assures", "assured", "assuring", "inform", "informs", "informed", "informing", "warn", "warns", "warned", "warning"], StringComparer.Ordinal);

    // Words that open the complement after the addressee (not "who"/"which", which open a relative clause on the addressee).
    private static readonly System.Collections.Frozen.FrozenSet<string> ComplementOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "whether", "if", "how", "what", "why", "when", "where"], StringComparer.Ordinal);

    // Words that cannot stand in a short addressee: prepositions, adverbs of the cue, words that open a clause themselves.
    private static readonly System.Collections.Frozen.FrozenSet<string> NotAddressee = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "to", "whether", "if", "how", "what", "why", "when", "who", "where", "which", "not", "it", "about", "on", "in", "at",
         "for", "of", "with", "by", "from", "as", "again", "also", "yet", "so", "then", "and", "or", "but"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content right after a cue of telling or asking (<see cref="AddresseeCues"/>, the cue's last word) starts
    /// when it opens with an addressee of one to three words and then a word that opens a complement
    /// (<see cref="ComplementOpeners"/>): at that word ("Okafor told reporters [that the pier would close]", "asked the mayor
    /// [whether the levy would stay]"). The addressee's words are unquoted words, none a preposition, adverb in -ly or clause
    /// opener (<see cref="NotAddressee"/>). On PolNeAR train, 5 spans made exact and 1 unmade in the simulation
    /// (docs/quotes.md, "content38"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterAddressee(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out var last, out var first))
        {
            return null;
        }

        var t = doc.Tokens;
        if (!AddresseeCues.Contains(t[last].Lower))
        {
            return null;
        }

        for (var j = first; j < first + 4 && j < t.Count && t[j].Span.End <= a.Content.End; j++)
        {
            if (j > first && ComplementOpeners.Contains(t[j].Lower))
            {
                return j + 1 < t.Count && t[j + 1].Span.Start < a.Content.End ? t[j].Span.Start : null;
            }

            var w = t[j].Lower;
            if (!t[j].IsWord || doc.Quoted[j] || NotAddressee.Contains(w) || w.Length > 3 && w.EndsWith("ly", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    // Particles that stay with the verb after "quick to" ("quick to point out").
    private static readonly System.Collections.Frozen.FrozenSet<string> QuickParticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["out", "up", "on", "off", "down", "about", "in"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content right after the cue "quick" (the cue's last word: "was quick") starts when it opens with "to"
    /// and a lower-case verb: after the verb and a particle ("Okafor was quick to point out [that the pier stays open]",
    /// "was quick to praise [the crews]"); PolNeAR's cue is "quick to point out". Not "to be"/"to have", and a word must follow
    /// inside the content. On PolNeAR train, 5 spans made exact and none unmade in the simulation (docs/quotes.md,
    /// "content38"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterQuickTo(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out var last, out var first))
        {
            return null;
        }

        var t = doc.Tokens;
        if (first + 2 >= t.Count || t[last].Lower != "quick" || t[first].Lower != "to")
        {
            return null;
        }

        var verb = t[first + 1];
        if (!verb.IsWord || verb.Value != verb.Lower || verb.Lower is "be" or "have" || doc.Quoted[first + 1])
        {
            return null;
        }

        var next = first + 2;
        if (QuickParticles.Contains(t[next].Lower))
        {
            next++;
        }

        return next < t.Count && t[next].Span.Start < a.Content.End && (t[next].IsWord || doc.Quoted[next] || t[next].Value is "“" or "\"")
            ? t[next].Span.Start : null;
    }

    // Forms of "call" whose "for" or "on" PolNeAR's cue takes ("called for", "calling on").
    private static readonly System.Collections.Frozen.FrozenSet<string> CallForms = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["call", "calls", "called", "calling"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content right after a cue whose last word is a form of "call" starts when it opens with "for" or "on":
    /// after it ("The union called for [a new levy]", "Okafor called on [the board to act]"; PolNeAR's cue is "called for").
    /// The preposition follows the cue with only white space between, and a word or an opening quotation mark follows it inside
    /// the content. On PolNeAR train, 8 spans made exact and 1 unmade in the simulation (docs/quotes.md, "content38"). Null
    /// when it does not apply.
    /// </summary>
    internal static int? StartAfterCallPreposition(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out var last, out var first))
        {
            return null;
        }

        var t = doc.Tokens;
        if (first + 1 >= t.Count || !CallForms.Contains(t[last].Lower)
            || t[first].Lower is not ("for" or "on") || t[first + 1].Span.Start >= a.Content.End
            || !(t[first + 1].IsWord || t[first + 1].Value is "\u201c" or "\""))
        {
            return null;
        }

        return t[first + 1].Span.Start;
    }
}
