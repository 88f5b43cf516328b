using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact54 (docs/quotes.md, "exact54"): a bare clause reported after its cue ends before a comment
/// that a comma and "which", "where", "while" or "despite" add to it and that runs to the content's end ("Okafor said [the
/// levy had been approved], which surprised the harbour board": <see cref="EndBeforeClauseComment"/>). PolNeAR leaves the
/// writer's comment on the report out of its content.
/// </summary>
internal static partial class ContentEdges
{
    // The words that open a comment on the clause before the comma: a relative clause on it or its last noun, a contrast, a concession.
    private static readonly System.Collections.Frozen.FrozenSet<string> CommentOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["which", "where", "while", "despite"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with <see cref="ClauseComment"/> applied: each indirect or mixed bare clause in one piece after its cue
    /// that ends with a comment ends before the comment's comma. On PolNeAR train (simulated on main's output): 30 spans made
    /// exact, 8 unmade, 2 matches lost (docs/quotes.md, "exact54").
    /// </summary>
    public static List<Attribution> EndBeforeClauseComment(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (ClauseComment(doc, a) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, after its cue) ends when its first comma outside
    /// quotation marks (<see cref="FirstContentComma"/>) opens a comment with "which", "where", "while" or "despite" that runs to
    /// the content's end, after words that read as a bare clause (<see cref="IsClause"/>, not a "that" complement): the start of
    /// that comma. Left whole: a "that" complement (PolNeAR keeps the comment in it as often as it leaves it out: on train 6 made,
    /// 6 unmade for "which"), a noun phrase, a word before the comma that names a person or a group (<see cref="Lexicon.PersonNouns"/>,
    /// <see cref="Lexicon.GroupNouns"/>: "her aide, who ..." is a description), a comment with a comma of its own, a comment with
    /// a closing quotation mark of a quotation opened before the comma. Unlike <see cref="SummaryApposition"/>, a name may stand
    /// before the comma ("the arena in Cleveland, which will be sealed off"): on train, 13 more spans made, 3 unmade.
    /// Null when it does not apply.
    /// </summary>
    internal static int? ClauseComment(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (FirstContentComma(doc, a) is not { } j)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (FramedByItsCue(doc, a, first))
        {
            return null;
        }

        return CommentOpeners.Contains(t[j + 1].Lower) && t[first].Lower != "that" && IsClause(t, first, j)
            && CommentRunsToTheEnd(doc, a, j, namesTooFirst: true) ? t[j].Span.Start : null;
    }

    /// <summary>
    /// Whether a comma stands between the cue of <paramref name="a"/> and its content (<paramref name="first"/>: the content's first
    /// token): "As a Bloomberg report once explained, [Alibaba is merely a platform and it is not as easy as listing on Amazon,
    /// which has its own logistics network]". The cue's clause frames the sentence, whose main clause is the content, comment
    /// and all; the comment is the report's, not the writer's on it.
    /// </summary>
    private static bool FramedByItsCue(TokenizedDocument doc, Attribution a, int first)
    {
        if (a.Cue is not { } cue)
        {
            return false;
        }

        var t = doc.Tokens;
        for (var k = doc.IndexAtOrAfter(cue.End); k < first && k < t.Count; k++)
        {
            if (t[k].Value == ",")
            {
                return true;
            }
        }

        return false;
    }
}
