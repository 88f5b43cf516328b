using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A report whose cue trails its content ("..., according to the Ledger", "..., they said") over a content that opens with a report
/// of its own and goes on in a clause of the writer's: "[The harbour board announced that it sold the ferry], [which had sailed since
/// 1990], according to the Ledger." PolNeAR marks two reports there: the board's (its content up to the comma) and the Ledger's (the
/// clause after it, from "which", "who", "but" or "while"). The trailing statement's content is cut to that clause, and the opening
/// report becomes a statement (its subject the speaker, its verb the cue) unless one already holds that cue. A content without such a
/// clause is left whole: over "X said Y, according to Z" PolNeAR marks Z's one report. docs/quotes.md, "spans107". Run last, on the
/// final attributions: no learned model reads its output.
/// </summary>
internal static class LeadingReport
{
    /// <summary>The most tokens of the opening report's subject ("His campaign manager, Jeff Weaver,").</summary>
    public const int MaximumSubjectTokens = 8;

    /// <summary>The most tokens between the opening cue and a "that" that starts its content ("announced last week that").</summary>
    public const int MaximumTokensBeforeThat = 3;

    private static readonly System.Collections.Frozen.FrozenSet<string> Cues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "say", "says", "announced", "announces", "reported", "reports"], StringComparer.Ordinal);

    // The words that open the writer's clause after the opening report's content, and start the trailing report's content.
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["which", "who", "but", "while"], StringComparer.Ordinal);

    /// <summary>The attributions with each opening report split out of a trailing report's content (see the class); the list itself when none is.</summary>
    public static List<Attribution> Split(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        var splits = new ContentSplits(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Type != QuoteType.Indirect || a.PartCount != 1 || a.Cue is not { } cue || cue.Start < a.Content.End)
            {
                continue;
            }

            var first = doc.IndexAtOrAfter(a.Content.Start);
            if (first >= t.Count || !t[first].IsWord || !char.IsUpper(t[first].Value[0]) || doc.Quoted[first] || IsShare(t[first])
                || doc.SentenceStartToken(first) != first || doc.SentenceOf[doc.IndexAtOrAfter(cue.Start)] != doc.SentenceOf[first])
            {
                continue;
            }

            if (OpeningCue(doc, first, a.Content.End) is not { } k)
            {
                continue;
            }

            // The opening report's content: after its cue, from a "that" a few tokens on ("announced last week that ...").
            var start = k + 1;
            for (var x = k + 1; x < t.Count && x <= k + 1 + MaximumTokensBeforeThat && t[x].Span.End <= a.Content.End; x++)
            {
                if (t[x].Lower == "that" && !doc.Quoted[x])
                {
                    start = x;
                    break;
                }
            }

            // The writer's clause: the first comma outside quotation marks after that content's first word, a clause word after it.
            var comma = -1;
            for (var x = start + 1; x + 1 < t.Count && t[x + 1].Span.End <= a.Content.End; x++)
            {
                if (t[x].Value == "," && !doc.Quoted[x])
                {
                    comma = ClauseWords.Contains(t[x + 1].Lower) && !doc.Quoted[x + 1] ? x : -1;
                    break;
                }
            }

            if (comma < 0 || comma - 1 < start || t[start].Span.Start >= t[comma - 1].Span.End)
            {
                continue;
            }

            var cueSpan = t[k].Span;
            var subjectEnd = k - 1;
            while (subjectEnd > first && t[subjectEnd].Value == ",")
            {
                subjectEnd--;
            }

            splits.Cut(i, new Span(t[comma + 1].Span.Start, a.Content.End), attributions.Any(x => x.Cue is { } c && c.Overlaps(cueSpan))
                ? null
                : new Attribution(new Span(t[start].Span.Start, t[comma - 1].Span.End), QuoteType.Indirect, cueSpan, t[k].Lower,
                    new Span(t[first].Span.Start, t[subjectEnd].Span.End), null));
        }

        return splits.Result();
    }

    // A subject that is a share of those asked ("Nearly three in four say ..., according to the survey") tells a poll's finding,
    // which PolNeAR gives whole to the poll.
    private static bool IsShare(Token token) => token.Value.Any(char.IsDigit) || Shares.Contains(token.Lower);

    private static readonly System.Collections.Frozen.FrozenSet<string> Shares = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["percent", "%", "majority", "most", "half", "third", "thirds", "quarter", "quarters", "one", "two", "three", "four", "five",
         "six", "seven", "eight", "nine", "ten", "many", "few", "some"], StringComparer.Ordinal);

    // The opening report's cue: a finite saying verb outside quotation marks within MaximumSubjectTokens of the content's first token,
    // the tokens before it a subject (words and commas, no other verb of saying, no quotation marks, no "to" or modal before the verb).
    private static int? OpeningCue(TokenizedDocument doc, int first, int end)
    {
        var t = doc.Tokens;
        for (var k = first + 1; k < t.Count && k - first <= MaximumSubjectTokens && t[k].Span.End < end; k++)
        {
            if (doc.Quoted[k] || !(t[k].IsWord || t[k].Value == ","))
            {
                return null;
            }

            if (Cues.Contains(t[k].Lower))
            {
                return (t[k - 1].IsWord || t[k - 1].Value == "," && k - 1 > first + 1) && !ContentEdges.BeForms.Contains(t[k - 1].Lower) && t[k - 1].Lower is not ("to" or "not" or "would" or "will" or "could" or "can" or "did")
                    ? k : null;
            }

            if (Lexicon.CueVerbs.ContainsKey(t[k].Lower) || IsShare(t[k]))
            {
                return null;
            }
        }

        return null;
    }
}
