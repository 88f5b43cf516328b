using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact56 (docs/quotes.md, "exact56"): a bare clause reported after its cue ends before a
/// non-restrictive ", who ..." clause on its last word, the writer's description of a person the report names ("Okafor said
/// [the board would meet Delgado], who chairs the harbour trust": <see cref="EndBeforeWhoClause"/>). PolNeAR leaves that
/// description out of the content.
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>
    /// The attributions with <see cref="WhoClause"/> applied: each indirect or mixed bare clause in one piece after its cue that
    /// ends with a ", who ..." description ends before its comma. On PolNeAR train (simulated on main's output): 9 spans made
    /// exact, 1 unmade, no match lost (docs/quotes.md, "exact56").
    /// </summary>
    public static List<Attribution> EndBeforeWhoClause(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (WhoClause(doc, a) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, after its cue) ends when its first comma outside
    /// quotation marks (<see cref="FirstContentComma"/>) opens a "who" clause that runs to the content's end, after words that
    /// read as a bare clause (<see cref="IsClause"/>, not a "that" complement): the start of that comma. The comma's word may be a
    /// name ("... gave their votes to Ana Ruiz, who is paired on the ticket with ..."), not a noun of a person or a group
    /// (<see cref="Lexicon.PersonNouns"/>, <see cref="Lexicon.GroupNouns"/>). Left whole as well: a content that opens with a
    /// finite verb (its subject lies outside it), a comma inside an open parenthesis, a "who" clause whose next word is a subject
    /// pronoun (a report of its own: "refugees, who he speculates are ..."), a "who" clause with a comma, a colon, a semicolon or a
    /// sentence's end before the content's last word (the content runs on past the description; a period that only closing
    /// quotation marks follow ends a quotation, not a sentence), or with the closing mark of a quotation opened before the
    /// comma. Null when it does not apply.
    /// </summary>
    internal static int? WhoClause(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (FirstContentComma(doc, a) is not { } j || j + 2 >= doc.Tokens.Count)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (t[j + 1].Lower != "who" || t[first].Lower == "that" || ClauseAuxiliaries.Contains(t[first].Lower)
            || SubjectPronouns.Contains(t[j + 2].Lower) || FramedByItsCue(doc, a, first) || !IsClause(t, first, j)
            || !CommentRunsToTheEnd(doc, a, j, namesTooFirst: true))
        {
            return null;
        }

        var open = 0;
        for (var k = first; k < j; k++)
        {
            open += t[k].Value == "(" ? 1 : t[k].Value == ")" ? -1 : 0;
        }

        if (open > 0)
        {
            return null;
        }

        for (var k = j + 2; k + 1 < t.Count && t[k + 1].Span.End <= a.Content.End; k++)
        {
            if (t[k].Value is ":" or ";" || t[k].Value is "." or "?" or "!" && !ClosesTheContent(doc, a, k + 1))
            {
                return null;
            }
        }

        return t[j].Span.Start;
    }

    // Whether the tokens from `k` to the end of the content of `a` are closing quotation marks alone: a period before them ends
    // a quotation that closes the content ("... were \u201cextremely careless.\u201d"), not a sentence inside it.
    private static bool ClosesTheContent(TokenizedDocument doc, Attribution a, int k)
    {
        var t = doc.Tokens;
        for (; k < t.Count && t[k].Span.End <= a.Content.End; k++)
        {
            if (t[k].Value is not ("\u201d" or "\"" or "'" or "\u2019"))
            {
                return false;
            }
        }

        return true;
    }
}
