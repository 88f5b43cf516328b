using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on participles: the agent of a "by" phrase, no source for a passive of saying or a participle that names
/// ("now called Palm Links"), and the noun phrase an -ing cue modifies or follows ("a sign saying", "with a new flyer of hers asking").
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Participles of verbs of saying, asking and judging whose passive subject is who is addressed, named or talked about, not who
    // speaks ("Sanders was declared the winner", "Blumenthal was asked", "She is widely expected to", "when asked whether"): PolNeAR
    // gives such a cue no source, or the "by" phrase's agent ("Rubio was asked by the moderator"). Not "quoted" or "reported", whose
    // subject is the speaker ("is quoted as saying"), nor participles of feeling ("is worried", see AttitudeAdjectives).
    private static readonly System.Collections.Frozen.FrozenSet<string> PassiveSpeechParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["asked", "told", "informed", "announced", "declared", "named", "called", "dubbed", "deemed", "labeled", "labelled", "branded", "described",
         "considered", "seen", "thought", "believed", "expected", "rumored", "rumoured", "alleged", "projected", "estimated", "predicted", "criticized",
         "criticised", "accused", "challenged", "questioned", "pressed", "urged", "advised", "warned", "reminded", "praised", "attacked", "blamed",
         "known", "shown", "said", "invited", "encouraged", "credited", "portrayed", "denounced", "condemned", "mentioned", "cited"],
        StringComparer.Ordinal);

    /// <summary>
    /// No source for a cue that is the passive of a verb of saying, asking or judging when the speaker chosen is its subject ("Ana
    /// Ruiz was declared the winner", "Tom Hale was asked whether", "he said, when asked about it"): the subject is addressed or talked
    /// about. A "by" phrase after the participle names the speaker ("was asked by the moderator", "Asked by the host whether ..., she
    /// said"), whatever was chosen: the candidate right after "by". A participle after "when", "if", "once", "whenever", "after",
    /// "unless" or "until", or opening its sentence, is a passive with its subject left out.
    /// </summary>
    internal static Attribution SubjectOfAPassive(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;

        // The participle: the cue's first word past forms of "be", auxiliaries and adverbs ("was later asked", "has been criticized").
        var verb = cueFirst;
        while (verb < cueLast && (IsBe(t[verb].Lower) || IsBetween(verb)))
        {
            verb++;
        }

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[verb]];
        if (!PassiveSpeechParticiples.Contains(t[verb].Lower) || t[verb].IsCapitalized && verb != sentenceFirst)
        {
            return chosen;
        }

        // The subject chosen, if any, before the participle in its sentence.
        var speakerLast = chosen.Speaker is { } speaker ? context.SpeakerTokens(speaker).Last : -1;
        var subject = speakerLast >= sentenceFirst && speakerLast < verb;

        // A form of "be" before it, over auxiliaries and adverbs; a subordinator right before it ("when asked"); or the sentence's start ("Asked by").
        var k = verb - 1;
        while (k >= sentenceFirst && k > speakerLast && !IsBe(t[k].Lower) && IsBetween(k))
        {
            k--;
        }

        var passive = verb == sentenceFirst || k >= sentenceFirst && k > speakerLast
                      && (IsBe(t[k].Lower) || k == verb - 1 && t[k].Lower is "when" or "if" or "once" or "whenever" or "after" or "unless" or "until");
        if (!passive)
        {
            return chosen;
        }

        // The agent of a "by" phrase (over adverbs) is the speaker.
        var by = verb + 1;
        while (by < t.Count && traits.Has(by, TokenTraits.Adverb) && !traits.Has(by, TokenTraits.Auxiliary))
        {
            by++;
        }

        if (by + 1 < t.Count && traits.Has(by, TokenTraits.By))
        {
            var candidates = context.Candidates;
            var agent = FirstChoosableAt(doc, candidates, by + 1);
            if (agent < 0)
            {
                return chosen;
            }

            var span = EndBeforeContent(candidates[agent].Span, context.Original.Content, doc.Document.Text);

            return chosen.WithSpeaker(span);
        }

        return subject ? chosen.WithSpeaker(null) : chosen;

        bool IsBetween(int j) => traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[j].Value)
                                 || t[j].Lower is "not" or "n't" or "n’t" or "also" or "later" or "then" or "once" or "first" or "best" or "well" or "perhaps" or "most" or "now" or "still" or "often" or "long";
    }

    // Participles that give a name ("a fund called Our Future", "the jet, often referred to as Air One", "Ana Ruiz, known online as").
    private static bool IsNamingParticiple(string w) =>
        w is "called" or "named" or "dubbed" or "titled" or "entitled" or "nicknamed" or "labeled" or "labelled" or "known" or "referred" or "billed" or "branded";

    /// <summary>
    /// No source for a participle that names what it follows, set off by a comma ("the resort, now called Palm Links, ...", "Kyle Berg,
    /// often referred to as the best shot in the unit, has", "Ana Ruiz, 44, known online as “Sparrow,” was"): the name is given, not said,
    /// and PolNeAR marks no source. The name follows the participle (a capitalised word or an opening quotation mark, or "as", "to as"),
    /// and the phrase closes with a comma that a verb follows, or a mention and a verb ("..., the candidate boasted"): the participle is
    /// no predicate of its own ("Ana Ruiz, for example, named “Veep” as her show" keeps its speaker).
    /// </summary>
    internal static Attribution NamingParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

        // The participle past adverbs ("now called", "often referred", "known online as").
        var verb = cueFirst;
        var k = verb - 1;
        while (k > 0 && (traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary) || IsLyAdverb(t[k].Value) || t[k].Lower is "now" or "once" or "also" or "often" or "sometimes" or "formerly" or "later"))
        {
            k--;
        }

        if (!IsNamingParticiple(t[verb].Lower) || t[verb].IsCapitalized || k < 1 || !traits.Has(k, TokenTraits.Comma) || verb + 2 >= t.Count)
        {
            return chosen;
        }

        var next = verb + 1;
        while (next < t.Count && next - verb <= 2 && (IsLyAdverb(t[next].Value) || t[next].Lower is "online" or "locally" or "widely" or "to"))
        {
            next++;
        }

        if (next >= t.Count || !(t[next].IsCapitalized || traits.Has(next, TokenTraits.OpeningQuote) || t[next].Lower == "as"))
        {
            return chosen;
        }

        // The comma closing the phrase (a closing quotation mark after it passed over), then a verb, or a mention and a verb.
        var sentenceEnd = doc.SentenceEndToken(verb);
        for (var j = next + 1; j < sentenceEnd && j - verb <= MaxNamingPhrase; j++)
        {
            if (!traits.Has(j, TokenTraits.Comma))
            {
                continue;
            }

            var after = j + 1;
            while (after < sentenceEnd && t[after].Value is "”" or "\"" or "’" or "'")
            {
                after++;
            }

            var verbAfter = SpeakerCandidates.VerbFollows(traits, after, sentenceEnd)
                            || after + 2 < sentenceEnd && t[after].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its"
                               && (SpeakerCandidates.VerbFollows(traits, after + 2, sentenceEnd) || SpeakerCandidates.VerbFollows(traits, after + 3, sentenceEnd));
            return verbAfter ? chosen.WithSpeaker(null) : chosen;
        }

        return chosen;
    }

    // Tokens from a naming participle to the comma that closes its phrase.
    private const int MaxNamingPhrase = 16;

    // Tokens from a participle to the "by" of its agent past its complement ("was called “strategic ambiguity” by").
    private const int MaxParticipleToAgent = 7;

    // Participles of feeling whose "by" phrase is the cause, not a speaker ("startled by Trump’s remarks", "Angered by the ruling, she").
    private static bool IsFeelingParticiple(string w) =>
        w is "angered" or "startled" or "shocked" or "rattled" or "unsettled" or "annoyed" or "irritated" or "bothered" or "encouraged" or "heartened"
            or "inspired" or "moved" or "touched" or "saddened" or "sickened" or "horrified" or "appalled" or "baffled" or "puzzled" or "confused"
            or "amused" or "emboldened" or "energized" or "galvanized" or "motivated" or "spooked" or "scared" or "frightened" or "terrified"
            or "humbled" or "honored" or "flattered" or "insulted" or "disgusted" or "incensed" or "infuriated" or "enraged" or "dismayed";

    // Heads of a "by" phrase that is no agent ("by a wide margin", "by phone", "by 10 points").
    private static bool IsMeansOrMeasure(string w) =>
        w is "margin" or "margins" or "points" or "point" or "percent" or "votes" or "phone" or "telephone" or "mail" or "hand" or "far" or "default"
            or "law" or "mistake" or "accident" or "way" or "means" or "design" or "contrast" or "comparison" or "themselves" or "himself" or "herself"
        || MediumNouns.Contains(w) || Lexicon.TimeWords.Contains(w);

    /// <summary>
    /// The noun a participle's "by" phrase modifies, not the agent, before a cue of its own (speakers112): a speaker chosen right after
    /// "by" that follows a past participle that is no verb of saying, with a comma between it and the cue ("Ana Ruiz, goaded by Tom Hale,
    /// came out against ...", "A memo drafted for the board in May, and obtained by the Ledger, concluded that ..."), stands in a phrase set
    /// off from the cue's subject; PolNeAR's source is that subject (or the whole noun phrase, the agent in it). It gives way to the
    /// nearest mention before the participle, in its sentence, not after a preposition (over a determiner), with no cue verb, auxiliary or
    /// relative pronoun between. A participle of saying keeps its agent ("Ana Ruiz's remarks, first reported by the Ledger, suggested
    /// ...": the Ledger, see <see cref="AgentOfAParticiple"/>), as does one after "be" or "have" ("was obtained by"). With no comma
    /// before the cue ("A letter obtained by the Ledger warns", "a suit filed by a clerk named ...") the choice stays here: a finite cue
    /// there is the opening noun phrase's (<see cref="SubjectOverAnAgentBeforeAFiniteCue"/>), any other may modify the agent.
    /// </summary>
    internal static Attribution SubjectBeforeAnAgentPhrase(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cue, cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        if (first < 3 || last < first || last >= cueFirst || doc.SentenceOf[first] != sentence || !traits.Has(first - 1, TokenTraits.By) || doc.Quoted[first - 1]
            || cueFirst != last + 2 || !traits.Has(last + 1, TokenTraits.Comma) || doc.Quoted[last + 1])
        {
            return chosen;
        }

        var participle = first - 2;
        var w = t[participle].Lower;
        if (!traits.Has(participle, TokenTraits.Word) || t[participle].IsCapitalized || doc.Quoted[participle] || participle <= doc.SentenceStartToken(cueFirst)
            || !(w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal)) || PassiveSpeechParticiples.Contains(w) || Lexicon.CueVerbs.ContainsKey(w)
            || IsBe(t[participle - 1].Lower) || t[participle - 1].Lower is "been" or "being" or "has" or "have" or "had" or "having")
        {
            return chosen;
        }

        SpeakerCandidate? subject = null;
        foreach (var c in context.Candidates)
        {
            if (!IsMentionBefore(traits, c, participle, sentence) || AfterAPreposition(c.First) || subject is { } s && s.Last >= c.Last)
            {
                continue;
            }

            var clear = true;
            for (var j = c.Last + 1; j < participle && clear; j++)
            {
                clear = !doc.Quoted[j] && !traits.Has(j, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative) && t[j].Value is not (";" or ":" or "—" or "–" or "(" or ")");
            }

            if (clear)
            {
                subject = c;
            }
        }

        return subject is { } found ? chosen.WithSpeaker(found.Span) : chosen;

        // Whether a preposition stands before the mention opening at token j, over a determiner ("from [the] union").
        bool AfterAPreposition(int j)
        {
            j--;
            while (j > 0 && t[j].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "that")
            {
                j--;
            }

            return j >= 0 && traits.Has(j, TokenTraits.Preposition | TokenTraits.By);
        }
    }

    /// <summary>
    /// The noun phrase that opens the sentence, over a reduced relative's agent, before a finite cue with no comma (branch speakers114):
    /// in "A letter from the union obtained by the Ledger warns that ..." the participle "obtained" modifies "A letter from the union", the
    /// subject of "warns", so the letter speaks, not the Ledger the rule chain chose after "by". The chosen speaker follows "by" (over a
    /// determiner) after a lower-case -ed participle that is no verb of saying nor of feeling and no cue verb, and the cue follows it
    /// at once: a lower-case cue verb in a finite form, an -s present ("warns", "says") or an -ed past with "that" after it. The words
    /// from the sentence's opening (past a dateline or an opening "And" or "But") to the participle are a noun phrase alone: a mention opens
    /// them, at most <see cref="MaxNounPhraseBeforeAnAgent"/> tokens, mentions joined by prepositions or a date ("An Oct. 9 memo for
    /// the union"), and none is quoted, a comma, colon, dash or bracket, an auxiliary, cue
    /// verb, pronoun, relative, "that" or another lower-case -ed or -ing form. With a comma after the agent the phrase is set off
    /// (<see cref="SubjectBeforeAnAgentPhrase"/>: "Ana Ruiz, backed by the board, said"); with a verb before the participle the noun is an
    /// object ("Ana Ruiz read a letter obtained by the Ledger") and the choice stays.
    /// </summary>
    internal static Attribution SubjectOverAnAgentBeforeAFiniteCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        if (last < first || first < 3 || last + 1 != cueFirst || doc.SentenceOf[first] != sentence || !IsLowerCaseVerbCue(traits, cueFirst)
            || !traits.Has(cueFirst, TokenTraits.CueVerb) || traits.Has(last, TokenTraits.Pronoun))
        {
            return chosen;
        }

        // The finite cue: "warns", "says"; "warned that" (an -ed form alone may be a participle: "a clerk named Tom Hale").
        var v = t[cueFirst].Lower;
        var finite = v.Length > 3 && v.EndsWith('s') && !v.EndsWith("ss", StringComparison.Ordinal) && !v.EndsWith("ous", StringComparison.Ordinal)
                     || v.EndsWith("ed", StringComparison.Ordinal) && cueFirst + 1 < t.Count && t[cueFirst + 1].Lower == "that";
        if (!finite)
        {
            return chosen;
        }

        var by = first - 1;
        if (t[by].Lower is "the" or "a" or "an")
        {
            by--;
        }

        var participle = by - 1;
        if (participle < 1 || !traits.Has(by, TokenTraits.By) || doc.Quoted[by] || doc.Quoted[participle] || IsMeansOrMeasure(t[last].Lower))
        {
            return chosen;
        }

        var w = t[participle].Lower;
        if (!traits.Has(participle, TokenTraits.Word) || t[participle].IsCapitalized || !(w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            || PassiveSpeechParticiples.Contains(w) || Lexicon.CueVerbs.ContainsKey(w) || IsFeelingParticiple(w) || traits.Has(participle, TokenTraits.CueVerb))
        {
            return chosen;
        }

        var opening = OpeningPastADateline(doc, doc.SentenceFirst[sentence], participle);
        if (t[opening].Value is "And" or "But")
        {
            opening++;
        }

        if (participle - opening < 1 || participle - opening > MaxNounPhraseBeforeAnAgent)
        {
            return chosen;
        }

        for (var k = opening; k < participle; k++)
        {
            var x = t[k].Lower;
            if (doc.Quoted[k] || traits.Has(k, TokenTraits.Comma | TokenTraits.Colon | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Pronoun | TokenTraits.Relative)
                || t[k].Value is ";" or "—" or "–" or "-" or "(" or ")" || x == "that"
                || char.IsLower(t[k].Value[0]) && x.Length > 4 && (x.EndsWith("ed", StringComparison.Ordinal) || x.EndsWith("ing", StringComparison.Ordinal)))
            {
                return chosen;
            }
        }

        // Mentions joined by prepositions run from the opening to the participle ("A March 3 letter" "from" "the dock union"); a word no
        // mention covers is a verb or more ("Ana Ruiz read a letter obtained by ...").
        var at = opening;
        for (var step = 0; step < MaxMentionsBeforeAnAgent && at < participle; step++)
        {
            var end = -1;
            foreach (var c in context.Candidates)
            {
                if (c.First == at && c.Type is not (MentionType.None or MentionType.Rule or MentionType.Relative) && c.Last > end)
                {
                    end = Math.Min(c.Last, participle - 1);
                }
            }

            if (end < 0)
            {
                return chosen;
            }

            // A date inside the phrase runs on to the noun after it ("An Oct. 9 memo": the mention "An Oct", then "memo").
            at = end + 1;
            var date = false;
            while (at < participle && (char.IsDigit(t[at].Value[0]) || t[at].Value == "." && t[at - 1].IsCapitalized && t[at - 1].Value.Length <= 4))
            {
                at++;
                date = true;
            }

            if (at < participle && !date)
            {
                if (!traits.Has(at, TokenTraits.Preposition) || traits.Has(at, TokenTraits.By) || Subordinators.Contains(t[at].Lower))
                {
                    return chosen;
                }

                at++;
            }
        }

        return at == participle ? chosen.WithSpeaker(new Span(t[opening].Span.Start, t[participle - 1].Span.End)) : chosen;
    }

    // Mentions, joined by prepositions or a date, in the noun phrase before a reduced relative's participle ("A letter" "from" "the union").
    private const int MaxMentionsBeforeAnAgent = 4;

    // Tokens of the noun phrase before a reduced relative's participle ("An Oct. 9 memo for the union").
    private const int MaxNounPhraseBeforeAnAgent = 12;

    /// <summary>
    /// The agent of a "by" phrase after a participle is the speaker: PolNeAR's source of a passive cue is its agent, also when no form of
    /// "be" makes it one ("As reported by the Daily Ledger", "The plan, first reported by the Ledger,", "Those listed by Ana Ruiz") and when
    /// the participle's complement stands before "by" ("Ana Ruiz was declared the winner by the networks", "has been called “a mess” by
    /// critics", "had been asked to keep them by the committee"). The participle is a cue's first word past adverbs: a lower-case -ed form,
    /// or one of the passive participles of saying (<see cref="PassiveSpeechParticiples"/>), not after "have" (an active perfect); "by"
    /// right after it (over adverbs), or, when a form of "be" or a comma or dash stands before it, up to ten tokens later in its clause (no
    /// comma, colon, dash, form of "be", conjunction or relative between). The agent is the candidate right after "by" that is no time, count,
    /// medium or measure ("by phone", "by a wide margin", "by Friday"). Not when the content stands before the participle ("..., predicted
    /// Ana Ruiz, the governor challenged by Tom Hale": the participle modifies the source).
    /// </summary>
    internal static Attribution AgentOfAParticiple(AfterRankerContext context, Attribution chosen)
    {
        // A content before the participle makes it a modifier inside the source phrase ("..., predicted Ana Ruiz, the governor
        // challenged by Tom Hale in 1986"), not the cue of its own source.
        if (chosen.Cue is not { } cue || context.Original.Content.End <= cue.Start)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var verb = cueFirst;
        while (verb < cueLast && (IsBe(t[verb].Lower) || traits.Has(verb, TokenTraits.Adverb) && !traits.Has(verb, TokenTraits.Auxiliary) || IsLyAdverb(t[verb].Value)))
        {
            verb++;
        }

        var w = t[verb].Lower;
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[verb]];
        var speech = PassiveSpeechParticiples.Contains(w);
        if (!traits.Has(verb, TokenTraits.Word) || t[verb].IsCapitalized && verb != sentenceFirst
            || !(speech || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !AttitudeAdjectives.Contains(w) && !IsFeelingParticiple(w)))
        {
            return chosen;
        }

        // What stands before the participle, over adverbs: "have" makes it active; "be", a comma or a dash lets "by" come later.
        var k = verb - 1;
        while (k >= sentenceFirst && (traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary) || IsLyAdverb(t[k].Value)
                                      || t[k].Lower is "also" or "first" or "later" or "often" or "once" or "widely" or "long" or "not" or "never"))
        {
            k--;
        }

        if (k >= sentenceFirst && t[k].Lower is "has" or "have" or "had" or "having" or "’s" or "'s")
        {
            return chosen;
        }

        // "by" may come after the participle's complement only for a participle of saying after "be" ("was declared the winner by"), or
        // after a comma or dash with "as" right after it ("— often described as a “farce” by"; "Ana Ruiz, 44, told a voter" is active).
        var later = speech && k >= sentenceFirst && verb + 1 < t.Count
                    && (IsBe(t[k].Lower) || t[k].Lower is "been" or "being" || (traits.Has(k, TokenTraits.Comma) || t[k].Value is "—" or "–") && t[verb + 1].Lower == "as");

        var by = verb + 1;
        while (by < t.Count && traits.Has(by, TokenTraits.Adverb) && !traits.Has(by, TokenTraits.Auxiliary | TokenTraits.By))
        {
            by++;
        }

        if (later && !(by < t.Count && traits.Has(by, TokenTraits.By)))
        {
            var sentenceEnd = doc.SentenceEndToken(verb);
            for (by = verb + 1; by < sentenceEnd && by - verb <= MaxParticipleToAgent; by++)
            {
                var v = t[by].Lower;
                if (traits.Has(by, TokenTraits.By) || traits.Has(by, TokenTraits.Comma | TokenTraits.Colon) || t[by].Value is ";" or "—" or "–" or "(" || IsBe(v)
                    || v is "and" or "but" or "or" or "that" or "which" or "who" or "whether" or "if" or "because" or "while" or "when"
                    || v is "about" or "during" or "at" or "in" or "after" or "before" or "since" or "for" or "from" or "with" or "over"
                    || !t[by].IsCapitalized && v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        // "not by" denies the agent ("is told not by the sailors but by their children").
        if (by + 1 >= t.Count || !traits.Has(by, TokenTraits.By) || doc.SentenceOf[by] != doc.SentenceOf[verb] || doc.Quoted[by] || t[by - 1].Lower == "not")
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var agent = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule or MentionType.Relative) && c.First == by + 1 && Choosable(doc, c) && !char.IsAsciiDigit(t[c.First].Value[0])
                && !MeansOrMeasureAtEnd(c) && !IsMeansOrMeasure(t[c.First].Lower) && !t[c.First].Lower.EndsWith("ing", StringComparison.Ordinal)
                && (agent < 0 || c.Last > candidates[agent].Last))
            {
                agent = i;
            }
        }

        if (agent < 0)
        {
            return chosen;
        }

        var span = EndBeforeContent(candidates[agent].Span, context.Original.Content, doc.Document.Text);

        return chosen.Speaker is { } speaker && speaker.Overlaps(span) ? chosen : chosen.WithSpeaker(span);

        // A name of two or more words whose last is capitalised is an outlet or body, not a means ("by The Washington Post", "by the
        // Evening Post", unlike "by post" or "by phone"; branch speakers74), but for a time ("by next Friday").
        bool MeansOrMeasureAtEnd(SpeakerCandidate c) => IsMeansOrMeasure(t[c.Last].Lower)
                                                        && !(c.Last > c.First && t[c.Last].IsCapitalized && !Lexicon.TimeWords.Contains(t[c.Last].Lower));
    }

    // A description that runs on into the content ("the host whether she would run") ends before it, and before the spaces there.
    private static Span EndBeforeContent(Span span, Span content, string text)
    {
        if (span.Start >= content.Start || span.End <= content.Start)
        {
            return span;
        }

        var end = content.Start;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Span(span.Start, end);
    }

    // Verbs after which "with" opens what closes or fills the subject's act ("The spot closes with a narrator saying").
    private static readonly System.Collections.Frozen.FrozenSet<string> WithOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ends", "end", "ended", "begins", "begin", "began", "opens", "open", "opened", "closes", "close", "closed", "starts", "start", "started"],
        StringComparer.Ordinal);

    // Tokens of the noun phrase between "with" and the participle ("one of her ads", "many fans and neighbours").
    private const int MaxWithSubject = 7;

    /// <summary>
    /// The subject of an absolute "with" phrase is the speaker of its -ing cue: in "..., with a new flyer of hers asking, “...”", "..., with
    /// many fans and neighbours chanting", "The spot closes with a narrator saying:" the noun phrase between "with" and the participle
    /// does the saying, and PolNeAR's source is that phrase; a speaker chosen elsewhere (the sentence's subject, a place) gives way to
    /// it. The cue's first word is a lower-case -ing form (over adverbs); the phrase is one to seven words right after "with", no comma,
    /// quotation, relative, "to", cue verb or preposition other than "of" among them; "with" follows a comma or dash, opens the sentence or
    /// follows a verb of ending or opening ("ends with"): not "ran ads with both outlets reminding" (a companion of the subject).
    /// </summary>
    internal static Attribution SubjectOfAnAbsoluteWith(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var v = t[cueFirst].Lower;
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(t[cueFirst].Value[0]) || v.Length <= 4 || !v.EndsWith("ing", StringComparison.Ordinal))
        {
            return chosen;
        }

        var last = cueFirst - 1;
        while (last >= 0 && (IsLyAdverb(t[last].Value) || t[last].Lower is "all" or "also" or "then" or "still"))
        {
            last--;
        }

        var with = last;
        while (with >= 0 && last - with < MaxWithSubject && t[with].Lower != "with")
        {
            with--;
        }

        if (with < 0 || with == last || t[with].Lower != "with" || doc.SentenceOf[with] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        for (var j = with + 1; j <= last; j++)
        {
            if (!traits.Has(j, TokenTraits.Word) || doc.Quoted[j] || traits.Has(j, TokenTraits.Relative | TokenTraits.CueVerb | TokenTraits.By)
                || traits.Has(j, TokenTraits.Preposition) && t[j].Lower != "of" || t[j].Lower is "to" or "that" or "who" or "which")
            {
                return chosen;
            }
        }

        var opens = with == 0 || doc.SentenceOf[with - 1] != doc.SentenceOf[with] || t[with - 1].Value is "," or "—" or "–" or "--" or "-"
                    || WithOpeners.Contains(t[with - 1].Lower);
        var subject = new Span(t[with + 1].Span.Start, t[last].Span.End);
        if (!opens || speaker.Overlaps(subject) || context.Original.Content.Overlaps(subject))
        {
            return chosen;
        }

        return chosen.WithSpeaker(subject);
    }

    /// <summary>
    /// The noun phrase an -ing cue modifies: a participle right after a determiner's noun phrase, with no comma between ("held up a sign
    /// saying", "ran an item suggesting", "the ones describing"), opens a reduced relative clause whose subject is that phrase, which
    /// PolNeAR takes as the source (train gold: 28 of 31 such phrases before an -ing cue). A speaker chosen further left (the subject of
    /// the main clause, or a mention of an earlier sentence) gives way to the candidate description that ends right before the cue. Not
    /// for a phrase after a place or time preposition ("on the radio saying", which <see cref="SubjectBeforeAPlaceBeforeAParticiple"/>
    /// gives to the subject), nor for a name or a bare singular; a bare plural only where <see cref="BarePluralAt"/> finds it a noun the
    /// participle modifies (an earlier, unrestricted try moved as many right to wrong as wrong to right; speakers102's narrower one moved
    /// 6 train speakers, all wrong to right); not when the cue is "according" or a preposition.
    /// </summary>
    internal static Attribution NounBeforeItsParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue) || chosenCue.First < 2)
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!context.IsParticipleCue(cueFirst))
        {
            return chosen;
        }

        var before = cueFirst - 1;
        if (!traits.Has(before, TokenTraits.Word) || doc.Quoted[before] || doc.SentenceOf[before] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // Only a speaker chosen further left (or in another sentence) moves.
        if (chosen.Speaker is not { } speaker)
        {
            return chosen;
        }

        var (_, speakerLast) = context.SpeakerTokens(speaker);
        if (speakerLast >= before)
        {
            return chosen;
        }

        SpeakerCandidate? noun = null;
        foreach (var c in context.Candidates)
        {
            if (c.Type is not MentionType.Description || c.Last != before || c.First > before || c.First <= speakerLast
                || doc.SentenceOf[c.First] != doc.SentenceOf[before] || HoldsAnArticle(c))
            {
                continue;
            }

            if (noun is null || c.First < noun.Value.First)
            {
                noun = c;
            }
        }

        noun ??= BarePluralAt(context, before, speakerLast);
        if (noun is not { } n || n.First < 1)
        {
            return chosen;
        }

        // Not the object of a place or time preposition, a time, a possessive, a document or medium ("a press release", "an op-ed",
        // whose sender is <see cref="SenderOfTheDocument"/>'s), a noun of saying, or a phrase opening with a possessive determiner (its
        // owner speaks: "his speech praising").
        var last = t[n.Last].Lower;
        if (IsPlacePreposition(t[n.First - 1].Lower) || Lexicon.TimeWords.Contains(last) || IsTimeNoun(last)
            || traits.Has(n.Last, TokenTraits.EndsPossessive | TokenTraits.DocumentHead) || MediumNouns.Contains(last) || NounsOfSaying.Contains(last)
            || t[n.First].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your"
            || traits.Has(before, TokenTraits.Adverb | TokenTraits.Auxiliary) || IsLyAdverb(t[before].Value))
        {
            return chosen;
        }

        return chosen.WithSpeaker(n.Span);

        // A description with an article after its first word runs over a verb into its object ("The council hired the two clerks").
        bool HoldsAnArticle(SpeakerCandidate c)
        {
            for (var k = c.First + 1; k <= c.Last; k++)
            {
                if (t[k].Lower is "a" or "an" or "the")
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The bare plural noun at token <paramref name="k"/>, right before a participle cue, that the participle's reduced relative
    /// modifies ("to recruit pastors supporting", "featured all-male lineups discussing", "Despite polls showing", "a long list of
    /// rules restricting"): a lower-case plural after the speaker chosen, with the words before it that its candidate holds ("911
    /// calls"). The word before it must leave it a noun, not a present verb: no name ("Ms. Hughes avoids discussing"), pronoun ("It
    /// means acknowledging"), auxiliary, or past verb whose idiom or participle it completes ("took turns urging", "timed tickets");
    /// a capitalised word only as a preposition opening the sentence ("Despite polls"); no other preposition than "of" ("the crowd of
    /// critics calling for"): the object of "to", "before", "with" is whom the subject sends or speaks to ("sent a short note
    /// to donors saying", "spoke before lawmakers defending"), and a time is no source ("spent 45 seconds explaining"). Not a document, medium, message or noun of saying, whose sender
    /// speaks ("editorials pushing", "photos telling", "fund-raising pitches highlighting"). Null when there is none.
    /// </summary>
    private static SpeakerCandidate? BarePluralAt(AfterRankerContext context, int k, int speakerLast)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var w = t[k].Value;
        if (k < 2 || k <= speakerLast + 1 || w.Length < 4 || !char.IsAsciiLetterLower(w[0]) || !w.EndsWith('s') || w.EndsWith("ss", StringComparison.Ordinal)
            || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)
            || MediumNouns.Contains(w[..^1]) || NounsOfSaying.Contains(w)
            || PictureNouns.Contains(w) || traits.Has(k, TokenTraits.DocumentHead | TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Pronoun))
        {
            return null;
        }

        // The noun's own candidate when it has one (a count keeps its number: "911 calls"); else the word alone, which the ranker's
        // candidates lack when no verb of saying follows it ("pastors supporting").
        var bare = new SpeakerCandidate(k, k, MentionType.BareNoun, t[k].Span);
        foreach (var c in context.Candidates)
        {
            if (c.Type == MentionType.BareNoun && c.Last == k && c.First > speakerLast && c.First < k && doc.SentenceOf[c.First] == doc.SentenceOf[k] && Choosable(doc, c))
            {
                bare = c;
            }
        }

        var p = bare.First - 1;
        var before = t[p].Lower;
        var opening = t[p].IsCapitalized && EntityIndex.OpeningPrepositions.Contains(before) && doc.SentenceFirst[doc.SentenceOf[p]] == p;
        if (!traits.Has(p, TokenTraits.Word) || traits.Has(p, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Auxiliary)
            || t[p].IsCapitalized && !opening || traits.Has(p, TokenTraits.Preposition) && before != "of" && !opening
            || SpeakerCandidates.IsPastForm(before))
        {
            return null;
        }

        return bare;
    }

    // Nouns of pictures, recordings, ads and appeals, which show or tell what their maker puts in them ("showed four old postcards
    // telling", "ran ads praising", "mailed out donor letters stressing"); a sign or placard carried is its own source
    // ("carried placards slamming"), as a description before it is.
    private static readonly System.Collections.Frozen.FrozenSet<string> PictureNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["photos", "photographs", "pictures", "images", "clips", "videos", "ads", "spots", "pitches", "mailers", "flyers", "fliers", "texts"],
        StringComparer.Ordinal);
}
