using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers80 (see docs/quotes.md, "speakers80").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The noun phrase an -ing cue modifies: a participle right after a determiner's noun phrase, with no comma between ("held up a sign
    /// saying", "ran an item suggesting", "the ones describing"), opens a reduced relative clause whose subject is that phrase, which
    /// PolNeAR takes as the source (train gold: 28 of 31 such phrases before an -ing cue). A speaker chosen further left (the subject of
    /// the main clause, or a mention of an earlier sentence) gives way to the candidate description that ends right before the cue. Not
    /// for a phrase after a place or time preposition ("on the radio saying", which <see cref="SubjectBeforeAPlaceBeforeAParticiple"/>
    /// gives to the subject), nor for a bare noun or a name (a bare plural moved as many right to wrong as wrong to right); not when the
    /// cue is "according" or a preposition.
    /// </summary>
    internal static Attribution NounBeforeItsParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _) || cueFirst < 2)
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

        var before = cueFirst - 1;
        if (!traits.Has(before, TokenTraits.Word) || doc.Quoted[before] || doc.SentenceOf[before] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // Only a speaker chosen further left (or in another sentence) moves.
        if (chosen.Speaker is not { } speaker)
        {
            return chosen;
        }

        var (_, speakerLast) = context.SpeakerTokens(speaker);
        if (speakerLast >= before)
        {
            return chosen;
        }

        SpeakerCandidate? noun = null;
        foreach (var c in context.Candidates)
        {
            if (c.Type is not MentionType.Description || c.Last != before || c.First > before || c.First <= speakerLast
                || doc.SentenceOf[c.First] != doc.SentenceOf[before] || HoldsAnArticle(c))
            {
                continue;
            }

            if (noun is null || c.First < noun.Value.First)
            {
                noun = c;
            }
        }

        if (noun is not { } n || n.First < 1)
        {
            return chosen;
        }

        // Not the object of a place or time preposition, a time, a possessive, a document or medium ("a press release", "an op-ed",
        // whose sender is <see cref="SenderOfTheDocument"/>'s), a noun of saying, or a phrase opening with a possessive determiner (its
        // owner speaks: "his speech praising").
        var last = t[n.Last].Lower;
        if (IsPlacePreposition(t[n.First - 1].Lower) || Lexicon.TimeWords.Contains(last) || IsTimeNoun(last)
            || traits.Has(n.Last, TokenTraits.EndsPossessive | TokenTraits.DocumentHead) || MediumNouns.Contains(last) || NounsOfSaying.Contains(last)
            || t[n.First].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your"
            || traits.Has(before, TokenTraits.Adverb | TokenTraits.Auxiliary) || IsLyAdverb(t[before].Value))
        {
            return chosen;
        }

        return chosen.WithSpeaker(n.Span);

        // A description with an article after its first word runs over a verb into its object ("The council hired the two clerks").
        bool HoldsAnArticle(SpeakerCandidate c)
        {
            for (var k = c.First + 1; k <= c.Last; k++)
            {
                if (t[k].Lower is "a" or "an" or "the")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
