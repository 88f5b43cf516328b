using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers50 (see docs/quotes.md, "speakers50").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The noun phrase that opens a clause right before a finite cue is its subject: when the cue's first word is a lower-case verb
    /// (or auxiliary) and the mention ending right before it, over auxiliaries and adverbs, starts a clause (the sentence's start, a
    /// comma, a dash, a colon, or a conjunction or subordinator such as "and", "but", "though", "as", "which", "what"), a speaker
    /// chosen before that mention gives way to it ("no one had come to the U.S., and some families said", "Fiorina was a planner - a
    /// former aide said", "the attacks, which the probe said were covered up"). The ranker often prefers a frequent name of the
    /// sentence or the object of an earlier verb there. Pronouns are <see cref="PronounBeforeTheCue"/>'s; a possessive, a relative
    /// pronoun, a mention after a preposition or a verb, or a speaker after the mention leaves the choice as it is.
    /// </summary>
    internal static Attribution SubjectRightBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || !traits.Has(cueFirst, TokenTraits.CueVerb | TokenTraits.Auxiliary) || traits.Has(cueFirst, TokenTraits.IngOrLy))
        {
            return chosen;
        }

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (k < 0 || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Last != k || !IsSubjectCandidate(context, c, doc.SentenceOf[cueFirst]))
            {
                continue;
            }

            if (subject < 0 || c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return chosen;
        }

        var mention = candidates[subject];
        if (speaker.Overlaps(mention.Span) || context.SpeakerTokens(speaker).Last >= mention.First || !IsNounPhrase(traits, mention))
        {
            return chosen;
        }

        // The noun after "of" in a partitive subject ("a number of attendees said") opens no clause; the phrase from its head does.
        if (!OpensAClause(traits, mention.First))
        {
            var head = PartitiveStart(traits, mention.First);
            if (head < 0 || speaker.Overlaps(new Span(t[head].Span.Start, t[mention.Last].Span.End)) || context.SpeakerTokens(speaker).Last >= head)
            {
                return chosen;
            }

            mention = mention with { First = head, Span = new Span(t[head].Span.Start, t[mention.Last].Span.End) };
        }

        // A floating quantifier after an aside ("Party figures — whose ... — both suggested") is no subject of its own.
        if (mention.First == mention.Last && traits.Has(mention.First, TokenTraits.Quantifier) && mention.First > 0 && !t[mention.First - 1].IsWord)
        {
            return chosen;
        }

        if (!CueAgreesWithSubject(traits, cueFirst, mention.Last))
        {
            return chosen;
        }

        return chosen.WithSpeaker(mention.Span);
    }

    // Whether the cue's first token k is a lower-case word that is no preposition, "by", "to" (an infinitive) or "according": the
    // opening test of the rules that read the cue as the verb after its subject.
    private static bool IsLowerCaseVerbCue(TokenTraits traits, int k)
    {
        var token = traits.Doc.Tokens[k];
        return traits.Has(k, TokenTraits.Word) && char.IsLower(token.Value[0]) && !traits.Has(k, TokenTraits.Preposition | TokenTraits.By)
               && token.Lower is not ("to" or "according");
    }

    // Whether candidate c can be the subject of a clause in the given sentence: a name, a description, or a bare noun that is a plural or a
    // quantifier, outside quotation marks and the content, no possessive, and choosable.
    private static bool IsSubjectCandidate(AfterRankerContext context, SpeakerCandidate c, int sentence)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        return c.Type is (MentionType.Name or MentionType.Description or MentionType.BareNoun) && !doc.Quoted[c.First]
               && !(c.Type == MentionType.BareNoun && !doc.Tokens[c.Last].Lower.EndsWith('s') && !traits.Has(c.Last, TokenTraits.Quantifier))
               && doc.SentenceOf[c.First] == sentence && !traits.Has(c.Last, TokenTraits.EndsPossessive) && Choosable(doc, c)
               && !context.Original.Content.Overlaps(c.Span);
    }

    // Whether the cue at cueFirst agrees with a subject ending at token subjectLast: a bare verb form agrees with a plural or named
    // subject ("polls show", "advocates estimate", "filings show"); after anything else the cue is a noun ("the mere mention of").
    private static bool CueAgreesWithSubject(TokenTraits traits, int cueFirst, int subjectLast)
    {
        var t = traits.Doc.Tokens;
        var w = t[cueFirst].Lower;
        var inflected = traits.Has(cueFirst, TokenTraits.Auxiliary) || w.EndsWith('s') || SpeakerCandidates.IsPastForm(w);
        return inflected || t[subjectLast].IsCapitalized || t[subjectLast].Lower.EndsWith('s');
    }

    // Whether a candidate reads as a noun phrase: it opens with a letter, and none of its words is a preposition, a lower-case participle,
    // -ly adverb or past form ("cited", "denying", "amid"; a hyphenated "self-described" is an adjective), or a word of time ("this past week").
    private static bool IsNounPhrase(TokenTraits traits, SpeakerCandidate mention)
    {
        var t = traits.Doc.Tokens;
        if (!char.IsLetter(t[mention.First].Value[0]))
        {
            return false;
        }

        for (var j = mention.First; j <= mention.Last; j++)
        {
            var w = t[j].Lower;
            if (traits.Has(j, TokenTraits.Preposition | TokenTraits.By) || Lexicon.TimeWords.Contains(w) || IsTimeNoun(w)
                || !t[j].IsCapitalized && !w.Contains('-') && (traits.Has(j, TokenTraits.IngOrLy) && !LyNouns.Contains(w) || SpeakerCandidates.IsPastForm(w)))
            {
                return false;
            }
        }

        return true;
    }

    // Whether the mention starting at token first opens a clause: the sentence's start, or right after a comma, colon, semicolon, dash,
    // or a conjunction or subordinator.
    private static bool OpensAClause(TokenTraits traits, int first)
    {
        var doc = traits.Doc;
        if (first == doc.SentenceFirst[doc.SentenceOf[first]])
        {
            return true;
        }

        var p = first - 1;
        return traits.Has(p, TokenTraits.Comma | TokenTraits.Colon)
            || doc.Tokens[p].Lower is ";" or "-" or "--" or "—" or "–" or "―" or "and" or "but" or "or" or "though" or "although" or "as" or "while"
                or "which" or "what" or "because" or "when" or "if" or "that" or "where" or "whom" or "since" or "so";
    }
}
