using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A report whose content opens with a report of its own, where the statements hold only the inner one: "[The magazine] [said] [the
/// poll's winner has predicted the race]" read as the winner's "predicted" alone (the rules took the inner cue, or the verifier
/// dropped the outer statement). PolNeAR annotates the outer report, its content the inner report whole, and the inner statement
/// alone took that gold item with the inner speaker (docs/quotes.md, "outer108": of the 236 wrong train speakers whose cue lies
/// inside gold's content with no statement of ours for gold's report, 34 have a verb of saying or finding for gold's cue). The outer
/// report is added when the inner statement reads SPEAKER CUE CONTENT and the word before its speaker is a finite verb of saying or
/// finding (<see cref="Verbs"/>), past a "that", a day ("said Wednesday she ..."), an addressee of up to
/// <see cref="MaximumAddresseeWords"/> words after "told"/"tells" ("told the crowd he ..."), or the comma of an "as" clause ("as the
/// Ledger reported, the board ..."): its cue that verb, its speaker the verb's subject (<see cref="StanceReport.SubjectBefore"/>, also
/// before a ", who ..." aside; else the words opening the sentence: "The magazine"), its content from the "that" (or the inner
/// speaker) to the end of the inner content. Not when a statement holds that verb as its cue, nor after a negation or a modal ("did
/// not say", "would say"). The inner statement stays. Run last, on the final attributions: no learned model reads its output.
/// outer109 reads more of the same report: "last week"/"this month" or a phrase of place or time after the verb ("wrote in his letter
/// he ..."), a verb coordinated with the sentence's first verb of saying ("Hale says ... and tells the room he ...": Hale's), an
/// adverb of time before the verb ("As the Ledger first reported,"), an opening subject with a relative clause of its own ("But groups
/// that have backed her say they ..."), and an opening "according to SOURCE," ("But according to her aides, she wants ..."). outer110:
/// those wider readings are tried only over the statements outer108's reading finds no outer report before, so none of them takes
/// one away or changes it; and an aside ", according to SOURCE," right after the verb ("The Ledger reported, according to aides,
/// Ruiz ..."). speakers111, wider readings too: a subject whose place or apposition is set off by commas ("a woman in Salem, Oregon,
/// told him she ...", "Tom Hale, the harbour master, said he ..."), and more verbs of saying (<see cref="MoreVerbs"/>: "repeated",
/// "swore", "clarified"). speakers112, wider readings too: "just"/"earlier" before a day word after the verb ("As the Ledger's harbour
/// desk reported just today, ..."), the words between an opening "As" and the verb as the subject where no name is read ("As the Ledger's
/// harbour desk reported, ...": the desk, not "desk"), a progressive verb ("First counts are showing that most pilots said ..."), and a
/// passive "As reported by SOURCE," that the inner statement's content opens with (<see cref="AsReportedBy"/>).
/// </summary>
internal static class OuterReport
{
    /// <summary>Finite verbs of saying and finding whose object clause can open with a report of its own ("said the board has approved ...", "shows that Lee asked ...").</summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["said", "says", "say", "told", "tells", "announced", "announces", "reported", "wrote", "writes", "added", "noted", "argued",
         "claimed", "insisted", "revealed", "stated", "declared", "warned", "explained", "suggested", "found", "finds", "shows", "showed", "show"], StringComparer.Ordinal);

    /// <summary>
    /// More finite verbs of saying, read only in the wider reading (after outer108's reads nothing, so no outer report outer108 adds
    /// changes): "Tom Hale repeated that the board opposed ...", "the pilots swore that each of them ...", "A staffer later clarified that
    /// Ana Ruiz misspoke". Past forms that often stand as adjectives ("the alleged dangers", "an estimated 30 people", "the promised
    /// wall") and "-s" forms that are also plural nouns ("claims", "reports", "notes") are left out.
    /// </summary>
    internal static readonly FrozenSet<string> MoreVerbs = FrozenSet.ToFrozenSet(
        ["repeated", "repeats", "swore", "swears", "clarified", "clarifies", "acknowledged", "acknowledges", "conceded", "concedes", "stressed",
         "stresses", "emphasized", "emphasizes", "testified", "testifies", "recalled", "recalls", "complained", "complains", "boasted", "boasts",
         "asserted", "asserts", "contended", "contends", "admitted", "admits", "confirmed", "confirms"], StringComparer.Ordinal);

    // Words of time that may stand between the outer verb and the inner speaker ("said Wednesday she ...").
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with the outer report added before each inner one found (see the class); the list itself when none is. outer108's
    /// reading first, over every statement; then outer109's wider one, over the statements it reads nothing before: a wider reading
    /// neither replaces an outer report outer108 reads nor takes its verb (docs/quotes.md, "outer110": "told reporters last week he
    /// ..." read as "last week" alone left "reporters" before it, no verb, and the outer report outer108 added was lost).
    /// </summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        List<Attribution>? added = null;
        List<Attribution>? unread = null;
        foreach (var a in attributions)
        {
            if (Read(doc, a, wider: false) is not { } outer)
            {
                (unread ??= []).Add(a);
            }
            else
            {
                AddUnlessHeld(outer);
            }
        }

        Dictionary<Attribution, Attribution>? trimmed = null;
        foreach (var a in unread ?? [])
        {
            if (Read(doc, a, wider: true) is { } outer)
            {
                AddUnlessHeld(outer);
            }
            else if (AsReportedBy(doc, a) is ({ } relayed, { } inner) && AddUnlessHeld(relayed))
            {
                (trimmed ??= new(ReferenceEqualityComparer.Instance))[a] = inner;
            }
        }

        return Attribution.WithAdded(trimmed is null ? attributions : [.. attributions.Select(a => trimmed.GetValueOrDefault(a, a))], added);

        // An outer report whose cue a statement already holds, found or added, is not added again.
        bool AddUnlessHeld(Attribution outer)
        {
            if (!NestedReport.Held(attributions, outer.Cue!.Value) && (added is null || !NestedReport.Held(added, outer.Cue!.Value)))
            {
                (added ??= []).Add(outer);
                return true;
            }

            return false;
        }
    }

    // The outer report of inner (see the class) as outer108 reads it (wider: false), or with outer109's shapes besides (wider: true):
    // an opening "according to SOURCE,", "last week" or a phrase of place or time after the verb, an adverb of time before it, a verb
    // coordinated with the sentence's first verb of saying, an opening subject with a relative clause of its own; null when the words
    // before the inner speaker are not one.
    private static Attribution? Read(TokenizedDocument doc, Attribution inner, bool wider)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.Type == QuoteType.Direct || inner.Speaker is not { } speaker || inner.Cue is not { } cue || speaker.End > cue.Start || cue.End > inner.Content.Start)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(speaker.Start);
        var v = first - 1;
        if (v < 1 || first >= t.Count || doc.Quoted[first])
        {
            return null;
        }

        // "said that he ...": the content opens at "that", as PolNeAR marks it; "As the Ledger reported, the board ...": after the comma.
        var start = first;
        var asClause = false;
        if (t[v].Lower == "that")
        {
            start = v;
            v--;
        }
        else if (t[v].Value == "," && !doc.Quoted[v])
        {
            v--;
            asClause = true;
        }

        if (wider && asClause && AccordingTo(doc, v, first, inner) is { } according)
        {
            return according;
        }

        // "The Ledger reported, according to staff at the talks, Ana Ruiz tried ...": the verb right before the aside, no "as" clause,
        // the content from "according", as PolNeAR marks it. A verb of saying is a cue verb: no reading below moves off it.
        if (wider && asClause && AccordingAside(doc, v) is { } aside)
        {
            (start, v, asClause) = (aside, aside - 2, false);
        }

        if (v >= 1 && TimeWords.Contains(t[v].Lower))
        {
            // "reported just today," (wider): the adverb before the day word stands after the verb too.
            v -= wider && v >= 2 && t[v - 1].Lower is "just" or "earlier" ? 2 : 1;
        }
        else if (wider && v >= 2 && TimePeriods.Contains(t[v].Lower) && t[v - 1].Lower is "last" or "this")
        {
            v -= 2;
        }
        else if (AddresseeBefore(doc, v) is { } told)
        {
            v = told;
        }
        else if (wider && PhraseBefore(doc, v) is { } placed)
        {
            v = placed;
        }

        // "First counts are showing that most pilots said ..." (wider): a progressive verb of saying or finding, the subject before "are".
        var progressive = wider && v >= 2 && t[v].IsWord && ProgressiveVerbs.Contains(t[v].Lower) && t[v - 1].Lower is "is" or "are" or "was" or "were" && !doc.Quoted[v - 1];
        if (v < 1 || !t[v].IsWord || doc.Quoted[v] || !(Verbs.Contains(t[v].Lower) || wider && MoreVerbs.Contains(t[v].Lower) || progressive) || doc.SentenceOf[v] != doc.SentenceOf[first] || NotAsserted(t, progressive ? v - 1 : v))
        {
            return null;
        }

        // "As the Ledger first reported,": the subject stands before the adverb (before "are" of a progressive verb).
        var w = progressive ? v - 1 : wider && v >= 2 && TimingAdverbs.Contains(t[v - 1].Lower) ? v - 1 : v;
        Span? subject, referent = null;
        if (StanceReport.SubjectBefore(doc, w) is ({ } read, var who))
        {
            (subject, referent) = (read, who);
        }
        else if (AsideBefore(doc, v) is { } comma && StanceReport.SubjectBefore(doc, comma) is ({ } named, var whom))
        {
            (subject, referent) = (named, whom);
        }
        else if (wider && SetOffSubject(doc, v) is ({ } setOff, var set))
        {
            (subject, referent) = (setOff, set);
        }
        else if (wider && CoordinatedVerb(doc, v) is { } u)
        {
            if (StanceReport.SubjectBefore(doc, u) is ({ } said, var whose))
            {
                (subject, referent) = (said, whose);
            }
            else
            {
                subject = OpeningSubject(doc, u);
            }
        }
        else
        {
            subject = (wider ? RelativeSubject(doc, w) : null) ?? OpeningSubject(doc, w);
        }

        // After a comma, only the clause "as SUBJECT VERB," stands for the report of what follows ("That said, ..." does not); in the wider
        // reading also a verb whose subject opens the sentence ("Tom Hale previously reported, the board ...").
        // "As the Ledger's harbour desk reported just today, ...": no name is read before the verb; the words after "As" are its subject.
        if (wider && asClause && (subject is null || !AsClause(doc, subject.Value, v)) && AsSubject(doc, w) is { } opened)
        {
            (subject, referent) = (opened, null);
        }

        if (subject is null || asClause && !AsClause(doc, subject.Value, v) && !(wider && OpensSentence(doc, subject.Value, v)))
        {
            return null;
        }

        var verb = progressive ? new Span(t[v - 1].Span.Start, t[v].Span.End) : t[v].Span;
        return new Attribution(new Span(t[start].Span.Start, inner.Content.End), inner.Type, verb, progressive ? $"{t[v - 1].Lower} {t[v].Lower}" : t[v].Lower, subject, null) { Referent = referent };
    }

    // The "-ing" forms of verbs of saying and finding read after "is"/"are"/"was"/"were" ("are showing that ...", "is saying that ...").
    internal static readonly FrozenSet<string> ProgressiveVerbs = FrozenSet.ToFrozenSet(
        ["saying", "reporting", "writing", "noting", "arguing", "claiming", "insisting", "revealing", "stating", "declaring", "warning",
         "explaining", "suggesting", "finding", "showing"], StringComparer.Ordinal);

    // The words between "As" opening the sentence (after at most a "But"/"And") and the verb at token w, as its subject ("As [the
    // Ledger's harbour desk] reported, ..."): at most MaximumOpeningSubjectTokens tokens, words or possessive marks, no quotation mark or
    // cue verb among them; null otherwise.
    private static Span? AsSubject(TokenizedDocument doc, int w)
    {
        var t = doc.Tokens;
        var first = doc.SentenceStartToken(w);
        if (t[first].Lower is "but" or "and")
        {
            first++;
        }

        if (first >= w - 1 || t[first].Lower != "as" || w - first - 1 > MaximumOpeningSubjectTokens)
        {
            return null;
        }

        for (var k = first + 1; k < w; k++)
        {
            if (doc.Quoted[k] || !t[k].IsWord && t[k].Value is not ("’s" or "'s" or "’" or "'") || Lexicon.CueVerbs.ContainsKey(t[k].Lower))
            {
                return null;
            }
        }

        return new Span(t[first + 1].Span.Start, t[w - 1].Span.End);
    }

    // Participles of saying that open a passive "As VERB by SOURCE," ("As reported by the Ledger,").
    private static readonly FrozenSet<string> AsParticiples = FrozenSet.ToFrozenSet(["reported", "noted", "revealed", "stated", "announced"], StringComparer.Ordinal);

    /// <summary>
    /// The passive report "As reported by SOURCE," that an inner statement's content opens with, right before the inner speaker ("[As
    /// reported by the Ledger, inspectors found rust on the pier]": the content took in the clause, the inner speaker and cue): the outer
    /// report, its cue the participle, its speaker the source, its content from the inner speaker to the end of the inner content, as
    /// PolNeAR marks it; and the inner statement with its content from after its cue. At most <see cref="MaximumSourceTokens"/> tokens
    /// in the source, no quotation mark or punctuation; null otherwise (speakers111 tried it in <see cref="Read"/>, whose inner content
    /// opens after the cue, and it fired nowhere).
    /// </summary>
    private static (Attribution Outer, Attribution Inner)? AsReportedBy(TokenizedDocument doc, Attribution inner)
    {
        if (inner.Type == QuoteType.Direct || inner.Speaker is not { } speaker || inner.Cue is not { } cue || speaker.End > cue.Start
            || inner.Content.Start >= speaker.Start || inner.Content.End <= cue.End)
        {
            return null;
        }

        var t = doc.Tokens;
        var a = doc.IndexAtOrAfter(inner.Content.Start);
        var first = doc.IndexAtOrAfter(speaker.Start);
        var after = doc.IndexAtOrAfter(cue.End);
        if (first - a < 5 || after >= t.Count || doc.SentenceOf[a] != doc.SentenceOf[first] || t[a].Lower != "as" || t[first - 1].Value != ","
            || doc.Quoted[first - 1])
        {
            return null;
        }

        // "As reported by", "As first reported by": the participle, then "by".
        var p = t[a + 1].Lower == "first" ? a + 2 : a + 1;
        if (!AsParticiples.Contains(t[p].Lower) || t[p + 1].Lower != "by" || first - 1 - (p + 2) > MaximumSourceTokens || p + 2 >= first - 1)
        {
            return null;
        }

        for (var j = a; j < first - 1; j++)
        {
            if (doc.Quoted[j] || !t[j].IsWord && t[j].Value is not ("’s" or "'s" or "’" or "'"))
            {
                return null;
            }
        }

        var outer = new Attribution(new Span(speaker.Start, inner.Content.End), inner.Type, t[p].Span, t[p].Lower, new Span(t[p + 2].Span.Start, t[first - 2].Span.End), null);
        return (outer, inner with { Content = new Span(t[after].Span.Start, inner.Content.End) });
    }

    // Adverbs of time between the outer subject and its verb ("the Ledger first reported", "previously reported").
    private static readonly FrozenSet<string> TimingAdverbs = FrozenSet.ToFrozenSet(["first", "previously", "earlier", "recently", "initially"], StringComparer.Ordinal);

    // Periods of time that "last"/"this" make a time phrase between the outer verb and the inner speaker ("reported last month the mayor ...").
    private static readonly FrozenSet<string> TimePeriods = FrozenSet.ToFrozenSet(["week", "month", "year", "night", "weekend"], StringComparer.Ordinal);

    /// <summary>The most words of a phrase of place or time between the outer verb and the inner speaker ("wrote in both notices he ...").</summary>
    public const int MaximumPhraseWords = 4;

    // The words that open a phrase of place or time between the outer verb and the inner speaker ("in both notices", "on Tuesday").
    private static readonly FrozenSet<string> PhraseOpeners = FrozenSet.ToFrozenSet(["in", "on", "at", "during"], StringComparer.Ordinal);

    // The token before a phrase of at most MaximumPhraseWords words ending at token e and opened by "in"/"on"/"at"/"during" ("wrote [in
    // both notices]"): its index (the outer verb, if one), or null. The phrase's words: no punctuation, quotation mark, cue verb or "that".
    private static int? PhraseBefore(TokenizedDocument doc, int e)
    {
        var t = doc.Tokens;
        for (var j = e; j >= 1 && e - j < MaximumPhraseWords; j--)
        {
            if (!t[j].IsWord || doc.Quoted[j] || Lexicon.CueVerbs.ContainsKey(t[j].Lower) || t[j].Lower == "that")
            {
                return null;
            }

            if (PhraseOpeners.Contains(t[j].Lower))
            {
                return j - 1;
            }
        }

        return null;
    }

    // The first verb of a predicate coordinated with the outer verb at token v ("Hale [says] he backs the pier and tells the room he
    // ..."): where "and" stands right before v, the first verb of saying of the same sentence before it, in the same tense (both
    // "-s" forms, or neither), not negated; null otherwise. The second verb shares the first one's subject.
    private static int? CoordinatedVerb(TokenizedDocument doc, int v)
    {
        var t = doc.Tokens;
        if (t[v - 1].Lower != "and" || doc.Quoted[v - 1])
        {
            return null;
        }

        var sentenceStart = doc.SentenceStartToken(v);
        for (var u = sentenceStart + 1; u < v - 1; u++)
        {
            if (t[u].IsWord && Verbs.Contains(t[u].Lower))
            {
                return t[u].Lower.EndsWith('s') == t[v].Lower.EndsWith('s') && !NotAsserted(t, u) ? u : null;
            }
        }

        return null;
    }

    // The report "according to SOURCE," that opens the sentence (after at most a "But"/"And") right before the inner speaker at token
    // first, the comma at token comma + 1 ("But according to talks with his staff, he wants ..."): its cue "according to", its
    // speaker the source, its content from the inner speaker to the end of the inner content; null otherwise.
    private static Attribution? AccordingTo(TokenizedDocument doc, int last, int first, Attribution inner)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(first);
        for (var j = last; j > sentenceStart && last - j < MaximumSourceTokens; j--)
        {
            if (doc.Quoted[j] || t[j].Value is "." or ";" or ":" or "(" or ")" or "—")
            {
                return null;
            }

            if (t[j].Lower == "to" && t[j - 1].Lower == "according" && j < last)
            {
                var a = j - 1;
                if (a == sentenceStart || a == sentenceStart + 1 && t[sentenceStart].Lower is "but" or "and" or "yet")
                {
                    return new Attribution(new Span(t[first].Span.Start, inner.Content.End), inner.Type, new Span(t[a].Span.Start, t[j].Span.End), "according to",
                        new Span(t[j + 1].Span.Start, t[last].Span.End), null);
                }

                return null;
            }
        }

        return null;
    }

    // The "according" of an aside ", according to SOURCE," right after a verb of saying, whose source ends at token last, the comma after
    // it closing the aside ("reported[, according to staff at the talks,] Ruiz ..."): at most MaximumSourceTokens tokens from
    // "according", no quotation mark or punctuation among them; null otherwise.
    private static int? AccordingAside(TokenizedDocument doc, int last)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(last);
        for (var j = last; j >= sentenceStart + 3 && last - j < MaximumSourceTokens; j--)
        {
            if (doc.Quoted[j] || !t[j].IsWord)
            {
                return null;
            }

            if (t[j].Lower == "to" && t[j - 1].Lower == "according" && j < last)
            {
                return t[j - 2].Value == "," && !doc.Quoted[j - 2] && t[j - 3].IsWord && !doc.Quoted[j - 3] && Verbs.Contains(t[j - 3].Lower) ? j - 1 : null;
            }
        }

        return null;
    }

    /// <summary>The most tokens of a place or an apposition set off by commas between the outer subject and its verb ("a woman in Salem, Oregon, told").</summary>
    public const int MaximumSetOffTokens = 6;

    // Words that open a place phrase in a subject ("a woman in Salem, Oregon", "Ana Ruiz of Salem, Oregon").
    private static readonly FrozenSet<string> PlaceOpeners = FrozenSet.ToFrozenSet(["in", "from", "of"], StringComparer.Ordinal);

    // The subject whose last words are set off by commas right before the verb at token v: a place ("a woman in Salem[, Oregon,] told
    // him ...": the subject with its place, the words before "in"/"from"/"of" read as StanceReport.SubjectBefore reads them or opened by
    // "a"/"an"/"the" within three words, the city and the state capitalised words) or an apposition ("Tom Hale[, the harbour master,]
    // said ...": the name before the first comma, the apposition opened by "the"/"a"/"an" or a possessive). At most
    // MaximumSetOffTokens tokens between the commas, none a quotation mark, punctuation or cue verb; null otherwise.
    private static (Span Speaker, Span? Referent)? SetOffSubject(TokenizedDocument doc, int v)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(v);
        if (v - 2 <= sentenceStart || t[v - 1].Value != "," || doc.Quoted[v - 1])
        {
            return null;
        }

        var c = v - 2;
        while (c > sentenceStart && v - 1 - c <= MaximumSetOffTokens + 1 && t[c].Value != ",")
        {
            if (!t[c].IsWord || doc.Quoted[c] || Lexicon.CueVerbs.ContainsKey(t[c].Lower))
            {
                return null;
            }

            c--;
        }

        if (t[c].Value != "," || doc.Quoted[c] || c == v - 2 || c - 1 <= sentenceStart || !t[c - 1].IsWord || doc.Quoted[c - 1])
        {
            return null;
        }

        var setOffEnd = t[v - 2].Span.End;
        var place = true;
        for (var j = c + 1; j < v - 1; j++)
        {
            place &= EndorsementReport.Name(t, j);
        }

        if (place && v - 2 - c <= 3)
        {
            // The city, then "in"/"from"/"of" within three words before the first comma.
            for (var p = c - 1; p > sentenceStart && c - p <= 3; p--)
            {
                if (PlaceOpeners.Contains(t[p].Lower))
                {
                    if (StanceReport.SubjectBefore(doc, p) is ({ } named, var who))
                    {
                        return (new Span(named.Start, setOffEnd), who);
                    }

                    for (var d = p - 1; d >= sentenceStart && p - d <= 3; d--)
                    {
                        if (t[d].Lower is "a" or "an" or "the")
                        {
                            return (new Span(t[d].Span.Start, setOffEnd), null);
                        }

                        if (!t[d].IsWord || doc.Quoted[d] || t[d].IsCapitalized || Lexicon.CueVerbs.ContainsKey(t[d].Lower))
                        {
                            return null;
                        }
                    }

                    return null;
                }

                if (!EndorsementReport.Name(t, p))
                {
                    return null;
                }
            }

            return null;
        }

        // An apposition to a name: "Tom Hale, the harbour master,".
        if ((t[c + 1].Lower is "a" or "an" or "the" || Speakers.EntityIndex.EndsPossessive(t[c + 1].Value)) && EndorsementReport.Name(t, c - 1)
            && StanceReport.SubjectBefore(doc, c) is ({ } name, var referent))
        {
            return (name, referent);
        }

        return null;
    }

    /// <summary>The most tokens of the source of an "according to" that opens the sentence ("according to talks with his staff,").</summary>
    public const int MaximumSourceTokens = 20;

    // Whether the outer subject opens the sentence (after at most a "But"/"And"), only names and possessives before it ("Tom Hale
    // reported, the board ...", "Harbour News’ Tom Hale previously reported, the board ..."): a comma after a verb of saying whose
    // subject opens the sentence stands before its object clause, as after an "as" clause. Not "show"/"shows" ("the Sunday shows,"),
    // nor after "That"/"This"/"It" ("That said, ...") or a word that opens a clause ("When Tom Hale reported, ...").
    private static bool OpensSentence(TokenizedDocument doc, Span subject, int v)
    {
        var t = doc.Tokens;
        var s = doc.IndexAtOrAfter(subject.Start);
        var first = doc.SentenceStartToken(v);
        if (t[first].Lower is "but" or "and")
        {
            first++;
        }

        for (var j = first; j < s; j++)
        {
            if (doc.Quoted[j] || t[j].Value is not ("’" or "'" or "’s" or "'s") && !EndorsementReport.Name(t, j) && !(t[j].IsCapitalized && Speakers.EntityIndex.EndsPossessive(t[j].Value)))
            {
                return false;
            }
        }

        return s >= first && !t[v].Lower.StartsWith("show", StringComparison.Ordinal) && t[first].Lower is not ("that" or "this" or "it");
    }

    // Whether the subject and the verb at token v stand in a clause "as SUBJECT VERB," ("as the Ledger reported,"; an article between
    // "as" and the subject's name), not "show"/"shows" (in "the Sunday shows," a noun).
    private static bool AsClause(TokenizedDocument doc, Span subject, int v)
    {
        var t = doc.Tokens;
        var s = doc.IndexAtOrAfter(subject.Start) - 1;
        if (s >= 1 && t[s].Lower is "the" or "a" or "an")
        {
            s--;
        }

        return s >= 0 && t[s].Lower == "as" && !t[v].Lower.StartsWith("show", StringComparison.Ordinal);
    }

    // Whether a negation or a modal stands among the two words before the verb at token v ("did not say", "would never say", "could
    // say"): the speaker did not tell the inner report.
    private static bool NotAsserted(List<Token> t, int v)
    {
        for (var j = v - 1; j >= 0 && j >= v - 2; j--)
        {
            if (NotAssertedWords.Contains(t[j].Lower) || t[j].Lower.EndsWith("n’t", StringComparison.Ordinal) || t[j].Lower.EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> NotAssertedWords = FrozenSet.ToFrozenSet(
        ["not", "never", "n’t", "n't", "will", "would", "could", "can", "may", "might", "should", "must", "to"], StringComparer.Ordinal);

    /// <summary>The most words of an addressee between "told"/"tells" and the inner speaker ("told the crowd he ...").</summary>
    public const int MaximumAddresseeWords = 3;

    /// <summary>The most tokens of a relative aside between the outer subject and its verb (", who on Tuesday endorsed the mayor,").</summary>
    public const int MaximumAsideTokens = 10;

    // The "told"/"tells" before an addressee of at most MaximumAddresseeWords words ending at token e ("told [the crowd]", "tells
    // [him]"): its index, or null. The addressee's words are lower-case words or object pronouns, no cue verb among them.
    private static int? AddresseeBefore(TokenizedDocument doc, int e)
    {
        var t = doc.Tokens;
        for (var j = e; j >= 1 && e - j < MaximumAddresseeWords; j--)
        {
            if (!t[j].IsWord || doc.Quoted[j] || Lexicon.CueVerbs.ContainsKey(t[j].Lower) || t[j].Lower == "that")
            {
                return null;
            }

            if (t[j - 1].Lower is "told" or "tells")
            {
                return j - 1;
            }
        }

        return null;
    }

    // The comma that opens a relative aside right before the verb at token v ("Ana Ruiz[,] who on Tuesday backed the levy, said"): the
    // token before v a comma, the aside's first word "who", no quotation mark and at most MaximumAsideTokens tokens; null otherwise.
    private static int? AsideBefore(TokenizedDocument doc, int v)
    {
        var t = doc.Tokens;
        if (t[v - 1].Value != ",")
        {
            return null;
        }

        for (var j = v - 2; j >= 1 && v - j <= MaximumAsideTokens; j--)
        {
            if (doc.Quoted[j] || t[j].Value is "." or ";" or ":")
            {
                return null;
            }

            if (t[j].Value == ",")
            {
                return t[j + 1].Lower == "who" ? j : null;
            }
        }

        return null;
    }

    /// <summary>The most tokens of a subject that opens the sentence before the outer verb ("The harbour board's annual report").</summary>
    public const int MaximumOpeningSubjectTokens = 8;

    // The words that open the sentence, up to the verb at token v, as its subject ("The magazine said ..."), where
    // StanceReport.SubjectBefore reads none: at most MaximumOpeningSubjectTokens words, the first capitalised, no punctuation, quotation
    // mark or cue verb among them, and no "to", modal or form of "be" right before the verb; null otherwise.
    private static Span? OpeningSubject(TokenizedDocument doc, int v)
    {
        var t = doc.Tokens;
        var first = doc.SentenceStartToken(v);
        if (v - first < 1 || v - first > MaximumOpeningSubjectTokens || !t[first].IsWord || !char.IsUpper(t[first].Value[0]) || ContentEdges.BeForms.Contains(t[v - 1].Lower)
            || t[v - 1].Lower is "to" or "not" or "would" or "will" or "could" or "can" or "did" or "may" or "might" or "should")
        {
            return null;
        }

        for (var k = first; k < v; k++)
        {
            if (!t[k].IsWord || doc.Quoted[k] || Lexicon.CueVerbs.ContainsKey(t[k].Lower))
            {
                return null;
            }
        }

        var last = v - 1;
        while (last > first && Auxiliaries.Contains(t[last].Lower))
        {
            last--;
        }

        return new Span(t[first].Span.Start, t[last].Span.End);
    }

    /// <summary>The most tokens of a relative clause between the outer subject and its verb ("that have praised him").</summary>
    public const int MaximumRelativeTokens = 6;

    // The words that open the sentence (after at most a "But"/"And") up to a relative "that"/"who" whose clause runs to the verb at
    // token v, as its subject ("But [local unions] that have praised him say ..."): at most MaximumOpeningSubjectTokens words
    // before "that", at most MaximumRelativeTokens in the clause, none a quotation mark or punctuation, no cue verb before "that";
    // null otherwise.
    private static Span? RelativeSubject(TokenizedDocument doc, int v)
    {
        var t = doc.Tokens;
        var first = doc.SentenceStartToken(v);
        if (t[first].Lower is "but" or "and")
        {
            first++;
        }

        for (var r = v - 1; r > first && v - r <= MaximumRelativeTokens + 1; r--)
        {
            if (!t[r].IsWord || doc.Quoted[r])
            {
                return null;
            }

            if (t[r].Lower is "that" or "who")
            {
                for (var k = first; k < r; k++)
                {
                    if (!t[k].IsWord || doc.Quoted[k] || Lexicon.CueVerbs.ContainsKey(t[k].Lower))
                    {
                        return null;
                    }
                }

                return r - first <= MaximumOpeningSubjectTokens && r + 1 < v - 1 ? new Span(t[first].Span.Start, t[r - 1].Span.End) : null;
            }
        }

        return null;
    }

    // Auxiliaries and adverbs between a subject and its verb ("have publicly said", "A staffer later clarified": speakers112, the subject
    // ends before "later").
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(["has", "have", "had", "also", "publicly", "already", "later"], StringComparer.Ordinal);
}
