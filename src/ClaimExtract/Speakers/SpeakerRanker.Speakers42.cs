using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers42 (see docs/quotes.md, "speakers42").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// A stance inside someone else's report takes the reporter as its source: the speaker chosen is the subject of a stance verb
    /// (<see cref="StanceReport.Verbs"/>: "wants", "planned", "opposed") right after "that", and the word before "that" is a noun of
    /// saying with a possessive ("the campaign's earlier claim that Ruiz wanted ...") or a finite verb of saying with its subject ("Lee
    /// argued that they oppose ..."). PolNeAR annotates the outer report there, whose content holds the stance, with the reporter as its
    /// source (<see cref="StanceReport.ReporterBefore"/>, which <see cref="StanceReport"/> applies to the stances it adds itself). The
    /// cue follows the speaker within <see cref="StanceReport.MaxFillers"/> words; otherwise, or when no reporter is read, the choice stays.
    /// </summary>
    internal static Attribution ReporterOfAStanceAfterThat(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var doc = context.Traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (cueFirst != cueLast || !StanceReport.Verbs.Contains(t[cueFirst].Value) || last >= cueFirst || cueFirst - last - 1 > StanceReport.MaxFillers
            || first >= t.Count || doc.Quoted[first])
        {
            return chosen;
        }

        return StanceReport.ReporterBefore(doc, first) is { } reporter
            ? chosen.WithSpeaker(reporter)
            : chosen;
    }
}
