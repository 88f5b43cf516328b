using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact50 (docs/quotes.md, "exact50"): content after its cue ends before a comma that a report of
/// its own follows, another statement's cue within two words of the comma with its content after that cue ("Okafor praised
/// [the levy], saying it would ...", "Nobody contested [the count], Okafor said [the ...]": <see cref="EndBeforeCommaReport"/>).
/// It runs last among the rules after the models, when the statements the later rules add (stances, nested and trailing
/// reports) are there to be read.
/// </summary>
internal static partial class ContentEdges
{
    // Words after the comma that open a relative or subordinate clause attached to what comes before (", who said ...",
    // ", because she said ..."): the report after them is the clause's, not a new one.
    private static readonly System.Collections.Frozen.FrozenSet<string> AttachedClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["who", "which", "that", "where", "when", "whose", "whom", "while", "whether", "if", "because"], StringComparer.Ordinal);

    // Words that open a complement clause: a comma right after one, or in its first four words, parts off an adverbial clause
    // inside the complement ("said that, when asked, she ..."), not the end of the complement.
    private static readonly System.Collections.Frozen.FrozenSet<string> CommaComplementOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "whether", "if"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with <see cref="CommaBeforeReport"/> applied: each indirect or mixed content in one piece after its cue
    /// that holds a comma a report of its own follows ends before that comma. On PolNeAR train (simulated on main's output): 18
    /// spans made exact, 1 unmade, one match lost and one won (docs/quotes.md, "exact50").
    /// </summary>
    public static List<Attribution> EndBeforeCommaReport(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);

        // The cues by start, to find the cues right after a comma in logarithmic time (a page of thousands of statements must not
        // cost their square).
        var cues = new List<(int Start, int Index)>();
        for (var i = 0; i < attributions.Count; i++)
        {
            if (attributions[i].Cue is { } c)
            {
                cues.Add((c.Start, i));
            }
        }

        if (cues.Count < 2)
        {
            return attributions;
        }

        cues.Sort();
        var starts = cues.ConvertAll(c => c.Start);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (CommaBeforeReport(doc, a, i, attributions, cues, starts) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, after its cue, the cue holding a word) ends
    /// when, outside quotation marks, one of its commas is followed by a report of its own: the start of the first such comma.
    /// A report of its own is another statement whose cue starts after the comma with at most two words between (", saying",
    /// ", he said", ", Clinton's campaign contended"), ends inside the content, and whose content starts after the comma and
    /// after that cue. Passed over: a comma with no space after it, a comma with no word before it in the content, right after a complement opener
    /// ("that", "whether", "if") or within four words of a content that opens with one ("that, while ..., she"); a comma before
    /// a relative or subordinating word (who, which, that, where, when, whose, whom, while, whether, if, because); a comma before
    /// a number or an abbreviated capitalised word (a date's year, a state after its city: "Aug. 8, 2015", "Concord, N.H.").
    /// Null when no comma applies.
    /// </summary>
    internal static int? CommaBeforeReport(TokenizedDocument doc, Attribution a, int index, List<Attribution> attributions,
        List<(int Start, int Index)> cues, List<int> starts)
    {
        if (ReportedAfterCue(a) is not { } cue || !HasLetter(doc.Document.Text, cue))
        {
            return null;
        }

        var text = doc.Document.Text;
        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        var words = 0;
        var firstWord = first < t.Count && t[first].IsWord ? t[first].Lower : "";
        for (var j = first; j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (t[j].IsWord)
            {
                words++;
                continue;
            }

            if (t[j].Value != "," || doc.Quoted[j] || words == 0 || j == first)
            {
                continue;
            }

            if (CommaComplementOpeners.Contains(t[j - 1].Lower) || CommaComplementOpeners.Contains(firstWord) && words <= 4)
            {
                continue;
            }

            var next = t[j + 1];
            if (next.Span.Start == t[j].Span.End
                || next.IsWord && AttachedClauseOpeners.Contains(next.Lower)
                || char.IsDigit(next.Value[0])
                || next.IsCapitalized && (next.Value.EndsWith('.') || j + 2 < t.Count && t[j + 2].Value == "." && t[j + 2].Span.Start == next.Span.End))
            {
                continue;
            }

            if (ReportAfter(text, a, index, t[j].Span.End, attributions, cues, starts))
            {
                return t[j].Span.Start;
            }
        }

        return null;
    }

    // Whether another statement's cue starts after the comma ending at commaEnd with at most two words between, ends inside a's
    // content, and has its content after the comma and after the cue.
    private static bool ReportAfter(string text, Attribution a, int index, int commaEnd, List<Attribution> attributions,
        List<(int Start, int Index)> cues, List<int> starts)
    {
        var k = starts.BinarySearch(commaEnd);
        k = k < 0 ? ~k : k;
        for (; k < cues.Count && cues[k].Start < a.Content.End; k++)
        {
            if (WordsBetween(text, commaEnd, cues[k].Start) > 2)
            {
                return false;
            }

            var o = attributions[cues[k].Index];
            if (cues[k].Index != index && o.Cue is { } oc && oc.End <= a.Content.End && o.Content.Start >= commaEnd
                && o.Content.Start > oc.Start)
            {
                return true;
            }
        }

        return false;
    }

    // The words (runs of characters that are not white space) between two offsets.
    private static int WordsBetween(string text, int from, int to)
    {
        var count = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var space = char.IsWhiteSpace(text[i]);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }

    private static bool HasLetter(string text, Span span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
