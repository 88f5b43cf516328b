using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on cues that are nouns or gerunds ("his call for", "Cruz's refusal to", "amid growing concern about", "The
/// grim view of"): the possessive that holds the noun, or no one for its article, modifiers or a noun no one is written to hold.
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// No source for "the" alone right before the cue ("The disagreement over", "the fear for Clinton is", "The answer was"): the
    /// article opens the cue's own noun phrase and names nobody. A person noun or a name after it ("the critic of", "the Mayor") makes
    /// the phrase a description of its speaker, which stays; an indefinite one ("Once a backer of the harbour levy, Tom Hale", "Ana
    /// Ruiz, a critic of") describes a person PolNeAR takes as the source, and a demonstrative ("This angered", "Those listed by") can
    /// stand alone as a subject: both stay.
    /// </summary>
    internal static Attribution ArticleOfTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (k, speakerLast) = context.SpeakerTokens(speaker);
        if (k + 1 >= t.Count || speakerLast != k || context.CueTokens(cue).First != k + 1 || doc.Quoted[k]
            || t[k].Lower != "the" || traits.Has(k + 1, TokenTraits.PersonHead | TokenTraits.Capitalized))
        {
            return chosen;
        }

        return chosen.WithSpeaker(null);
    }

    // Nouns of doubt, dispute and rumour that PolNeAR marks as cues ("questions about", "concerns about", "criticism of"): their source is
    // who holds or voices them, a possessor ("her doubts"), a "from"/"by" phrase or the subject of a verb that voices them ("raised
    // questions"); one who faces them ("Vale faced criticism for", "she has still to settle questions about") is no source.
    private static readonly System.Collections.Frozen.FrozenSet<string> DoubtNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["questions", "question", "concerns", "doubts", "fears", "criticism", "criticisms", "debate", "speculation", "worries", "rumors", "rumours",
         "chants", "complaints", "outcry", "backlash", "accusations", "allegations"], StringComparer.Ordinal);

    // Verbs whose subject voices the doubt ("raised questions about", "expressed concerns", "heaped criticism on").
    private static readonly System.Collections.Frozen.FrozenSet<string> VoicingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["raise", "raised", "raises", "raising", "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "heap", "heaped",
         "heaps", "heaping", "sow", "sowed", "sows", "sowing", "air", "aired", "airs", "airing", "level", "leveled", "levelled", "levels", "make", "made",
         "makes", "making", "pose", "posed", "poses", "posing", "ask", "asked", "asks", "asking", "lodge", "lodged", "file", "filed", "spread", "spreading",
         "fuel", "fueled", "fuelled", "stoke", "stoked", "stoking", "repeat", "repeated", "share", "shared", "echo", "echoed"],
        StringComparer.Ordinal);

    // Lower-case words read back from the noun to what holds it ("faces renewed doubts", "has still to settle questions").
    private const int MaxBeforeDoubtNoun = 4;

    /// <summary>
    /// Nobody for a cue that is a noun of doubt or dispute no one is written to hold ("amid growing concern about", "there are
    /// questions about", "she faces renewed doubts about", "Cruz faced criticism for"): PolNeAR gives these no source. A
    /// possessor ("her doubts", "Trump's critics' questions"), a name or pronoun right before the noun ("Republican criticism",
    /// "she fears"), a verb that voices it ("raised new questions") or a "from"/"by" phrase after it keep the speaker chosen.
    /// </summary>
    internal static Attribution NominalCueWithoutHolder(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;

        // The noun: in the cue ("questions about"), or right before a cue that is its preposition only ("concern [about]").
        var noun = -1;
        for (var j = cueFirst; j <= cueLast && noun < 0; j++)
        {
            noun = DoubtNouns.Contains(t[j].Value) ? j : -1;
        }

        if (noun < 0 && cueFirst == cueLast && cueFirst > 0 && traits.Has(cueFirst, TokenTraits.Preposition) && DoubtNouns.Contains(t[cueFirst - 1].Value))
        {
            noun = cueFirst - 1;
        }

        if (noun <= 0 || doc.SentenceOf[noun] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // A "from"/"by" phrase after the noun is the holder ("questions from reporters about").
        var speakerFirst = context.SpeakerTokens(speaker).First;
        if (speakerFirst > noun && speakerFirst - 1 >= 0 && t[speakerFirst - 1].Lower is "from" or "by" && speakerFirst - noun <= 3)
        {
            return chosen;
        }

        var j2 = noun - 1;
        var skipped = 0;
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[noun]];
        while (j2 >= sentenceFirst && skipped < MaxBeforeDoubtNoun)
        {
            var w = t[j2];
            if (!traits.Has(j2, TokenTraits.Word) || w.IsCapitalized || VoicingVerbs.Contains(w.Lower) || IsHolder(j2)
                || traits.Has(j2, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.Comma) || w.Lower is "and" or "or")
            {
                break;
            }

            skipped += IsAdverb(j2) ? 0 : 1;
            j2--;
        }

        // A name or pronoun right before the noun, over adverbs, is its verb's subject ("Sanders often questions") or its holder
        // ("Republican criticism"); "had no doubts about": who has them holds them ("has faced criticism" does not).
        if (j2 >= sentenceFirst && (VoicingVerbs.Contains(t[j2].Lower) || IsHolder(j2) || skipped == 0 && (t[j2].IsCapitalized || traits.Has(j2, TokenTraits.Pronoun | TokenTraits.Relative))
                                    || t[j2].Lower is "has" or "have" or "had" && j2 + 1 < noun && !IsParticiple(t[j2 + 1].Lower)))
        {
            return chosen;
        }

        return chosen.WithSpeaker(null);

        bool IsHolder(int j) => traits.Has(j, TokenTraits.EndsPossessive | TokenTraits.PossessiveMark) || t[j].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your";

        bool IsAdverb(int j) => traits.Has(j, TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Auxiliary) || IsLyAdverb(t[j].Value);

        static bool IsParticiple(string w) => w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || w is "been" or "had" or "met" or "heard";
    }

    /// <summary>
    /// The mention after "from" is the source of a noun cue right before it that is left with no speaker ("Vale met complaints from the
    /// dock union that", "jabbed back at criticism from his rival that", "the shared view from the harbour board is"): the noun is what
    /// that mention voiced. The cue's last token is a lower-case noun of saying or of doubt, "from" follows it at once, and a mention
    /// (read as the candidates are, <see cref="SpeakerCandidates.MentionAt"/>) opens right after "from", in the cue's sentence, outside
    /// quotation marks: no relative, and no time ("calls from the start"). A speaker already chosen stays: the subject of a verb whose
    /// object the noun is may be PolNeAR's source ("Vale has resisted calls from the board to quit" gives Vale's resisting).
    /// A bare plural of a person noun with an adjective's ending, which the candidates do not read as a mention, is the holder too
    /// ("Vale met complaints from rivals that", speakers121c): the plural of a word of <see cref="PersonsWithAdjectiveEndings"/>.
    /// </summary>
    internal static Attribution HolderAfterFrom(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        var noun = t[cueLast].Value;
        var from = cueLast + 1;
        if (from + 1 >= t.Count || !(NounsOfSaying.Contains(noun) || DoubtNouns.Contains(noun)) || t[from].Lower != "from"
            || doc.SentenceOf[from + 1] != doc.SentenceOf[cueFirst] || doc.Quoted[from + 1])
        {
            return chosen;
        }

        if (SpeakerCandidates.MentionAt(traits, from + 1, doc.SentenceEndToken(cueFirst)) is not { } mention)
        {
            return IsPluralOfAPersonWithAnAdjectiveEnding(t[from + 1].Value) ? chosen.WithSpeaker(t[from + 1].Span) : chosen;
        }

        if (mention.Type == MentionType.Relative || IsTimeNoun(t[mention.Last].Lower) || Lexicon.TimeWords.Contains(t[mention.Last].Lower)
            || t[mention.Last].Lower is "start" or "outset" or "beginning")
        {
            return chosen;
        }

        return chosen.WithSpeaker(mention.Span);
    }

    // "rivals", "opponents", "skeptics": a lower-case plural whose singular is a person noun with an adjective's ending.
    private static bool IsPluralOfAPersonWithAnAdjectiveEnding(string word) =>
        word.Length > 3 && word[^1] == 's' && char.IsLower(word[0]) && PersonsWithAdjectiveEndings.Contains(word[..^1]);

    // Determiners that may open the modifiers of a cue's noun ("The grim view", "a passing promise", "This growing cry"); possessives
    // are no such words: they are the noun's holder ("his view", "Smith's view").
    private static readonly System.Collections.Frozen.FrozenSet<string> ModifierDeterminers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "such", "another", "any", "some", "no", "every", "each"], StringComparer.Ordinal);

    // Adverbs of degree inside the modifiers ("the most aggressive", "a more sympathetic", "so grim").
    private static readonly System.Collections.Frozen.FrozenSet<string> DegreeWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["most", "more", "less", "least", "very", "so", "too", "rather", "quite", "fairly", "increasingly"], StringComparer.Ordinal);

    // Common adjectives with no adjective ending that stand before a noun of saying ("a new warning", "the grim view", "a stark assessment").
    private static readonly System.Collections.Frozen.FrozenSet<string> PlainAdjectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["new", "old", "grim", "stark", "bleak", "dire", "blunt", "harsh", "stern", "clear", "frank", "fresh", "early", "late", "latest", "last",
         "first", "recent", "final", "broad", "common", "strong", "weak", "big", "great", "high", "low", "long", "short", "rare", "same", "simple",
         "sharp", "vague", "wide", "firm", "initial", "further", "major", "main", "key", "apparent", "overall", "implicit", "explicit", "bold",
         "dark", "rosy", "glum", "sober", "candid", "terse", "brief", "full", "open", "public", "private", "bright", "gloomy", "upbeat"],
        StringComparer.Ordinal);

    // Endings of adjectives ("political", "collective", "cautious", "hopeful", "investigative", "rallying", "renewed").
    private static readonly string[] AdjectiveEndings =
        ["al", "ive", "ic", "ous", "ful", "less", "able", "ible", "ent", "ant", "ary", "ing", "ish", "est", "ed"];

    // Person nouns with an adjective's ending ("a critic", "an opponent", "the relative"): a speaker of their own, not a modifier.
    private static readonly System.Collections.Frozen.FrozenSet<string> PersonsWithAdjectiveEndings = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["critic", "cleric", "skeptic", "sceptic", "cynic", "medic", "mechanic", "fanatic", "opponent", "proponent", "correspondent", "respondent",
         "dissident", "defendant", "descendant", "participant", "immigrant", "applicant", "assistant", "servant", "tenant", "agent", "client",
         "patient", "rival", "liberal", "radical", "conservative", "relative", "representative", "detective", "native", "fugitive", "intellectual",
         "individual", "professional", "principal", "criminal", "national", "revolutionary", "missionary", "adversary", "dignitary", "visionary"],
        StringComparer.Ordinal);

    // Nouns of saying that are also forms of cue verbs ("a passing promise", "the grim warning", "their smug claims"): a cue verb that is
    // none of these is read as a verb after its subject ("the same polling suggests", "those surveyed say").
    private static readonly System.Collections.Frozen.FrozenSet<string> NounsOfSaying = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["promise", "promises", "pledge", "pledges", "warning", "warnings", "claim", "claims", "report", "reports", "remark", "remarks", "note", "notes",
         "statement", "statements", "assessment", "assessments", "comment", "comments", "call", "calls", "view", "views", "argument", "arguments",
         "message", "messages", "response", "responses", "assurance", "assurances", "vow", "vows", "estimate", "estimates", "prediction",
         "predictions", "forecast", "forecasts", "boast", "boasts", "tweet", "tweets", "hint", "hints", "concern", "concerns", "admission",
         "denial", "denials", "allegation", "allegations", "accusation", "accusations", "plea", "pleas", "reminder", "insistence", "suggestion",
         "suggestions", "announcement", "declaration", "praise", "criticism", "complaint", "complaints", "threat", "threats", "demand", "demands"],
        StringComparer.Ordinal);

    // Irregular past forms of verbs: a cue that opens with one is a verb after its subject ("The panel found", "the ad made").
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularPasts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "told", "wrote", "written", "found", "thought", "knew", "known", "made", "saw", "seen", "gave", "given", "took", "taken", "spoke",
         "spoken", "heard", "felt", "put", "held", "led", "meant", "kept", "sought", "brought", "taught", "began", "begun", "went", "gone", "came",
         "ran", "became", "got", "sent", "set", "left", "shown", "drew", "drawn", "chose", "chosen", "stood", "struck", "won", "lost", "paid", "read"],
        StringComparer.Ordinal);

    /// <summary>
    /// Nobody, or the noun's holder, for a speaker that is only the determiner and adjectives of a cue that is a noun ("The grim view of
    /// the race", "a passing promise that", "The collective reluctance to", "the political opposition to"): the words modify the cue's
    /// noun and name no one, and PolNeAR gives such a noun no source unless someone holds it. A possessive right before the modifiers
    /// ("Tom Hale's grim view", "their smug assurances") is the holder and becomes the speaker. The speaker ends right before the cue; its
    /// words are lower case (a determiner may open the sentence), each an adjective by its ending or a common one ("new", "grim"), or an
    /// adverb of degree, after at most a determiner; none is a noun of a person, group, organisation or document, a pronoun or a
    /// possessive. The cue opens with a lower-case word that is no verb in the past ("-ed", "found", "said"), no auxiliary and no
    /// preposition. A speaker with a noun of its own ("The senator warned", "the senator's warning") is left as it is.
    /// </summary>
    internal static Attribution ModifiersOfTheCueNoun(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

        var (first, last) = context.SpeakerTokens(speaker);
        if (first >= t.Count || last < first || last + 1 != cueFirst || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // After an auxiliary the cue is a verb of a question ("How does a revolutionary persuade").
        if (first > 0 && traits.Has(first - 1, TokenTraits.Auxiliary) || first > 0 && t[first - 1].Lower is "can" or "should" or "might" or "may" or "must")
        {
            return chosen;
        }

        var noun = t[cueFirst];
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(noun.Value[0]) || noun.Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularPasts.Contains(noun.Lower)
            || traits.Has(cueFirst, TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Adverb) || IsLyAdverb(noun.Value)
            || Lexicon.CueVerbs.ContainsKey(noun.Lower) && !NounsOfSaying.Contains(noun.Lower))
        {
            return chosen;
        }

        var modifier = ModifierDeterminers.Contains(t[first].Lower) && (t[first].Value[0] is >= 'a' and <= 'z' || first == doc.SentenceFirst[doc.SentenceOf[first]]) ? first + 1 : first;
        if (modifier > last)
        {
            return chosen;
        }

        for (var j = modifier; j <= last; j++)
        {
            if (!IsModifier(j) || j == last && !IsAdjective(t[j].Lower))
            {
                return chosen;
            }
        }

        // The holder: a possessive right before the modifiers ("Tom Hale's", "the senator's", "their"); its candidate when there is one.
        var h = first - 1;
        if (h >= doc.SentenceFirst[doc.SentenceOf[first]] && modifier == first && !doc.Quoted[h])
        {
            if (t[h].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your")
            {
                return chosen.WithSpeaker(t[h].Span);
            }

            if (traits.Has(h, TokenTraits.EndsPossessive | TokenTraits.PossessiveMark))
            {
                // A name back over its capitalised words ("Mr. Tom Hale's"); a description back to its determiner within three words ("the
                // harbour mayor's"); else the possessive word alone.
                var name = char.IsUpper(t[h].Value[0]) || traits.Has(h, TokenTraits.PossessiveMark) && h > 0 && char.IsUpper(t[h - 1].Value[0]);
                var from = traits.Has(h, TokenTraits.PossessiveMark) ? h - 1 : h;
                var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[first]];
                if (name)
                {
                    while (from - 1 >= sentenceFirst && (traits.Has(from - 1, TokenTraits.Word) && char.IsUpper(t[from - 1].Value[0]) || traits.Has(from - 1, TokenTraits.Title)) && !doc.Quoted[from - 1])
                    {
                        from--;
                    }
                }
                else
                {
                    for (var j = from - 1; j >= Math.Max(sentenceFirst, from - 3) && traits.Has(j, TokenTraits.Word) && !doc.Quoted[j]; j--)
                    {
                        if (ModifierDeterminers.Contains(t[j].Lower))
                        {
                            from = j;
                            break;
                        }
                    }
                }

                var holder = new Span(t[from].Span.Start, t[h].Span.End);
                return chosen.WithSpeaker(holder);
            }
        }

        return chosen.WithSpeaker(null);

        bool IsModifier(int j) =>
            traits.Has(j, TokenTraits.Word) && char.IsLower(t[j].Value[0]) && !doc.Quoted[j]
            && !traits.Has(j, TokenTraits.SpeakerNoun | TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.DocumentHead | TokenTraits.GroupHead
                              | TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.EndsPossessive | TokenTraits.PossessiveMark | TokenTraits.Auxiliary
                              | TokenTraits.Preposition | TokenTraits.CueVerb | TokenTraits.Title | TokenTraits.Quantifier)
            && !PersonsWithAdjectiveEndings.Contains(t[j].Lower) && (IsAdjective(t[j].Lower) || DegreeWords.Contains(t[j].Lower) || IsLyAdverb(t[j].Value));
    }

    /// <summary>Whether a lower-case word reads as an adjective: a common one, or one of five letters or more with an adjective's ending; a hyphenated word by its last part ("by-now-familiar").</summary>
    private static bool IsAdjective(string lower)
    {
        var part = lower[(lower.LastIndexOf('-') + 1)..];
        if (PlainAdjectives.Contains(part))
        {
            return true;
        }

        if (part.Length < 5)
        {
            return false;
        }

        foreach (var ending in AdjectiveEndings)
        {
            if (part.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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
    /// votes, with his claim of a mandate", "is not alone in his view that", "was his long embrace of", "including her recent
    /// call to"): PolNeAR takes "his"/"her"/"its"/"their" as the source of such a noun, and a speaker chosen elsewhere (a place, another
    /// noun of the sentence, the antecedent) gives way to it. The noun opens the cue, lower case, after at most three lower-case
    /// modifiers (no preposition, conjunction, auxiliary or cue verb among them) and a possessive determiner, outside quotation marks;
    /// the possessive follows "and", "including", a form of "be", or a preposition that no verb precedes. After a verb ("kept his
    /// promise", "renewed his call", "expanded upon his calls", "said in her remarks") PolNeAR takes the verb's subject or the
    /// possessive, and the choice stays unless it is neither: a speaker in another sentence or one that no verb follows (branch speakers62).
    /// </summary>
    internal static Attribution PossessiveOfTheCueNoun(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

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

    /// <summary>
    /// Two cues in the writer's voice that hold no speaker of their own. A gerund cue right after "means"/"mean" or "worth" ("It means
    /// admitting that", "it's worth pointing out that"): the gerund is a nominal complement, the mention before it is the subject of
    /// "means"/"is", not of the cue. A noun cue with its preposition ("calls for", "questions about") whose chosen speaker is only the
    /// determiner right before it ("These calls for", "few calls for"): the determiner belongs to the noun and names no one. Both give no
    /// speaker. Not for a determiner before a verb cue ("Few believe that", "Those backing"), nor for a gerund after any other word
    /// ("by arguing", "is acknowledging").
    /// </summary>
    internal static Attribution WriterVoiceCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue) || chosenCue.First <= 0)
        {
            return chosen;
        }

        var (cueFirst, cueLast, _, doc, t) = chosenCue;
        var head = t[cueFirst].Lower;
        var before = t[cueFirst - 1].Lower;
        if (head.Length > 5 && head.EndsWith("ing", StringComparison.Ordinal) && doc.SentenceOf[cueFirst - 1] == doc.SentenceOf[cueFirst]
            && before is "means" or "mean" or "worth")
        {
            return chosen.WithSpeaker(null);
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (first == last && last + 1 == cueFirst && cueLast == cueFirst + 1 && t[first].Lower is "these" or "those" or "few"
            && head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)
            && t[cueLast].Lower is "about" or "of" or "for" or "on" or "over")
        {
            return chosen.WithSpeaker(null);
        }

        return chosen;
    }

    // Capitalised words of a name before its possessive ending ("Mr. Obama's", "Hillary Clinton's", "the Senate Republicans'").
    private const int MaxPossessorWords = 4;

    /// <summary>
    /// A named possessive before a cue that is a noun of saying or of a stance is its source ("and Cruz's refusal to disavow", "of
    /// Mr. Obama's suggestion that", "for Trump's false claims", "joined Pence's call for"), as <see cref="PossessiveOfTheCueNoun"/>
    /// finds for "his", "her", "its" and "their", which leaves names out. The noun opens the cue, lower case, not followed by an
    /// article or pronoun (then it is a verb: "Hale's office calls the report"), after at most three lower-case modifiers (no
    /// preposition, conjunction, auxiliary, cue verb, pronoun, article or possessive determiner among them); the possessive is one to
    /// four capitalised words ending in "'s" (or a plural in "s" and a lone apostrophe), outside quotation marks, not reaching the
    /// sentence's start, and no contracted "is" ("There's", "It's"). Unlike the determiner rule it applies after a verb too: the
    /// subject of "joined Pence's call" is someone else than the named owner, while "renewed his call" names the subject twice.
    /// </summary>
    internal static Attribution NamedPossessiveOfTheCueNoun(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

        if (!IsHeldNounCue(traits, cueFirst))
        {
            return chosen;
        }

        // A noun that is also a verb of saying, followed by its object, is the verb ("Ana Ruiz's office calls the report", "demands his").
        if (cueFirst + 1 < t.Count && t[cueFirst + 1].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "him" or "them" or "us" or "me" or "it")
        {
            return chosen;
        }

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[cueFirst]];
        var p = cueFirst - 1;
        var modifiers = 0;
        while (p > sentenceFirst && !EndsAPossessive(p))
        {
            if (++modifiers > MaxPossessedModifiers || !IsModifierOfACueNoun(traits, p) || IsPossessiveDeterminer(t[p].Lower))
            {
                return chosen;
            }

            p--;
        }

        if (p <= sentenceFirst || !EndsAPossessive(p) || doc.Quoted[p])
        {
            return chosen;
        }

        // The name: the capitalised words ending at the possessive ("Mr. Obama's"; "Republicans" before a lone apostrophe).
        var last = p;
        var nameLast = traits.Has(p, TokenTraits.Word) && EntityIndex.EndsPossessive(t[p].Value) ? p : p - 1;
        if (nameLast < sentenceFirst || !char.IsUpper(t[nameLast].Value[0]) || doc.Quoted[nameLast] || IsContractedIs(nameLast))
        {
            return chosen;
        }

        var first = nameLast;
        while (first - 1 >= sentenceFirst && nameLast - first + 1 < MaxPossessorWords && char.IsUpper(t[first - 1].Value[0])
               && traits.Has(first - 1, TokenTraits.Word) && !doc.Quoted[first - 1])
        {
            first--;
        }

        if (first <= sentenceFirst)
        {
            return chosen;
        }

        var name = new Span(t[first].Span.Start, t[last].Span.End);
        if (chosen.Speaker is { } speaker && speaker.Overlaps(name))
        {
            return chosen;
        }

        return chosen.WithSpeaker(name);

        // "It's", "There's", "That's": "is", not a possessive.
        bool IsContractedIs(int k) =>
            EntityIndex.StripPossessive(t[k].Lower) is "it" or "that" or "there" or "here" or "he" or "she" or "what" or "who" or "where" or "let" or "this";

        bool EndsAPossessive(int k) =>
            traits.Has(k, TokenTraits.PossessiveMark)
            || traits.Has(k, TokenTraits.Word) && t[k].Value.Length > 2 && EntityIndex.EndsPossessive(t[k].Value)
            || t[k].Value is "'" or "’" && k > 0 && t[k - 1].Value.EndsWith('s') && t[k - 1].Span.End == t[k].Span.Start;
    }

    /// <summary>
    /// Nobody for a cue that is only the preposition after a noun of saying or of a belief, when the speaker chosen is that noun's own
    /// phrase ("The declaration about the levy comes as", "overturns the conventional wisdom about a race", "The quarreling about its
    /// next leader"): the noun is what was said or believed, not who said it, and PolNeAR gives it no source when no one is written to
    /// hold it (branch speakers121a). The speaker ends right before the cue, in its sentence,
    /// outside quotation marks; its last word is a lower-case noun of saying, of doubt or of a belief, and the words before it are
    /// lower-case modifiers after at most a determiner. A possessive or a name ("His speeches about", "Ana Ruiz's remarks about"), a
    /// person's or a group's noun ("the critics about"), and a work or a document ("a book about", "a joke about", "a report about", which
    /// PolNeAR takes as the source) leave the choice as it is.
    /// </summary>
    internal static Attribution NounOfSayingBeforeItsPreposition(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        if (cueFirst != cueLast || t[cueFirst].Lower is not ("about" or "over" or "on" or "regarding" or "concerning"))
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (first >= t.Count || last < first || last + 1 != cueFirst || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var noun = t[last];
        if (!traits.Has(last, TokenTraits.Word) || !char.IsLower(noun.Value[0]) || !SaidOrBelievedNouns.Contains(noun.Lower)
            || traits.Has(last, TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.GroupHead | TokenTraits.SpeakerNoun | TokenTraits.DocumentHead)
            || Lexicon.DocumentNouns.Contains(noun.Lower))
        {
            return chosen;
        }

        var modifier = ModifierDeterminers.Contains(t[first].Lower) && (char.IsLower(t[first].Value[0]) || first == doc.SentenceFirst[doc.SentenceOf[first]]) ? first + 1 : first;
        for (var j = modifier; j < last; j++)
        {
            if (!traits.Has(j, TokenTraits.Word) || !char.IsLower(t[j].Value[0]) || doc.Quoted[j]
                || traits.Has(j, TokenTraits.SpeakerNoun | TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.DocumentHead | TokenTraits.GroupHead
                                 | TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.EndsPossessive | TokenTraits.PossessiveMark | TokenTraits.Auxiliary
                                 | TokenTraits.Preposition | TokenTraits.CueVerb | TokenTraits.Title))
            {
                return chosen;
            }
        }

        return chosen.WithSpeaker(null);
    }

    // Nouns of saying, of doubt or of a belief that a topic's preposition follows ("declaration about", "wisdom about", "quarreling about").
    private static readonly System.Collections.Frozen.FrozenSet<string> SaidOrBelievedNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        NounsOfSaying.Concat(DoubtNouns).Concat(["wisdom", "testimonial", "testimonials", "quarreling", "quarrelling"]), StringComparer.Ordinal);
}
