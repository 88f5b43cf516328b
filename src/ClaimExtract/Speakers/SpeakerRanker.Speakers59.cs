using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers59 (see docs/quotes.md, "speakers59").</summary>
internal sealed partial class SpeakerRanker
{
    // Capitalised words of a name before its possessive ending ("Mr. Obama's", "Hillary Clinton's", "the Senate Republicans'").
    private const int MaxPossessorWords = 4;

    /// <summary>
    /// A named possessive before a cue that is a noun of saying or of a stance is its source ("and Cruz's refusal to disavow", "of
    /// Mr. Obama's suggestion that", "for Trump's false claims", "joined Pence's call for"), as <see cref="PossessiveOfTheCueNoun"/>
    /// finds for "his", "her", "its" and "their", which leaves names out. The noun opens the cue, lower case, not followed by an
    /// article or pronoun (then it is a verb: "Hale's office calls the report"), after at most three lower-case modifiers (no
    /// preposition, conjunction, auxiliary, cue verb, pronoun, article or possessive determiner among them); the possessive is one to
    /// four capitalised words ending in "'s" (or a plural in "s" and a lone apostrophe), outside quotation marks, not reaching the
    /// sentence's start, and no contracted "is" ("There's", "It's"). Unlike the determiner rule it applies after a verb too: the
    /// subject of "joined Pence's call" is someone else than the named owner, while "renewed his call" names the subject twice.
    /// </summary>
    internal static Attribution NamedPossessiveOfTheCueNoun(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        if (!IsHeldNounCue(traits, cueFirst))
        {
            return chosen;
        }

        // A noun that is also a verb of saying, followed by its object, is the verb ("Ana Ruiz's office calls the report", "demands his").
        if (cueFirst + 1 < t.Count && t[cueFirst + 1].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "him" or "them" or "us" or "me" or "it")
        {
            return chosen;
        }

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[cueFirst]];
        var p = cueFirst - 1;
        var modifiers = 0;
        while (p > sentenceFirst && !EndsAPossessive(p))
        {
            if (++modifiers > MaxPossessedModifiers || !IsModifierOfACueNoun(traits, p) || IsPossessiveDeterminer(t[p].Lower))
            {
                return chosen;
            }

            p--;
        }

        if (p <= sentenceFirst || !EndsAPossessive(p) || doc.Quoted[p])
        {
            return chosen;
        }

        // The name: the capitalised words ending at the possessive ("Mr. Obama's"; "Republicans" before a lone apostrophe).
        var last = p;
        var nameLast = traits.Has(p, TokenTraits.Word) && EntityIndex.EndsPossessive(t[p].Value) ? p : p - 1;
        if (nameLast < sentenceFirst || !char.IsUpper(t[nameLast].Value[0]) || doc.Quoted[nameLast] || IsContractedIs(nameLast))
        {
            return chosen;
        }

        var first = nameLast;
        while (first - 1 >= sentenceFirst && nameLast - first + 1 < MaxPossessorWords && char.IsUpper(t[first - 1].Value[0])
               && traits.Has(first - 1, TokenTraits.Word) && !doc.Quoted[first - 1])
        {
            first--;
        }

        if (first <= sentenceFirst)
        {
            return chosen;
        }

        var name = new Span(t[first].Span.Start, t[last].Span.End);
        if (chosen.Speaker is { } speaker && speaker.Overlaps(name))
        {
            return chosen;
        }

        return chosen.WithSpeaker(name);

        // "It's", "There's", "That's": "is", not a possessive.
        bool IsContractedIs(int k) =>
            EntityIndex.StripPossessive(t[k].Lower) is "it" or "that" or "there" or "here" or "he" or "she" or "what" or "who" or "where" or "let" or "this";

        bool EndsAPossessive(int k) =>
            traits.Has(k, TokenTraits.PossessiveMark)
            || traits.Has(k, TokenTraits.Word) && t[k].Value.Length > 2 && EntityIndex.EndsPossessive(t[k].Value)
            || t[k].Value is "'" or "’" && k > 0 && t[k - 1].Value.EndsWith('s') && t[k - 1].Span.End == t[k].Span.Start;
    }
}
