using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact60 (docs/quotes.md, "exact60"): a report inside a relative clause whose gap is the subject
/// of the content ("the levy, which [the auditors] said [was] never collected", "a plan that [aides] hoped [would] pass") starts
/// at the relative "that" or "which", as PolNeAR starts it (<see cref="StartAtGapRelative"/>).
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>
    /// The attributions with <see cref="GapRelativeStart"/> applied. On PolNeAR train (simulated on main's output): 21
    /// statements moved, 8 spans made exact, 2 unmade, one match more (docs/quotes.md, "exact60").
    /// </summary>
    public static List<Attribution> StartAtGapRelative(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (GapRelativeStart(doc, a) is { } start)
            {
                var content = new Span(start, a.Content.End);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, right after its cue) starts when its speaker
    /// stands right before the cue and right after a relative "that" or "which" of the same sentence, and the content opens with
    /// a finite auxiliary or modal or a lower-case word in "-ed": the content has no subject of its own, so the relative word
    /// is that subject and the clause is a relative one ("a deadline that several insiders said [went unnoticed]", "which critics
    /// said [was discriminatory]"), not a "that" complement ("warned that officials said [the vote would slip]"). The start of
    /// the relative word. Null when it does not apply.
    /// </summary>
    internal static int? GapRelativeStart(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out _, out var first) || a.Speaker is not { } speaker || a.Cue is not { } cue
            || speaker.End > cue.Start || !doc.Document.Text.AsSpan(speaker.End, cue.Start - speaker.End).IsWhiteSpace())
        {
            return null;
        }

        var t = doc.Tokens;
        var s = doc.IndexAtOrAfter(speaker.Start);
        if (s < 1 || s >= t.Count || t[s].Span.Start != speaker.Start)
        {
            return null;
        }

        var relative = s - 1;
        var opening = t[first];
        if (t[relative].Lower is not ("that" or "which") || doc.Quoted[relative] || relative < doc.SentenceStartToken(s)
            || !opening.IsWord || !(ClauseAuxiliaries.Contains(opening.Lower)
                || char.IsLower(opening.Value[0]) && opening.Lower.EndsWith("ed", StringComparison.Ordinal)))
        {
            return null;
        }

        return t[relative].Span.Start;
    }
}
