using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers52 (see docs/quotes.md, "speakers52").</summary>
internal sealed partial class SpeakerRanker
{
    // Words that open an adverbial or relative clause before its subject ("though she praised", "as he discussed", "in which he laid out").
    private static readonly System.Collections.Frozen.FrozenSet<string> Subordinators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["though", "although", "as", "when", "while", "because", "after", "before", "since", "which", "whom", "where", "once", "until", "whereas", "whose"],
        StringComparer.Ordinal);

    /// <summary>
    /// The subject of the predicate a cue is coordinated with: when the cue follows "and", "or" or "but" (over adverbs and auxiliaries),
    /// it shares the subject of the predicate before the conjunction, the nearest mention before it that a verb follows ("Ana Ruiz
    /// stood at the back, though she praised the plan and said", "Tom Hale, who answered the door and said", "when he brought up the
    /// vote and later said"). A speaker chosen before that subject (the subject of an outer clause, an earlier name of the sentence)
    /// gives way to it. The subject must be in the cue's sentence, outside quotation marks, no possessive; a verb of saying between the
    /// chosen speaker and that subject makes the subject's clause a report of the speaker's ("Ana Ruiz said Tom Hale lied and added"),
    /// which keeps the choice; so does a speaker chosen at or after the subject (<see cref="SubjectOfTheFirstPredicate"/>'s case).
    /// </summary>
    internal static Attribution SubjectOfTheCoordinatedPredicate(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return chosen;
        }

        var and = cueFirst - 1;
        while (and >= 0 && cueFirst - and <= 3 && (traits.Has(and, TokenTraits.Auxiliary | TokenTraits.Adverb) && !traits.Has(and, TokenTraits.Pronoun) || IsLyAdverb(t[and].Value)))
        {
            and--;
        }

        var sentence = doc.SentenceOf[cueFirst];
        if (and <= 0 || t[and].Lower is not ("and" or "or" or "but") || doc.SentenceOf[and] != sentence)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!IsMentionBefore(traits, c, and, sentence) || !VerbBefore(c))
            {
                continue;
            }

            // The nearest; of two ending on the same word, the longer ("the senator", not "senator").
            if (subject < 0 || c.Last > candidates[subject].Last || c.Last == candidates[subject].Last && c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return chosen;
        }

        // A lone quantifier is a floating one, its noun before it ("Party figures — whose ... — both suggested ... and defended").
        var mention = candidates[subject];
        if (mention.First == mention.Last && traits.Has(mention.First, TokenTraits.Quantifier))
        {
            return chosen;
        }

        var speakerLast = context.SpeakerTokens(speaker).Last;
        if (speaker.Overlaps(mention.Span) || speakerLast >= mention.First || doc.SentenceOf[speakerLast] != sentence)
        {
            return chosen;
        }

        // The subject opens a clause of its own beside the speaker's: a verb stands between them, or the subject is a relative pronoun or
        // follows a subordinator ("Ana Ruiz, though she praised", "the hearing, in which he laid out"). Without either it is a word of the
        // speaker's own noun phrase ("Carla Diaz of Ohio", "Tom Hale's lawyers", "Ana Ruiz, Tom Hale and Omar Haddad").
        var verbBetween = false;
        for (var j = speakerLast + 1; j < mention.First; j++)
        {
            // A complement clause ("said that", "asked whether") or a verb of saying makes the subject's clause a report of the speaker's.
            if (t[j].Lower is "that" or "whether" or "if" || traits.Has(j, TokenTraits.CueVerb | TokenTraits.SaidOrTold) && !t[j].IsCapitalized)
            {
                return chosen;
            }

            verbBetween |= !t[j].IsCapitalized && SpeakerCandidates.VerbFollows(traits, j, j + 1);
        }

        // A subject inside parentheses is an aside's ("A poll (most voters say they want a vote) also shows").
        if (Parenthesised(t, speakerLast, mention.First, and))
        {
            return chosen;
        }

        var relative = mention.Type == MentionType.Relative;
        if (!verbBetween && !relative && !Subordinators.Contains(t[mention.First - 1].Lower))
        {
            return chosen;
        }

        // A relative clause closed by a comma before the conjunction is an aside; the cue is its antecedent's ("Ana Ruiz, who was in Ohio,
        // thanked the crowd and said"). A relative right after the speaker has the speaker for its antecedent already.
        if (relative)
        {
            if (speakerLast + 2 >= mention.First)
            {
                return chosen;
            }

            for (var j = mention.Last + 1; j < and; j++)
            {
                if (traits.Has(j, TokenTraits.Comma))
                {
                    return chosen;
                }
            }
        }

        return chosen.WithSpeaker(mention.Span);

        // Whether a parenthesis opens between the speaker and the mention and closes between the mention and the conjunction.
        static bool Parenthesised(List<Token> t, int speakerLast, int first, int and)
        {
            var open = false;
            for (var j = speakerLast + 1; j < first; j++)
            {
                open = t[j].Value == "(" || open && t[j].Value != ")";
            }

            for (var j = first; open && j < and; j++)
            {
                if (t[j].Value == ")")
                {
                    return true;
                }
            }

            return false;
        }

        // A finite verb right after the mention (over adverbs) and before the conjunction: the mention is the first predicate's subject. An
        // -ing word there is a participle ("vented about Ana Ruiz vowing to fight and said"); after a bare noun, an
        // -s form is as likely the plural of a noun ("China's sweeping territorial claims").
        bool VerbBefore(SpeakerCandidate c)
        {
            var j = c.Last + 1;
            while (j < and && ((traits.Of(j) & (TokenTraits.Adverb | TokenTraits.Auxiliary)) == TokenTraits.Adverb || IsLyAdverb(t[j].Value)))
            {
                j++;
            }

            if (j >= and || t[j].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            // After a subject pronoun ("he", "they") the next lower-case word is its finite verb, in the present too ("he favors",
            // "they loudly pushed"); branch speakers62.
            return SpeakerCandidates.VerbFollows(traits, j, j + 1) && !(c.Type == MentionType.BareNoun && !traits.Has(j, TokenTraits.Auxiliary) && t[j].Lower.EndsWith('s'))
                   || c.First == c.Last && CueTagger.IsSubjectPronoun(t[c.First].Lower) && traits.Has(j, TokenTraits.Word) && char.IsAsciiLetterLower(t[j].Value[0])
                      && !traits.Has(j, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Pronoun | TokenTraits.Relative);
        }
    }
}
