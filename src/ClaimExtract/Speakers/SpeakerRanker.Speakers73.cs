using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers73 (see docs/quotes.md, "speakers73").</summary>
internal sealed partial class SpeakerRanker
{
    // Verbs that take a noun of saying or thinking as their object ("gave a few hints of", "has toned down his criticism of", "have used
    // the harshest language about", "don't have a shared message about"), in every form the census met and their close kin.
    private static readonly System.Collections.Frozen.FrozenSet<string> LightVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["give", "gives", "gave", "given", "giving", "have", "has", "had", "having", "make", "makes", "made", "making", "use", "uses", "used", "using",
         "offer", "offers", "offered", "offering", "express", "expresses", "expressed", "expressing", "change", "changes", "changed", "changing",
         "tone", "tones", "toned", "toning", "deliver", "delivers", "delivered", "delivering", "heap", "heaps", "heaped", "heaping", "include", "includes",
         "included", "spend", "spends", "spent", "spending", "issue", "issues", "issued", "issuing", "send", "sends", "sent", "sending",
         "voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising", "drop", "drops", "dropped", "dropping", "share", "shares",
         "shared", "sharing", "take", "takes", "took", "taken", "taking", "renew", "renews", "renewed", "renewing", "launch", "launches", "launched",
         "launching", "lodge", "lodges", "lodged", "lodging", "pour", "pours", "poured", "pouring"],
        StringComparer.Ordinal);

    /// <summary>
    /// The subject, not the object, of a light verb before a noun or preposition cue: a speaker chosen right before the cue ("hints of",
    /// "criticism of", "message about", "about", "clear") that is the object of a verb such as "gave", "has", "used", "toned down", "making"
    /// ("She even gave a few hints of", "he has toned down his criticism of", "they don't yet have a shared message about", "Ana Ruiz, making
    /// it clear that") gives way to the cue's clause subject, the nearest mention before the verb that a verb follows (as for "told",
    /// <see cref="SubjectNotObject"/>). The object must open with a lower-case word that is no subject pronoun or relative; a cue that
    /// opens with a verb form of saying ("registered voters say"), an -ing form ("include one last week saying") or "to" is left alone.
    /// </summary>
    internal static Attribution ObjectOfALightVerb(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 2 || last >= cueFirst || cueFirst - last > 3 || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[first]
            || !traits.Has(first, TokenTraits.Word) || !char.IsLower(t[first].Value[0]) || t[first].Lower is "he" or "she" or "they" or "we" or "i" or "you" or "who" or "which" or "that"
            || first == last && t[first].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your")
        {
            return chosen;
        }

        for (var j = last + 1; j < cueFirst; j++)
        {
            if (!traits.Has(j, TokenTraits.Word) || t[j].Lower == "to")
            {
                return chosen;
            }
        }

        var cueWord = t[cueFirst].Lower;
        if (!char.IsLower(t[cueFirst].Value[0]) || cueWord is "to" or "that" or "according" || cueWord.EndsWith("ing", StringComparison.Ordinal)
            || traits.Has(cueFirst, TokenTraits.CueVerb) && !(cueFirst + 1 < t.Count && traits.Has(cueFirst + 1, TokenTraits.Preposition) && t[cueFirst + 1].Lower is not "that")
               && !traits.Has(cueFirst, TokenTraits.Preposition))
        {
            return chosen;
        }

        // The speaker is the object after the verb, or the verb itself ("Ana Ruiz delivers defense of", a headline).
        var verb = first == last && LightVerbs.Contains(t[first].Lower) ? first : first - 1;
        if (verb < first && t[verb].Lower is "down" or "out" or "up")
        {
            verb--;
        }

        if (verb < 1 || !LightVerbs.Contains(t[verb].Lower) || !char.IsLower(t[verb].Value[0]))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, verb, nearest: true);
        return subject is { } s && s.End <= t[verb].Span.Start ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }
}
