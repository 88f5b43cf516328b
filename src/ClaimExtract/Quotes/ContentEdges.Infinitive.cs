using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact59 (docs/quotes.md, "exact59"): when the cue tagger ends the cue with the "to" of an
/// infinitive that is what is reported ("offered [to] cover the cost", "proposed [to] draft him", "claims [to] represent"), the
/// "to" goes back into the content and out of the cue (<see cref="StartAtInfinitiveTo"/>).
/// </summary>
internal static partial class ContentEdges
{
    private static readonly System.Collections.Frozen.FrozenSet<string> InfinitiveReportVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["offered", "offer", "offers", "offering", "proposed", "propose", "proposes", "promised", "pledged", "vowed", "threatened",
         "claimed", "claim", "claims", "advised", "asked", "agreed", "declined", "refused", "urged", "plans", "planned", "intends",
         "wants", "wanted"], StringComparer.Ordinal);

    // First words of the content after "to" that make "to" a preposition, not the mark of an infinitive ("asked to [the board]").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotInfinitive = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "him", "them", "me",
         "us", "it", "you", "which", "what", "whom"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with <see cref="InfinitiveToStart"/> applied: the content starts at the cue's last word, "to", and the
    /// cue ends before it. On PolNeAR train (simulated on main's output): 22 statements moved, 9 spans made exact, none
    /// unmade, no match lost (docs/quotes.md, "exact59").
    /// </summary>
    public static List<Attribution> StartAtInfinitiveTo(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (InfinitiveToStart(doc, a, out var cueEnd) is { } start)
            {
                var content = new Span(start, a.Content.End);
                var cue = new Span(a.Cue!.Value.Start, cueEnd);
                attributions[i] = a with { Content = content, Parts = [content], Cue = cue, CueText = cue.Of(doc.Document.Text) };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, right after a cue of two words or more)
    /// starts when the cue ends with a verb that takes an infinitive as what is reported ("offered", "proposed", "claimed",
    /// "asked", "vowed" ...) and "to", and the content opens with a lower-case word that is not a determiner or pronoun
    /// ("offered to [cover the cost]" becomes "offered [to cover the cost]"), with 15 characters or more of content. The
    /// start of "to", with <paramref name="cueEnd"/> the end of the verb. Null when it does not apply.
    /// </summary>
    internal static int? InfinitiveToStart(TokenizedDocument doc, Attribution a, out int cueEnd)
    {
        ArgumentNullException.ThrowIfNull(doc);
        cueEnd = -1;
        if (!TokensRightAfterCue(doc, a, out var cueLast, out var first) || cueLast < 1)
        {
            return null;
        }

        var t = doc.Tokens;
        var verb = t[cueLast - 1];
        var opening = t[first];
        if (t[cueLast].Lower != "to" || !verb.IsWord || verb.Span.Start < a.Cue!.Value.Start || !InfinitiveReportVerbs.Contains(verb.Lower)
            || !opening.IsWord || !char.IsLower(opening.Value[0]) || NotInfinitive.Contains(opening.Lower) || a.Content.End - opening.Span.Start < 15)
        {
            return null;
        }

        cueEnd = verb.Span.End;
        return t[cueLast].Span.Start;
    }
}
