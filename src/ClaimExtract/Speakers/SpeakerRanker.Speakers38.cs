using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers38 (see docs/quotes.md, "Speakers (branch speakers38)").</summary>
internal sealed partial class SpeakerRanker
{
    // Possessive determiners that hold a noun of saying ("his call for", "her claim that", "its calls for").
    private static bool IsPossessiveDeterminer(string lower) => lower is "his" or "her" or "its" or "their" or "our" or "my" or "your";

    // A lower-case word between a possessive and the cue noun it holds ("his [recent] call", "Pence's [renewed] demand"): a word outside
    // quotation marks that is no preposition, auxiliary, cue verb, pronoun, relative, conjunction, article, "that"/"this", "to" or "not".
    private static bool IsModifierOfACueNoun(TokenTraits traits, int p)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        return traits.Has(p, TokenTraits.Word) && char.IsLower(t[p].Value[0]) && !doc.Quoted[p]
               && !traits.Has(p, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Pronoun | TokenTraits.Relative)
               && t[p].Lower is not ("and" or "or" or "but" or "the" or "a" or "an" or "that" or "this" or "to" or "not");
    }

    // Whether the cue's first word is a lower-case noun of saying or of a stance (NounsOfSaying, HeldStanceNouns: "his call for", "Cruz's
    // refusal to"), which a possessive before it holds.
    private static bool IsHeldNounCue(TokenTraits traits, int cueFirst)
    {
        var token = traits.Doc.Tokens[cueFirst];
        return traits.Has(cueFirst, TokenTraits.Word) && char.IsLower(token.Value[0]) && (NounsOfSaying.Contains(token.Lower) || HeldStanceNouns.Contains(token.Lower));
    }

    // Nouns of saying or of a stance whose possessive PolNeAR takes as the source ("his insistence that", "her view of", "his stance on"),
    // besides NounsOfSaying.
    private static readonly System.Collections.Frozen.FrozenSet<string> HeldStanceNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["contention", "contentions", "reluctance", "hostility", "passion", "stance", "stances", "embrace", "opposition", "support", "belief",
         "beliefs", "insistence", "position", "positions", "proposal", "proposals", "refusal", "pitch", "case", "assertion", "assertions",
         "charge", "charges", "objection", "objections", "rejection", "endorsement", "defense", "defence", "attack", "attacks", "critique",
         "description", "characterization", "portrayal", "recollection", "account", "explanation", "answer", "answers", "question", "questions"],
        StringComparer.Ordinal);

    // Words between the possessive and the noun: at most three lower-case modifiers ("his deep", "her own", "his long, pre-campaign").
    private const int MaxPossessedModifiers = 3;

    /// <summary>
    /// The possessive before a cue that is a noun of saying or of a stance is its source ("Trump's rise and his call for a ban", "the
    /// votes, with his claim of a mandate", "is not alone in his contention that", "was his long embrace of", "including her recent
    /// call to"): PolNeAR takes "his"/"her"/"its"/"their" as the source of such a noun, and a speaker chosen elsewhere (a place, another
    /// noun of the sentence, the antecedent) gives way to it. The noun opens the cue, lower case, after at most three lower-case
    /// modifiers (no preposition, conjunction, auxiliary or cue verb among them) and a possessive determiner, outside quotation marks;
    /// the possessive follows "and", "including", a form of "be", or a preposition that no verb precedes. After a verb ("kept his
    /// promise", "renewed his call", "expanded upon his calls", "said in her remarks") PolNeAR takes the verb's subject or the
    /// possessive, and the choice stays unless it is neither: a speaker in another sentence or one that no verb follows (branch speakers62).
    /// </summary>
    internal static Attribution PossessiveOfTheCueNoun(AfterRankerContext context, Attribution chosen)
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

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[cueFirst]];
        var p = cueFirst - 1;
        var modifiers = 0;
        while (p > sentenceFirst && !IsPossessiveDeterminer(t[p].Lower))
        {
            if (traits.Has(p, TokenTraits.Comma) && modifiers > 0)
            {
                p--;
                continue;
            }

            if (++modifiers > MaxPossessedModifiers || !IsModifierOfACueNoun(traits, p) || traits.Has(p, TokenTraits.EndsPossessive | TokenTraits.PossessiveMark))
            {
                return chosen;
            }

            p--;
        }

        if (p < sentenceFirst || !IsPossessiveDeterminer(t[p].Lower) || doc.Quoted[p] || p == sentenceFirst)
        {
            return chosen;
        }

        if (chosen.Speaker is { } speaker && speaker.Overlaps(t[p].Span))
        {
            return chosen;
        }

        // What stands before the possessive: "and", "including", "be", or a preposition after no verb.
        var w = t[p - 1].Lower;
        var opens = w is "and" or "including" or "between" or "amid" or "among" or "despite" || IsBe(w)
                    || traits.Has(p - 1, TokenTraits.Preposition | TokenTraits.By) && !VerbBefore(p - 2)
                    || char.IsLower(t[p - 1].Value[0]) && NoSubject();
        return opens ? chosen.WithSpeaker(t[p].Span) : chosen;

        // After a verb PolNeAR takes the possessive or the verb's subject; a speaker chosen in another sentence, or one that no verb
        // follows ("during his Dutch trip, particularly his warning", "in Ohio and Iowa as well solidify her argument"), is neither, and
        // gives way to the possessive (branch speakers62).
        bool NoSubject()
        {
            if (chosen.Speaker is not { } s)
            {
                return false;
            }

            // A verb in the present follows a subject too ("Tom Hale raises money, even while keeping his promise").
            var (first, last) = context.SpeakerTokens(s);
            var next = t[last + 1];
            return last < p && (first < sentenceFirst || !SpeakerCandidates.VerbFollows(traits, last + 1, p)
                                && !(char.IsAsciiLetterLower(next.Value[0]) && next.Lower.Length > 3 && next.Lower.EndsWith('s') && !traits.Has(last + 1, TokenTraits.Preposition)));
        }

        bool VerbBefore(int k) =>
            k >= sentenceFirst && (traits.Has(k, TokenTraits.CueVerb | TokenTraits.SaidOrTold | TokenTraits.Auxiliary)
                                   || char.IsLower(t[k].Value[0]) && t[k].Lower.Length > 3 && t[k].Lower.EndsWith("ed", StringComparison.Ordinal));
    }

    // Words that open a participle's phrase before the main clause ("While discussing the tweet, Ana Ruiz said", "After backing him, she").
    private static bool OpensAParticiplePhrase(string lower) =>
        lower is "while" or "when" or "after" or "before" or "since" or "upon" or "in" or "by" or "without" or "despite" or "on";

    // Tokens from the sentence's start to the word that opens the participle's phrase ("Sunday, on CNN’s “State of the Union,” while").
    private const int MaxBeforeOpeningParticiple = 14;

    // Words of the subject before the candidate that ends it ("billionaire team owner Mark Cuban" when only "Mark Cuban" is a candidate).
    private const int MaxSubjectModifiers = 4;

    // Tokens from the participle to the comma that closes its phrase.
    private const int MaxOpeningParticiplePhrase = 60;

    /// <summary>
    /// The subject of the main clause is the source of a participle in a phrase that opens the sentence ("Tuesday on KXRB’s morning
    /// show, while discussing the toll, Ana Ruiz said", "But while denouncing the levy, she has not offered", "Eight years after backing
    /// the mayor, Tom Hale is"): a speaker chosen inside the opening phrase (the show, a number) or nobody gives way to the mention right
    /// after the comma that closes the phrase, when a verb follows that mention (over a parenthesis: "Ana Ruiz (D-Ohio) said"). The cue
    /// opens with a lower-case -ing word right after "while", "when", "after", "before", "since", "upon", "in", "by", "without",
    /// "despite" or "on"; nothing before that word in the sentence is a verb (an auxiliary, a cue verb, a form of "be", a lower-case
    /// -ed word), and the closing comma is the first after the cue that such a mention follows, outside quotation marks.
    /// </summary>
    internal static Attribution SubjectAfterAnOpeningParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        var w = t[cueFirst].Lower;
        var sentence = doc.SentenceOf[cueFirst];
        var sentenceFirst = doc.SentenceFirst[sentence];
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(t[cueFirst].Value[0]) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal) || w == "according"
            || cueFirst - 1 < sentenceFirst || !OpensAParticiplePhrase(t[cueFirst - 1].Lower) || cueFirst - 1 - sentenceFirst > MaxBeforeOpeningParticiple)
        {
            return chosen;
        }

        for (var k = sentenceFirst; k < cueFirst - 1; k++)
        {
            var v = t[k].Lower;
            if (traits.Has(k, TokenTraits.Auxiliary | TokenTraits.CueVerb) || IsBe(v) || v is "has" or "have" or "had"
                || char.IsLower(t[k].Value[0]) && v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal))
            {
                return chosen;
            }
        }

        // A speaker after the cue is left as it is: it is the subject already, or the rules found another.
        if (chosen.Speaker is { } speaker && context.SpeakerTokens(speaker).First > cueLast)
        {
            return chosen;
        }

        if (SubjectAfterTheClosingComma(context, cueLast, doc.SentenceEndToken(cueFirst)) is not { } span)
        {
            return chosen;
        }

        return chosen.Speaker is { } s && s.Overlaps(span) ? chosen : chosen.WithSpeaker(span);
    }

    /// <summary>
    /// The subject of the main clause after a phrase that ends before <paramref name="sentenceEnd"/>: the first comma after token
    /// <paramref name="after"/> (outside quotation marks, within <see cref="MaxOpeningParticiplePhrase"/> tokens) that a mention follows,
    /// within <see cref="MaxSubjectModifiers"/> words and no comma, with a verb after it (over a parenthesis: "Ana Ruiz (D-Ohio) said");
    /// the longest of the first such mentions. Null when there is none.
    /// </summary>
    private static Span? SubjectAfterTheClosingComma(AfterRankerContext context, int after, int sentenceEnd)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var candidates = context.Candidates;
        for (var comma = after + 1; comma < sentenceEnd && comma - after <= MaxOpeningParticiplePhrase; comma++)
        {
            if (!traits.Has(comma, TokenTraits.Comma) || doc.Quoted[comma])
            {
                continue;
            }

            var start = comma + 1;
            while (start < sentenceEnd && t[start].Value is "”" or "\"" or "''" or "’")
            {
                start++;
            }

            var subject = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Type is MentionType.None or MentionType.Rule or MentionType.Relative || c.First < start || c.First - start > MaxSubjectModifiers
                    || doc.Quoted[c.First] || CommaBetween(traits, start, c.First) || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c)
                    || !VerbAfter(c.Last + 1))
                {
                    continue;
                }

                if (subject < 0 || c.First < candidates[subject].First || c.First == candidates[subject].First && c.Last > candidates[subject].Last)
                {
                    subject = i;
                }
            }

            if (subject >= 0)
            {
                return candidates[subject].Span;
            }
        }

        return null;

        // A verb at k, or after a parenthesis that opens at k ("Ana Ruiz (D-Ohio) said").
        bool VerbAfter(int k)
        {
            if (k < sentenceEnd && t[k].Value == "(")
            {
                var close = k + 1;
                while (close < sentenceEnd && close - k <= 6 && t[close].Value != ")")
                {
                    close++;
                }

                k = close < sentenceEnd && t[close].Value == ")" ? close + 1 : k;
            }

            return SpeakerCandidates.VerbFollows(traits, k, sentenceEnd);
        }
    }

    /// <summary>
    /// The subject of a verb, not its object, is the source of "about" after the object ("Tom Hale went on a long rant about the levy",
    /// "the council has remained in a sour mood about", "the Ledger published a story about", "she has changed her mind about"): a
    /// speaker chosen right before a cue that is "about" alone, which a verb governs (a lower-case verb right before it, or a verb and
    /// a preposition: "went on", "remained in"), gives way to the nearest mention before it in its sentence that a verb follows (as for
    /// "told", <see cref="SubjectNotObject"/>). None there leaves the choice.
    /// </summary>
    internal static Attribution SubjectBeforeTheObjectOfAbout(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (cueFirst != cueLast || t[cueFirst].Lower != "about")
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[cueFirst]];
        if (last + 1 != cueFirst || first <= sentenceFirst || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // Over a determiner the candidate leaves out ("published a story about", where "story" is the bare noun chosen).
        var v = first - 1;
        if (t[v].Lower is "a" or "an" or "the" && v - 1 >= sentenceFirst)
        {
            v--;
        }

        if (traits.Has(v, TokenTraits.Preposition) && !traits.Has(v, TokenTraits.By) && v - 1 >= sentenceFirst)
        {
            v--;
        }

        if (!IsVerb(v))
        {
            return chosen;
        }

        if (ClauseSubject(context, first, nearest: true) is not { } span || span.Overlaps(speaker))
        {
            return chosen;
        }

        return chosen.WithSpeaker(span);

        bool IsVerb(int k)
        {
            var w = t[k].Lower;
            return char.IsLower(t[k].Value[0]) && !traits.Has(k, TokenTraits.Auxiliary) && !IsBe(w)
                   && (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || IrregularPasts.Contains(w) || traits.Has(k, TokenTraits.CueVerb));
        }
    }
}
