namespace ClaimExtract.Quotes;

/// <summary>
/// A content that runs out of another statement's content over that statement's cue is misread: "[The Delmar councillor also
/// plans {to vote for Ruiz ... this autumn], Vale said}", "[Hale ... told staff {that he saw Ruiz as a real rival],
/// according to someone at the meeting}", "[Ruiz so far has won 412 council {seats, ... 96], according to a Ledger count, but ...}".
/// The statement ({...}) starts inside the other's content ([...]), ends after it, and takes in the other's cue (and speaker); the
/// other is the report, and the second one goes. On PolNeAR train (precision52, docs/quotes.md) 66 drops: 13 matches fewer, F1
/// 80.577 → 80.650. A direct quotation is never dropped (its words are its own whatever the words around them). Run after every
/// model, first of the three rules at the end of the quote stage: no learned model reads its output.
/// </summary>
internal static class ContentOverReport
{
    /// <summary>The attributions without those whose content runs over another's cue (see the class); the list itself when none does.</summary>
    public static List<Attribution> Apply(List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        return AttributionFilter.Without(attributions, i => RunsOver(attributions, attributions[i]));
    }

    /// <summary>Whether <paramref name="a"/>'s content starts inside another of <paramref name="all"/>'s content, ends after it and holds its cue.</summary>
    public static bool RunsOver(IReadOnlyList<Attribution> all, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(a);
        if (a.Type == QuoteType.Direct)
        {
            return false;
        }

        var content = a.Content;
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, a) && other.Cue is { } cue && other.Content.Start < content.Start && content.Start < other.Content.End
                && other.Content.End < content.End && content.Contains(cue))
            {
                return true;
            }
        }

        return false;
    }
}
