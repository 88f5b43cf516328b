using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on objects and documents: the subject, not the object, medium, place or document of a verb ("told The
/// Daily Ledger", "said in a statement", "released a statement saying"), and the author after "according to".
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The subject, not the object, of a cue that takes one: the mention right after "told"/"tells" or an -ing participle ("Tad Hale, his top
    /// aide, told The Daily Ledger", "Ana Ruiz ended her campaign Wednesday, telling supporters that", "The foundation declined to comment,
    /// citing the lawsuit") is its addressee or object, which PolNeAR never takes as the source (in train gold no source stands right after
    /// "told" or "telling"). A speaker chosen there gives way to the clause's subject: for "told", the nearest mention before the cue that a
    /// verb follows (over adverbs: "Tad Hale told", "she has told"); for a participle, the first such mention of the sentence, the subject
    /// of the clause it attaches to ("Aides said Obama will ..., highlighting" → Aides). None there leaves the choice as it is. A mention
    /// opening with "by" (a passive's agent) is no object of this kind, nor, after "told", one opening with a preposition; after a
    /// participle the phrase is the participle's own ("Ana Ruiz, writing for the majority", "..., pointing to the polls"; branch
    /// speakers105: on train all six speakers chosen right after a participle cue were wrong).
    /// </summary>
    internal static Attribution SubjectNotObject(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cue, cueFirst, cueLast, traits, doc, t) = chosenCue;
        var first = context.SpeakerTokens(speaker).First;
        if (first != cueLast + 1 || first >= t.Count
            || doc.SentenceOf[first] != doc.SentenceOf[cueLast] || traits.Has(first, TokenTraits.By)
            || !traits.Has(cueLast, TokenTraits.Word) || t[cueLast].IsCapitalized)
        {
            return chosen;
        }

        var w = t[cueLast].Lower;
        var told = w is "told" or "tells";
        if (!told && !(w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !traits.Has(cueLast, TokenTraits.Preposition) && t[cueFirst].Lower != "according")
            || told && traits.Has(first, TokenTraits.Preposition))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: told);
        return subject is { } span ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, span, cue)) : chosen;
    }

    /// <summary>
    /// The subject, not the object, of a verb after a comma that is no verb of saying: the rules read ", VERB MENTION" as an inverted
    /// attribution ("..., said Tad Hale"), but after an apposition or in a series of predicates the mention right after a transitive verb
    /// is its object ("Ana Ruiz, the county's clerk, thanked the mayor for ...", "Tom Hale complained about the budget, mocked the council
    /// and made it clear that ..."). A speaker chosen there gives way to the clause's subject: a mention and its apposition before the comma
    /// (<see cref="ApposedSubject"/>), else the first mention of the sentence, outside quotation marks, that a verb (or a comma and a verb)
    /// follows (branch speakers105: on train 12 wrong speakers right, none the other way). Verbs of saying (<see cref="Lexicon.SayingVerbForms"/>) are inverted
    /// ("The plan, said Ana Ruiz, will pass") and keep their speaker, unless an auxiliary or modal follows it (it opens the reported clause:
    /// "Tom Hale, citing the polls, said the plan would fail"), as does a mention after a preposition ("opposed by the council") or a
    /// sentence with no such subject before the cue ("“We will win,” declared Ana Ruiz").
    /// </summary>
    internal static Attribution SubjectNotObjectAfterAComma(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cue, cueFirst, cueLast, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        // The comma before the verb, or a closing quotation mark after it ("star of “Scandal,” thanked"; two apostrophes in some papers).
        var comma = cueFirst - 1;
        while (comma > 0 && cueFirst - comma <= 2 && t[comma].Value is "”" or "\"" or "''" or "'")
        {
            comma--;
        }

        if (cueFirst != cueLast || first != cueLast + 1 || first >= t.Count || comma < 1 || t[comma].Value != ","
            || doc.SentenceOf[first] != doc.SentenceOf[cueLast] || traits.Has(first, TokenTraits.Preposition | TokenTraits.By)
            || !traits.Has(cueLast, TokenTraits.Word) || t[cueLast].IsCapitalized || Lexicon.SayingVerbForms.Contains(t[cueLast].Lower) && !OpensTheContent())
        {
            return chosen;
        }

        var subject = ApposedSubject(context, comma) ?? ClauseSubject(context, comma + 1, nearest: false);
        return subject is { } span ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, span, cue)) : chosen;

        // An auxiliary or modal right after the mention: it is the subject of the reported clause ("Tom Hale, citing the polls, said the
        // plan would fail"), not an inverted speaker.
        bool OpensTheContent() =>
            last + 1 < t.Count && doc.SentenceOf[last + 1] == doc.SentenceOf[first]
            && (traits.Has(last + 1, TokenTraits.Auxiliary) && t[last + 1].Lower is not ("not" or "never") || t[last + 1].Lower is "should" or "may" or "might" or "must" or "can");
    }

    // The first mention of the sentence, outside quotation marks and not after a preposition, that a comma follows with no verb between
    // that comma and the one at token `comma`: a subject and its apposition ("Ana Ruiz, 75, a retiree in Dayton, Ohio,"; "Tom Hale, a
    // lawyer from Ohio and longtime party activist,"), whose last words no verb follows, so that ClauseSubject does not find it.
    private static Span? ApposedSubject(AfterRankerContext context, int comma)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var sentence = doc.SentenceOf[comma];
        SpeakerCandidate? subject = null;
        foreach (var c in context.Candidates)
        {
            if (!IsMentionBefore(traits, c, comma, sentence) || c.Last + 1 >= comma || !traits.Has(c.Last + 1, TokenTraits.Comma)
                || c.First > 0 && traits.Has(c.First - 1, TokenTraits.Preposition | TokenTraits.By) || subject is { } s && s.First <= c.First)
            {
                continue;
            }

            var verbless = true;
            for (var j = c.Last + 2; j < comma && verbless; j++)
            {
                verbless = !traits.Has(j, TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Relative) && !SpeakerCandidates.IsPastForm(t[j].Lower);
            }

            if (verbless)
            {
                subject = c;
            }
        }

        return subject?.Span;
    }

    // Nouns of a medium a speaker talks through ("said in a statement", "wrote in an email", "said in a later phone call").
    private static readonly System.Collections.Frozen.FrozenSet<string> MediumNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["statement", "statements", "interview", "interviews", "email", "emails", "e-mail", "letter", "post", "tweet", "tweets", "speech", "call",
         "conference", "release", "op-ed", "memo", "appearance", "message", "video", "note", "blog", "column", "editorial", "briefing", "remarks",
         "testimony", "filing", "response", "exchange", "podcast", "broadcast", "essay", "address"],
        StringComparer.Ordinal);

    // Tokens of a medium phrase after its preposition ("in a brief written statement").
    private const int MaxMediumPhrase = 6;

    /// <summary>
    /// The subject, not the medium, of a verb of saying: a speaker chosen right after the cue that is a medium phrase ("Tad Hale, the
    /// county's clerk, said in a statement", "Ana Ruiz wrote in an email", "said in a later phone call") is where it was said, which
    /// PolNeAR never takes as the source. It gives way to the nearest mention before the cue, in its sentence, that a verb follows (or a
    /// comma and a verb: the close of an apposition), as for "told" (<see cref="SubjectNotObject"/>). None there leaves the choice.
    /// </summary>
    internal static Attribution MediumAfterTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cue, cueFirst, cueLast, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first != cueLast + 1 || last >= t.Count || last <= first
            || doc.SentenceOf[first] != doc.SentenceOf[cueLast] || t[first].Lower is not ("in" or "during" or "via" or "through")
            || last - first > MaxMediumPhrase || !MediumNouns.Contains(t[last].Lower) || !traits.Has(cueLast, TokenTraits.CueVerb | TokenTraits.SaidOrTold))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: true);
        return subject is { } s ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, cue)) : chosen;
    }

    // Whether candidate c is a mention (not a rule's) of the given sentence that ends before token end, opens outside quotation marks, ends
    // in no possessive and is choosable: the first tests of a subject before a verb (the cue's, a conjunction's, a verb of sending's).
    private static bool IsMentionBefore(TokenTraits traits, SpeakerCandidate c, int end, int sentence)
    {
        var doc = traits.Doc;
        return c.Type is not (MentionType.None or MentionType.Rule) && c.First >= 0 && c.Last < end && doc.SentenceOf[c.First] == sentence && !doc.Quoted[c.First]
               && !traits.Has(c.Last, TokenTraits.EndsPossessive) && Choosable(doc, c);
    }

    // The subject of the cue's clause among the candidates: a mention before the cue, in its sentence, outside quotation marks, no
    // possessive, that a verb follows (over adverbs and auxiliaries) or a comma and then a verb; the nearest or the first such.
    private static Span? ClauseSubject(AfterRankerContext context, int cueFirst, bool nearest)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var sentence = doc.SentenceOf[cueFirst];
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!IsMentionBefore(traits, c, cueFirst, sentence) || !VerbAfter(c))
            {
                continue;
            }

            if (subject < 0 || (nearest ? c.Last > candidates[subject].Last : c.First < candidates[subject].First))
            {
                subject = i;
            }
        }

        return subject < 0 ? null : candidates[subject].Span;

        bool VerbAfter(SpeakerCandidate c) =>
            SpeakerCandidates.VerbFollows(traits, c.Last + 1, cueFirst)
            || c.Last + 2 <= cueFirst && traits.Has(c.Last + 1, TokenTraits.Comma) && SpeakerCandidates.VerbFollows(traits, c.Last + 2, cueFirst)
               && !(c.First > 0 && traits.Has(c.First - 1, TokenTraits.Preposition | TokenTraits.By));
    }

    // Prepositions of place and time whose object modifies the noun before it ("Sanders delegates inside the hall in Philadelphia", "Ana
    // Ruiz, in Ohio,", "Tom Hale in a blog post"), not of a source ("according to", "by", "from", "of", "with").
    private static bool IsPlacePreposition(string w) =>
        w is "in" or "at" or "on" or "inside" or "during" or "near" or "across" or "throughout" or "within" or "outside" or "around" or "aboard";

    /// <summary>
    /// The noun a place or time phrase modifies, not the phrase's object: a speaker chosen right before its cue (over adverbs and
    /// auxiliaries) that is the object of "in", "at", "on", "during", ... ("Sanders delegates inside the hall in Philadelphia have
    /// booed", "Ana Ruiz, in Ohio, said", "Tom Hale in a blog post said") gives way to the mention the phrase follows, back over a chain of
    /// such phrases; none there (the phrase opens its clause: "In Ohio, voters said") leaves the choice. A count ("One study in 40 riders
    /// found", which <see cref="SubjectHead"/> keeps whole) is no place.
    /// </summary>
    internal static Attribution NounBeforeItsPhrase(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cue, cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 2 || last < first || last >= cueFirst || doc.SentenceOf[first] != doc.SentenceOf[cueFirst]
            || doc.Quoted[first] || IsPlacePreposition(t[first].Lower) || traits.Has(last, TokenTraits.EndsPossessive) || char.IsAsciiDigit(t[first].Value[0])
            || !traits.Has(cueFirst, TokenTraits.Word) || t[cueFirst].IsCapitalized || traits.Has(cueFirst, TokenTraits.Preposition))
        {
            return chosen;
        }

        // An -ing cue right after the speaker makes it the subject of a gerund ("the effort results in Ana Ruiz claiming"), which stays.
        if (last + 1 == cueFirst && t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return chosen;
        }

        // The phrase stands right before the cue, or between commas right before it ("Ana Ruiz, in Ohio, said").
        var comma = traits.Has(last + 1, TokenTraits.Comma);
        if (!(comma ? last + 2 <= cueFirst && SpeakerCandidates.VerbFollows(traits, last + 2, cueFirst) : SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst)))
        {
            return chosen;
        }

        // The candidates are asked for only once a place preposition stands before the speaker (beside the cue, where the ranker
        // did not score them, they are generated on that first use).
        List<SpeakerCandidate>? candidates = null;
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[first]];
        var head = -1;
        var at = first;
        while (at - 1 > sentenceFirst && IsPlacePreposition(t[at - 1].Lower))
        {
            candidates ??= context.Candidates;
            // "on" between capitalised words is inside one name ("the Council on Foreign Relations", "the Committee on Taxation").
            var before = at - 2;
            if (t[at - 1].Lower == "on" && t[at].IsCapitalized && t[before].IsCapitalized)
            {
                break;
            }

            if (comma && traits.Has(before, TokenTraits.Comma))
            {
                before--;
            }

            // The longest mention ending there within one paragraph (a run of capitalised words may start in a heading before it).
            var noun = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Type is not (MentionType.None or MentionType.Rule) && c.Last == before && c.First >= sentenceFirst && !doc.Quoted[c.First]
                    && !traits.Has(c.Last, TokenTraits.EndsPossessive) && Choosable(doc, c) && doc.Document.Text.IndexOf('\n', c.Span.Start, c.Span.Length) < 0
                    && (noun < 0 || c.First < candidates[noun].First))
                {
                    noun = i;
                }
            }

            if (noun < 0)
            {
                break;
            }

            head = noun;
            at = candidates[noun].First;
            comma = false;
        }

        return head < 0 ? chosen : chosen.WithSpeaker(BeforeCue(doc.Document.Text, candidates![head].Span, cue));
    }

    /// <summary>
    /// The source of "according to" is the mention right after it ("The implication, according to the aide, is", "Vexo earns,
    /// according to one estimate, $51 million", "According to new surveys, Ruiz has"): a speaker chosen elsewhere, or nobody, gives
    /// way to the candidate that starts right after "to"; none there leaves the choice as it is.
    /// </summary>
    internal static Attribution AfterAccordingTo(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (t[cueFirst].Lower != "according" || cueFirst + 2 >= t.Count || t[cueFirst + 1].Lower != "to")
        {
            return chosen;
        }

        var after = cueFirst + 2;
        if (chosen.Speaker is { } speaker && context.SpeakerTokens(speaker).First == after)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var source = FirstChoosableAt(doc, candidates, after);
        return source < 0 ? chosen : chosen.WithSpeaker(candidates[source].Span);
    }

    // Words between a document after "according to" and the "by"/"from" of its author ("a memo released Friday by").
    private const int MaxDocumentToAuthor = 3;

    /// <summary>
    /// The author of a document after "according to" ("according to a new study from the Delmar Land Trust", "according to a review by
    /// the Vexo Survey Institute", "according to a post from Ana Ruiz"): PolNeAR's source spans the whole phrase or only the author, so a
    /// speaker that is the document (or a medium) right after "to" gives way to the mention right after its "by" or "from" (over up to
    /// three lower-case words or days: "a memo released Friday by"); none there leaves the choice.
    /// </summary>
    internal static Attribution AuthorOfTheDocument(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (t[cueFirst].Lower != "according" || cueFirst + 2 != first || last < first
            || last + 2 >= t.Count || !(traits.Has(last, TokenTraits.DocumentHead) || MediumNouns.Contains(t[last].Lower)) || traits.Has(last, TokenTraits.EndsPossessive))
        {
            return chosen;
        }

        var by = last + 1;
        while (by < t.Count && by - last <= MaxDocumentToAuthor && traits.Has(by, TokenTraits.Word) && !traits.Has(by, TokenTraits.By)
               && t[by].Lower != "from" && (!t[by].IsCapitalized || Lexicon.TimeWords.Contains(t[by].Lower)))
        {
            by++;
        }

        if (by + 1 >= t.Count || !(traits.Has(by, TokenTraits.By) || t[by].Lower == "from") || doc.SentenceOf[by] != doc.SentenceOf[first])
        {
            return chosen;
        }

        // The longest mention there that ends in no verb form ("the Vexo Survey Institute based on") nor a possessive ("the agency's
        // watchdog": the author is the phrase the possessive opens, which the candidates do not hold; the document stays).
        var candidates = context.Candidates;
        var author = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule) && c.First == by + 1 && Choosable(doc, c) && !(IsVerbLike(t[c.Last].Lower) && !t[c.Last].IsCapitalized)
                && (author < 0 || c.Last > candidates[author].Last))
            {
                author = i;
            }
        }

        return author < 0 || traits.Has(candidates[author].Last, TokenTraits.EndsPossessive)
            ? chosen
            : chosen.WithSpeaker(candidates[author].Span);
    }

    // Tokens between a document and the participle cue after it ("a statement Wednesday saying", "a letter this week urging").
    private const int MaxDocumentToCue = 4;

    // Words of the subject before the verb whose object the document is ("the Republican National Committee published").
    private const int MaxDocumentSubject = 6;

    /// <summary>
    /// The subject of the verb whose object is the document chosen as speaker (a determiner's phrase), when a participle cue follows that document ("The town
    /// released a statement Wednesday saying", "Her aides put out a note saying", "the Ledger ran a piece detailing"): PolNeAR's
    /// source is who released it, the subject. The subject is the words before the verb up to the sentence start, a comma or a
    /// preposition, ending with a determiner's phrase or a capitalised word; a relative pronoun or a pronoun before the verb, or
    /// none, leaves the attribution unchanged.
    /// </summary>
    internal static Attribution SubjectOfTheDocument(AfterRankerContext context, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return a;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        var (first, last) = context.SpeakerTokens(speaker);
        if (cueFirst >= t.Count || first <= 0 || last < first || last >= cueFirst || cueFirst - last > MaxDocumentToCue + 1
            || !t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal) || !traits.Has(last, TokenTraits.DocumentHead) || !traits.Has(first, TokenTraits.DescriptionStart)
            || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[cueFirst])
        {
            return a;
        }

        for (var j = last + 1; j < cueFirst; j++)
        {
            if (traits.Has(j, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative) || t[j].Lower == "that")
            {
                return a;
            }
        }

        // The verb before the document (a particle after it: "put out", "sent over"), a lower-case word that is no preposition.
        var verb = first - 1;
        if (t[verb].Lower is "out" or "up" or "over" or "off" && verb > 0)
        {
            verb--;
        }

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[first]];
        if (verb <= sentenceFirst || !traits.Has(verb, TokenTraits.Word) || t[verb].IsCapitalized || traits.Has(verb, TokenTraits.EndsPossessive)
            || traits.Has(verb, TokenTraits.Preposition | TokenTraits.Auxiliary | TokenTraits.DescriptionStart | TokenTraits.Pronoun | TokenTraits.Comma))
        {
            return a;
        }

        // The subject: over adverbs ("also released"), back to a determiner, the sentence start, a comma or a preposition.
        var end = verb - 1;
        while (end > sentenceFirst && traits.Has(end, TokenTraits.Adverb))
        {
            end--;
        }

        if (!traits.Has(end, TokenTraits.Word) || traits.Has(end, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Preposition | TokenTraits.Auxiliary)
            || t[end].Lower == "that" || traits.Has(end, TokenTraits.DescriptionStart) || !t[end].IsCapitalized && (traits.Has(end, TokenTraits.Adverb) || IsVerbLike(t[end].Lower)))
        {
            return a;
        }

        var start = end;
        while (start > sentenceFirst && end - start < MaxDocumentSubject && !traits.Has(start, TokenTraits.DescriptionStart)
               && traits.Has(start - 1, TokenTraits.Word) && !traits.Has(start - 1, TokenTraits.Preposition | TokenTraits.Relative | TokenTraits.Pronoun | TokenTraits.Auxiliary | TokenTraits.CueVerb)
               && t[start - 1].Lower != "that")
        {
            start--;
        }

        if (!(traits.Has(start, TokenTraits.DescriptionStart) || t[start].IsCapitalized))
        {
            return a;
        }

        return a.WithSpeaker(new Span(t[start].Span.Start, t[end].Span.End));
    }

    /// <summary>
    /// The subject of a verb, not its object, is the source of "about" after the object ("Tom Hale went on a long rant about the levy",
    /// "the council has stayed in a gloomy temper about", "the Ledger published a story about", "she has changed her mind about"): a
    /// speaker chosen right before a cue that is "about" alone, which a verb governs (a lower-case verb right before it, or a verb and
    /// a preposition: "went on", "remained in"), gives way to the nearest mention before it in its sentence that a verb follows (as for
    /// "told", <see cref="SubjectNotObject"/>). None there leaves the choice.
    /// </summary>
    internal static Attribution SubjectBeforeTheObjectOfAbout(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
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

    // Verbs whose object is the subject of the infinitive after it ("led her to declare", "prompted the council to call for", "has
    // caused many to wonder"): the object acts, not the verb's own subject. Not verbs of asking or wanting, whose subject is the one who
    // speaks ("Tom Hale asked her to call", "she wants members to hear that", on train gold the subject), nor verbs of purpose ("went on CNN
    // to declare", "took his daughter there to explain").
    private static readonly System.Collections.Frozen.FrozenSet<string> ControlVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["lead", "leads", "led", "leading", "allow", "allows", "allowed", "allowing", "prompt", "prompts", "prompted", "prompting", "cause",
         "causes", "caused", "causing", "force", "forces", "forced", "forcing", "push", "pushes", "pushed", "pushing", "pressure",
         "pressures", "pressured", "pressuring", "persuade", "persuades", "persuaded", "persuading", "convince", "convinces", "convinced",
         "convincing", "inspire", "inspires", "inspired", "inspiring", "enable", "enables", "enabled", "enabling", "spur", "spurs",
         "spurred", "spurring", "drive", "drives", "drove", "driven", "driving", "compel", "compels", "compelled", "compelling",
         "motivate", "motivates", "motivated", "motivating", "get", "gets", "got", "getting", "require", "requires", "required", "help",
         "helps", "helped", "helping"],
        StringComparer.Ordinal);

    // Tokens of the object between the verb and "to" ("DNC chairwoman Debbie Wasserman Schultz").
    private const int MaxControlledObject = 6;

    /// <summary>
    /// The object of a verb of causing or urging is the subject of the infinitive cue after it: when the cue's first word is a lower-case
    /// verb right after "to" and the words right before "to" are the object of such a verb ("led her to declare", "That proposal prompted
    /// the city council to call for", "has caused many to wonder") or of "for" ("plenty for him to argue", "a chance for both to assert"),
    /// that object takes the place of the speaker chosen (the ranker often takes the verb's subject, or none). The object is a run of
    /// at most six words with no preposition, auxiliary, verb of saying or relative, ending in a holder word.
    /// </summary>
    internal static Attribution ObjectOfAControlVerb(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue) || chosenCue.First < 3)
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var sentence = doc.SentenceOf[cueFirst];
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(t[cueFirst].Value[0]) || t[cueFirst - 1].Lower != "to"
            || doc.SentenceOf[cueFirst - 1] != sentence)
        {
            return chosen;
        }

        // Back from the word before "to" over the object's words to the verb or "for".
        var last = cueFirst - 2;
        var k = last;
        while (k >= 0 && last - k < MaxControlledObject && doc.SentenceOf[k] == sentence && !doc.Quoted[k] && ObjectWord(k))
        {
            k--;
        }

        if (k < 0 || k == last || doc.SentenceOf[k] != sentence || doc.Quoted[k] || !(ControlVerbs.Contains(t[k].Value) || t[k].Value == "for"
                                                                                                       || t[k].Value == "on" && k > 0 && t[k - 1].Lower is "pressure" or "onus") || !HolderEnd(last))
        {
            return chosen;
        }

        var span = new Span(t[k + 1].Span.Start, t[last].Span.End);
        if (chosen.Speaker is { } speaker && speaker.Overlaps(span))
        {
            return chosen;
        }

        return chosen.WithSpeaker(span);

        bool ObjectWord(int j) =>
            (traits.Has(j, TokenTraits.Word) || traits.Has(j, TokenTraits.PossessiveMark))
            && !traits.Has(j, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.Relative)
            && !ControlVerbs.Contains(t[j].Value) && t[j].Lower is not ("and" or "or" or "but" or "that" or "it" or "there" or "to");

        // The object's last word names who acts: a person, group, organisation or document noun, a pronoun, a capitalised word, a
        // quantifier standing alone ("many", "both"), or a plural noun.
        bool HolderEnd(int j)
        {
            var w = t[j].Lower;
            if (traits.Has(j, TokenTraits.EndsPossessive) || Lexicon.TimeWords.Contains(w))
            {
                return false;
            }

            if (traits.Has(j, TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.GroupHead | TokenTraits.DocumentHead | TokenTraits.Pronoun | TokenTraits.Capitalized)
                || w is "him" or "her" or "them" or "us" or "me" or "you" or "many" or "both" or "some" or "others" or "all" or "each" or "few")
            {
                return true;
            }

            return w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                   && !w.EndsWith("is", StringComparison.Ordinal) && !traits.Has(j, TokenTraits.Adverb);
        }
    }

    // Verbs of sending or publishing a document ("sent a letter", "released a statement", "wrote a letter to"): an -ing cue after the
    // document tells what the sender says. Not "held"/"gave"/"include", whose object more often speaks for itself ("held up a sign saying").
    private static readonly System.Collections.Frozen.FrozenSet<string> SendingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["sent", "send", "sends", "wrote", "writes", "released", "releases", "issued", "issues", "published", "publishes", "posted", "posts",
         "circulated", "mailed", "penned", "distributed", "filed", "files", "placed", "tweeted", "emailed"],
        StringComparer.Ordinal);

    // Tokens between a verb of sending and the -ing cue ("sent the DNC on Monday", "wrote a letter to Zucker").
    private const int MaxSentObject = 8;

    /// <summary>
    /// The sender, not the document or its addressee: when the cue is a lower-case -ing participle right after the object of a verb of
    /// sending or publishing ("the campaign sent the party a letter Monday alleging", "he wrote a letter to the mayor asking", "which
    /// released a statement Tuesday questioning") and the speaker chosen stands in that object, the verb's subject (a candidate that
    /// the verb follows, over adverbs and auxiliaries) takes its place. A comma, dash or quotation mark between the verb and the cue, or
    /// no subject right before the verb ("..., and placed ads calling"), leaves the choice.
    /// </summary>
    internal static Attribution SenderOfTheDocument(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var w = t[cueFirst].Value;
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(w[0]) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal)
            || traits.Has(cueFirst, TokenTraits.Preposition) || w == "according")
        {
            return chosen;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var verb = cueFirst - 1;
        while (verb >= 0 && cueFirst - verb <= MaxSentObject && doc.SentenceOf[verb] == sentence && !doc.Quoted[verb]
               && (traits.Has(verb, TokenTraits.Word) || traits.Has(verb, TokenTraits.PossessiveMark)) && !SendingVerbs.Contains(t[verb].Value))
        {
            verb--;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (verb < 1 || cueFirst - verb > MaxSentObject || !SendingVerbs.Contains(t[verb].Value) || doc.Quoted[verb] || first <= verb || last >= cueFirst)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!IsMentionBefore(traits, c, verb, sentence) || !RightBeforeTheVerb(c.Last))
            {
                continue;
            }

            if (subject < 0 || c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        return subject < 0 ? chosen : chosen.WithSpeaker(candidates[subject].Span);

        bool RightBeforeTheVerb(int end)
        {
            for (var j = end + 1; j < verb; j++)
            {
                if (!(traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[j].Value)))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The subject, not a place or time, before an -ing cue: a speaker chosen right before the participle that is the object of a
    /// place or time preposition ("Ana Ruiz answered the question on the radio saying", "he fought the council, at one point
    /// calling") is where or when the clause's subject spoke, as a medium after the cue is for <see cref="MediumAfterTheCue"/>. It gives
    /// way to the first mention of the sentence before the cue that a verb follows (<see cref="ClauseSubject"/>, as for a participle in
    /// <see cref="SubjectNotObject"/>); none there (the phrase opens its clause: "In a statement defending") leaves the choice.
    /// </summary>
    internal static Attribution SubjectBeforeAPlaceBeforeAParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!context.IsParticipleCue(cueFirst))
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (last != cueFirst - 1 || first < 1 || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[first - 1]
            || !IsPlacePreposition(t[first - 1].Value))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: false);
        return subject is { } s && !s.Overlaps(speaker) ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }

    /// <summary>
    /// No one speaks as a town's state: a speaker chosen that is a US state written right after a town and its comma, with a comma or a
    /// full stop after it ("Ana Ruiz cancelled a rally in Racine, Wis., citing the storm", "he had bought a house in Trenton, N.J., and
    /// boasted of its view", "at a rally in Dayton, Ohio, on Saturday") is where something happened, not who spoke. It gives way to
    /// the subject of the cue's clause, the first mention of the sentence before the cue that a verb follows (<see cref="ClauseSubject"/>),
    /// when that lies before the town; else the choice stays. A state that opens its clause ("In Ohio, voters said") or follows no town ("the
    /// governor of Ohio, Tom Hale, said") is left to the other rules.
    /// </summary>
    internal static Attribution SubjectOverATownsState(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 2 || last < first || last >= t.Count || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst]
            || !t[first].IsCapitalized || !traits.Has(first - 1, TokenTraits.Comma) || !t[first - 2].IsCapitalized || doc.SentenceFirst[doc.SentenceOf[first]] == first - 2)
        {
            return chosen;
        }

        var written = doc.Document.Text[speaker.Start..speaker.End].TrimEnd('.').ToLowerInvariant();
        var after = last + 1 < t.Count && t[last + 1].Value == "." ? last + 2 : last + 1;
        if (!EntityIndex.IsStateAfterATown(written) || after >= t.Count || !(traits.Has(after, TokenTraits.Comma) || t[after].Value == "."))
        {
            return chosen;
        }

        // The town: capitalised words back from its comma, to the word before them.
        var town = first - 2;
        while (town - 1 >= 0 && t[town - 1].IsCapitalized && doc.SentenceOf[town - 1] == doc.SentenceOf[first] && first - town < 4)
        {
            town--;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: false);
        return subject is { } s && s.End <= t[town].Span.Start ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }

    // Verbs that take a noun of saying or thinking as their object ("gave a few signs of", "has softened his attacks on", "have used
    // the harshest language about", "don't have a shared message about"), in every form the census met and their close kin.
    private static readonly System.Collections.Frozen.FrozenSet<string> LightVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["give", "gives", "gave", "given", "giving", "have", "has", "had", "having", "make", "makes", "made", "making", "use", "uses", "used", "using",
         "offer", "offers", "offered", "offering", "express", "expresses", "expressed", "expressing", "change", "changes", "changed", "changing",
         "tone", "tones", "toned", "toning", "deliver", "delivers", "delivered", "delivering", "heap", "heaps", "heaped", "heaping", "include", "includes",
         "included", "spend", "spends", "spent", "spending", "issue", "issues", "issued", "issuing", "send", "sends", "sent", "sending",
         "voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising", "drop", "drops", "dropped", "dropping", "share", "shares",
         "shared", "sharing", "take", "takes", "took", "taken", "taking", "renew", "renews", "renewed", "renewing", "launch", "launches", "launched",
         "launching", "lodge", "lodges", "lodged", "lodging", "pour", "pours", "poured", "pouring"],
        StringComparer.Ordinal);

    /// <summary>
    /// The subject, not the object, of a light verb before a noun or preposition cue: a speaker chosen right before the cue ("hints of",
    /// "criticism of", "message about", "about", "clear") that is the object of a verb such as "gave", "has", "used", "toned down", "making"
    /// ("She even gave some signs of", "he has softened his criticism of", "they don't yet have a shared message about", "Ana Ruiz, making
    /// it clear that") gives way to the cue's clause subject, the nearest mention before the verb that a verb follows (as for "told",
    /// <see cref="SubjectNotObject"/>). The object must open with a lower-case word that is no subject pronoun or relative; a cue that
    /// opens with a verb form of saying ("registered voters say"), an -ing form ("include one last week saying") or "to" is left alone.
    /// </summary>
    internal static Attribution ObjectOfALightVerb(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 2 || last >= cueFirst || cueFirst - last > 3 || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[first]
            || !traits.Has(first, TokenTraits.Word) || !char.IsLower(t[first].Value[0]) || t[first].Lower is "he" or "she" or "they" or "we" or "i" or "you" or "who" or "which" or "that"
            || first == last && t[first].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your")
        {
            return chosen;
        }

        for (var j = last + 1; j < cueFirst; j++)
        {
            if (!traits.Has(j, TokenTraits.Word) || t[j].Lower == "to")
            {
                return chosen;
            }
        }

        var cueWord = t[cueFirst].Lower;
        if (!char.IsLower(t[cueFirst].Value[0]) || cueWord is "to" or "that" or "according" || cueWord.EndsWith("ing", StringComparison.Ordinal)
            || traits.Has(cueFirst, TokenTraits.CueVerb) && !(cueFirst + 1 < t.Count && traits.Has(cueFirst + 1, TokenTraits.Preposition) && t[cueFirst + 1].Lower is not "that")
               && !traits.Has(cueFirst, TokenTraits.Preposition))
        {
            return chosen;
        }

        // The speaker is the object after the verb, or the verb itself ("Ana Ruiz delivers defense of", a headline).
        var verb = first == last && LightVerbs.Contains(t[first].Lower) ? first : first - 1;
        if (verb < first && t[verb].Lower is "down" or "out" or "up")
        {
            verb--;
        }

        if (verb < 1 || !LightVerbs.Contains(t[verb].Lower) || !char.IsLower(t[verb].Value[0]))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, verb, nearest: true);
        return subject is { } s && s.End <= t[verb].Span.Start ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }
}
