namespace ClaimExtract.Quotes;

/// <summary>
/// A cue that is a word of what another statement reports: "[Port officials said [guards will carry radios ... in an
/// effort not to appear hostile]]" gave a second, outer statement cued on "appear" whose content is the whole sentence,
/// the first report and its cue included; "[Ana Ruiz announced [she and her partner are expected ...]]", "[Hale mentioned
/// [the Ledger four times and seemed to fault the paper ...]]" the same. The outer statement reports nothing: its cue stands inside its
/// own content, after the cue of a statement whose content lies within it and holds that cue. It is dropped, and the inner
/// statement, with its own speaker, takes the gold attribution the outer one covered. On PolNeAR train (precision52,
/// docs/quotes.md) 31 drops: 9 matches fewer, F1 80.558 → 80.577, speakers right 13,253 → 13,267. A direct quotation is
/// never dropped (its cue between its parts is the attribution of both). Run after every model, before
/// <see cref="ContinuedQuotation"/>: no learned model reads its output.
/// </summary>
internal static class CueWithinReport
{
    /// <summary>The attributions without those whose cue is a word of another's content (see the class); the list itself when none is.</summary>
    public static List<Attribution> Apply(List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        return AttributionFilter.Without(attributions, i => IsWithin(attributions, attributions[i]));
    }

    /// <summary>Whether <paramref name="outer"/>'s cue is a word of what another of <paramref name="all"/> reports inside its content.</summary>
    public static bool IsWithin(IReadOnlyList<Attribution> all, Attribution outer)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(outer);
        if (outer.Type != QuoteType.Indirect || outer.Cue is not { } cue || cue.Start <= outer.Content.Start || cue.End > outer.Content.End)
        {
            return false;
        }

        foreach (var inner in all)
        {
            if (!ReferenceEquals(inner, outer) && inner.Cue is { } innerCue && innerCue.Start >= outer.Content.Start && innerCue.Start < cue.Start
                && outer.Content.Contains(inner.Content) && inner.Content.Length < outer.Content.Length
                && inner.Content.Start <= cue.Start && cue.Start < inner.Content.End)
            {
                return true;
            }
        }

        return false;
    }
}
