using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact49 (docs/quotes.md, "exact49"): the content of a cue inside a clause that opens its
/// sentence with a subordinator ends where that clause ends ("While Okafor praised [the new levy], the union called it a
/// tax on the poor": <see cref="EndBeforeMainClause"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Words that open an adverbial clause or phrase before the sentence's main clause ("While ..., the union ...", "Even as
    // ...", "Despite ...").
    private static readonly FrozenSet<string> OpeningSubordinators = FrozenSet.ToFrozenSet(
        ["While", "Though", "Although", "After", "Before", "Even", "If", "When", "Despite", "Since", "Because", "Once", "Whereas", "Unless",
         "Until", "As"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content in one piece, right after its cue, ends when the cue stands in a clause that opens its sentence
    /// with a subordinator (<see cref="OpeningSubordinators"/>: "While", "Though", "After", "As", "Despite", ...): the
    /// content ends before the first comma outside quotation marks (followed by a space, three characters or more into the
    /// content), where the opening clause gives way to the main clause. "While Okafor praised [the new levy], the union called
    /// it a tax on the poor", "After Delgado said [the pier would close], the ferry crews walked out". The cue tagger ran the
    /// content on to the sentence's end; PolNeAR's content is the opening clause's object or complement (the main clause is
    /// another attribution or none). Guards: no comma or quotation mark between the sentence's first word and the cue (the
    /// cue is then in the main clause: "As Okafor said, [the pier ...]"); no content that opens with "by" ("As reported by
    /// the Courier, the pier ..."); no reportive "As" clause (a verb of saying or knowing in the cue, <see cref="ReportiveAsVerbs"/>:
    /// "As Okafor noted in May, [the pier ...]"); no main clause that reports speech itself (<see cref="MainClauseReports"/>).
    /// On PolNeAR train, of the shortened contents that a gold content starts with, gold ends 90 at the comma and 6 past it;
    /// 92 exact spans made, 3 unmade, 9 matches lost net: the main clause's own gold attribution, a stance no cue of ours
    /// marks, which the long content had matched by overlap (docs/quotes.md, "exact49"). Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeMainClause(TokenizedDocument doc, Attribution a, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedRightAfterCue(doc, a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var cueFirst = doc.IndexAtOrAfter(cue.Start);
        if (cueFirst >= t.Count)
        {
            return null;
        }

        var opener = doc.SentenceStartToken(cueFirst);
        if (opener >= cueFirst || !OpeningSubordinators.Contains(t[opener].Value))
        {
            return null;
        }

        for (var j = opener + 1; j < cueFirst; j++)
        {
            if (t[j].Value is "," or "“" or "”" or "\"")
            {
                return null;
            }
        }

        // A reportive "As" clause ("As Okafor noted in May, the pier ...", "As we have seen, ..."): the main clause is the
        // cue's content, whatever adjunct stands before the comma.
        if (t[opener].Value == "As")
        {
            for (var j = cueFirst; j < t.Count && t[j].Span.Start < cue.End; j++)
            {
                if (ReportiveAsVerbs.Contains(t[j].Lower))
                {
                    return null;
                }
            }
        }

        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (first >= t.Count || t[first].Lower == "by")
        {
            return null;
        }

        for (var j = first + 1; j + 1 < t.Count && t[j].Span.End <= a.Content.End; j++)
        {
            if (t[j].Value == "," && !doc.Quoted[j] && t[j + 1].Span.Start > t[j].Span.End)
            {
                return t[j].Span.Start - a.Content.Start >= 3 && !MainClauseReports(doc, a, j, attributions) ? t[j].Span.Start : null;
            }
        }

        return null;
    }

    // Verbs of saying, showing and knowing whose "As" clause is reportive ("As Okafor put it, ...", "As I mentioned, ...").
    private static readonly FrozenSet<string> ReportiveAsVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "say", "told", "tells", "tell", "wrote", "writes", "write", "noted", "notes", "note", "reported", "reports", "report",
         "stated", "states", "state", "put", "puts", "pointed", "points", "point", "mentioned", "mentions", "mention", "seen", "saw", "see",
         "sees", "know", "knows", "knew", "known", "showed", "shows", "shown", "show", "revealed", "reveals", "reveal", "observed", "observes",
         "observe", "recalled", "recalls", "recall", "explained", "explains", "explain", "suggested", "suggests", "suggest", "argued", "argues",
         "argue", "claimed", "claims", "claim", "described", "describes", "describe", "predicted", "predicts", "predict", "added", "adds",
         "announced", "announces"], StringComparer.Ordinal);

    // Speech verbs besides Lexicon.NoParticleVerbs and Lexicon.ThatOnlyVerbs whose report in the main clause keeps the content
    // whole ("While ..., Okafor suggested the pier ...").
    private static readonly FrozenSet<string> MainClauseSpeech = FrozenSet.ToFrozenSet(
        ["suggest", "argue", "claim", "insist", "warn"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the main clause after the opening clause's comma (token <paramref name="comma"/>) to the content's end reports
    /// speech that our content stands for: a quotation opened right after a comma or colon ("After ..., Okafor shot back, “...”"),
    /// or, when no other attribution's cue stands there, a verb of saying outside quotation marks ("While ..., Okafor told
    /// reporters the pier ..."): the long content had matched that report, and cutting it would leave the report unfound.
    /// </summary>
    private static bool MainClauseReports(TokenizedDocument doc, Attribution a, int comma, List<Attribution> attributions)
    {
        var t = doc.Tokens;
        for (var k = comma; k + 1 < t.Count && t[k + 1].Span.End <= a.Content.End; k++)
        {
            if (t[k + 1].Value is "“" or "\"" && t[k].Value is "," or ":")
            {
                return true;
            }
        }

        var cut = t[comma].Span.Start;
        foreach (var b in attributions)
        {
            if (b.Cue is { } c && c.Start > cut && c.Start < a.Content.End)
            {
                return false;
            }
        }

        for (var k = comma + 1; k < t.Count && t[k].Span.End <= a.Content.End; k++)
        {
            if (!doc.Quoted[k] && Lexicon.CueVerbs.TryGetValue(t[k].Lower, out var lemma)
                && (Lexicon.NoParticleVerbs.Contains(lemma) || Lexicon.ThatOnlyVerbs.Contains(lemma) || MainClauseSpeech.Contains(lemma)))
            {
                return true;
            }
        }

        return false;
    }
}
