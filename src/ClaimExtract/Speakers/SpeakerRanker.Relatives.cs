using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on relative clauses: the relative pronoun as the source of a cue inside its clause, and the noun a clause
/// describes as the source of a cue after it ("Ana Ruiz, who has backed Tad Hale, said").
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Words of a quantified relative phrase before "of whom" ("the vast majority of whom").
    private const int MaxQuantifiedRelative = 4;

    /// <summary>
    /// PolNeAR's source of a cue right after a quantified relative phrase ("the Rowers, all of whom have heard", "two Democrats, both of whom
    /// opposed", "six delegates, three of whom have already promised") is the phrase from the comma to "whom", as it is "who" for a
    /// cue right after it: a speaker chosen elsewhere gives way to it.
    /// </summary>
    internal static Attribution QuantifiedRelative(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: true);

        if (k < 2 || t[k].Lower != "whom" || t[k - 1].Lower != "of" || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var first = k - 2;
        while (first > 0 && k - 1 - first < MaxQuantifiedRelative && traits.Has(first - 1, TokenTraits.Word) && !traits.Has(first - 1, TokenTraits.Comma)
               && doc.SentenceOf[first - 1] == doc.SentenceOf[k])
        {
            first--;
        }

        if (first == 0 || !traits.Has(first - 1, TokenTraits.Comma) && t[first - 1].Value is not ("—" or "–" or "("))
        {
            return chosen;
        }

        var phrase = new Span(t[first].Span.Start, t[k].Span.End);
        return chosen.Speaker is { } speaker && speaker.Overlaps(phrase) ? chosen : chosen.WithSpeaker(phrase);
    }

    /// <summary>
    /// PolNeAR's source of a cue inside a relative clause is the relative pronoun ("Hale, who in recent years has voiced the
    /// wish", "voters who say", "the bank, which says"), not the noun it follows; a cue after the clause is the noun's
    /// ("Trump, who has a lead, mocked"). When the speaker stands just before such a pronoun, the pronoun becomes the
    /// speaker's span and the speaker its <see cref="Attribution.Referent"/> (the name it resolves to); a "who" replaces any
    /// other speaker too (PolNeAR's source for 369 of 407 train cues right after it), its name then its own antecedent's.
    /// </summary>
    internal static Attribution InRelativeClause(AfterRankerContext context, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return a;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        if (cueFirst >= t.Count)
        {
            return a;
        }

        var relative = context.RelativeBefore(cueFirst);
        if (relative < 0 || speaker.Overlaps(t[relative].Span))
        {
            return relative < 0 && AfterTheClause(traits, speaker, cueFirst) is { } noun ? a with { Speaker = noun, Referent = null } : a;
        }

        // The speaker chosen is the noun the pronoun follows: its name. Another ("who" is PolNeAR's source of nine in ten cues right
        // after it, whatever the ranker chose): the pronoun's own antecedent.
        var speakerLast = context.SpeakerTokens(speaker).Last;
        var antecedent = speakerLast >= 0 && speakerLast < relative && relative - speakerLast <= MaxAntecedentGap
                         && doc.SentenceOf[speakerLast] == doc.SentenceOf[cueFirst] && RelativeFollows(traits, speakerLast, relative);
        if (!antecedent && t[relative].Lower != "who" && SpeakerCandidates.ContractedPronoun(t[relative].Lower) != MentionType.Relative)
        {
            return a;
        }

        return a with { Speaker = t[relative].Span, Referent = antecedent ? a.Referent ?? speaker : null };
    }

    /// <summary>
    /// The noun a chosen "who"/"which" follows when the cue at token <paramref name="cueFirst"/> comes after the pronoun's clause, not
    /// in it ("Rihanna, who was honored with an award, spoke about", "the ad, which is airing now, argues", "Clinton — who has called for
    /// it — lambasting": PolNeAR's source is the noun); null when the speaker is no such pronoun, or the pronoun is the cue's own (<see cref="RelativeBefore"/>), or no word
    /// stands before its comma. The noun: the capitalised words ending before the comma (not a sentence adverb: "Meanwhile
    /// Rihanna"), else the words from a determiner (up to five), else the one word.
    /// </summary>
    internal static Span? AfterTheClause(TokenTraits traits, Span speaker, int cueFirst)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var k = doc.IndexAtOrAfter(speaker.Start);
        if (k <= 1 || k >= cueFirst || doc.IndexAtOrAfter(speaker.End) - 1 != k || doc.SentenceOf[k] != doc.SentenceOf[cueFirst]
            || !(t[k].Lower is "who" or "which" || SpeakerCandidates.ContractedPronoun(t[k].Lower) == MentionType.Relative)
            || !IsCommaOrDash(k - 1) || !traits.Has(k - 2, TokenTraits.Word) || traits.Has(k - 2, TokenTraits.Pronoun))
        {
            return null;
        }

        // A comma (or a dash) closes the clause before the cue ("who ..., spoke"): a cue with none between is in a clause of its own.
        var closed = false;
        for (var j = k + 1; j < cueFirst; j++)
        {
            closed |= IsCommaOrDash(j) && !doc.Quoted[j];
        }

        if (!closed)
        {
            return null;
        }

        var last = k - 2;
        var first = last;
        if (t[last].IsCapitalized)
        {
            while (first > 0 && first > last - 6 && (traits.Of(first - 1) & (TokenTraits.Capitalized | TokenTraits.NotNameStart)) == TokenTraits.Capitalized
                   && doc.SentenceOf[first - 1] == doc.SentenceOf[k])
            {
                first--;
            }
        }
        else
        {
            for (var j = last - 1; j >= 0 && j >= last - 5 && traits.Has(j, TokenTraits.Word) && doc.SentenceOf[j] == doc.SentenceOf[k]; j--)
            {
                if (traits.Has(j, TokenTraits.DescriptionStart))
                {
                    first = j;
                    break;
                }
            }
        }

        return new Span(t[first].Span.Start, t[last].Span.End);

        bool IsCommaOrDash(int j) => traits.Has(j, TokenTraits.Comma) || t[j].Value is "—" or "–" or "―" or "--";
    }

    // Tokens from the end of the speaker to its relative pronoun ("Senator Ben Vale of Delmar, who": 4).
    private const int MaxAntecedentGap = 4;

    // Tokens from a relative pronoun to the cue of its clause ("who, in a radio chat Friday, criticized": 8).
    private const int MaxRelativeReach = 9;

    /// <summary>
    /// The relative pronoun ("who", "which", "that") whose clause the cue at token <paramref name="cueFirst"/> is the verb of, or -1:
    /// only adverbs (any lower-case -ly word too), auxiliaries, commas and prepositional phrases between them ("who last year threatened", "which through its
    /// office declined"); a subject between ("that officials believe", "the report that Trump said") or a verb (the clause has
    /// ended: "who has a lead, mocked") rules it out.
    /// </summary>
    internal static int RelativeBefore(TokenTraits traits, int cueFirst)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueFirst];
        for (var k = cueFirst - 1; k >= 0 && cueFirst - k <= MaxRelativeReach && doc.SentenceOf[k] == sentence; k--)
        {
            var lower = t[k].Lower;
            if (lower is "who" or "which" or "that" || SpeakerCandidates.ContractedPronoun(lower) == MentionType.Relative)
            {
                return lower == "that" && (k == 0 || !traits.Has(k - 1, TokenTraits.Word) || traits.Has(k - 1, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Preposition)) ? -1 : k;
            }

            var bits = traits.Of(k);
            if ((bits & (TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Comma)) != 0 || lower is "not" or "n't" or "n’t" or "'d" or "’d" or "also" or "once" or "later" or "since"
                || IsLyAdverb(t[k].Value))
            {
                continue;
            }

            if ((bits & TokenTraits.Word) == 0 || (bits & (TokenTraits.Pronoun | TokenTraits.CueVerb)) != 0 || IsVerbLike(lower))
            {
                return -1;
            }

            // Scanning backwards, words are allowed when a preposition (or "last", "this", "next") opens their phrase.
            if (traits.Has(k, TokenTraits.Preposition) || lower is "last" or "this" or "next" or "earlier")
            {
                continue;
            }

            if (!PhraseOpensBefore(traits, k, cueFirst - MaxRelativeReach))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether a preposition (or a time word) opens the phrase that token k stands in, looking back over determiners and nouns.
    private static bool PhraseOpensBefore(TokenTraits traits, int k, int limit)
    {
        var t = traits.Doc.Tokens;
        for (var j = k - 1; j >= Math.Max(0, limit) && traits.Has(j, TokenTraits.Word); j--)
        {
            var lower = t[j].Lower;
            if (traits.Has(j, TokenTraits.Preposition) || lower is "last" or "this" or "next" or "earlier")
            {
                return true;
            }

            if (lower is "who" or "which" or "that" || traits.Has(j, TokenTraits.Pronoun | TokenTraits.CueVerb | TokenTraits.Auxiliary) || IsVerbLike(lower))
            {
                return false;
            }
        }

        return false;
    }

    // Whether a relative pronoun at token relative follows the speaker ending at token last: right after it or a comma, or after an
    // "of"/"from" phrase of capitalised words ("Senator Ben Vale of Delmar, who").
    private static bool RelativeFollows(TokenTraits traits, int last, int relative)
    {
        var t = traits.Doc.Tokens;
        var k = relative - 1;
        if (k > last && traits.Has(k, TokenTraits.Comma))
        {
            k--;
        }

        if (k == last)
        {
            return true;
        }

        while (k > last + 1 && traits.Has(k, TokenTraits.Capitalized))
        {
            k--;
        }

        return k == last + 1 && t[k].Lower is "of" or "from";
    }

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
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue)
            || chosen.Content.Start < chosenCue.Span.End || speaker.End > chosenCue.Span.Start)
        {
            return chosen;
        }

        var (cue, cueFirst, cueLast, traits, doc, t) = chosenCue;
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

    /// <summary>
    /// The "who" or "which" whose clause the cue is the verb of (<see cref="RelativeBefore"/>: only adverbs, auxiliaries, commas and
    /// prepositional phrases between) is PolNeAR's source, whatever rule moved the speaker off it: a noun further left ("the head of
    /// the union, which endorsed"), a mention inside an aside ("Ana Ruiz, who, like other aides, recalled"), the subject of the main
    /// clause ("He held up the poster — which read"). On train gold takes the pronoun for 242 of 291 matched statements whose cue
    /// follows ", who" or ", which" so. "Which" must follow a comma, a dash or a parenthesis, or "and", "or" or "but" joining it to a relative
    /// clause before it ("the group, in which Ana Ruiz played a part, and which backed her": PolNeAR's source for all 4 train cues after
    /// "and which" or "and who", branch speakers122); a bare "the resolution which said" is left as it is; not for a passive ("who was regarded as", "who has been endorsed by": its agent speaks) nor for "seem" and
    /// "appear" (gold most often takes no one). Only a chosen speaker moves; the noun it followed stays its name (<see cref="Attribution.Referent"/>)
    /// when it ends right before the pronoun's comma.
    /// </summary>
    internal static Attribution RelativeOfItsClause(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var relative = PronounOfTheClause(context, cueFirst);
        if (relative < 1 || speaker.Overlaps(t[relative].Span) || t[relative].Lower is not ("who" or "which"))
        {
            return chosen;
        }

        var opener = t[relative - 1].Value;
        if (t[relative].Lower == "which" && !(traits.Has(relative - 1, TokenTraits.Comma) || opener is "—" or "–" or "―" or "--" or "-" or "(" or "and" or "or" or "but"))
        {
            return chosen;
        }

        var verb = t[cueFirst].Lower;
        if (verb.StartsWith("seem", StringComparison.Ordinal) || verb.StartsWith("appear", StringComparison.Ordinal))
        {
            return chosen;
        }

        for (var k = relative + 1; k < cueFirst; k++)
        {
            if (ContentEdges.BeForms.Contains(t[k].Lower) && !verb.EndsWith("ing", StringComparison.Ordinal))
            {
                return chosen;
            }
        }

        var (_, speakerLast) = context.SpeakerTokens(speaker);
        if (doc.SentenceOf[relative] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var antecedent = speakerLast >= 0 && speakerLast < relative && relative - speakerLast <= 2 && doc.SentenceOf[speakerLast] == doc.SentenceOf[relative];
        return chosen with { Speaker = t[relative].Span, Referent = antecedent ? chosen.Referent ?? speaker : null, InheritedFrom = null };
    }

    // Tokens of an aside between a relative pronoun and its verb ("who, after a long day of talks with the mayor, said": 11).
    private const int MaxRelativeAside = 16;

    /// <summary>
    /// The relative pronoun whose clause the cue at token <paramref name="cueFirst"/> is the verb of, or -1: <see cref="RelativeBefore"/>'s,
    /// else a "who"/"which" with only adverbs and auxiliaries before the cue ("who has long opposed") and at most one aside between
    /// commas right after the pronoun ("who, like other aides, recalled", "who, after a long talk with the mayor, said").
    /// </summary>
    private static int PronounOfTheClause(AfterRankerContext context, int cueFirst)
    {
        var relative = context.RelativeBefore(cueFirst);
        if (relative >= 0)
        {
            return relative;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var k = cueFirst - 1;
        while (k >= 0 && (traits.Has(k, TokenTraits.Adverb | TokenTraits.Auxiliary) || t[k].Lower is "not" or "n't" or "n’t" or "long" or "also" or "once" or "later" or "been" or "being"
                          || IsLyAdverb(t[k].Value)))
        {
            k--;
        }

        if (k >= 1 && traits.Has(k, TokenTraits.Comma))
        {
            var j = k - 1;
            while (j > 0 && k - j <= MaxRelativeAside && !traits.Has(j, TokenTraits.Comma) && !doc.Quoted[j] && doc.SentenceOf[j] == doc.SentenceOf[k])
            {
                j--;
            }

            k = j > 0 && traits.Has(j, TokenTraits.Comma) && k - j > 1 ? j - 1 : -1;
        }

        return k >= 1 && t[k].Lower is "who" or "which" && doc.SentenceOf[k] == doc.SentenceOf[cueFirst] ? k : -1;
    }

    /// <summary>
    /// The noun a closed relative clause describes, not a mention inside that clause: when the cue comes right after the comma
    /// (over adverbs) that closes a clause opened by ", who" or ", which" of at least two words and no comma ("Ana Ruiz, who has
    /// backed Tad Hale, said", "The audit, which the board ordered, found"), the cue is the main clause's verb and its subject is
    /// the noun before ", who". A speaker chosen inside the clause (its object: "Tad Hale", "the board"; or the pronoun itself)
    /// gives way to the candidate ending right before the comma (or before a parenthesis there: "Ana Ruiz (D-Ohio), who"), or, when
    /// that is a preposition's object, to the candidate its phrase follows ("one user on Weibo, which ..., posted": "one user").
    /// On train gold takes that noun for 118 of the 128 matched statements of this shape with such a candidate (docs/quotes.md,
    /// "speakers84"); a speaker chosen elsewhere stays.
    /// </summary>
    internal static Attribution AntecedentOfAClosedRelative(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue) || chosenCue.First < 5)
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var sentence = doc.SentenceOf[cueFirst];
        var close = cueFirst - 1;
        while (close > 0 && (traits.Has(close, TokenTraits.Adverb) || IsLyAdverb(t[close].Value)) && !traits.Has(close, TokenTraits.Comma))
        {
            close--;
        }

        if (!traits.Has(close, TokenTraits.Comma) || doc.Quoted[close] || doc.SentenceOf[close] != sentence)
        {
            return chosen;
        }

        // Only a speaker chosen inside the clause moves.
        var (speakerFirst, speakerLast) = context.SpeakerTokens(speaker);
        if (speakerLast >= close || speakerFirst < 0)
        {
            return chosen;
        }

        var relative = close - 1;
        while (relative > 0 && close - relative <= MaxRelativeAside && !traits.Has(relative, TokenTraits.Comma) && !doc.Quoted[relative]
               && doc.SentenceOf[relative] == sentence && t[relative].Lower is not ("who" or "which"))
        {
            relative--;
        }

        if (relative < 2 || close - relative < 3 || t[relative].Lower is not ("who" or "which") || doc.SentenceOf[relative] != sentence
            || !traits.Has(relative - 1, TokenTraits.Comma) || speakerFirst < relative)
        {
            return chosen;
        }

        // The noun's last token: right before the comma, or before a parenthesis closing there ("Ana Ruiz (D-Ohio), who").
        var nounLast = relative - 2;
        if (t[nounLast].Value == ")")
        {
            var open = nounLast - 1;
            while (open > 0 && nounLast - open <= 8 && t[open].Value != "(")
            {
                open--;
            }

            nounLast = t[open].Value == "(" ? open - 1 : -1;
        }

        var antecedent = NounEndingAt(nounLast);

        // The object of a preposition names no speaker of its own: the clause's noun is the head its phrase modifies ("one user on
        // Weibo, which ...", "Exit polls from the primary, which ..."), back over a chain of such phrases.
        for (var step = 0; step < 3 && antecedent is { } o && o.First >= 2 && traits.Has(o.First - 1, TokenTraits.Preposition)
                           && !traits.Has(o.First - 1, TokenTraits.By); step++)
        {
            var head = NounEndingAt(o.First - 2);
            if (head is null)
            {
                break;
            }

            antecedent = head;
        }

        return antecedent is { } a ? chosen.WithSpeaker(a.Span) : chosen;

        SpeakerCandidate? NounEndingAt(int last) => WidestCandidateEndingIn(context, sentence, last, last);
    }
}
