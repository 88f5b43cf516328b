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

    /// <summary>
    /// The mention that opens the sentence, over a reduced relative clause that ends the first predicate (branch speakers113): a speaker
    /// chosen inside a preposition's phrase, right before a lower-case -ed participle that modifies it, is the participle's object, not the
    /// cue's subject ("Ana Ruiz met the families of the people injured in the fire and said ...", "Tom Hale spoke of the risks posed by the
    /// new pier, warning that ..."). The cue is a lower-case verb after "and" (over adverbs) or an -ing word after a comma; between the
    /// participle and the cue no comma, colon, dash, quotation, auxiliary, cue verb, relative pronoun or "that"; a preposition or "by"
    /// right after the participle (or the comma before the cue), since a verb with an object is the clause's own ("some of the clerks
    /// attacked the plan"). The speaker's mention (the widest candidate ending where it ends) follows a preposition over determiners and
    /// numbers (the widest candidate over the participle too: "the alleged risks posed"; and up to two lower-case modifiers: "of
    /// harbour officials questioned"), not "of" after a quantifier ("some of the clerks"), and is no pronoun. The new speaker is the
    /// widest mention that opens the sentence (past a dateline, "DELMAR, Ohio (Ledger) -", or an opening "And" or "But") and ends before
    /// that preposition, a verb right after it, no possessive nor relative pronoun, less an adverb it runs on to; a sentence that opens
    /// with anything else keeps the choice.
    /// </summary>
    internal static Attribution SubjectOverAReducedRelative(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        // A pronoun is a clause's subject, never a noun a participle modifies ("about how he planned to").
        if (last < first || first < 2 || last + 2 >= cueFirst || doc.SentenceOf[first] != sentence || !IsLowerCaseVerbCue(traits, cueFirst)
            || traits.Has(last, TokenTraits.Pronoun))
        {
            return chosen;
        }

        var participle = last + 1;
        var w = t[participle].Lower;
        if (!traits.Has(participle, TokenTraits.Word) || t[participle].IsCapitalized || doc.Quoted[participle]
            || !(w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)))
        {
            return chosen;
        }

        // A participle takes no object: a preposition, "by" or the comma before the cue follows it. One with an object is the clause's
        // own verb ("some of the clerks attacked the plan", "a spokeswoman for the board emailed reporters").
        var next = participle + 1;
        if (!(traits.Has(next, TokenTraits.Preposition | TokenTraits.By) && !Subordinators.Contains(t[next].Lower) || next == cueFirst - 1 && traits.Has(next, TokenTraits.Comma)))
        {
            return chosen;
        }

        // The cue: an -ing word after a comma, or a verb after "and" over adverbs.
        int phraseEnd;
        if (t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            phraseEnd = cueFirst - 1;
            if (!traits.Has(phraseEnd, TokenTraits.Comma))
            {
                return chosen;
            }
        }
        else
        {
            phraseEnd = cueFirst - 1;
            while (phraseEnd > participle && (traits.Has(phraseEnd, TokenTraits.Adverb) && !traits.Has(phraseEnd, TokenTraits.Auxiliary | TokenTraits.Pronoun) || IsLyAdverb(t[phraseEnd].Value)))
            {
                phraseEnd--;
            }

            if (t[phraseEnd].Lower != "and" || traits.Has(cueFirst, TokenTraits.IngOrLy))
            {
                return chosen;
            }
        }

        for (var k = participle + 1; k < phraseEnd; k++)
        {
            if (doc.Quoted[k] || traits.Has(k, TokenTraits.Comma | TokenTraits.Colon | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Relative)
                || t[k].Value is ";" or "—" or "–" or "(" or ")" or "-" || t[k].Lower == "that")
            {
                return chosen;
            }
        }

        // The speaker's mention follows a preposition, over determiners and numbers ("of the 49 people").
        var candidates = context.Candidates;
        var head = first;
        foreach (var c in candidates)
        {
            if (c.Last >= last && c.Last <= participle && c.First >= 0 && c.First < head && doc.SentenceOf[c.First] == sentence)
            {
                head = c.First;
            }
        }

        var p = head - 1;
        var modifiers = 0;
        while (p > 0 && (t[p].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "these" or "those" || char.IsDigit(t[p].Value[0])
                         || modifiers++ < MaxModifiersBeforeAParticiplesNoun && Modifier(p)))
        {
            p--;
        }

        // "of" after a quantifier heads the subject ("some of the clerks questioned in May", "many of those invited").
        if (p <= 0 || !traits.Has(p, TokenTraits.Preposition) || t[p].IsCapitalized
            || t[p].Lower == "of" && t[p - 1].Lower is "some" or "many" or "most" or "all" or "one" or "none" or "each" or "both" or "several" or "few" or "half" or "any")
        {
            return chosen;
        }

        var opening = OpeningPastADateline(doc, doc.SentenceFirst[sentence], p);
        if (t[opening].Value is "And" or "But")
        {
            opening++;
        }

        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.First == opening && IsMentionBefore(traits, c, p, sentence) && c.Type != MentionType.Relative
                && (subject < 0 || c.Last > candidates[subject].Last))
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return chosen;
        }

        var after = candidates[subject].Last + 1;
        while (after < p && IsLyAdverb(t[after].Value))
        {
            after++;
        }

        if (!SpeakerCandidates.VerbFollows(traits, after, p))
        {
            return chosen;
        }

        var end = candidates[subject].Last;
        while (end > opening && (traits.Has(end, TokenTraits.Adverb) && !traits.Has(end, TokenTraits.Pronoun) || IsLyAdverb(t[end].Value)))
        {
            end--;
        }

        return chosen.WithSpeaker(new Span(t[opening].Span.Start, t[end].Span.End));

        // A lower-case word that modifies the noun ("presidential", "harbour"), no verb, preposition, -ed or -ing form.
        bool Modifier(int k) =>
            traits.Has(k, TokenTraits.Word) && char.IsLower(t[k].Value[0]) && !traits.Has(k, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.CueVerb)
            && !t[k].Lower.EndsWith("ed", StringComparison.Ordinal) && !t[k].Lower.EndsWith("ing", StringComparison.Ordinal) && t[k].Lower is not ("and" or "or" or "but" or "how" or "what" or "why" or "where" or "when" or "whether" or "who" or "which" or "that");
    }

    /// <summary>
    /// The mention that opens the sentence over the subject pronoun of a clause it embeds, for a participle cue after that clause (branch
    /// speakers116b): "Tom Hale would not say how he meant to pay for the pier, saying ...", "Ana Ruiz insisted that she had won the
    /// vote, claiming ...", "Ana Ruiz (D-Vt.) told the Ledger that she met the board, asking ...": the participle goes with the clause
    /// that embeds the pronoun's, whose subject is PolNeAR's source (<see cref="PronounOfTheClauseBeforeAParticiple"/> reads the other
    /// case, a clause joined by "but" or "though"). The cue is a lower-case -ing word after a comma (and a closing quotation mark); the
    /// speaker chosen is "he", "she", "they", "we" or "I" right after "that", "how", "whether" or "why", with no comma, dash, semicolon or
    /// colon between it and the cue's comma; the new speaker is the widest mention that opens the sentence (past a dateline or an opening
    /// "And" or "But"), no possessive nor relative pronoun, with a verb after it (over a parenthesis: "Ana Ruiz (D-Vt.) told") and no
    /// comma, dash or other subject pronoun between it and the pronoun's clause.
    /// </summary>
    internal static Attribution SubjectOverAPronounOfAnEmbeddedClause(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var w = t[cueFirst].Lower;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal) || doc.Quoted[cueFirst])
        {
            return chosen;
        }

        var comma = cueFirst - 1;
        while (comma > 0 && t[comma].Value is "”" or "\"" or "''" or "’")
        {
            comma--;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        if (comma < 2 || !traits.Has(comma, TokenTraits.Comma) || first != last || last >= comma || doc.SentenceOf[first] != sentence
            || t[first].Lower is not ("he" or "she" or "they" or "we" or "i") || t[first - 1].Lower is not ("that" or "how" or "whether" or "why"))
        {
            return chosen;
        }

        for (var j = first + 1; j < comma; j++)
        {
            if (traits.Has(j, TokenTraits.Comma) || t[j].Value is "—" or "–" or "―" or "--" or ";" or ":")
            {
                return chosen;
            }
        }

        var sentenceFirst = doc.SentenceFirst[sentence];
        var opening = OpeningPastADateline(doc, sentenceFirst, first);
        if (opening < first && t[opening].Lower is "and" or "but")
        {
            opening++;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.First == opening && IsMentionBefore(traits, c, first - 1, sentence) && c.Type != MentionType.Relative
                && (subject < 0 || c.Last > candidates[subject].Last))
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return chosen;
        }

        // A verb after the mention, over a parenthesis ("Ana Ruiz (D-Vt.) told"); then nothing that opens another clause before the pronoun's.
        var after = candidates[subject].Last + 1;
        if (after < first && t[after].Value == "(")
        {
            var close = after + 1;
            while (close < first && close - after <= 6 && t[close].Value != ")")
            {
                close++;
            }

            after = close < first && t[close].Value == ")" ? close + 1 : after;
        }

        if (!SpeakerCandidates.VerbFollows(traits, after, first - 1))
        {
            return chosen;
        }

        for (var j = after; j < first - 1; j++)
        {
            if (traits.Has(j, TokenTraits.Comma | TokenTraits.Pronoun) || doc.Quoted[j] || t[j].Value is "—" or "–" or "―" or "--" or ";" or ":")
            {
                return chosen;
            }
        }

        return chosen.WithSpeaker(candidates[subject].Span);
    }

    // Lower-case words between a preposition and the noun a participle modifies, past its determiner ("of presidential candidates").
    private const int MaxModifiersBeforeAParticiplesNoun = 2;

    // The first token after a dateline that opens the sentence at token first ("DELMAR, Ohio (Ledger) - Ana Ruiz ..."): a word in capitals,
    // then within a few tokens before token end a dash, with no lower-case word between; first itself when there is none.
    private static int OpeningPastADateline(TokenizedDocument doc, int first, int end)
    {
        var t = doc.Tokens;
        var w = t[first].Value;
        if (w.Length < 2 || w.Any(char.IsLower) || !w.Any(char.IsLetter))
        {
            return first;
        }

        for (var j = first + 1; j < end && j - first <= MaxDatelineToDash; j++)
        {
            if (IsDashMark(t[j].Value))
            {
                return j + 1 < end ? j + 1 : first;
            }

            if (char.IsLower(t[j].Value[0]))
            {
                return first;
            }
        }

        return first;
    }
}
