using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on the subject of the cue's own clause: the noun phrase or pronoun that opens the clause right before a
/// finite cue ("Streaming services have revealed", "and he’s hoping", "and it hopes to", "six in 10 said").
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The noun phrase that opens a clause right before a finite cue is its subject: when the cue's first word is a lower-case verb
    /// (or auxiliary) and the mention ending right before it, over auxiliaries and adverbs, starts a clause (the sentence's start, a
    /// comma, a dash, a colon, or a conjunction or subordinator such as "and", "but", "though", "as", "which", "what"), a speaker
    /// chosen before that mention gives way to it ("nobody had moved to the coast, and some farmers said", "Ruiz was a schemer - a
    /// former clerk said", "the leaks, which the audit said were hushed up"). The ranker often prefers a frequent name of the
    /// sentence or the object of an earlier verb there. Pronouns are <see cref="PronounBeforeTheCue"/>'s; a possessive, a relative
    /// pronoun, a mention after a preposition or a verb, or a speaker after the mention leaves the choice as it is.
    /// </summary>
    internal static Attribution SubjectRightBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
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

    /// <summary>
    /// A lower-case noun phrase that opens a clause right before a finite cue is its subject even when the candidates hold no mention
    /// ending there: the candidates leave out a bare singular, a noun whose head ends in -ing, and a plain plural after "if" or a comma
    /// ("but survey timing supports", ", national polling shows", "If politicians decide", ", 721 delegates cast"). When the cue's first
    /// word is a lower-case verb or auxiliary (no -ing; outside the cue verbs, a past form or a form that agrees with the head: "timing
    /// supports", "politicians decide"), the words before it, over auxiliaries and adverbs, are one to three lower-case nouns or adjectives
    /// (an article or a count may open them; no pronoun, preposition, function word, past form or -ly adverb, and an -ing word only as
    /// the head after another word), and they open a clause (<see cref="OpensAClause"/>), a speaker chosen before them or after the cue
    /// gives way to them. Not the tail of a list ("staff and former colleagues say"), "that" after a preposition, nor a past form before
    /// "by" or "to" (a passive or a reduced relative: "a plan opposed by", "fake emails intended to"). The candidates and the ranker's
    /// features are unchanged (branch speakers104).
    /// </summary>
    internal static Attribution BareNounPhraseBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        if (!IsLowerCaseVerbCue(traits, cueFirst) || traits.Has(cueFirst, TokenTraits.IngOrLy))
        {
            return chosen;
        }

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (k < 0 || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst] || !IsPhraseNoun(traits, k, head: true)
            || !traits.Has(cueFirst, TokenTraits.CueVerb | TokenTraits.Auxiliary) && !IsFiniteAfter(t[cueFirst].Lower, t[k].Lower)
            || SpeakerCandidates.IsPastForm(t[cueFirst].Lower) && cueLast + 1 < t.Count && t[cueLast + 1].Lower is "by" or "to")
        {
            return chosen;
        }

        var start = k;
        while (start > 0 && k - start < 2 && doc.SentenceOf[start - 1] == doc.SentenceOf[k] && IsPhraseNoun(traits, start - 1, head: false))
        {
            start--;
        }

        if (start > 0 && doc.SentenceOf[start - 1] == doc.SentenceOf[k] && (t[start - 1].Lower is "a" or "an" or "the" || IsCount(t[start - 1].Value)))
        {
            start--;
        }

        if (traits.Has(k, TokenTraits.IngOrLy) && start == k || !OpensAClause(traits, start) || !CueAgreesWithSubject(traits, cueFirst, k))
        {
            return chosen;
        }

        var span = new Span(t[start].Span.Start, t[k].Span.End);
        var (first, last) = context.SpeakerTokens(speaker);
        if (speaker.Overlaps(span) || context.Original.Content.Overlaps(span) || !(last < start || first > cueLast))
        {
            return chosen;
        }

        // "and" or "or" without a comma before it joins the phrase to a noun before it, the tail of a list ("Friends, lobbyists and former
        // foes say", "parents and teachers say"), and "that" after a preposition is a determiner ("close to that range would").
        var opener = start > 0 ? t[start - 1].Lower : "";
        if (opener is "and" or "or" && (start < 2 || !traits.Has(start - 2, TokenTraits.Comma))
            || opener == "that" && start > 1 && traits.Has(start - 2, TokenTraits.Preposition | TokenTraits.By))
        {
            return chosen;
        }

        return chosen.WithSpeaker(span);
    }

    // Whether token j can be a word of a lower-case noun phrase before its verb: a lower-case word that is no pronoun, preposition,
    // auxiliary, cue verb, function word (SpeakerCandidates.IsBareNoun), past form or -ly adverb; an -ing word only as the head.
    private static bool IsPhraseNoun(TokenTraits traits, int j, bool head)
    {
        var token = traits.Doc.Tokens[j];
        var w = token.Lower;
        return traits.Has(j, TokenTraits.Word) && char.IsLower(token.Value[0]) && !traits.Doc.Quoted[j]
               && !traits.Has(j, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary
                   | TokenTraits.CueVerb | TokenTraits.Adverb | TokenTraits.Quantifier | TokenTraits.DescriptionStop)
               && SpeakerCandidates.IsBareNoun(w) && !SpeakerCandidates.IsPastForm(w) && !Lexicon.TimeWords.Contains(w) && !IsTimeNoun(w)
               && w is not ("a" or "an" or "the" or "and" or "or" or "but" or "that" or "this" or "there" or "here" or "whether" or "if" or "when"
                   or "while" or "because" or "although" or "though" or "since" or "so" or "as" or "what" or "where" or "how" or "why" or "amid"
                   or "amidst" or "despite" or "among" or "amongst" or "via" or "per" or "toward" or "towards" or "upon" or "onto")
               && !w.Contains('\'') && !w.Contains('\u2019')
               && (!traits.Has(j, TokenTraits.IngOrLy) || head && w.EndsWith("ing", StringComparison.Ordinal));
    }

    // Whether a cue word outside the cue verbs reads as a finite verb after the head noun: a past form, an -s form after a singular
    // ("timing supports"), a bare form after a plural ("politicians decide"), not a word with an adjective's ending ("donors reluctant").
    private static bool IsFiniteAfter(string verb, string head) =>
        SpeakerCandidates.IsPastForm(verb)
        || (verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal)) != (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal))
           && !AdjectiveEndingsOfABareCue.Any(e => verb.EndsWith(e, StringComparison.Ordinal));

    private static readonly string[] AdjectiveEndingsOfABareCue = ["ant", "ent", "ive", "ful", "ble", "ous", "al", "ic", "ary", "less"];

    // Whether a token is a count written in digits ("721", "1,200"), not a year ("2011").
    private static bool IsCount(string value) =>
        value.Length > 0 && char.IsAsciiDigit(value[0]) && value.All(ch => char.IsAsciiDigit(ch) || ch == ',')
        && !(value.Length == 4 && value[0] is '1' or '2');

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

    // Heads of a partitive phrase: a count, share, member or leader "of" a group ("a number of attendees", "one of the officials", "the
    // head of the agency", "members of the board").
    private static readonly System.Collections.Frozen.FrozenSet<string> PartitiveHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["number", "member", "members", "group", "handful", "majority", "couple", "third", "quarter", "half", "one", "two", "three", "four", "five",
         "some", "many", "most", "several", "none", "each", "any", "all", "both", "few", "dozens", "hundreds", "thousands", "millions", "head",
         "leader", "leaders", "chairman", "chairwoman", "director", "rest", "pair", "team", "coalition", "panel", "lot"],
        StringComparer.Ordinal);

    /// <summary>
    /// The first token of a partitive subject whose noun after "of" starts at token <paramref name="first"/> ("a number of attendees",
    /// "one of the officials", "the head of the agency"), when that phrase opens a clause (<see cref="OpensAClause"/>); -1 otherwise.
    /// The candidates split such a phrase at "of", so the noun after it seemed to open no clause (branch speakers54).
    /// </summary>
    private static int PartitiveStart(TokenTraits traits, int first)
    {
        var t = traits.Doc.Tokens;
        var head = first - 2;
        if (head < 0 || t[first - 1].Lower != "of" || !PartitiveHeads.Contains(t[head].Lower) || traits.Doc.SentenceOf[head] != traits.Doc.SentenceOf[first])
        {
            return -1;
        }

        var start = head > 0 && t[head - 1].Lower is "a" or "an" or "the" ? head - 1 : head;
        return OpensAClause(traits, start) ? start : -1;
    }

    /// <summary>
    /// The personal pronoun right before the cue, over adverbs and auxiliaries, is its subject and PolNeAR's source ("and he’s hoping the
    /// endorsement will help", "but he’s not predicting", "and they boldly reminded voters"): a speaker chosen elsewhere gives way to it.
    /// Not over a form of "be" (a passive: "he was accused by"), nor a pronoun inside the content or a quotation.
    /// </summary>
    internal static Attribution PronounBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);

        if (k < 0 || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst] || context.Original.Content.Overlaps(t[k].Span) || speaker.Overlaps(t[k].Span)
            || !(traits.Has(k, TokenTraits.PersonPronoun) || SpeakerCandidates.ContractedPronoun(t[k].Lower) == MentionType.PersonPronoun
                 || t[k].Lower is "they" or "we" or "i" || SpeakerCandidates.ContractedPronoun(t[k].Lower) == MentionType.OtherPronoun && !t[k].Lower.StartsWith("it", StringComparison.Ordinal) && !t[k].Lower.StartsWith("you", StringComparison.Ordinal)))
        {
            return chosen;
        }

        // A pronoun opening a clause that another verb reports or embeds ("Tom Hale said he rarely asks", "whether what he’s proposing is
        // realistic") stands for the speaker chosen there, which PolNeAR keeps.
        if (k > 0 && (traits.Has(k - 1, TokenTraits.CueVerb) || t[k - 1].Lower is "what" or "whether" or "that" or "if" or "how" or "why" or "who" or "which"))
        {
            return chosen;
        }

        return chosen.WithSpeaker(t[k].Span);
    }

    // Verbs whose "it" is an expletive standing for a clause ("it appears that", "it turns out", "it remains to be seen"): no subject.
    private static readonly System.Collections.Frozen.FrozenSet<string> ExpletiveVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained", "turn", "turns", "turned", "emerge", "emerges",
         "emerged", "look", "looks", "looked", "sound", "sounds", "sounded", "follow", "follows", "followed", "matter", "matters", "mattered",
         "happen", "happens", "happened", "become", "becomes", "became", "feel", "feels", "felt", "make", "makes", "made", "take", "takes", "took"],
        StringComparer.Ordinal);

    // Words after which a pronoun opens a clause of its own: conjunctions and subordinators that do not make the clause reported or
    // embedded by another verb ("and it hopes", "although it does say", "after it announced"), and clause-opening adverbs ("and now it says").
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "or", "nor", "yet", "so", "although", "though", "after", "before", "because", "while", "when", "since", "once", "until",
         "unless", "as", "that", "now", "then", "still", "also", "instead", "meanwhile", "later", "today", "here", "there"],
        StringComparer.Ordinal);

    /// <summary>
    /// "It" right before the cue, over adverbs and auxiliaries (not over "be"), opening a clause of its own, is the cue's subject and
    /// PolNeAR's source ("and it hopes to reap", "although it does say that", "after it announced a breach", "a race that it says will"):
    /// a speaker chosen elsewhere (the antecedent, an organisation named earlier, a stray word) gives way to it, as
    /// <see cref="PronounBeforeTheCue"/> does for "he", "she", "they", "we" and "I", which leaves "it" and "you" out. The pronoun must open
    /// its clause: the sentence start, a punctuation mark, a conjunction or subordinator, a relative "that" (not after a cue verb), a
    /// clause-opening adverb, or an auxiliary of a question; not the object of a verb or preposition ("made it clear"), not after a form
    /// of "be" ("Nor is it clear"), a cue verb, "what" or "whether", nor an expletive "it" ("it appears", "it turns out"). Not a pronoun
    /// inside the content or a quotation, nor one already chosen. "You" is left out: a statement whose speaker is "you" is dropped
    /// later (on train the transcript questions "Q: Now you're talking about" then lose their match). A capitalised speaker chosen
    /// before the pronoun in its sentence or the one before stays the name the pronoun resolves to (<see cref="Attribution.Referent"/>).
    /// </summary>
    internal static Attribution ItBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!IsLowerCaseVerbCue(traits, cueFirst))
        {
            return chosen;
        }

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (k < 0 || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst] || context.Original.Content.Overlaps(t[k].Span) || speaker.Overlaps(t[k].Span))
        {
            return chosen;
        }

        if (t[k].Lower != "it" || ExpletiveVerbs.Contains(FirstVerbAfter(traits, k, cueFirst)))
        {
            return chosen;
        }

        if (k > 0 && doc.SentenceOf[k - 1] == doc.SentenceOf[k] && traits.Has(k - 1, TokenTraits.Word) && !traits.Has(k - 1, TokenTraits.Colon))
        {
            var before = t[k - 1].Lower;
            // "that" only as a relative after a noun ("a race that it says will"), not as the complementizer of a verb, also past a time
            // ("said that it expects", "showed in 2013 that it responded").
            var complementizer = before == "that" && k > 1 && (traits.Has(k - 2, TokenTraits.CueVerb) || char.IsDigit(t[k - 2].Value[0]) || Lexicon.TimeWords.Contains(t[k - 2].Lower));
            var opens = ClauseOpeners.Contains(before) && !complementizer || traits.Has(k - 1, TokenTraits.Auxiliary) && !IsBe(before) && !traits.Has(k - 1, TokenTraits.Pronoun);
            if (!opens || traits.Has(k - 1, TokenTraits.CueVerb))
            {
                return chosen;
            }
        }

        // The speaker chosen, when it is a capitalised mention ending before the pronoun in its sentence or the one before and is no
        // object of a preposition ("The FBI needs to ... unless it wants"; not "were owed to Vexo, it said"), is what the pronoun stands
        // for: it stays the name the new speaker resolves to.
        var (first, last) = context.SpeakerTokens(speaker);
        var antecedent = first < t.Count && last < k && doc.SentenceOf[k] - doc.SentenceOf[first] <= 1 && char.IsUpper(t[first].Value[0])
                         && (first == 0 || !traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By));
        return chosen with { Speaker = t[k].Span, Referent = antecedent ? chosen.Referent ?? speaker : null, InheritedFrom = null };

        // The first word after the pronoun that is no auxiliary or adverb (the verb the pronoun is the subject of).
        static string FirstVerbAfter(TokenTraits traits, int k, int cueFirst)
        {
            var j = k + 1;
            while (j < cueFirst && (traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(traits.Doc.Tokens[j].Value) || traits.Doc.Tokens[j].Lower is "not" or "also" or "never"))
            {
                j++;
            }

            return traits.Doc.Tokens[j].Lower;
        }
    }

    // Numbers of a poll's share ("six in 10", "one in four", "nine out of 10").
    private static bool IsShareNumber(string w) =>
        w.Length > 0 && !w.AsSpan().ContainsAnyExceptInRange('0', '9')
        || w is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten";

    // A fraction written as one word ("three-fourths", "two-thirds", "one-third").
    private static bool IsFractionWord(string w)
    {
        var dash = w.IndexOf('-');
        return dash > 0 && IsShareNumber(w[..dash]) && w[(dash + 1)..] is "third" or "thirds" or "fourth" or "fourths" or "quarter" or "quarters" or "fifth" or "fifths";
    }

    /// <summary>
    /// A poll's share right before the cue is its source ("six in 10 said", "and one in four said", "with about two in 10 saying",
    /// "three-fourths say"): PolNeAR takes the share as the source, as it does "26 percent" (a candidate of its own); the share has no
    /// candidate when it is written with words or as "N in M", so the ranker chose a name elsewhere in the sentence. The share is a number,
    /// "in", "of" or "out of" and a number, or a fraction word, after modifiers ("about", "nearly", "more than", ...), opening its clause
    /// (the sentence's start, a comma, a dash, "and", "but", "while", "with", "that"), and stands right before the cue (over adverbs and
    /// auxiliaries, not "be"). A speaker chosen inside the share stays.
    /// </summary>
    internal static Attribution ShareOfAPoll(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!traits.Has(cueFirst, TokenTraits.Word) || t[cueFirst].IsCapitalized
            || traits.Has(cueFirst, TokenTraits.Preposition))
        {
            return chosen;
        }

        var last = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (last < 1 || doc.Quoted[last] || doc.SentenceOf[last] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        int first;
        if (IsFractionWord(t[last].Lower))
        {
            first = last;
        }
        else if (last >= 2 && IsShareNumber(t[last].Lower) && t[last - 1].Lower is "in" or "of" && IsShareNumber(t[last - 2].Lower))
        {
            first = last - 2;
        }
        else if (last >= 3 && IsShareNumber(t[last].Lower) && t[last - 1].Lower == "of" && t[last - 2].Lower == "out" && IsShareNumber(t[last - 3].Lower))
        {
            first = last - 3;
        }
        else
        {
            return chosen;
        }

        // Modifiers before the share ("about", "nearly", "more than").
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[last]];
        while (first > sentenceFirst)
        {
            var w = t[first - 1].Lower;
            if (w is "about" or "nearly" or "almost" or "roughly" or "approximately" or "just" or "only" or "some" or "over" or "under")
            {
                first--;
            }
            else if (w == "than" && first - 2 >= sentenceFirst && t[first - 2].Lower is "more" or "fewer" or "less")
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        if (first > sentenceFirst && !traits.Has(first - 1, TokenTraits.Comma) && t[first - 1].Value is not (";" or "—" or "–")
            && t[first - 1].Lower is not ("and" or "but" or "while" or "whereas" or "with" or "that" or "yet"))
        {
            return chosen;
        }

        var share = new Span(t[first].Span.Start, t[last].Span.End);
        return chosen.Speaker is { } speaker && speaker.Overlaps(share) ? chosen : chosen.WithSpeaker(share);
    }

    // Adjectives (and participles used as adjectives) of an attitude its subject holds after "is"/"was"/"are"/"were" ("Ana Ruiz was
    // shocked that", "few voters are eager to"): the subject holds the attitude, unlike the subject of a passive ("was asked").
    private static readonly System.Collections.Frozen.FrozenSet<string> HeldAttitudes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["shocked", "surprised", "impressed", "worried", "concerned", "eager", "keen", "outspoken", "pleased", "unhappy", "happy", "confident",
         "optimistic", "pessimistic", "skeptical", "sceptical", "convinced", "sure", "certain", "aware", "unaware", "afraid", "disappointed",
         "frustrated", "angry", "upset", "rattled", "hopeful", "adamant", "critical", "supportive", "vocal", "insistent", "unsure", "uncertain",
         "doubtful", "fearful", "anxious", "alarmed", "outraged", "furious", "proud", "determined", "reluctant", "wary", "excited", "thrilled"],
        StringComparer.Ordinal);

    /// <summary>
    /// The subject of an active cue that opens its clause's predicate: when the choice is no speaker, the content follows the cue and the
    /// cue's first word is a finite verb ("The campaign worries that", "Streaming services have revealed", "they're mostly proposing") or
    /// "is"/"was"/... and an adjective of attitude ("Ana Ruiz was shocked to", "No one is eager to"), the mention that ends right before
    /// the cue (over adverbs and auxiliaries) is the subject and takes the place of none. Not for a passive ("was asked", "is expected"),
    /// a participle that names ("a memo titled"), a bare -ing or -ed participle without an auxiliary after a noun, "it" or "there" (an
    /// expletive), "That said" (a concession), nor a mention after a preposition (the object of "Among the voters").
    /// </summary>
    internal static Attribution SubjectOfAnActiveCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue) || chosen.Content.Start < chosenCue.Span.End)
        {
            return chosen;
        }

        var (cue, cueFirst, cueLast, traits, doc, t) = chosenCue;
        var v = t[cueFirst].Lower;
        if (!IsLowerCaseVerbCue(traits, cueFirst))
        {
            return chosen;
        }

        // Back over adverbs and auxiliaries to the last word of the subject.
        var j = cueFirst - 1;
        var auxiliary = false;
        var be = false;
        while (j >= 0 && cueFirst - j <= 3 && (traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Pronoun) || IsLyAdverb(t[j].Value)
                                                  || t[j].Value is "may" or "might" or "should" or "can" or "must" or "shall"))
        {
            auxiliary |= traits.Has(j, TokenTraits.Auxiliary) || t[j].Value is "may" or "might" or "should" or "can" or "must" or "shall";
            be |= IsBe(t[j].Lower);
            j--;
        }

        // A pronoun with its auxiliary in one token ("they're", "she's").
        var contracted = j >= 0 && t[j].Lower.Replace('’', '\'') is "they're" or "we're" or "you're" or "he's" or "she's";
        if (contracted)
        {
            auxiliary = be = true;
        }

        if (j < 0 || doc.SentenceOf[j] != doc.SentenceOf[cueFirst] || !VerbShape())
        {
            return chosen;
        }

        // A candidate that ends there, the longest, or the noun phrase the words before the cue make (the candidates leave out many
        // subjects: "Political pundits", "recent primary contests", "Some", "That").
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None or MentionType.Rule || c.First < 0 || c.Last != j || doc.Quoted[c.First]
                || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c))
            {
                continue;
            }

            if (subject < 0 || c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        // Of a candidate and the phrase, the longer ("Local bloggers", not the bare noun "bloggers").
        var phrase = PhraseStart(j);
        var first = subject < 0 ? phrase : phrase >= 0 ? Math.Min(phrase, candidates[subject].First) : candidates[subject].First;
        if (first < 0 || doc.Quoted[j] || !HolderWord(j)
            || first == j && (t[j].Lower is "it" or "there" or "what" or "which" or "who" or "all" or "both" or "each" or "here"
                              || t[j].Lower is "this" or "that" && (!t[j].IsCapitalized || v == "said"))
            || t[first].Lower is "it" or "there" && first < j
            || first > 0 && traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By))
        {
            return chosen;
        }

        var span = new Span(t[first].Span.Start, t[j].Span.End);
        return chosen.WithSpeaker(span);

        // The last word of a holder: a person, group, organisation or document noun, a pronoun, a capitalised word, or a plural noun (not
        // "a passing promise", "other emotional notes", where the cue is a noun).
        bool HolderWord(int k)
        {
            var w = t[k].Lower;
            if (contracted)
            {
                return true;
            }

            if (traits.Has(k, TokenTraits.EndsPossessive) || Lexicon.TimeWords.Contains(w))
            {
                return false;
            }

            if (traits.Has(k, TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.GroupHead | TokenTraits.DocumentHead | TokenTraits.Pronoun))
            {
                return true;
            }

            // A capitalised word that may open no name is a subordinator or adverb opening the sentence ("When asked", "Despite
            // complaints"), but for a demonstrative or quantifier ("That suggests", "Some may recall").
            if (traits.Has(k, TokenTraits.Capitalized))
            {
                return !traits.Has(k, TokenTraits.NotNameStart) || w is "that" or "this" or "some" or "many" or "most" or "one";
            }

            return traits.Has(k, TokenTraits.Word) && w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                   && !w.EndsWith("is", StringComparison.Ordinal) && !traits.Has(k, TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.CueVerb);
        }

        // The first word of the noun phrase ending at token k: back over words of the sentence that are no verb, preposition, auxiliary,
        // conjunction, relative or punctuation, at most five; the phrase opens the sentence or follows a comma, a conjunction or an
        // adverb ("And conservative commentators", "But recent primary contests", "Political pundits"); -1 when it opens elsewhere.
        int PhraseStart(int k)
        {
            var f = k;
            while (f - 1 >= 0 && k - f < 5 && doc.SentenceOf[f - 1] == doc.SentenceOf[k] && traits.Has(f - 1, TokenTraits.Word)
                   && !traits.Has(f - 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.CueVerb | TokenTraits.Adverb)
                   && t[f - 1].Lower is not ("and" or "or" or "but" or "yet" or "so" or "that" or "if" or "when" or "while" or "as" or "because" or "though" or "although")
                   && !IsLyAdverb(t[f - 1].Value) && !SpeakerCandidates.VerbFollows(traits, f - 1, f))
            {
                f--;
            }

            var before = f - 1;
            return before < 0 || doc.SentenceOf[before] != doc.SentenceOf[k] || traits.Has(before, TokenTraits.Comma | TokenTraits.Adverb) || IsLyAdverb(t[before].Value)
                   || t[before].Lower is "and" or "or" or "but" or "yet" or "so" || !t[before].IsWord && t[before].Value is "(" or "—" or "-" or ":" or ";"
                ? f : -1;
        }

        // A finite active verb opens the cue: a form of "be" with an adjective of attitude or an -ing form, "have" with a participle
        // (not "been"), another auxiliary with a verb; or a verb of its own, an -ing form only after an auxiliary, an -ed form no naming
        // participle.
        bool VerbShape()
        {
            var next = cueFirst < cueLast ? t[cueFirst + 1].Lower : null;
            if (be)
            {
                // After a form of "be": a progressive or an adjective of attitude, never a passive ("was asked about").
                return v.EndsWith("ing", StringComparison.Ordinal) || HeldAttitudes.Contains(v);
            }

            if (IsBe(v))
            {
                return next is not null && (HeldAttitudes.Contains(next) || next.EndsWith("ing", StringComparison.Ordinal));
            }

            if (v is "has" or "have" or "had")
            {
                return next is not null && next != "been";
            }

            if (traits.Has(cueFirst, TokenTraits.Auxiliary))
            {
                return next is not null;
            }

            if (v.EndsWith("ing", StringComparison.Ordinal))
            {
                return auxiliary;
            }

            // An -ed form without an auxiliary after a noun may be a participle ("with Ana Ruiz expected to win"); after a personal
            // pronoun it is the predicate.
            if (IsNamingParticiple(v) || !auxiliary && v.EndsWith("ed", StringComparison.Ordinal) && !traits.Has(j, TokenTraits.PersonPronoun))
            {
                return false;
            }

            if (auxiliary || traits.Has(cueFirst, TokenTraits.CueVerb) || v.EndsWith('s') || SpeakerCandidates.VerbFollows(traits, cueFirst, cueFirst + 1))
            {
                return true;
            }

            // A bare present form after a plural subject ("recent primary contests offer", "they fear").
            var s = t[j].Lower;
            return s is "they" or "we" or "i" or "you" || !t[j].IsCapitalized && s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal)
                                                          && !s.EndsWith("us", StringComparison.Ordinal) && !s.EndsWith("is", StringComparison.Ordinal);
        }

        static bool IsBe(string w) => w is "is" or "are" or "was" or "were" or "'s" or "’s" or "'re" or "’re" or "am" or "been" or "be" or "being" or "get" or "got" or "gets";
    }
}
