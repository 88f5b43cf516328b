using System.Text.RegularExpressions;

namespace ClaimExtract.Quotes;

/// <summary>
/// A report inside what another report says that only restates it: "[Analysts noted [that the league has asked its clubs to cut
/// ticket prices]]", "[A new poll found [that 70 percent of voters said they would back the levy]]", "[Ruiz said [he had been
/// sent letters, some of them mentioning the mayor]]". PolNeAR annotates the outer report and, in such sentences, mostly not the
/// inner one, which then stands as a second statement over the same words. The inner statement goes when both are indirect, the
/// outer one has a speaker, the inner cue stands inside the closest outer content, and the inner statement has no speaker, or its
/// speaker stands outside that content and is the outer report's own (the same subject's second verb: "[Ruiz welcomed [the vote
/// and said [...]]]"), or its speaker stands inside and either opens that content (after "that" and at most two words: "that 70
/// percent of voters") or its content covers more than 60% of the outer content. What stays is a report of its own inside
/// another, its speaker further in ("Ruiz said the plan, which the mayor praised last week, ..."), and any report inside a
/// statement with no speaker ("It appears [that the council said ...]"). On PolNeAR train (precision53, docs/quotes.md) 172
/// drops, 41 matches fewer: F1 80.730 → 80.885, speakers right 89.175% → 89.253%. Dropping every nested report is worse
/// (precision29, precision52). A mixed statement inside a mixed one goes on the content share alone, whoever its speaker: "[Ortiz
/// said [the port authority has warned it will "cut every ferry"]]", "[Cruz said the plan was "reckless," [noting that it "costs too much"]]" (precision54).
/// Run after every model, with <see cref="CueWithinReport"/>: no learned model reads its output.
/// </summary>
internal static partial class InnerReport
{
    /// <summary>Share of the outer content above which an inner report restates it.</summary>
    private const double CoveredShare = 0.6;

    /// <summary>The attributions without the inner reports that restate another (see the class); the list itself when none does.</summary>
    public static List<Attribution> Apply(string text, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attributions);
        return AttributionFilter.Without(attributions, i => Restates(text, attributions, attributions[i]));
    }

    /// <summary>Whether <paramref name="inner"/> is a report inside the content of another of <paramref name="all"/> that restates it.</summary>
    public static bool Restates(string text, IReadOnlyList<Attribution> all, Attribution inner)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.Type is not (QuoteType.Indirect or QuoteType.Mixed) || inner.Cue is not { } cue)
        {
            return false;
        }

        // The closest report around it: the shortest content that holds the inner content and is longer.
        Attribution? outer = null;
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, inner) && other.Content.Contains(inner.Content) && other.Content.Length > inner.Content.Length
                && (outer is null || other.Content.Length < outer.Content.Length))
            {
                outer = other;
            }
        }

        if (outer is null || outer.Type != inner.Type || outer.Speaker is not { } outerSpeaker)
        {
            return false;
        }

        var content = outer.Content;
        if (cue.Start < content.Start || cue.Start >= content.End)
        {
            return false;
        }

        // Two mixed statements share the quotation; only the inner content's share of the outer one separates a restating
        // report from one of its own there (precision54, docs/quotes.md: the speaker's place does not).
        if (inner.Type == QuoteType.Mixed)
        {
            return inner.Content.Length > CoveredShare * content.Length;
        }

        if (inner.Speaker is not { } speaker)
        {
            return true;
        }

        if (speaker.Start < content.Start || speaker.Start >= content.End)
        {
            return outerSpeaker.Overlaps(speaker);
        }

        return OpensContent().IsMatch(text[content.Start..speaker.Start])
            || inner.Content.Length > CoveredShare * content.Length;
    }

    /// <summary>The words before a speaker that opens a content: "that" and at most two words ("that 70 percent of [voters]").</summary>
    [GeneratedRegex(@"^\s*(?:that\s+)?(?:\S+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex OpensContent();
}
