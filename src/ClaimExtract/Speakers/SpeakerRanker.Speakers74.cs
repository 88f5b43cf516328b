using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers74 (see docs/quotes.md, "speakers74").</summary>
internal sealed partial class SpeakerRanker
{
    // Connectives set off by commas between a subject and its verb ("Tom Hale, however, is", "No one, in fact, was").
    private static readonly System.Collections.Frozen.FrozenSet<string> CommaConnectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["however", "in fact", "too", "though", "meanwhile", "of course", "for example", "for instance", "moreover", "indeed", "in turn",
         "for his part", "for her part", "for their part", "for its part", "on the other hand", "by contrast", "in contrast", "also",
         "nevertheless", "still", "after all", "as well", "apparently", "in particular", "likewise", "similarly"],
        StringComparer.Ordinal);

    // Words of a subject before the connective ("Not all conference delegates").
    private const int MaxSubjectBeforeConnective = 6;

    /// <summary>
    /// The subject before a connective set off by commas holds the attitude of a "be" and adjective cue ("No one, in fact, is eager to",
    /// "Not all delegates, however, are eager to hear"): as for <see cref="HolderOfTheAttitude"/>, whose subject must end right before
    /// "be", the adjective's subject is PolNeAR's source (train: the subject before such a connective is gold's source for 37 matched
    /// statements of any cue, none for 3, two of them "seemed"/"appeared"). When the choice is nobody, the cue (or the words right
    /// before it, over auxiliaries and adverbs) is a form of "be" and an adjective of attitude, and ", CONNECTIVE," stands before
    /// that form, the candidate ending right before the first comma, or the words there back to the sentence's start or a comma
    /// (at most six, no verb, preposition or relative), becomes the speaker; not when a preposition stands right before it. Otherwise
    /// the choice stays.
    /// </summary>
    internal static Attribution HolderBeforeAConnective(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueFirst];
        var adjective = AdjectiveOfTheCue(traits, cueFirst, cueLast);
        if (!AttitudeAdjectives.Contains(t[adjective].Lower) && !HeldAttitudes.Contains(t[adjective].Lower))
        {
            return chosen;
        }

        // Back from the adjective over "be", auxiliaries and adverbs to the comma closing the connective; a form of "be" is needed.
        var k = adjective - 1;
        var be = false;
        while (k >= 0 && adjective - k <= MaxBeToAdjective + 1 && doc.SentenceOf[k] == sentence && (IsBe(t[k].Lower) || IsBetween(k)))
        {
            be |= IsBe(t[k].Lower);
            k--;
        }

        if (!be || k < 2 || doc.SentenceOf[k] != sentence || !traits.Has(k, TokenTraits.Comma))
        {
            return chosen;
        }

        // The connective, one to four words, and the comma that opens it.
        var open = k - 1;
        while (open >= 0 && k - open <= 5 && doc.SentenceOf[open] == sentence && traits.Has(open, TokenTraits.Word) && !traits.Has(open, TokenTraits.Comma))
        {
            open--;
        }

        if (open < 1 || k - open < 2 || !traits.Has(open, TokenTraits.Comma) || doc.SentenceOf[open] != sentence
            || !CommaConnectives.Contains(string.Join(' ', t.Skip(open + 1).Take(k - open - 1).Select(x => x.Lower))))
        {
            return chosen;
        }

        var subjectLast = open - 1;
        if (doc.SentenceOf[subjectLast] != sentence || doc.Quoted[subjectLast] || !traits.Has(subjectLast, TokenTraits.Word)
            || traits.Has(subjectLast, TokenTraits.EndsPossessive | TokenTraits.Preposition | TokenTraits.Auxiliary))
        {
            return chosen;
        }

        // The words of the subject: back to the sentence's start, a comma or a conjunction, over no verb, preposition or relative.
        var first = subjectLast;
        while (first - 1 >= 0 && subjectLast - first < MaxSubjectBeforeConnective && doc.SentenceOf[first - 1] == sentence && traits.Has(first - 1, TokenTraits.Word)
               && !traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.CueVerb)
               && t[first - 1].Lower is not ("and" or "or" or "but" or "yet" or "so" or "that" or "if" or "when" or "while" or "as" or "because")
               && !SpeakerCandidates.VerbFollows(traits, first - 1, first))
        {
            first--;
        }

        var before = first - 1;
        var opens = before < 0 || doc.SentenceOf[before] != sentence || traits.Has(before, TokenTraits.Comma)
                    || t[before].Lower is "and" or "or" or "but" or "yet" or "so";
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count && subject < 0; i++)
        {
            var c = candidates[i];
            subject = c.Type is not (MentionType.None or MentionType.Rule) && c.Last == subjectLast && c.First >= first && Choosable(doc, c) ? i : -1;
        }
        if (!opens)
        {
            if (subject < 0)
            {
                return chosen;
            }

            first = candidates[subject].First;
        }

        // Not the object of a preposition ("For most of the farmers, however, are").
        if (!opens && first > 0 && doc.SentenceOf[first - 1] == sentence && traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By))
        {
            return chosen;
        }

        return chosen.WithSpeaker(new Span(t[first].Span.Start, t[subjectLast].Span.End));

        bool IsBetween(int j) => BetweenBeAndAdjective(traits, j);
    }
}
