namespace ClaimExtract.Quotes;

/// <summary>
/// The edits of a pass that splits a statement in two: its content cut to one report's part ("[Ana Ruiz said the plan would pass], and
/// Tom Hale said it would not": the first) and the other report added as a statement of its own, the other statements as they were.
/// The list is copied at the first cut, so a pass that cuts nothing returns the very list it was given (<see cref="CoordinatedReport.Split"/>,
/// <see cref="StanceReport.SplitAtMadeClear"/>, <see cref="LeadingReport.Split"/>). A mutable struct held in the pass's local: pass it
/// on by <c>ref</c>, never by value.
/// </summary>
internal struct ContentSplits(List<Attribution> attributions)
{
    private List<Attribution>? _result;
    private List<Attribution>? _added;

    /// <summary>
    /// Cuts the content of statement <paramref name="i"/> of the original list to <paramref name="kept"/> (one part), and adds
    /// <paramref name="split"/>, the report split out of it, unless it is null (a statement already holds its cue).
    /// </summary>
    public void Cut(int i, Span kept, Attribution? split)
    {
        _result ??= [.. attributions];
        _result[i] = attributions[i] with { Content = kept, Parts = [kept] };
        if (split is not null)
        {
            (_added ??= []).Add(split);
        }
    }

    /// <summary>The statements after the cuts, the added ones among them in text order; the original list when nothing was cut.</summary>
    public readonly List<Attribution> Result() => _result is null ? attributions : Attribution.WithAdded(_result, _added);
}
