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
/// A second report of the outer speaker joined to the first by "and", "by", ", saying" ("[Ruiz welcomed [the vote] and said [...]]")
/// is not dropped: the outer content first ends before the joining words (<see cref="EndBeforeSecondReport"/>, recall57).
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
        var cut = EndBeforeSecondReport(text, attributions);
        return AttributionFilter.Without(cut, i => Restates(text, cut, cut[i]));
    }

    /// <summary>
    /// The attributions with each outer content that runs on into its speaker's second report ended before the words that join
    /// the two: "Ruiz praised [Marel] and said [the council should give him a vote]", "A judge sided with [the growers],
    /// saying [the levy broke the charter]", "Hale distanced himself [from the board] by saying [he would stay]".
    /// PolNeAR annotates both reports; read as one outer content, the inner statement was dropped as a restatement
    /// (<see cref="Restates"/>) and the second report was lost (recall57, docs/quotes.md). Applies to an inner report that
    /// <see cref="Restates"/> would drop, whose cue follows "and" or "but" (any cue), or a comma, a dash, "by" or "while" (a cue
    /// in "-ing": "saying", "urging"), with up to two adverbs after "and"/"but" ("and even questioned", recall71), right after
    /// words of the closest outer content, which is indirect or mixed, in one piece and after its own cue, with its quotation
    /// marks closed before the joining words. The list itself when none does.
    /// </summary>
    internal static List<Attribution> EndBeforeSecondReport(string text, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attributions);
        Dictionary<int, int>? ends = null;
        foreach (var inner in attributions)
        {
            if (SecondReport(text, attributions, inner) is ({ } outer, { } end) && Restates(text, attributions, inner))
            {
                ends ??= [];
                ends[outer] = ends.TryGetValue(outer, out var e) ? Math.Min(e, end) : end;
            }
        }

        if (ends is null)
        {
            return attributions;
        }

        var result = new List<Attribution>(attributions);
        foreach (var (i, end) in ends)
        {
            var content = new Span(result[i].Content.Start, end);
            result[i] = result[i] with { Content = content, Parts = [content] };
        }

        return result;
    }

    /// <summary>
    /// The index of the closest outer report of <paramref name="inner"/> and where its content ends when <paramref name="inner"/>
    /// is its speaker's second report joined to it (see <see cref="EndBeforeSecondReport"/>); nulls otherwise.
    /// </summary>
    internal static (int? Outer, int? End) SecondReport(string text, IReadOnlyList<Attribution> all, Attribution inner)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.Type is not (QuoteType.Indirect or QuoteType.Mixed) || inner.Cue is not { } cue)
        {
            return (null, null);
        }

        var index = -1;
        for (var k = 0; k < all.Count; k++)
        {
            var other = all[k];
            if (!ReferenceEquals(other, inner) && other.Content.Contains(inner.Content) && other.Content.Length > inner.Content.Length
                && (index < 0 || other.Content.Length < all[index].Content.Length))
            {
                index = k;
            }
        }

        if (index < 0 || all[index] is not { Type: QuoteType.Indirect or QuoteType.Mixed, Cue: { } outerCue, PartCount: 1 } outer
            || cue.Start <= outer.Content.Start || cue.Start >= outer.Content.End || outerCue.End > outer.Content.Start)
        {
            return (null, null);
        }

        var before = text[outer.Content.Start..cue.Start];
        if (JoiningWords().Match(before) is not { Success: true } join
            || join.Groups["and"].Success == false && !FirstWord(text[cue.Start..cue.End]).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }

        var kept = before[..join.Index];
        if (kept.Trim().Length == 0 || kept.Count(c => c == '“') != kept.Count(c => c == '”') || kept.Count(c => c == '"') % 2 != 0)
        {
            return (null, null);
        }

        return (index, outer.Content.Start + kept.TrimEnd().Length);
    }

    private static string FirstWord(string cue)
    {
        var space = cue.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? cue : cue[..space];
    }

    /// <summary>The words that join a second report to the first, at the end of the text before its cue: "and" or "but" with at most
    /// two adverbs ("and also", "and even", "but later", "and quickly": lower-case, so "and Kelly said" has no adverb; recall71),
    /// or a comma, a dash, "by" or "while" (with "and" before it: "and by dismissing").</summary>
    [GeneratedRegex(@"(?:(?<and>,?\s+(?:and|but)\s+(?:(?:also|even|later|then|still|now|again|never|once|(?-i:[a-z]+ly))\s+){0,2})|,?\s+(?:and\s+)?(?:by|while)\s+|(?:,|\s[—–-]+)\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex JoiningWords();

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
