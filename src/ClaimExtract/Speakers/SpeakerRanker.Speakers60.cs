using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers60 (see docs/quotes.md, "speakers60").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The subject, not a place or time, before an -ing cue: a speaker chosen right before the participle that is the object of a
    /// place or time preposition ("Ana Ruiz answered the question on the radio saying", "he fought the council, at one point
    /// calling") is where or when the clause's subject spoke, as a medium after the cue is for <see cref="MediumAfterTheCue"/>. It gives
    /// way to the first mention of the sentence before the cue that a verb follows (<see cref="ClauseSubject"/>, as for a participle in
    /// <see cref="SubjectNotObject"/>); none there (the phrase opens its clause: "In a statement defending") leaves the choice.
    /// </summary>
    internal static Attribution SubjectBeforeAPlaceBeforeAParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!context.IsParticipleCue(cueFirst))
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (last != cueFirst - 1 || first < 1 || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[first - 1]
            || !IsPlacePreposition(t[first - 1].Value))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: false);
        return subject is { } s && !s.Overlaps(speaker) ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }
}
