namespace ClaimExtract.Quotes;

/// <summary>The drop step the rules at the end of the quote stage share (<see cref="CueChain"/>, <see cref="ContentOverReport"/>,
/// <see cref="CueWithinReport"/>, <see cref="InnerReport"/>, <see cref="ReadingList"/>): each attribution is judged against the whole list as it came in, and the
/// list is copied only at the first one dropped.</summary>
internal static class AttributionFilter
{
    /// <summary>The attributions without those at whose index <paramref name="drops"/> is true, in order; <paramref name="attributions"/>
    /// itself when none is.</summary>
    public static List<Attribution> Without(List<Attribution> attributions, Func<int, bool> drops)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(drops);
        List<Attribution>? kept = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            if (drops(i))
            {
                kept ??= [.. attributions.Take(i)];
            }
            else
            {
                kept?.Add(attributions[i]);
            }
        }

        return kept ?? attributions;
    }
}
