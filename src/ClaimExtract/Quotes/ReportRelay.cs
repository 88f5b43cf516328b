using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Who relays a statement the article gives to its speaker through an intermediary (<see cref="Attribution.ReportedBy"/>): "“We will
/// not pay,” Ana Ruiz said, according to the Daily Ledger." is Ana Ruiz's, reported by the Daily Ledger. Two forms, both read after
/// every other pass, neither changing a statement's content, cue or speaker (only the reporter is set):
/// <list type="bullet">
/// <item>A quotation's trailing report ("“...,” X said [of the plan]") that its sentence goes on, within <see cref="MaximumTrailGap"/>
/// tokens and no quotation mark or conjunction between, to "according to Y" or ", Y reported." (<see cref="TrailingSource"/>). No
/// statement stands for Y there: the rules read the inner report alone (docs/quotes.md, "speakers106").</item>
/// <item>A statement whose whole clause is the content of another statement of relaying ("according to", "reported", "reports") by
/// another speaker: "According to the Ledger, Ruiz said the deal was dead", "The Ledger reported that Ruiz said ...", "In one email,
/// Ruiz described ..., the Ledger reported." (<see cref="RelayingStatement"/>). The clause must open that content (or follow a comma,
/// an opening phrase's, or its "that") and run to its end: a report deeper inside ("... if their candidate announced") is not the
/// one relayed.</item>
/// </list>
/// A medium or an addressee ("said in an interview with the Ledger", "told the Ledger") is not a reporter: neither form reads it.
/// Branch report108 (docs/quotes.md, "report108").
/// </summary>
internal static class ReportRelay
{
    /// <summary>The most tokens between a trailing report's cue (or speaker) and its "according to" ("told reporters at the time,").</summary>
    public const int MaximumTrailGap = 10;

    // A source runs to the next comma within this many tokens; a longer stretch is no source phrase (as AccordingTo reads it).
    private const int MaximumSourceTokens = 30;

    // The most words of Y in ", Y reported." ("Portuguese newspaper Correio de Manha").
    private const int MaximumReporterWords = 6;

    /// <summary>Cues of a statement that relays another's words: its content holds the relayed report whole.</summary>
    internal static readonly FrozenSet<string> RelayingCues = FrozenSet.ToFrozenSet(
        ["according to", "reported", "reports", "has reported", "have reported", "is reporting", "reporting"], StringComparer.OrdinalIgnoreCase);

