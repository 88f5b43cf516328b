using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch content36 (docs/quotes.md, "content36"): reported content before "SPEAKER said" that ran on
/// over the speaker, the cue and a participle of saying ends before the speaker ("[The pier will close], Okafor said,
/// adding that ...": <see cref="EndBeforeSpeakerAndParticiple"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Participles of saying: after "SPEAKER said," their subject is the speaker, so the clause they open is the speaker's act,
    // not a part of what was reported ("said, adding that", "reported, citing a source").
    private static readonly System.Collections.Frozen.FrozenSet<string> SayingParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["adding", "noting", "citing", "recalling", "explaining", "arguing", "saying", "insisting", "referring", "pointing", "stressing",
         "warning", "acknowledging", "asserting", "claiming", "suggesting", "calling", "describing", "declaring", "writing", "telling",
         "asking", "urging", "quoting", "repeating", "reiterating", "emphasizing", "emphasising", "contending", "conceding",
         "complaining", "observing", "predicting", "promising", "vowing", "joking", "answering", "replying", "responding"], StringComparer.Ordinal);

    // Words that open a phrase before a clause rather than the clause itself ("In his state, Okafor said, ..."): a lead
    // whose content goes on after the speaker. LeadOpeners (connectives, subordinators) count too.
    private static readonly System.Collections.Frozen.FrozenSet<string> PhraseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["meanwhile", "in", "on", "at", "during", "with", "for", "from", "by", "under", "over", "despite", "amid", "of", "to", "without",
         "through", "like", "within", "upon", "into", "about", "against", "among", "between", "toward", "towards"], StringComparer.Ordinal);

    // First words of a short time phrase that may stand between the cue and the participle's comma ("said Tuesday in Paris,").
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "tonight", "monday", "tuesday",
         "wednesday", "thursday", "friday", "saturday", "sunday", "after", "before", "late", "early"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content that holds its speaker and its cue ends when they follow it after a comma and a participle of
    /// saying follows them: "[The pier will close in May], Okafor said, adding that the levy stays", "[The mayor soured on the
    /// plan], the Gazette reported Tuesday, citing two aides" (PolNeAR's content is the clause before the comma; ours ran to the
    /// sentence's end). The content is indirect or mixed in one piece, with no line break; the cue is one word, a verb of saying
    /// (<see cref="CueReportsSpeech"/>, not "according to"), with its speaker right before or after it (white space only
    /// between); a comma right after a word stands before them. The clause before the comma holds three words or more, does not
    /// open with a quotation mark (a direct quotation joined to the next is PolNeAR's convention), a connective or subordinator
    /// (<see cref="LeadOpeners"/>), a preposition or "meanwhile" (<see cref="PhraseOpeners"/>) or an -ing word: such a lead
    /// goes on after the speaker ("In the end, Okafor said, the levy passed"). After the speaker and cue: at most four words
    /// opening with a time word (<see cref="TimeOpeners"/>), then a comma and a lower-case participle of saying
    /// (<see cref="SayingParticiples"/>). On PolNeAR train, 7 spans made exact, none unmade (docs/quotes.md, "content36").
    /// Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeSpeakerAndParticiple(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.PartCount != 1 || a.Cue is not { } cue || a.Speaker is not { } speaker
            || cue.Start <= a.Content.Start || cue.End >= a.Content.End || speaker.Start <= a.Content.Start || speaker.End >= a.Content.End)
        {
            return null;
        }

        var text = doc.Document.Text;
        var lo = Math.Min(cue.Start, speaker.Start);
        var hi = Math.Max(cue.End, speaker.End);
        var (gapStart, gapEnd) = cue.Start < speaker.Start ? (cue.End, speaker.Start) : (speaker.End, cue.Start);
        if (gapEnd < gapStart || !text.AsSpan(gapStart, gapEnd - gapStart).IsWhiteSpace() || text.AsSpan(a.Content.Start, a.Content.Length).IndexOfAny('\n', '\r') >= 0
            || !CueReportsSpeech(doc, cue))
        {
            return null;
        }

        var t = doc.Tokens;
        var c = doc.IndexAtOrAfter(cue.Start);
        if (c + 1 < t.Count && t[c + 1].Span.Start < cue.End || t[c].Lower == "according")
        {
            return null;
        }

        // A comma right after a word, then the speaker and the cue.
        var comma = doc.IndexAtOrAfter(lo) - 1;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (comma - 1 <= first || t[comma].Value != "," || !t[comma - 1].IsWord || t[comma - 1].Span.End != t[comma].Span.Start)
        {
            return null;
        }

        var words = 0;
        for (var j = first; j < comma; j++)
        {
            words += t[j].IsWord ? 1 : 0;
        }

        var opener = t[first];
        if (words < 3 || !opener.IsWord || LeadOpeners.Contains(opener.Lower) || PhraseOpeners.Contains(opener.Lower)
            || opener.Lower.Length > 4 && opener.Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        // At most four words of a time phrase, a comma and a participle of saying, inside the content.
        var j2 = doc.IndexAtOrAfter(hi);
        var between = 0;
        while (j2 < t.Count && t[j2].Span.End <= a.Content.End && t[j2].IsWord && between < 5)
        {
            if (between == 0 && !TimeOpeners.Contains(t[j2].Lower))
            {
                return null;
            }

            between++;
            j2++;
        }

        if (between > 4 || j2 + 1 >= t.Count || t[j2].Value != "," || t[j2 + 1].Span.End > a.Content.End
            || !SayingParticiples.Contains(t[j2 + 1].Value))
        {
            return null;
        }

        return t[comma].Span.Start;
    }
}
