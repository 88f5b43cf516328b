using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers56 (see docs/quotes.md, "speakers56").</summary>
internal sealed partial class SpeakerRanker
{
    // Words that open a participle clause after a noun besides an -ing form ("a source familiar with the talks said").
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["familiar", "close", "briefed", "knowledgeable"], StringComparer.Ordinal);

    // Past forms without "-ed" that may open a relative clause's predicate ("who spoke with", "who ran the team").
    private static readonly System.Collections.Frozen.FrozenSet<string> ClausePredicates = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["spoke", "ran", "won", "led", "told", "wrote", "gave", "met", "took", "made", "saw", "had", "did", "came", "went", "sent", "held",
         "lost", "left", "brought", "built", "fought", "began", "became", "knew", "heard", "paid", "sold", "sought", "taught", "oversaw",
         "helped", "attended", "work", "works", "worked", "serve", "serves", "served", "run", "runs", "lead", "leads", "represent",
         "represents", "speak", "speaks"],
        StringComparer.Ordinal);

    // Tokens from the word opening the clause back to its head noun, and of the head noun phrase.
    private const int MaxRestrictiveClause = 10;
    private const int MaxClauseHead = 5;

    /// <summary>
    /// The head noun before a restrictive relative or participle clause is the subject of the cue right after the clause: when the speaker
    /// chosen lies inside a clause that opens with "who"/"that"/"which" and a verb, or with a participle ("speaking to", "familiar with"),
    /// right after a noun phrase in subject position (opening the sentence or after a comma, conjunction or adverb), and the clause ends
    /// right before a finite cue ("Current officials who spoke with the Daily Ledger said", "A source speaking to local radio said"), the
    /// noun phrase takes the place of the mention in the clause. Not when the mention follows the relative word at once (it is the
    /// clause's own subject and the cue its verb: "the man who police said"), nor for a subject pronoun or a relative pronoun chosen (the subject of a clause of its own: "the congressman who gained
    /// attention when he yelled"), nor over a comma, dash, colon or quotation mark (an aside is
    /// <see cref="SubjectBeforeAside"/>'s), nor for a cue that is no finite verb.
    /// </summary>
    internal static Attribution HeadBeforeARestrictiveClause(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast)
            || chosen.Content.Start < cue.End || speaker.End > cue.Start)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (speakerFirst, speakerLast) = context.SpeakerTokens(speaker);
        if (speakerFirst <= 1 || speakerLast >= cueFirst || doc.SentenceOf[speakerFirst] != doc.SentenceOf[cueFirst] || doc.Quoted[speakerFirst]
            || speakerFirst == speakerLast && (t[speakerFirst].Lower is "he" or "she" or "it" or "they" or "we" or "i" or "you" or "who" or "which" or "that"
                                               || traits.Has(speakerFirst, TokenTraits.Relative)))
        {
            return chosen;
        }

        // Only adverbs and auxiliaries between the mention and the cue.
        var auxiliary = false;
        for (var k = speakerLast + 1; k < cueFirst; k++)
        {
            if (!traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Adverb) && !IsLyAdverb(t[k].Value) || traits.Has(k, TokenTraits.Pronoun))
            {
                return chosen;
            }

            auxiliary |= traits.Has(k, TokenTraits.Auxiliary);
        }

        if (!FiniteCue())
        {
            return chosen;
        }

        // Back from the mention to the word opening the clause, over words only.
        var opener = -1;
        var participle = false;
        for (var k = speakerFirst - 1; k > 0 && speakerFirst - k <= MaxRestrictiveClause && doc.SentenceOf[k] == doc.SentenceOf[cueFirst]; k--)
        {
            if (!traits.Has(k, TokenTraits.Word) || doc.Quoted[k])
            {
                return chosen;
            }

            var w = t[k].Lower;
            if (w is "who" or "that" or "which")
            {
                opener = k;
                break;
            }

            if (char.IsLower(t[k].Value[0]) && !traits.Has(k, TokenTraits.Preposition | TokenTraits.By)
                && (w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) || ClauseParticiples.Contains(w))
                && traits.Has(k + 1, TokenTraits.Preposition | TokenTraits.By))
            {
                opener = k;
                participle = true;
                break;
            }
        }

        // Something stands between the opener and the mention, and after a relative word its predicate opens ("who spoke", "that has
        // backed"), not a subject of its own ("that officials say").
        if (opener < 1 || opener + 1 >= speakerFirst || !participle && !PredicateOpens(opener + 1))
        {
            return chosen;
        }

        // The head: a noun phrase ending right before the opener, in subject position.
        var last = opener - 1;
        if (!traits.Has(last, TokenTraits.Word) || doc.Quoted[last] || traits.Has(last, TokenTraits.EndsPossessive | TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary)
            || Lexicon.TimeWords.Contains(t[last].Lower) || !Holder(last))
        {
            return chosen;
        }

        var first = last;
        while (first - 1 >= 0 && last - first < MaxClauseHead && doc.SentenceOf[first - 1] == doc.SentenceOf[last] && traits.Has(first - 1, TokenTraits.Word)
               && !traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.CueVerb | TokenTraits.Adverb)
               && t[first - 1].Lower is not ("and" or "or" or "but" or "yet" or "so" or "that" or "if" or "when" or "while" or "as" or "because" or "though" or "although")
               && !IsLyAdverb(t[first - 1].Value) && !SpeakerCandidates.VerbFollows(traits, first - 1, first))
        {
            first--;
        }

        var before = first - 1;
        var subjectPosition = before < 0 || doc.SentenceOf[before] != doc.SentenceOf[last] || traits.Has(before, TokenTraits.Comma | TokenTraits.Adverb)
                              || IsLyAdverb(t[before].Value) || t[before].Lower is "and" or "or" or "but" or "yet" or "so"
                              || !t[before].IsWord && t[before].Value is "(" or "—" or "-" or ":" or ";";
        if (!subjectPosition || t[first].Lower is "it" or "there" or "what" or "this")
        {
            return chosen;
        }

        return chosen.WithSpeaker(new Span(t[first].Span.Start, t[last].Span.End));

        // A finite verb opens the cue: an auxiliary, a cue verb or an -s/-ed form; an -ing form only after an auxiliary.
        bool FiniteCue()
        {
            var v = t[cueFirst].Lower;
            if (!IsLowerCaseVerbCue(traits, cueFirst) || IsNamingParticiple(v))
            {
                return false;
            }

            if (v.EndsWith("ing", StringComparison.Ordinal))
            {
                return auxiliary;
            }

            return auxiliary || traits.Has(cueFirst, TokenTraits.Auxiliary | TokenTraits.CueVerb) || v.EndsWith('s') || v.EndsWith("ed", StringComparison.Ordinal);
        }

        // The word after a relative opens its predicate: an auxiliary, an adverb, or a verb (a cue verb, an -ed form, an -s form that is
        // no plural noun of persons, a common past form).
        bool PredicateOpens(int k)
        {
            var w = t[k].Lower;
            if (!traits.Has(k, TokenTraits.Word) || !char.IsLower(t[k].Value[0])
                || traits.Has(k, TokenTraits.Pronoun | TokenTraits.Quantifier | TokenTraits.DescriptionStart | TokenTraits.PersonHead | TokenTraits.GroupHead | TokenTraits.OrganizationHead))
            {
                return false;
            }

            return traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Adverb | TokenTraits.CueVerb) || IsLyAdverb(t[k].Value) || ClausePredicates.Contains(w)
                   || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)
                   || w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal);
        }

        // The last word of a holder: a person, group, organisation or document noun, a pronoun of persons ("those"), a capitalised word
        // that may open a name, or a plural noun.
        bool Holder(int k)
        {
            var w = t[k].Lower;
            if (traits.Has(k, TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.GroupHead | TokenTraits.DocumentHead) || w is "those" or "anyone" or "everyone")
            {
                return true;
            }

            if (traits.Has(k, TokenTraits.Capitalized))
            {
                return !traits.Has(k, TokenTraits.NotNameStart);
            }

            return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                   && !w.EndsWith("is", StringComparison.Ordinal) && !traits.Has(k, TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Pronoun);
        }
    }
}
