using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on a cue whose subject is the sentence's own, past something that hides the conjunction from the rules of
/// coordinated predicates: a phrase between the conjunction and the cue, or a "then" after a comma.
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The mention that opens the sentence when the cue is a second predicate past something the coordinated-predicate rules do not read
    /// over (branch speakers113): a prepositional phrase between "and" or "but" and the cue, its object the speaker chosen ("The clerk
    /// first denied it, but in a later interview conceded that ...", "Ana Ruiz, the head of the union, backs the levy and in a statement
    /// praised ..."), or a "then" after a comma, the speaker chosen before the comma ("Tom Hale offered the man a seat, then says ...").
    /// The object of a preposition is no subject, and a predicate after ", then" shares the first one's. The phrase is a preposition and
    /// the chosen speaker, with only determiners between ("in the end most residents agreed" keeps "most residents"), no subordinator
    /// ("and when the board asked") and no possessive; the subject is the
    /// widest mention that opens the cue’s sentence, outside quotation marks, no possessive nor relative pronoun, ending before the conjunction,
    /// a verb after it (or, over a phrase, a comma before an apposition), less an adverb it runs on to ("The clerk", not "The clerk first"); a sentence
    /// that opens with anything else (an opening clause, "After the vote the clerk left, but ...") keeps the choice.
    /// </summary>
    internal static Attribution SubjectOfTheSentenceOverAPhrase(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return chosen;
        }

        var j = cueFirst - 1;
        while (j >= 0 && t[j].Lower != "then" && (traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Pronoun) || IsLyAdverb(t[j].Value)))
        {
            j--;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        if (j <= 1 || last < first || doc.SentenceOf[first] != sentence)
        {
            return chosen;
        }

        int conjunction;
        var then = t[j].Lower == "then";
        if (then && traits.Has(j - 1, TokenTraits.Comma) && last < j - 1)
        {
            conjunction = j - 1;
        }
        else if (last == j)
        {
            var p = first - 1;
            while (p > 0 && t[p].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "this")
            {
                p--;
            }

            // A subordinator opens a clause whose subject the chosen speaker is ("and when the board asked", "and as Ana Ruiz noted"); a
            // possessive is the cue noun's holder ("and from his suggestion that").
            if (p <= 0 || !traits.Has(p, TokenTraits.Preposition) || t[p].IsCapitalized || Subordinators.Contains(t[p].Lower) || t[p].Lower == "if"
                || t[p - 1].Lower is not ("and" or "but") || traits.Has(last, TokenTraits.EndsPossessive) || t[last].Lower is "his" or "her" or "its" or "their")
            {
                return chosen;
            }

            conjunction = p - 1;
        }
        else
        {
            return chosen;
        }

        var opening = conjunction;
        while (opening > 0 && doc.SentenceOf[opening - 1] == sentence)
        {
            opening--;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.First == opening && IsMentionBefore(traits, c, conjunction, sentence) && c.Last < first && c.Type != MentionType.Relative
                && (subject < 0 || c.Last > candidates[subject].Last))
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return chosen;
        }

        // The mention is the first predicate's subject: a verb follows it, or (over a phrase) an apposition set off by a comma. A noun that
        // only opens a longer one is none ("Pier lighting came up in early talks ..., then recommended").
        var after = candidates[subject].Last + 1;
        while (after < conjunction && IsLyAdverb(t[after].Value))
        {
            after++;
        }

        if (!(SpeakerCandidates.VerbFollows(traits, after, conjunction) || !then && traits.Has(after, TokenTraits.Comma)))
        {
            return chosen;
        }

        // An adverb the mention runs on to is the first predicate's ("The clerk first denied").
        var end = candidates[subject].Last;
        while (end > opening && (traits.Has(end, TokenTraits.Adverb) && !traits.Has(end, TokenTraits.Pronoun) || IsLyAdverb(t[end].Value)))
        {
            end--;
        }

        return chosen.WithSpeaker(new Span(t[opening].Span.Start, t[end].Span.End));
    }
}
