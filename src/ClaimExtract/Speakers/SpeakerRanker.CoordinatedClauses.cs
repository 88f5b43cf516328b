using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on a cue in a predicate or clause joined to another by "and", "or", "but" or a comma, a semicolon or a
/// dash: the subject the joined predicates share, or the second clause's own subject.
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The subject of the first of two predicates joined by "and" when the cue is the second and the speaker chosen stands in the
    /// first one's object ("Ana Berg spoke about her years in Dayton and said", "he helped broker a truce in Gaza and decided", "As
    /// Tom Hale lectured the nation about farmers and defended"): the shared subject is the cue's. The subject is the nearest
    /// candidate before the chosen speaker, in the cue's sentence, that a verb follows; a chosen speaker that a verb follows
    /// itself is a subject of its own and stays. The same holds for predicates in a series joined by a comma (branch speakers20: "She
    /// asked a league to act in Delmar, proposed", "He vowed to cut fees and cast doubt on the figure of 6.1 percent, suggested"):
    /// the cue after the comma is a verb in the past like the subject's own verb, or an -ing participle; the subject is no relative
    /// pronoun nor a possessive, a verb follows it within the cue's clause, and no other comma or dash stands between. A pronoun with
    /// its auxiliary contracted onto it ("They’re less wary of X and agree") has its verb inside the token (branch speakers62). In a
    /// series, a name's verb may be in the present, a lower-case -s word before the verb's object ("Ana Ruiz teases out a theme, laying
    /// bare"; branch speakers103).
    /// </summary>
    internal static Attribution SubjectOfTheFirstPredicate(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        if (cueFirst >= t.Count || doc.Quoted[cueFirst])
        {
            return chosen;
        }

        var and = cueFirst - 1;
        while (and >= 0 && (traits.Has(and, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[and].Value)))
        {
            and--;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        var series = and > 0 && traits.Has(and, TokenTraits.Comma) && PredicateOpens(cueFirst);
        if (and <= 0 || !(t[and].Lower == "and" || series) || last < first || last >= and || doc.SentenceOf[first] != sentence
            || SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst) || series && IsIngWord(last + 1))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule) && c.Last < first && doc.SentenceOf[c.First] == sentence && !doc.Quoted[c.First]
                && (SpeakerCandidates.VerbFollows(traits, c.Last + 1, series ? cueFirst : first) || OtherVerbFollows(traits, c, series ? cueFirst : first)
                    || series && PresentVerbAfterAName(c)
                    || c.First == c.Last && SpeakerCandidates.ContractedPronoun(t[c.Last].Lower) is MentionType.PersonPronoun or MentionType.OtherPronoun)
                && (subject < 0 || c.Last > candidates[subject].Last) && Choosable(doc, c))
            {
                subject = i;
            }
        }

        // A comma between them closes an opening phrase ("Adopting the advice of an officer who heard the case, the board of elections
        // rejected ... and ordered"): the chosen speaker opens the clause and is its subject. A comma before another predicate of the
        // series ("..., criticizing the plan and calling for") closes none; in a series joined by a comma, no other comma may stand between.
        for (var j = subject < 0 ? first : candidates[subject].Last + 1; j < (series ? and : first); j++)
        {
            if (traits.Has(j, TokenTraits.Comma) && !(!series && PredicateOpens(j + 1)) || t[j].Value is "—" or "–" or "―" or "--" or ";")
            {
                return chosen;
            }
        }

        // A series after a relative pronoun is the clause's own; the cue after it is the noun's ("Ana Ruiz, who won the vote, thanked").
        // A series shares its tense ("pledged ..., cast doubt on ..., suggested"; "has promised ..., opposed"), or goes on with a participle;
        // a possessive is no subject ("Ana Ruiz, Tom Hale's fired manager, ripped").
        if (series && subject >= 0)
        {
            var verb = candidates[subject].Last + 1;
            while (verb < and && (traits.Has(verb, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[verb].Value)))
            {
                verb++;
            }

            if (traits.Has(candidates[subject].Last, TokenTraits.EndsPossessive | TokenTraits.Relative) || SpeakerCandidates.ContractedPronoun(t[candidates[subject].Last].Lower) == MentionType.Relative
                || !(IsIngWord(cueFirst) || SpeakerCandidates.IsPastForm(t[cueFirst].Lower) && verb < and && SpeakerCandidates.IsPastForm(t[verb].Lower)))
            {
                return chosen;
            }
        }

        return subject < 0 ? chosen : Choose(context.Original, candidates[subject], doc.Document.Text);

        // A lower-case verb in the past or an -ing participle at token j opens another predicate of the series ("..., cast doubt on it,
        // suggested", "..., criticizing the plan and calling for").
        bool PredicateOpens(int j)
        {
            while (j < cueFirst && (traits.Has(j, TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Auxiliary) || IsLyAdverb(t[j].Value)))
            {
                j++;
            }

            if (j >= t.Count || !traits.Has(j, TokenTraits.Word) || t[j].IsCapitalized || traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Pronoun | TokenTraits.Relative))
            {
                return false;
            }

            return SpeakerCandidates.VerbFollows(traits, j, j + 1) || IsIngWord(j);
        }

        // A verb in the present, a lower-case -s word, right after a name ("Ana Ruiz teases out ..., laying bare"; branch speakers103).
        bool PresentVerbAfterAName(SpeakerCandidate c)
        {
            var k = c.Last + 1;
            if (k >= first || !t[c.Last].IsCapitalized || traits.Has(c.Last, TokenTraits.EndsPossessive) || !traits.Has(k, TokenTraits.Word) || t[k].IsCapitalized)
            {
                return false;
            }

            // The word after it opens the verb's object or particle ("teases out", "lays the blame"), not a verb of its own: "Dayton farmers
            // want" is a noun before its verb.
            var w = t[k].Lower;
            return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                   && !w.EndsWith("is", StringComparison.Ordinal) && w.All(char.IsAsciiLetterLower) && k + 1 < first
                   && (t[k + 1].IsCapitalized || t[k + 1].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "out" or "up" or "off" or "down" or "back");
        }

        bool IsIngWord(int j) => j < t.Count && traits.Has(j, TokenTraits.Word) && !t[j].IsCapitalized && t[j].Lower.Length > 5
                                 && t[j].Lower.EndsWith("ing", StringComparison.Ordinal) && !traits.Has(j, TokenTraits.Preposition);
    }

    // Verb forms a subject's predicate opens with that SpeakerCandidates.VerbFollows does not know (a present form, or a past form
    // without -ed that is not in its list): "Ana Ruiz shook her head and said", "The report goes on to fault the mayor, saying".
    private static readonly System.Collections.Frozen.FrozenSet<string> OtherVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["sits", "sat", "shook", "shakes", "seek", "seeks", "spent", "spends", "stands", "holds", "keeps", "meets", "runs", "leads", "goes",
         "comes", "takes", "makes", "gives", "gets", "sees", "knows", "feels", "finds", "brings", "sends", "puts", "sets", "lets", "hits",
         "wins", "loses", "pays", "buys", "sells", "flew", "flies", "drove", "drives", "ate", "slept", "swept", "dug", "hung", "spun", "won",
         "began", "begins", "became", "becomes", "rose", "fell", "left", "leaves"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a verb the clause reading of <see cref="SpeakerCandidates.VerbFollows"/> misses follows candidate <paramref name="c"/>
    /// (over adverbs, before <paramref name="limit"/>): a form of <c>OtherVerbs</c> as written (lower-case) after a mention that is no
    /// possessive (branch speakers54: "Ana Ruiz shook her head and said", "The report goes on to fault ..., saying").
    /// </summary>
    private static bool OtherVerbFollows(TokenTraits traits, SpeakerCandidate c, int limit)
    {
        var t = traits.Doc.Tokens;
        var k = c.Last + 1;
        while (k < limit && k < t.Count && traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary))
        {
            k++;
        }

        return k < limit && k < t.Count && OtherVerbs.Contains(t[k].Value) && !traits.Has(c.Last, TokenTraits.EndsPossessive);
    }

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
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
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

    // Tokens from the word that opens a clause to its subject pronoun ("though at a rally in Delmar last week she").
    private const int MaxOpenerToPronoun = 8;

    /// <summary>
    /// The subject pronoun of the clause a participle cue follows (branch speakers116b): "Tom Hale was pressed on the fees, but he talked
    /// about the pier, saying", "The mayor has been criticized for the plan, though in a radio interview last week she used stronger
    /// words, saying", "Ana Ruiz conceded the point even as she defended the board, saying". The cue is a lower-case -ing word after a
    /// comma; the clause before it opens with "but", "yet", "though", "although", "even as" or "even though" after the speaker chosen,
    /// and its subject is "he", "she", "they", "we" or "I" within <see cref="MaxOpenerToPronoun"/> words (no comma, quotation or
    /// pronoun between) that a verb follows; no comma stands between the pronoun and the cue's comma. The participle goes with that
    /// nearest clause, whose subject is PolNeAR's source, not with the sentence's subject chosen before it. A clause after "that",
    /// "how" or "when" is left alone: its participle goes with the clause it is embedded in ("Tom Hale would not say how he meant to
    /// pay, saying").
    /// </summary>
    internal static Attribution PronounOfTheClauseBeforeAParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var w = t[cueFirst].Lower;
        var comma = cueFirst - 1;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal) || comma < 1
            || !traits.Has(comma, TokenTraits.Comma) || doc.Quoted[cueFirst])
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        if (last < first || last >= comma || doc.SentenceOf[first] != sentence)
        {
            return chosen;
        }

        // The subject pronoun nearest before the cue's comma with no comma between: the clause the participle follows.
        var pronoun = -1;
        for (var j = comma - 1; j > last && pronoun < 0; j--)
        {
            if (traits.Has(j, TokenTraits.Comma) || doc.Quoted[j] || t[j].Value is "—" or "–" or "―" or "--" or ";" or ":")
            {
                return chosen;
            }

            if (t[j].Lower is "he" or "she" or "they" or "we" or "i")
            {
                pronoun = j;
            }
        }

        // The earliest subject pronoun of that stretch, in case the clause holds another ("but he spoke longer than he did at the last forum").
        for (var j = pronoun - 1; j > last && pronoun >= 0 && !traits.Has(j, TokenTraits.Comma); j--)
        {
            if (t[j].Lower is "he" or "she" or "they" or "we" or "i")
            {
                pronoun = j;
            }
        }

        if (pronoun < 0 || !PronounVerbFollows(pronoun + 1))
        {
            return chosen;
        }

        // The word that opens the pronoun's clause: at most a few words before it, none a pronoun, a verb or punctuation.
        for (var j = pronoun - 1; j > last && pronoun - j <= MaxOpenerToPronoun; j--)
        {
            var lower = t[j].Lower;
            if (lower is "but" or "yet" or "though" or "although" || lower is "as" or "though" && j - 1 > last && t[j - 1].Lower == "even")
            {
                return chosen.WithSpeaker(t[pronoun].Span);
            }

            if (!traits.Has(j, TokenTraits.Word) || traits.Has(j, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Auxiliary | TokenTraits.CueVerb)
                || lower is "that" or "how" or "when" or "and" or "or" || SpeakerCandidates.VerbFollows(traits, j, j + 1))
            {
                return chosen;
            }
        }

        return chosen;

        // A finite verb after the pronoun, over adverbs: an auxiliary, a cue verb, a past form, or a lower-case word that opens no phrase.
        bool PronounVerbFollows(int k)
        {
            while (k < comma && (traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary) || IsLyAdverb(t[k].Value)))
            {
                k++;
            }

            return k < comma && traits.Has(k, TokenTraits.Word) && char.IsLower(t[k].Value[0])
                   && !traits.Has(k, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Pronoun | TokenTraits.Relative)
                   && !t[k].Lower.EndsWith("ing", StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// The subject of a second clause, joined to the first by a conjunction after a comma, a semicolon or a dash, is the source of its
    /// finite cue: "The mayor backed the plan, but most residents say", "Tom Hale's campaign is short of money — new filings show",
    /// "the governors drew praise, but each recognized", "The reporter is Ana Ruiz; and her messages seem to show". A speaker chosen in
    /// the first clause (its subject or an object there) gives way to the noun phrase that opens the second one and ends right before the
    /// cue (over adverbs and auxiliaries), or before a short prepositional phrase that ends there ("but majorities in all five states
    /// say"). It runs after the other rules, since these keep the first clause's subject for a coordinated predicate. A plain comma is
    /// no boundary here (an apposition, an opening phrase); nor is a lone "all", "both" or "most" a subject (a floating quantifier, an
    /// adverb: "and most recently defended"); a possessive, a pronoun or a mention after a preposition leaves the choice as it is.
    /// </summary>
    internal static Attribution SubjectOfTheSecondClause(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || !(traits.Has(cueFirst, TokenTraits.CueVerb | TokenTraits.Auxiliary) || SpeakerCandidates.IsPastForm(t[cueFirst].Lower))
            || traits.Has(cueFirst, TokenTraits.IngOrLy))
        {
            return chosen;
        }

        // Over auxiliaries and adverbs, as BeforeAuxiliaries reads them, and a few more adverbs ("never quite realized", "each even said").
        // A past form before "to" or "by" may be a participle after its noun ("fake emails intended to lure").
        if (SpeakerCandidates.IsPastForm(t[cueFirst].Lower) && cueFirst + 1 < t.Count && t[cueFirst + 1].Lower is "to" or "by")
        {
            return chosen;
        }

        var k = cueFirst - 1;
        while (k > 0 && cueFirst - k <= 5 && !IsBe(t[k].Lower)
               && (traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Pronoun) || IsLyAdverb(t[k].Value)
                   || t[k].Lower is "not" or "also" or "never" or "already" or "quite" or "even" or "just" or "still" or "now" or "only" or "then" or "long" or "first"))
        {
            k--;
        }

        var sentence = doc.SentenceOf[cueFirst];
        if (k < 1 || doc.Quoted[k] || doc.SentenceOf[k] != sentence)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.First < 1 || c.Last > k || !IsSubjectCandidate(context, c, sentence) || !AfterAClauseBoundary(c.First) || !PhraseUpTo(c.Last, k)
                || !IsNounPhrase(traits, c))
            {
                continue;
            }

            if (subject < 0 || c.Last > candidates[subject].Last || c.Last == candidates[subject].Last && c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        SpeakerCandidate mention;
        if (subject >= 0)
        {
            mention = candidates[subject];
        }
        else if (PlainNounPhrase() is { } phrase)
        {
            // A common noun phrase the candidates leave out ("but authorities say", "even as advocates in the state called for").
            mention = phrase;
        }
        else
        {
            return chosen;
        }

        if (mention.First == mention.Last && t[mention.First].Lower is "all" or "both" or "most")
        {
            return chosen;
        }

        var (_, speakerLast) = context.SpeakerTokens(speaker);
        if (speaker.Overlaps(mention.Span) || speakerLast >= mention.First - 1)
        {
            return chosen;
        }

        if (!CueAgreesWithSubject(traits, cueFirst, mention.Last))
        {
            return chosen;
        }

        return chosen.WithSpeaker(mention.Span);

        // The words after a clause boundary up to k, or up to a prepositional phrase that ends at k: at most four words with no verb,
        // adverb, pronoun or preposition among them, the last a plural ("voters", "new filings") or "each", "many", "others", "several".
        SpeakerCandidate? PlainNounPhrase()
        {
            for (var first = Math.Max(1, k - 8); first <= k; first++)
            {
                if (!AfterAClauseBoundary(first))
                {
                    continue;
                }

                for (var last = first; last <= k && last - first < 4; last++)
                {
                    var w = t[last].Lower;
                    if (!traits.Has(last, TokenTraits.Word) || doc.Quoted[last] || traits.Has(last, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Pronoun
                            | TokenTraits.Relative | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Adverb | TokenTraits.IngOrLy | TokenTraits.EndsPossessive)
                        || SpeakerCandidates.IsPastForm(w) || Lexicon.TimeWords.Contains(w) || IsTimeNoun(w))
                    {
                        break;
                    }

                    if ((w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) || w is "each" or "many" or "others" or "several") && PhraseUpTo(last, k))
                    {
                        return new SpeakerCandidate(first, last, MentionType.BareNoun, new Span(t[first].Span.Start, t[last].Span.End));
                    }
                }
            }

            return null;
        }

        // A semicolon or a dash right before the mention, or a conjunction or subordinator ("but", "and", "yet", "while", "as", "even as",
        // "though", "because") right after a comma, semicolon or dash.
        bool AfterAClauseBoundary(int first)
        {
            var p = first - 1;
            if (doc.Quoted[p])
            {
                return false;
            }

            if (IsMark(p))
            {
                return true;
            }

            var q = p >= 2 && t[p].Lower == "as" && t[p - 1].Lower == "even" ? p - 1 : p;
            return q >= 1 && t[p].Lower is "but" or "and" or "yet" or "while" or "whereas" or "though" or "although" or "as" or "because"
                   && (traits.Has(q - 1, TokenTraits.Comma) || IsMark(q - 1));
        }

        // A spaced hyphen is a dash (" - "); one inside a word is not.
        bool IsMark(int j) => t[j].Value is ";" or "—" or "–" or "―" or "--" || t[j].Value == "-" && j >= 1 && t[j].Span.Start > t[j - 1].Span.End;

        // The mention ends at k, or a prepositional phrase of at most four words (no comma, verb, relative or cue) runs from it to k.
        bool PhraseUpTo(int last, int end)
        {
            if (last == end)
            {
                return true;
            }

            if (end - last > 5 || !traits.Has(last + 1, TokenTraits.Preposition) || traits.Has(last + 1, TokenTraits.By))
            {
                return false;
            }

            for (var j = last + 2; j <= end; j++)
            {
                if (!traits.Has(j, TokenTraits.Word) || traits.Has(j, TokenTraits.Comma | TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.Preposition)
                    || !t[j].IsCapitalized && (traits.Has(j, TokenTraits.IngOrLy) || SpeakerCandidates.IsPastForm(t[j].Lower)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