    // Words that open a clause of its own between a report and a later phrase (", and according to the Ledger the board agreed").
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "as", "because", "when", "although", "though", "after", "before", "if"], StringComparer.Ordinal);

    /// <summary>The statements with <see cref="Attribution.ReportedBy"/> set where one of the two forms reads a reporter; the list itself.</summary>
    public static List<Attribution> Apply(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Cue is null || a.Speaker is not { } speaker || a.CueText is null || RelayingCues.Contains(a.CueText))
            {
                continue;
            }

            if ((TrailingSource(doc, a) ?? RelayingStatement(doc, attributions, a)) is { } reporter && !reporter.Overlaps(speaker))
            {
                attributions[i] = a with { ReportedBy = reporter };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Y of "“...,” X said, according to Y." or "“...,” X said, Y reported." after a quotation's trailing report; null when the sentence
    /// does not go on so. Y is what follows "to" up to the next comma of the sentence, cut at a parenthesis ("the Ledger (Vexo)").
    /// </summary>
    internal static Span? TrailingSource(TokenizedDocument doc, Attribution a)
    {
        var t = doc.Tokens;
        var cue = a.Cue!.Value;
        var speaker = a.Speaker!.Value;
        if (a.Content.Start >= Math.Min(cue.Start, speaker.Start))
        {
            return null;
        }

        var opening = doc.IndexAtOrAfter(Math.Min(cue.Start, speaker.Start));
        var after = doc.IndexAtOrAfter(Math.Max(cue.End, speaker.End));
        if (opening == 0 || opening >= t.Count || after >= t.Count || !IsClosingQuotationMark(t[opening - 1]))
        {
            return null;
        }

        var sentenceEnd = doc.SentenceEndToken(opening);
        for (var j = after; j < sentenceEnd && j < after + MaximumTrailGap; j++)
        {
            if (t[j].Lower == "according" && j + 2 < sentenceEnd && t[j + 1].Lower == "to")
            {
                return SourceAfterTo(t, j + 2, sentenceEnd);
            }

            if (t[j].Value == "," && ReporterBeforeReported(t, j + 1, sentenceEnd) is { } reporter)
            {
                return reporter;
            }

            if (IsClosingQuotationMark(t[j]) || t[j].Value is "“" or "‘" or "``" || ClauseOpeners.Contains(t[j].Lower))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of another statement whose cue relays ("according to", "reported") and whose content is <paramref name="a"/>'s
    /// clause (its speaker, cue and content), opening it or after a comma or "that" and running to its end; null when there is none.
    /// </summary>
    internal static Span? RelayingStatement(TokenizedDocument doc, List<Attribution> attributions, Attribution a)
    {
        var t = doc.Tokens;
        var first = Math.Min(a.Content.Start, Math.Min(a.Cue!.Value.Start, a.Speaker!.Value.Start));
        var last = Math.Max(a.Content.End, Math.Max(a.Cue.Value.End, a.Speaker.Value.End));
        foreach (var b in attributions)
        {
            if (ReferenceEquals(b, a) || b.Speaker is not { } source || b.CueText is null || !RelayingCues.Contains(b.CueText)
                || b.Content.Start > first || b.Content.End < last || source.Overlaps(new Span(first, last)))
            {
                continue;
            }

            // Nothing but punctuation between the clause's end and the content's ("... in a “burn bag,”" the Ledger reported).
            var k = doc.IndexAtOrAfter(last);
            while (k < t.Count && t[k].Span.Start < b.Content.End && !t[k].IsWord)
            {
                k++;
            }

            if (k < t.Count && t[k].Span.Start < b.Content.End || IsAside(doc, b))
            {
                continue;
            }

            // The clause opens the content, or follows a comma (an opening phrase's: "In one email, Ruiz ...") or the content's "that".
            var f = doc.IndexAtOrAfter(first);
            var opens = f == 0 || t[f - 1].Span.End <= b.Content.Start || t[f - 1].Value == ","
                        || t[f - 1].Lower == "that" && (f < 2 || t[f - 2].Span.End <= b.Content.Start);
            if (opens)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the relaying phrase stands in a later clause, not over the report before it: set off by a dash ("... a video while —
    /// according to emails unearthed ... — knowing"), or after a word that opens a clause of its own, which the content then ends in
    /// ("blamed the attack on a video while").
    /// </summary>
    private static bool IsAside(TokenizedDocument doc, Attribution relaying)
    {
        var t = doc.Tokens;
        var cue = doc.IndexAtOrAfter(relaying.Cue!.Value.Start);
        var before = doc.IndexAtOrAfter(relaying.Content.End) - 1;
        return cue > 0 && t[cue - 1].Value is "—" or "–" or "--"
               || before >= 0 && before < t.Count && ClauseOpeners.Contains(t[before].Lower);
    }

    // Y of ", Y reported." (from the token after the comma): up to MaximumReporterWords words, then "reported" or "reports", then the
    // sentence's end (its closing punctuation or none).
    private static Span? ReporterBeforeReported(List<Token> t, int from, int sentenceEnd)
    {
        for (var r = from + 1; r < sentenceEnd && r <= from + MaximumReporterWords; r++)
        {
            if (!t[r].IsWord)
            {
                return null;
            }

            if (t[r].Lower is "reported" or "reports" && (r + 1 >= sentenceEnd || t[r + 1].Value is "." or ";" or "!"))
            {
                return t[from].IsCapitalized || t[from].Lower == "the" ? new Span(t[from].Span.Start, t[r - 1].Span.End) : null;
            }
        }

        return null;
    }

    // The source after "according to" (at first): to the next comma of the sentence or its closing punctuation, cut at a parenthesis.
    private static Span? SourceAfterTo(List<Token> t, int first, int sentenceEnd)
    {
        var last = sentenceEnd - 1;
        while (last > first && !t[last].IsWord && (t[last].Value is "." or "!" or "?" or ";" or ":" || IsClosingQuotationMark(t[last])))
        {
            last--;
        }

        for (var j = first; j <= last; j++)
        {
            if (t[j].Value is "," or "(")
            {
                last = j - 1;
                break;
            }
        }

        return last < first || last - first >= MaximumSourceTokens ? null : new Span(t[first].Span.Start, t[last].Span.End);
    }

    private static bool IsClosingQuotationMark(Token token) => !token.IsWord && token.Value is "”" or "\"" or "’" or "'" or "''" or "»";
}
