using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The last adjustments of reported content to PolNeAR's convention, after the speakers are chosen (so the speaker ranker
/// reads the content it was trained on): a relative clause's content starts at its relative word
/// (<see cref="RelativeClauseContent"/>), and content that ends a parenthesis it did not open ends before it ("(Aides
/// said she wouldn’t get past the first round.)": the content is "she wouldn’t get past the first round"), and the object of a cue that
/// is not a verb of saying ends before a comma and a word of contrast ("praised the budget, but ...": see <see cref="EndBeforeContrast"/>),
/// and reported speech without quotation marks ends at a line break (<see cref="EndBeforeLineBreak"/>); a time phrase right
/// after the cue is not content ("said Tuesday his actions are ...": <see cref="StartAfterTimePhrase"/>); the object of a cue
/// that is not a verb of saying ends before a semicolon (<see cref="EndBeforeSemicolon"/>); content after a passive cue whose
/// subject is talked about takes the subject and the cue ("[Okafor was charged with fraud]": <see cref="StartAtPassiveSubject"/>).
/// Content that holds a leading phrase, its speaker and its cue starts after the cue ("In interviews, Okafor cited [three
/// reasons ...]": <see cref="StartAfterLeadingPhrase"/>).
/// The question after "asked" and a phrase starts at its question word ("Asked by reporters [whether ...]": <see cref="StartAtQuestion"/>).
/// The content of a cue of saying followed by an adverbial phrase that ends the sentence is the clause before its speaker
/// ("[The pier will close], Okafor said during a visit.": <see cref="BeforeSpeaker"/>).
/// Then a quotation takes the words
/// of its sentence that it continues or that continue it, and becomes mixed (<see cref="StartAtSentenceWords"/>,
/// <see cref="EndAtSentenceWords"/>); mixed content that is a phrase, a comma and a quoted sentence becomes that quotation,
/// direct (<see cref="StartAtQuotation"/>); content that starts at a "that" after a noun phrase starts at the noun phrase
/// (<see cref="StartAtNounPhrase"/>); a lower-case quotation after "LEAD, SPEAKER CUE," takes the lead in ("[An early vote, Okafor said,
/// “could split the council.”]": <see cref="LeadBeforeSpeaker"/>).
/// Content that runs on past "..., said SPEAKER, APPOSITION" ends before the cue (<see cref="EndBeforeInvertedSpeaker"/>);
/// a second complement clause's "that" after "and" does not start the content ("said [he met X and that Y]":
/// <see cref="StartAtFirstClause"/>); a dateline is not content (<see cref="StartAfterDateline"/>). The content of a verb of
/// endorsing or opposing ends after its object noun phrase ("endorsed [Okafor] last week, saying ...": <see cref="EndAfterEndorsedObject"/>).
/// Content before "SPEAKER said, adding ..." ends before its speaker (<see cref="EndBeforeSpeakerAndParticiple"/>).
/// A connective and a comma that open an "according to" content are not content (<see cref="StartAfterConnective"/>).
/// Content after its cue ends before a comma and a participle of its own act (<see cref="EndBeforeTrailingParticiple"/>); an
/// addressee after a cue of telling or asking is not content (<see cref="StartAfterAddressee"/>), nor the verb after "quick to"
/// (<see cref="StartAfterQuickTo"/>), nor the "for" of "called for" (<see cref="StartAfterCallPreposition"/>).
/// Content ends before a coordinated clause that holds another attribution's cue ("said [the pier is safe], but the union
/// said ...": <see cref="EndBeforeNextReport"/>), and "a statement saying" is not content (<see cref="StartAfterStatementParticiple"/>).
/// The content of a cue in a clause that opens its sentence with a subordinator ends at that clause's comma ("While Okafor
/// praised [the new levy], the union ...": <see cref="EndBeforeMainClause"/>).
/// After a light verb of expressing, the noun of an attitude and its preposition are the cue's ("voiced concern about [the
/// levy]": <see cref="StartAfterAttitudeNoun"/>).
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>The cue of reported content (indirect or mixed, in one piece) that stands after it; null for any other attribution.</summary>
    private static Span? ReportedAfterCue(Attribution a) =>
        a.Type is QuoteType.Indirect or QuoteType.Mixed && a.PartCount == 1 && a.Cue is { } cue && cue.End <= a.Content.Start ? cue : null;

    /// <summary>The cue of a one-part reported content that follows it with nothing but white space between them.</summary>
    private static Span? ReportedRightAfterCue(TokenizedDocument doc, Attribution a) =>
        ReportedAfterCue(a) is { } cue && doc.Document.Text.AsSpan(cue.End, a.Content.Start - cue.End).IsWhiteSpace() ? cue : null;

    /// <summary>
    /// The cue's last token and the content's first token of a one-part reported content right after its cue
    /// (<see cref="ReportedRightAfterCue"/>) that starts where a token starts: the shared opening of the edges that read the
    /// cue's last word and the content's first ("referring to", "told reporters that", "quick to", "called for").
    /// </summary>
    private static bool TokensRightAfterCue(TokenizedDocument doc, Attribution a, out int cueLast, out int first)
    {
        cueLast = first = -1;
        if (ReportedRightAfterCue(doc, a) is not { } cue)
        {
            return false;
        }

        var t = doc.Tokens;
        cueLast = doc.IndexAtOrAfter(cue.End) - 1;
        first = doc.IndexAtOrAfter(a.Content.Start);
        return cueLast >= 0 && first < t.Count && t[first].Span.Start == a.Content.Start;
    }

    public static List<Attribution> Apply(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        RelativeClauseContent.Apply(doc, attributions);
        var text = doc.Document.Text;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            var end = Earlier(Earlier(Earlier(Earliest(EndBeforeParenthesis(text, a), EndBeforeContrast(doc, a), EndBeforeLineBreak(text, a)), EndBeforeSemicolon(doc, a)),
                Earlier(EndBeforeInvertedSpeaker(doc, a), EndBeforeSpeakerAndParticiple(doc, a))), Earlier(Earlier(EndBeforeQuotedFragment(doc, a), EndAfterEndorsedObject(doc, a)), Earliest(EndBeforeTrailingParticiple(doc, a), EndBeforeNextReport(doc, a, attributions), EndBeforeMainClause(doc, a, attributions))));
            var passive = StartAtPassiveSubject(doc, a);
            var start = passive?.Start ?? StartAfterTimePhrase(doc, a) ?? StartAfterLeadingPhrase(doc, a) ?? StartAtQuestion(doc, a) ?? StartAfterExpletiveIt(doc, a)
                ?? StartAtFirstClause(doc, a) ?? StartAfterDateline(doc, a) ?? StartAfterParticle(doc, a) ?? StartAfterPrepositionTo(doc, a)
                ?? StartAfterConnective(doc, a) ?? StartAfterAddressee(doc, a) ?? StartAfterQuickTo(doc, a)
                ?? StartAfterCallPreposition(doc, a) ?? StartAfterStatementParticiple(doc, a) ?? StartAfterAttitudeNoun(doc, a);
            if (end is null && start is null && BeforeSpeaker(doc, a, attributions) is { } before)
            {
                attributions[i] = a with { Content = before, Parts = [before] };
                continue;
            }

            if (end is not null || start is not null)
            {
                var content = new Span(start ?? a.Content.Start, end ?? a.Content.End);
                if (content.Length > 0)
                {
                    attributions[i] = passive is { } p && p.Speaker != a.Speaker
                        ? a with { Content = content, Parts = [content], Speaker = p.Speaker, Referent = null, InheritedFrom = null, Conjuncts = null }
                        : a with { Content = content, Parts = [content] };
                }
            }
        }

        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (StartAtSentenceWords(doc, a, attributions) is { } sentenceStart)
            {
                // The quotation continues words of its sentence: a mixed statement (a quotation resumed after its cue keeps its
                // later pieces).
                var content = new Span(sentenceStart, a.Content.End);
                attributions[i] = a with { Content = content, Type = QuoteType.Mixed, Parts = [new Span(sentenceStart, a.FirstPart.End), .. a.Parts.Skip(1)] };
            }
            else if (EndAtSentenceWords(doc, a, attributions) is { } sentenceEnd)
            {
                // Words of the sentence continue the quotation: a mixed statement.
                var last = a.LastPart;
                attributions[i] = a with { Content = new Span(a.Content.Start, sentenceEnd), Type = QuoteType.Mixed, Parts = [.. a.Parts.Take(a.PartCount - 1), new Span(last.Start, sentenceEnd)] };
            }
            else if (StartAtNounPhrase(doc, a) is { } nounPhrase)
            {
                var content = new Span(nounPhrase, a.Content.End);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
            else if (StartAtQuotation(text, a) is { } quotation)
            {
                // What is left is the quotation alone: a direct statement.
                var content = new Span(quotation, a.Content.End);
                attributions[i] = a with { Content = content, Type = QuoteType.Direct, Parts = [content] };
            }
        }

        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (LeadBeforeSpeaker(doc, a, attributions) is { } lead)
            {
                // The quotation goes on with the words before its speaker: a mixed statement of two pieces.
                attributions[i] = a with { Content = new Span(lead.Start, a.Content.End), Type = QuoteType.Mixed, Parts = [lead, .. a.Parts] };
            }
        }

        return attributions;
    }

    // Words that open a lead the content of a parenthetical cue goes on from ("And the levy, said Okafor, ..."): connectives
    // and subordinators, after which the words past the speaker are the rest of the sentence, not an apposition.
    private static readonly System.Collections.Frozen.FrozenSet<string> LeadOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "or", "so", "yet", "rather", "now", "still", "when", "after", "as", "if", "because", "since", "while", "although",
         "though", "before", "until", "once", "unless", "whether"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content that holds its cue ends when the cue and its speaker are inverted after a comma and an apposition
    /// of the speaker runs on to the sentence's end: "[The port will close in May], said Ana Okafor, the harbour's director."
    /// PolNeAR's content is the clause before the comma; ours ran over the cue, the speaker and the apposition. The cue must be a
    /// verb of saying (<see cref="CueReportsSpeech"/>, not "according to") right after a comma (or a comma and a closing quotation
    /// mark, which stay in: ",” said"), the speaker right after the cue and a comma right after the speaker, with words and no
    /// quotation mark after it, the first no finite verb or auxiliary (the lead is then the subject of a parenthetical cue:
    /// "The key to the plan, says Okafor, is the new crane", as content27's guard reads it); the speaker does not start with
    /// "that" (a complement clause the rules took for one); the clause before holds three words or more and does not open with a
    /// connective or subordinator ("And the levy, said Okafor, ..." goes on after the speaker). On PolNeAR train, 22 spans made
    /// exact, 1 unmade, matches unchanged (docs/quotes.md, "content29"). Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeInvertedSpeaker(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.Cue is not { } cue || a.Speaker is not { } speaker
            || cue.Start <= a.Content.Start || speaker.End >= a.Content.End || speaker.Start < cue.End)
        {
            return null;
        }

        var text = doc.Document.Text;
        if (!text.AsSpan(cue.End, speaker.Start - cue.End).IsWhiteSpace() || !CueReportsSpeech(doc, cue))
        {
            return null;
        }

        // The speaker is a noun phrase: a "that" after the cue opens its complement clause ("noted that the mayor ...").
        var t = doc.Tokens;
        var c = doc.IndexAtOrAfter(cue.Start);
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (t[c].Lower == "according" || c - 1 <= first || t[doc.IndexAtOrAfter(speaker.Start)].Lower == "that")
        {
            return null;
        }

        // The comma before the cue, or a comma and the quotation's closing mark (kept in the content).
        int end;
        var comma = c - 1;
        if (t[comma].Value == ",")
        {
            end = t[comma].Span.Start;
        }
        else if (comma - 1 > first && t[comma - 1].Value == "," && t[comma].Value is "”" or "\"" or "’" or "'" && !t[comma].IsWord)
        {
            end = t[comma].Span.End;
            comma--;
        }
        else
        {
            return null;
        }

        var words = 0;
        for (var j = first; j < comma; j++)
        {
            words += t[j].IsWord ? 1 : 0;
        }

        if (words < 3 || LeadOpeners.Contains(t[first].Lower))
        {
            return null;
        }

        // A comma right after the speaker, then words to the content's end, none quoted.
        var after = doc.IndexAtOrAfter(speaker.End);
        if (after + 1 >= t.Count || t[after].Value != "," || t[after + 1].Span.End > a.Content.End || !t[after + 1].IsWord
            || FiniteVerbs.Contains(t[after + 1].Lower))
        {
            return null;
        }

        for (var j = after + 1; j < t.Count && t[j].Span.Start < a.Content.End; j++)
        {
            if (doc.Quoted[j] || t[j].Value.AsSpan().IndexOfAny(Marks) >= 0 && !t[j].IsWord)
            {
                return null;
            }
        }

        return end;
    }

    /// <summary>
    /// Where reported content that starts at a "that" after "and" starts when the cue's content is two complement clauses, the
    /// first with no "that": "Okafor said [the pier is safe and that the levy will pass]" (PolNeAR's content holds both; ours
    /// started at the second clause's "that", the first "that" after the cue). The words between the cue and the "that" hold
    /// three words or more before the "and" (a comma may stand before it), no "that", no quotation mark or other punctuation;
    /// a time phrase after the cue stays out ("said on Friday [he met ...]"); the word after the "that" is no auxiliary or past
    /// form (a relative "that", "backed Okafor and that has ..."); the cue takes no addressee ("told the council ... and that"
    /// keeps the addressee out). On PolNeAR train, 7 spans made exact, none unmade (docs/quotes.md, "content29"). Null when it
    /// does not apply.
    /// </summary>
    internal static int? StartAtFirstClause(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var that = doc.IndexAtOrAfter(a.Content.Start);
        if (that + 1 >= t.Count || that < 2 || t[that].Lower != "that" || t[that].Span.Start != a.Content.Start || t[that - 1].Lower != "and"
            || Lexicon.Auxiliaries.Contains(t[that + 1].Lower) || IsPastForm(t[that + 1].Lower))
        {
            return null;
        }

        var verb = doc.IndexAtOrAfter(cue.End) - 1;
        if (Lexicon.CueVerbs.TryGetValue(t[verb].Lower, out var lemma) && Lexicon.AddresseeVerbs.Contains(lemma))
        {
            return null;
        }

        var first = verb + 1;
        if (first + 1 < that && t[first].Lower == "on" && TimeNouns.Contains(t[first + 1].Lower))
        {
            first++;
        }

        while (first < that && Lexicon.TimeWords.Contains(t[first].Lower))
        {
            first++;
        }

        var last = t[that - 2].Value == "," ? that - 2 : that - 1;
        var words = 0;
        for (var j = first; j < last; j++)
        {
            if (!t[j].IsWord || doc.Quoted[j] || t[j].Lower == "that" || doc.SentenceOf[j] != doc.SentenceOf[that])
            {
                return null;
            }

            words++;
        }

        return words >= 3 ? t[first].Span.Start : null;
    }

    // A past tense or participle: an -ed word of five letters or more, or an irregular one ("led", "made").
    // Words in "-s" that are not a present verb after "that" ("that his ...", "that this ...", "that its ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotPresentVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["his", "this", "its", "hers", "ours", "yours", "theirs", "us", "as", "was", "is", "has", "does", "yes", "thus", "sometimes",
         "perhaps", "always", "nevertheless", "nonetheless", "besides", "unless", "whereas", "less"], StringComparer.Ordinal);

    // Whether token `k` (after a "that") reads as a present verb of a relative clause ("a center that works with ..."): a
    // lower-case word in "-s" (not "-ss", no apostrophe, not a pronoun or adverb) whose next token is no auxiliary and no past
    // form ("that polls could ...", "that rates rose ..." are a subject and its verb). exact61.
    private static bool IsPresentVerbAfterThat(List<Token> t, int k)
    {
        var w = t[k];
        return w.IsWord && char.IsLower(w.Value[0]) && w.Lower.Length > 3 && w.Lower.EndsWith('s') && !w.Lower.EndsWith("ss", StringComparison.Ordinal)
            && !w.Lower.Contains('\'') && !w.Lower.Contains('\u2019') && !NotPresentVerbs.Contains(w.Lower)
            && (k + 1 >= t.Count || !(Lexicon.Auxiliaries.Contains(t[k + 1].Lower) || ClauseAuxiliaries.Contains(t[k + 1].Lower) || IsPastForm(t[k + 1].Lower)));
    }

    private static bool IsPastForm(string lower) =>
        lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(lower);

    /// <summary>
    /// Where reported content that opens its paragraph with a news dateline starts: after the dateline ("[WASHINGTON (AP) —]
    /// The pier will close in May, officials said", "LOS ANGELES, Feb. 2 — ...", "MEXICO CITY - ..."), which PolNeAR leaves out.
    /// The dateline is one or more words in capitals, then optionally a comma and up to eight tokens (a state, a date), then
    /// optionally a news agency in brackets, then a dash; two words or more follow, and the cue is not inside it. On PolNeAR
    /// train, 4 spans made exact, none unmade (docs/quotes.md, "content29"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterDateline(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.PartCount != 1 || a.Cue is not { } cue)
        {
            return null;
        }

        var text = doc.Document.Text;
        if (a.Content.Start > 0 && text[a.Content.Start - 1] != '\n')
        {
            return null;
        }

        var t = doc.Tokens;
        var j = doc.IndexAtOrAfter(a.Content.Start);
        var capitals = j;
        while (j < t.Count && t[j].IsWord && t[j].Value.Length > 1 && IsAllCapitals(t[j].Value))
        {
            j++;
        }

        if (j == capitals || j >= t.Count)
        {
            return null;
        }

        if (t[j].Value == ",")
        {
            var limit = j + 9;
            while (j < t.Count && j < limit && !IsDash(t[j].Value) && t[j].Value != "(" && t[j].Value != "\n")
            {
                j++;
            }
        }

        if (j < t.Count && t[j].Value == "(")
        {
            while (j < t.Count && t[j].Value != ")" && t[j].Span.Start < a.Content.End)
            {
                j++;
            }

            j++;
        }

        if (j >= t.Count || !IsDash(t[j].Value))
        {
            return null;
        }

        while (j < t.Count && IsDash(t[j].Value))
        {
            j++;
        }

        if (j + 1 >= t.Count || !t[j].IsWord || !t[j + 1].IsWord || t[j + 1].Span.End > a.Content.End || cue.Start < t[j].Span.Start && cue.Start >= a.Content.Start)
        {
            return null;
        }

        return t[j].Span.Start;
    }

    private static bool IsAllCapitals(string word)
    {
        foreach (var ch in word)
        {
            if (char.IsLetter(ch) && !char.IsUpper(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(string value) => value is "—" or "–" or "-" or "--";

    /// <summary>
    /// Where content that starts at an "it" right before its cue ("[it seems the council has no plan]", "[It now appears that
    /// the pier will close]", "[it is expected to rise ...]") starts: after the cue, as PolNeAR's content leaves out the cue and
    /// the "it" that stands in for the clause after it. One adverb or auxiliary may stand between "it" and the cue; the content
    /// after the cue must not start with "to" ("it seemed to slow the flood": the "it" there is often a thing, and
    /// PolNeAR's content holds it). On PolNeAR train, 9 spans made exact, 3 unmade, matches unchanged (docs/quotes.md,
    /// "content28"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterExpletiveIt(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.PartCount != 1 || a.Cue is not { } cue
            || cue.Start <= a.Content.Start || cue.End >= a.Content.End)
        {
            return null;
        }

        var t = doc.Tokens;
        var it = doc.IndexAtOrAfter(a.Content.Start);
        var cueToken = doc.IndexAtOrAfter(cue.Start);
        if (it >= t.Count || t[it].Span.Start != a.Content.Start || t[it].Lower != "it" || cueToken - it is < 1 or > 2
            || t[cueToken].Span.Start != cue.Start
            || cueToken - it == 2 && !(Lexicon.Adverbs.Contains(t[it + 1].Lower) || Lexicon.EndsLikeAnAdverb(t[it + 1].Lower)))
        {
            return null;
        }

        var next = doc.IndexAtOrAfter(cue.End);
        if (next >= t.Count || t[next].Span.Start >= a.Content.End || !t[next].IsWord || t[next].Lower == "to")
        {
            return null;
        }

        return t[next].Span.Start;
    }

    /// <summary>
    /// The words a quotation continues when they stand before its speaker and cue: "LEAD, SPEAKER CUE, “quotation”" whose
    /// quotation starts with a lower-case word ("A quiet season, he said, “might be a fine time to repair.”", "If the
    /// levy passes, Okafor said, “the port will close.”"). PolNeAR's content is the hull from the sentence's first word, the
    /// lead being what the quotation goes on with. The lead runs from the sentence's first word to a comma right before the
    /// speaker; it holds words only (no comma, quotation mark, bracket, colon or dash) and no other attribution's content or
    /// cue; the speaker stands right before the cue, the cue right before a comma and the quotation's opening mark. A quotation
    /// that starts with a capital letter is a sentence of its own ("Still, she added, “We will win.”") and keeps its content:
    /// there PolNeAR's content starts at the lead a third of the time (train, 17 of 70 such). On PolNeAR train, 19 spans made
    /// exact, 5 unmade (leads that are one connective, "Still,", "But,": PolNeAR takes "But," in as often as not), 2 matches
    /// won (docs/quotes.md, "content28"). Null when it does not apply.
    /// </summary>
    internal static Span? LeadBeforeSpeaker(TokenizedDocument doc, Attribution a, IReadOnlyList<Attribution> all)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(all);
        if (a.Type is not (QuoteType.Direct or QuoteType.Mixed) || a.Cue is not { } cue || a.Speaker is not { } speaker
            || cue.End > a.Content.Start || speaker.End > cue.Start)
        {
            return null;
        }

        var t = doc.Tokens;
        var text = doc.Document.Text;
        var open = doc.IndexAtOrAfter(a.Content.Start);
        if (open < 2 || open >= t.Count || t[open].Span.Start != a.Content.Start || t[open].IsWord || t[open].Value.AsSpan().IndexOfAny(Marks) < 0
            || t[open - 1].Value != "," || t[open - 2].Span.End != cue.End)
        {
            return null;
        }

        // The quotation's first letter is lower case: it continues a sentence.
        var letter = a.Content.Start;
        while (letter < a.Content.End && !char.IsLetter(text[letter]))
        {
            letter++;
        }

        if (letter >= a.Content.End || !char.IsLower(text[letter]) || letter - a.Content.Start > 3)
        {
            return null;
        }

        // The speaker stands right before the cue, after a comma; only words and abbreviation points between the comma and the cue.
        var cueToken = doc.IndexAtOrAfter(cue.Start);
        var speakerToken = doc.IndexAtOrAfter(speaker.Start);
        if (speakerToken >= cueToken || cueToken > 0 && t[cueToken - 1].Span.End != speaker.End)
        {
            return null;
        }

        var comma = speakerToken - 1;
        while (comma >= 0 && (t[comma].IsWord || t[comma].Value is "." or "’" or "'") && speakerToken - comma < 6)
        {
            comma--;
        }

        if (comma < 1 || t[comma].Value != ",")
        {
            return null;
        }

        var first = doc.SentenceStartToken(open);
        if (first >= comma)
        {
            return null;
        }

        for (var j = first; j < comma; j++)
        {
            if (!t[j].IsWord && t[j].Value is not ("-" or "’" or "'" or "." or "%" or "$"))
            {
                return null;
            }
        }

        var lead = new Span(t[first].Span.Start, t[comma - 1].Span.End);
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, a)
                && (other.Content.Start < lead.End && other.Content.End > lead.Start || other.Cue is { } c && c.Start >= lead.Start && c.Start < a.Content.Start))
            {
                return null;
            }
        }

        return lead;
    }

    /// <summary>
    /// Where a quotation that starts inside its sentence and is attributed by a cue after it ("Nothing the president said
    /// “will calm anyone,” the senator said.", "Voters “want a fighter,” Okafor said.") starts its content: at the sentence's
    /// first word, as PolNeAR's content takes the words the quotation continues. The words before the mark must hold no
    /// quotation mark or bracket, not end in a colon, and not end in a cue verb whose object the quotation is ("Obama said
    /// “it gets me mad”"); no other attribution's content or cue may lie in them. On PolNeAR train, 20 spans made exact, 1 unmade.
    /// A quotation resumed after its cue ("But “the port can wait,” Okafor said, “and so can we.”") is read by its first piece
    /// (content42). Null when it does not apply.
    /// </summary>
    internal static int? StartAtSentenceWords(TokenizedDocument doc, Attribution a, IReadOnlyList<Attribution> all)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(all);
        if (a.Type != QuoteType.Direct || a.PartCount == 0 || a.FirstPart.Start != a.Content.Start || a.Cue is not { } cue || cue.Start < a.FirstPart.End)
        {
            return null;
        }

        var t = doc.Tokens;
        var open = doc.IndexAtOrAfter(a.Content.Start);
        if (open >= t.Count || t[open].Span.Start != a.Content.Start || t[open].IsWord)
        {
            return null;
        }

        var first = doc.SentenceStartToken(open);
        var words = 0;
        for (var j = first; j < open; j++)
        {
            if (!t[j].IsWord && t[j].Value.AsSpan().IndexOfAny(Marks) >= 0)
            {
                return null;
            }

            words += t[j].IsWord ? 1 : 0;
        }

        var last = open - 1;
        if (last >= first && t[last].Value == ",")
        {
            last--;
        }

        if (words == 0 || t[open - 1].Value == ":" || last >= first && t[last].IsWord && Lexicon.CueVerbs.ContainsKey(t[last].Lower))
        {
            return null;
        }

        var start = t[first].Span.Start;
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, a)
                && (other.Content.Start < a.Content.Start && other.Content.End > start || other.Cue is { } c && c.Start >= start && c.Start < a.Content.Start))
            {
                return null;
            }
        }

        return start;
    }

    /// <summary>
    /// Where a quotation after its cue that stops inside its sentence ends its content when the sentence's words go on after
    /// it ("Marel said, “We have ten days left” before the count."): at the end of those words, before the sentence's final
    /// stop, as PolNeAR's content takes the words the quotation runs into. The quotation must end with no punctuation before
    /// its closing mark and be followed by a space and a lower-case word; the words after it, ten at most, must hold no
    /// quotation mark, bracket or line break; no other attribution's content or cue may lie in them. A quotation joined over
    /// its cue ("“A,” she said. “B” words.") ends its last piece so when that piece starts a sentence. On PolNeAR train, 13
    /// spans made exact, 2 unmade. Mixed content in one piece after its cue whose quotation ends so ("Okafor called the levy
    /// “a fair deal” for the port workers.") takes the words too, twenty at most: 23 made, 3 unmade, 9 matches won
    /// (docs/quotes.md, "content31"). Null when it does not apply.
    /// </summary>
    internal static int? EndAtSentenceWords(TokenizedDocument doc, Attribution a, IReadOnlyList<Attribution> all)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(all);
        if (a.Type is not (QuoteType.Direct or QuoteType.Mixed) || a.Type == QuoteType.Mixed && a.PartCount != 1
            || a.LastPart.End != a.Content.End || a.Cue is not { } cue || cue.End > a.LastPart.Start)
        {
            return null;
        }

        var text = doc.Document.Text;
        var end = a.Content.End;
        var lastPart = doc.IndexAtOrAfter(a.LastPart.Start);
        if (a.PartCount > 1 && (lastPart >= doc.Tokens.Count || doc.SentenceStartToken(lastPart) != lastPart))
        {
            // A joined piece must be a sentence of its own, not a quotation inside other words.
            return null;
        }

        var markLength = end >= 2 && text[end - 1] == '\'' && text[end - 2] == '\'' ? 2 : 1;
        if (end - markLength - 1 <= a.Content.Start || text[end - 1] is not ('”' or '"' or '\'' or '’' or '»')
            || text[end - markLength - 1] is '.' or ',' or '?' or '!' or ':' or ';' or '…' or '-' or '—' || end + 2 >= text.Length
            || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return null;
        }

        // The words run to the sentence's final stop.
        var t = doc.Tokens;
        var last = doc.SentenceEndToken(doc.IndexAtOrAfter(end - 1)) - 1;
        var stop = t[last].Value is "." or "?" or "!" ? t[last].Span.Start : t[last].Span.End;
        while (stop > end && (char.IsWhiteSpace(text[stop - 1]) || text[stop - 1] == ','))
        {
            stop--;
        }

        var words = text.AsSpan(end, Math.Max(0, stop - end));
        if (stop <= end || words.IndexOfAny(MarksNotApostrophes) >= 0 || words.Contains('\n') || WordCount(words) > (a.Type == QuoteType.Mixed ? 20 : 10)
            || a.Type == QuoteType.Mixed && (words.IndexOfAny(ClauseBreaks) >= 0 || words.Contains(" - ", StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var other in all)
        {
            if (!ReferenceEquals(other, a) && (other.Content.Start < stop && other.Content.End > end || other.Cue is { } c && c.Start >= end && c.Start < stop))
            {
                return null;
            }
        }

        return stop;
    }

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            words += !inWord && char.IsLetterOrDigit(c) ? 1 : 0;
            inWord = char.IsLetterOrDigit(c) || c is '’' or '\'' or '-';
        }

        return words;
    }

    // Characters of quotation marks and brackets: words before a quotation holding one are not plain words of its sentence.
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("“”\"‘’«»„‹›'()[]");

    // Punctuation and white space: a cue of these alone (a headline's colon) holds no word.
    private static readonly System.Buffers.SearchValues<char> NotWords = System.Buffers.SearchValues.Create(" ,:;.—–-\n");

    // The same without the apostrophes, which words hold ("don’t").
    private static readonly System.Buffers.SearchValues<char> MarksNotApostrophes = System.Buffers.SearchValues.Create("“”\"‘«»„‹›()[]");

    // Punctuation that ends a clause inside a sentence: the words after a mixed content's quotation do not run over it.
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(";:—–");

    // The most tokens between a cue and a relative "that" that closes its object (exact61: was 12, with no comma).
    private const int RelativeNounPhraseTokens = 30;

    // Opening quotation marks.
    private static readonly System.Buffers.SearchValues<char> Openers = System.Buffers.SearchValues.Create("“\"‘«„'");

    /// <summary>
    /// Where reported content that starts at a "that" a few words after its cue starts when those words are a noun phrase
    /// the "that" belongs to ("rejected [the idea that the port would close]", "recounted [an exchange that took place in
    /// May]", "cited [no evidence that ...]"): at the noun phrase, which PolNeAR's content holds (the "that" is a relative
    /// pronoun or the noun's complement, not the cue's complementiser). The words between must be one to six words, the first a
    /// determiner (<see cref="Lexicon.Determiners"/>), none a time word ("said this week that"), with no punctuation or
    /// quotation; the cue may not take an addressee (<see cref="Lexicon.AddresseeVerbs"/>: "told the council that" keeps the
    /// addressee out). On PolNeAR train, 45 spans made exact, 6 unmade. When the "that" has no subject of its own (an auxiliary
    /// or a past form after it: a relative pronoun, "said [Okafor ran a campaign in May that led to her win]"), the words may be
    /// any, up to twelve: 9 more made exact, none unmade (docs/quotes.md, "content29"); since exact61 up to 30, commas among
    /// them ("blamed [two things, chiefly the cuts that ended ...]"), and a present verb in "-s" after the "that" reads as
    /// relative too (<see cref="IsPresentVerbAfterThat"/>: "a charity that runs ..."): 5 more made exact, none unmade, 3 matches
    /// more (docs/quotes.md, "exact61"). Null when it does not apply.
    /// </summary>
    internal static int? StartAtNounPhrase(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var that = doc.IndexAtOrAfter(a.Content.Start);
        var first = doc.IndexAtOrAfter(cue.End);
        if (that + 1 >= t.Count || t[that].Lower != "that" || t[that].Span.Start != a.Content.Start || first >= that || that - first > RelativeNounPhraseTokens
            || doc.SentenceOf[first] != doc.SentenceOf[that] || !t[first].IsWord)
        {
            return null;
        }

        // A determiner first and six words at most, or up to twelve words when the "that" has no subject of its own: a relative
        // pronoun before an auxiliary or a past form ("said [Okafor ran a campaign in May that led to her win]").
        var relative = Lexicon.Auxiliaries.Contains(t[that + 1].Lower) || IsPastForm(t[that + 1].Lower) || IsPresentVerbAfterThat(t, that + 1);
        if (!relative && (that - first > 6 || !Lexicon.Determiners.Contains(t[first].Lower)))
        {
            return null;
        }

        // The "that" of a participle of saying is its complementiser ("a statement saying that ..."): the words are the cue's.
        if (NamingParticiples.Contains(t[that - 1].Lower) || StatementParticiples.Contains(t[that - 1].Lower))
        {
            return null;
        }

        for (var j = first; j < that; j++)
        {
            // A relative "that" may close a longer object with commas in it ("blamed [two things, chiefly the budget cuts that
            // ended ...]", exact61); a complement "that" may not.
            if (!t[j].IsWord && !(relative && t[j].Value == ",") || doc.Quoted[j] || Lexicon.TimeWords.Contains(t[j].Lower))
            {
                return null;
            }
        }

        // The cue's last word is its verb ("has rejected", "expressed"); an addressee verb keeps the words out.
        var verb = doc.IndexAtOrAfter(cue.End) - 1;
        return Lexicon.CueVerbs.TryGetValue(t[verb].Lower, out var lemma) && Lexicon.AddresseeVerbs.Contains(lemma) ? null : t[first].Span.Start;
    }

    /// <summary>
    /// Where mixed content after its cue starts when it is a phrase, a comma and a quoted sentence that ends the content
    /// ("told [the mayors in Ohio, “Nobody should doubt our plan for the port.”]", "said on Twitter on Monday, “...”"):
    /// at the quotation's mark, since the phrase is the cue's addressee, medium or setting, which PolNeAR leaves out of the
    /// content. The phrase must hold no quotation mark and not start with "that"; the quotation must open with a capital
    /// letter, hold four words or more and no closing mark before the content's end, which must be its closing mark; the
    /// cue must hold a word (a colon cue of a headline keeps its content). On PolNeAR train, 21 spans made exact, 3 unmade. Null when
    /// it does not apply.
    /// </summary>
    internal static int? StartAtQuotation(string text, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (a.Type != QuoteType.Mixed || a.PartCount != 1 || a.Cue is not { } cue || cue.End > a.Content.Start
            || !text.AsSpan(cue.Start, cue.Length).ContainsAnyExcept(NotWords))
        {
            return null;
        }

        var content = text.AsSpan(a.Content.Start, a.Content.Length);
        var mark = content.IndexOfAny(Openers);
        if (mark < 2 || content[..mark].TrimEnd() is not [.., ','] phrase || phrase.Length < 2)
        {
            return null;
        }

        if (content.StartsWith("that ", StringComparison.OrdinalIgnoreCase) || content[mark] == '\'' && (mark + 1 >= content.Length || content[mark + 1] != '\''))
        {
            return null;
        }

        var quotation = content[mark..].TrimEnd();
        var markLength = quotation.StartsWith("''") ? 2 : 1;
        if (quotation.Length < markLength + 2 || !char.IsUpper(quotation[markLength]) || quotation[^1] is not ('”' or '"' or '\'' or '’' or '»'))
        {
            return null;
        }

        var inner = quotation[markLength..^markLength];
        if (inner.IndexOfAny('”', '»') >= 0 || quotation[0] == '"' && inner.Contains('"'))
        {
            return null;
        }

        return WordCount(inner) >= 4 ? a.Content.Start + mark : null;
    }

    // Participles of verbs of addressing ("was asked", "were told", "was warned"), whose passive subject is who is spoken to, and
    // of feeling or state ("is worried", "was convinced", "is committed"), whose subject is who feels or believes, and "quoted",
    // "reported" ("is quoted as saying"), whose subject speaks: PolNeAR's content is what follows them, without the subject.
    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectOutsideParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["asked", "told", "informed", "warned", "pressed", "questioned", "urged", "advised", "reminded", "invited", "encouraged", "briefed",
         "notified", "promised", "assured", "persuaded", "convinced", "unconvinced", "worried", "concerned", "focused", "startled", "shocked",
         "surprised", "pleased", "disappointed", "excited", "frustrated", "interested", "determined", "committed", "prepared", "reported",
         "quoted", "intended", "confused", "troubled", "satisfied", "alarmed", "angered", "offended", "impressed", "annoyed", "bothered",
         "dismayed", "outraged", "scared", "tired", "used", "engaged", "involved", "opposed", "devoted", "dedicated", "inclined", "obsessed",
         "amazed", "delighted", "thrilled", "saddened", "stunned", "relieved", "inspired", "fascinated", "puzzled", "perplexed", "baffled",
         "unimpressed", "unmoved"], StringComparer.Ordinal);

    // Past participles that do not end in -ed.
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["known", "seen", "said", "held", "thought", "shown", "told", "given", "taken", "made", "written", "found", "drawn", "chosen", "sought",
         "put", "set", "struck", "sworn", "understood", "meant", "heard", "kept", "left", "brought", "caught", "felt", "done", "won", "beaten",
         "hit", "led", "paid", "sent", "spent", "bought", "taught", "read", "cast", "cut", "hurt", "let", "overheard", "proven", "forgotten",
         "forbidden", "shaken", "spoken", "undertaken", "overseen", "outspent", "quit"], StringComparer.Ordinal);

    // Forms of "be" before a passive participle (also CoordinatedReport's test for a passive relative clause).
    internal static readonly System.Collections.Frozen.FrozenSet<string> BeForms = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "am", "isn’t", "wasn’t", "aren’t", "weren’t", "isn't", "wasn't", "aren't", "weren't"],
        StringComparer.Ordinal);

    // Words that may stand between a passive's subject, its "be" and its participle ("has also been", "will likely be", "is not").
    private static readonly System.Collections.Frozen.FrozenSet<string> PassiveBetween = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not", "n’t", "n't", "never", "also",
         "still", "now", "long", "once", "first", "even", "just", "only", "then", "all", "both", "each", "already", "later", "often", "again",
         "yet", "best", "well", "better", "most", "more", "less", "so", "too", "very", "be", "been", "being", "hasn’t", "hasn't", "haven’t",
         "haven't", "won’t", "won't", "wouldn’t", "wouldn't", "can’t", "can't", "couldn’t", "couldn't"], StringComparer.Ordinal);

    // Words that open a subordinate clause: a passive's subject starts after one ("after [Ruiz was named the victor]").
    internal static readonly System.Collections.Frozen.FrozenSet<string> Subordinators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["when", "after", "as", "if", "because", "since", "while", "although", "though", "before", "until", "once", "unless", "whether",
         "whenever", "where"], StringComparer.Ordinal);

    // Relative and interrogative words: a passive's subject starts at one ("[who was charged with fraud]").
    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectRelatives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["who", "which", "that", "whom", "whose", "what"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content after a passive cue starts, and who speaks it, when the cue's subject is what is talked about:
    /// "[Okafor was charged with fraud]", "[The vote is expected to pass]", "[the mayor, who took office in May, is widely
    /// seen as a reformer]", "after [Delgado was declared the winner]", and after a verb of appearance ("[The levy seems
    /// unlikely to pass]"). PolNeAR's content is the subject, cue and complement (the content holds its cue); ours was the
    /// complement alone. The cue's first word past forms of "be", auxiliaries and adverbs is "seem" or "appear", or a past
    /// participle (-ed or <see cref="IrregularParticiples"/>) not of addressing or feeling (<see cref="SubjectOutsideParticiples"/>:
    /// "was asked", "is worried" keep their subject out) with a form of "be" before it. The subject runs back from the "be"
    /// or the verb of appearance (over auxiliaries and adverbs, and over one apposition between commas) to the
    /// sentence's start, a punctuation mark, a subordinator (<see cref="Subordinators"/>) or a cue verb ("said the pier was
    /// expected to ...", <see cref="Lexicon.CueVerbs"/>; not a noun after a determiner, "his comments were derided"), both
    /// left out, a relative word
    /// (<see cref="SubjectRelatives"/>, taken in) or ", and"/", but"/", or"; a first "And", "But", "Or", "So" or "Yet" is left
    /// out, and an expletive or bare pronoun subject ("it is expected that", "there", "this", "that", "what") keeps the content
    /// as it was. A speaker inside the new content (the subject the rules took for one) is none; the agent of a "by" phrase
    /// after the participle, before the content's first comma, is the speaker (<see cref="ByAgent"/>). On PolNeAR train, passives:
    /// 56 spans made exact, 3 unmade, 32 more attributions matched; verbs of appearance: 8 made, none unmade, 1 more matched
    /// (docs/quotes.md, "Contents around the cue (branch passive23)").
    /// Null when it does not apply.
    /// </summary>
    internal static (int Start, Span? Speaker)? StartAtPassiveSubject(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var cueFirst = doc.IndexAtOrAfter(cue.Start);
        var participle = cueFirst;
        while (participle < t.Count && t[participle].Span.Start < cue.End && IsPassiveWord(t[participle]))
        {
            participle++;
        }

        if (participle >= t.Count || t[participle].Span.Start >= cue.End || !t[participle].IsWord)
        {
            return null;
        }

        var word = t[participle].Lower;
        var first = doc.SentenceStartToken(participle);
        var appearance = word is "seem" or "seems" or "seemed" or "appear" or "appears" or "appeared";
        int be;
        if (appearance)
        {
            // "The vote seems close": the verb of appearance stands where the passive's "be" does.
            be = participle;
        }
        else
        {
            if (!(word.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(word)) || SubjectOutsideParticiples.Contains(word))
            {
                return null;
            }

            // The nearest form of "be" before the participle, over auxiliaries and adverbs, in its sentence.
            be = participle - 1;
            while (be >= first && !BeForms.Contains(t[be].Lower) && IsPassiveWord(t[be]))
            {
                be--;
            }

            if (be < first || !BeForms.Contains(t[be].Lower))
            {
                return null;
            }
        }

        // The subject's last token: before the "be" and the auxiliaries before it ("has been", "will be"); over one
        // apposition between commas ("Okafor, 54, was charged").
        var j = be - 1;
        while (j >= first && IsPassiveWord(t[j]))
        {
            j--;
        }

        if (j >= first && t[j].Value == ",")
        {
            j--;
            while (j >= first && t[j].Value is not ("," or ";" or ":" or "—" or "–" or "(" or ")"))
            {
                j--;
            }

            if (j < first || t[j].Value != ",")
            {
                return null;
            }

            j--;
        }

        var subjectEnd = j;
        var start = first;
        for (; j >= first; j--)
        {
            var token = t[j];
            if (!token.IsWord)
            {
                if (token.Value is "," or ";" or ":" or "—" or "–" or "-" or "(" or ")" or "[" or "]" or "\"" or "“" or "”" or "‘")
                {
                    start = j + 1;
                    break;
                }

                continue;
            }

            if (Subordinators.Contains(token.Lower)
                || Lexicon.CueVerbs.ContainsKey(token.Lower) && !(j > first && Lexicon.Determiners.Contains(t[j - 1].Lower)))
            {
                start = j + 1;
                break;
            }

            if (SubjectRelatives.Contains(token.Lower))
            {
                start = j;
                break;
            }

            if (token.Lower is "and" or "but" or "or" && j > first && t[j - 1].Value == ",")
            {
                start = j + 1;
                break;
            }
        }

        if (start == first && start < subjectEnd && t[start].Lower is "and" or "but" or "or" or "so" or "yet")
        {
            start++;
        }

        if (start > subjectEnd || start == subjectEnd && t[start].Lower is "it" or "there" or "this" or "that" or "what")
        {
            return null;
        }

        var contentStart = t[start].Span.Start;
        var speaker = a.Speaker is { } s && s.Start >= contentStart && s.Start < t[be].Span.Start ? null : a.Speaker;
        return (contentStart, (appearance ? null : ByAgent(doc, participle, a.Content.End)) ?? speaker);
    }

    // Whether a word may stand in a passive between its subject and its participle: a form of "be", an auxiliary or an adverb.
    private static bool IsPassiveWord(Token token) =>
        token.IsWord && (BeForms.Contains(token.Lower) || PassiveBetween.Contains(token.Lower) || Lexicon.Adverbs.Contains(token.Lower)
                         || Lexicon.EndsLikeAnAdverb(token.Lower));

    /// <summary>
    /// The agent of a "by" phrase after a passive participle and before the content's first comma ("was criticized by two
    /// rivals", "was recommended to the mayor by an old friend"): from the word after "by" to the first punctuation mark,
    /// preposition (other than "of" and "and"), relative word, adverb or "and" before an -ing word, eight words at most, inside
    /// the content. Not "by" before a number or an -ing word ("by 2030", "by cutting taxes"). Null when there is none.
    /// </summary>
    private static Span? ByAgent(TokenizedDocument doc, int participle, int contentEnd)
    {
        var t = doc.Tokens;
        var by = participle + 1;
        while (by + 1 < t.Count && t[by + 1].Span.End <= contentEnd && t[by].Value != "," && t[by].Lower != "by")
        {
            by++;
        }

        if (by + 1 >= t.Count || t[by].Lower != "by" || !t[by + 1].IsWord || t[by + 1].Span.End > contentEnd || doc.Quoted[by]
            || char.IsDigit(t[by + 1].Value[0]) || t[by + 1].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        var last = by + 1;
        while (last + 1 < t.Count && last - by < 8 && t[last + 1].IsWord && t[last + 1].Span.End <= contentEnd
               && !(Lexicon.Prepositions.Contains(t[last + 1].Lower) && t[last + 1].Lower is not ("of" or "and")) && !SubjectRelatives.Contains(t[last + 1].Lower)
               && !Lexicon.Adverbs.Contains(t[last + 1].Lower) && !Lexicon.EndsLikeAnAdverb(t[last + 1].Lower)
               && !(t[last + 1].Lower == "and" && last + 2 < t.Count && t[last + 2].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            last++;
        }

        return new Span(t[by + 1].Span.Start, t[last].Span.End);
    }

    private static int? Earliest(int? a, int? b, int? c) => Earlier(Earlier(a, b), c);

    private static int? Earlier(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    // The words of a time phrase (Lexicon.TimeWords) that name a time rather than say how often: one must be in the phrase.
    private static readonly System.Collections.Frozen.FrozenSet<string> TimeNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "week", "month",
         "year", "morning", "afternoon", "evening", "night"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content that starts with a time phrase right after its cue starts without it: "said Tuesday his actions
    /// are ...", "says today she's a bit nearer ...", "announced on Monday, the lawsuit ..." (PolNeAR's content starts after
    /// the phrase; the rules already skip it before "that", the cue tagger's content did not). The phrase is a run of
    /// <see cref="Lexicon.TimeWords"/> holding a day or a time noun ("last week", "Friday morning"; "on" before a day), up to a
    /// comma; it must be followed by a space and two words or more ("this week's vote" keeps its words). On PolNeAR train,
    /// 20 spans made exact and 2 unmade. Null when it does not apply.
    /// </summary>
    internal static int? StartAfterTimePhrase(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var j = doc.IndexAtOrAfter(a.Content.Start);
        if (j + 1 < t.Count && t[j].Lower == "on" && TimeNouns.Contains(t[j + 1].Lower))
        {
            j++;
        }

        var noun = false;
        var first = j;
        while (j < t.Count && t[j].Span.End <= a.Content.End && t[j].IsWord && Lexicon.TimeWords.Contains(t[j].Lower))
        {
            noun |= TimeNouns.Contains(t[j].Lower);
            j++;
            if (j < t.Count && t[j].Value == ",")
            {
                j++;
                break;
            }
        }

        if (!noun || j == first || j >= t.Count || t[j].Span.Start == t[j - 1].Span.End || !t[j].IsWord && t[j].Value is not ("“" or "\"" or "‘"))
        {
            return null;
        }

        var words = 0;
        for (var k = j; k < t.Count && t[k].Span.End <= a.Content.End && words < 2; k++)
        {
            words += t[k].IsWord ? 1 : 0;
        }

        return words >= 2 ? t[j].Span.Start : null;
    }

    /// <summary>
    /// Where indirect content (reported speech with no quotation mark) that runs over a line break ends: before the break and
    /// the ";", ",", ":" or white space before it. A headline and its subheading ("Ryan calls the remark racist, but backs him;
    /// ¶ Criticism within party ...") or a paragraph and the next line are not one reported clause. The part before the
    /// break must have two words or more. On PolNeAR train, 21 spans made exact and 2 unmade; a mixed statement keeps its
    /// quotation across paragraphs (5 unmade, none made). Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeLineBreak(string text, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (a.Type != QuoteType.Indirect || a.PartCount != 1)
        {
            return null;
        }

        var content = text.AsSpan(a.Content.Start, a.Content.Length);
        var end = content.IndexOf('\n');
        if (end < 0)
        {
            return null;
        }

        while (end > 0 && (char.IsWhiteSpace(content[end - 1]) || content[end - 1] is ';' or ',' or ':'))
        {
            end--;
        }

        var words = 0;
        var inWord = false;
        foreach (var c in content[..end])
        {
            words += !inWord && !char.IsWhiteSpace(c) ? 1 : 0;
            inWord = !char.IsWhiteSpace(c);
        }

        return words >= 2 ? a.Content.Start + end : null;
    }

    /// <summary>Where reported content that ends with a closing parenthesis (and a full stop, "!" or "?" before it) it never opened ends without them; null otherwise.</summary>
    internal static int? EndBeforeParenthesis(string text, Attribution a)
    {
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.PartCount != 1)
        {
            return null;
        }

        var end = a.Content.End;
        while (end > a.Content.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= a.Content.Start || text[end - 1] != ')' || text.AsSpan(a.Content.Start, end - a.Content.Start).Contains('('))
        {
            return null;
        }

        end--;
        if (end > a.Content.Start && text[end - 1] is '.' or '!' or '?')
        {
            end--;
        }

        return end - a.Content.Start > 10 ? end : null;
    }

    // Words of contrast after a comma that end the object of a cue that does not report speech ("endorsed Clinton, but ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> Contrast = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["but", "while", "though", "although", "even"], StringComparer.Ordinal);

    // First words of a clause: content that starts with one reports a clause ("said that ...", "believes he ...", "asked
    // whether ..."), whose commas PolNeAR does not take as its end.
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseStarts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "what", "whether", "how", "why", "who",
         "when", "if", "where", "which"], StringComparer.Ordinal);

    /// <summary>
    /// Where the reported content of a cue that is not a verb of saying ends when it holds a comma followed by a word of
    /// contrast: "Okafor praised [the new budget], but critics called it a gimmick", "The union backed [the strike], while
    /// the teachers stayed home" (PolNeAR's content is the cue's object). The content must start after its cue and not with
    /// the first word of a clause, and the comma must be its first outside quotation marks; the cue must hold no verb whose
    /// content is a clause (<see cref="Lexicon.NoParticleVerbs"/>, <see cref="Lexicon.ThatOnlyVerbs"/>: "said", "told",
    /// "wrote", "asked") and not be "according to". On PolNeAR train, 60 spans made exact, 12 unmade, 77 moved; the same cut after
    /// verbs of saying, or at a comma before any word, unmade as many as it made (docs/quotes.md, "Content spans (branch spans16)").
    /// Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeContrast(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        if (CueReportsSpeech(doc, cue))
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (first >= t.Count || !t[first].IsWord || ClauseStarts.Contains(t[first].Lower))
        {
            return null;
        }

        for (var j = first + 1; j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (t[j].Value == "," && !doc.Quoted[j])
            {
                return Contrast.Contains(t[j + 1].Lower) ? t[j].Span.Start : null;
            }
        }

        return null;
    }

    // Whether a cue holds a verb whose content is a clause (Lexicon.NoParticleVerbs, Lexicon.ThatOnlyVerbs: "said", "told",
    // "wrote", "asked") or is "according to": the contents of such cues run on past a comma or a semicolon as a clause does.
    // Each form's answer is kept on the article's word table (0: not asked yet, 1: no, 2: yes), since six edges ask it of a
    // statement's cue, a dictionary look-up per cue word each time (speed92after).
    private static bool CueReportsSpeech(TokenizedDocument doc, Span cue)
    {
        var t = doc.Tokens;
        var words = doc.Words;
        var speech = words.SpeechCues ??= new byte[words.Count];
        var formOf = words.FormOf;
        for (var j = doc.IndexAtOrAfter(cue.Start); j < t.Count && t[j].Span.Start < cue.End; j++)
        {
            ref var known = ref speech[formOf[j]];
            if (known == 0)
            {
                known = ReportsSpeech(t[j].Lower) ? (byte)2 : (byte)1;
            }

            if (known == 2)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a cue's word (its lower case) is "according" or a verb whose content is a clause (see CueReportsSpeech).
    private static bool ReportsSpeech(string lower) =>
        lower == "according" || Lexicon.CueVerbs.TryGetValue(lower, out var lemma) && (Lexicon.NoParticleVerbs.Contains(lemma) || Lexicon.ThatOnlyVerbs.Contains(lemma));

    /// <summary>
    /// Where the reported content of a cue that is not a verb of saying ends when it runs on past a semicolon: "Delgado
    /// called for [a new harbour levy]; the port workers want a strike", "The board suggested [closing the mill early]; it
    /// clashed with the union over pay" (PolNeAR's content is the cue's object; the cue tagger's ran to the sentence's end).
    /// The semicolon must be the content's only one outside quotation marks (semicolons in a list: "backed X; Y; and Z" keep
    /// the list), not followed by "and" or "or", with two words or more before it; the cue may hold no verb of saying (as in
    /// <see cref="EndBeforeContrast"/>). On PolNeAR train, 19 spans made exact and 4 unmade, 2 matches lost; with verbs of
    /// saying too, 24 and 8, 6 lost; with lists too, 27 and 11, 8 lost (docs/quotes.md, "Content spans (branch spans17)").
    /// Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeSemicolon(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue
            || CueReportsSpeech(doc, cue))
        {
            return null;
        }

        var t = doc.Tokens;
        int? semicolon = null;
        var words = 0;
        for (var j = doc.IndexAtOrAfter(a.Content.Start); j < t.Count && t[j].Span.End <= a.Content.End; j++)
        {
            if (t[j].Value == ";" && !doc.Quoted[j])
            {
                if (semicolon is not null || words < 2 || j + 1 < t.Count && t[j + 1].Lower is "and" or "or")
                {
                    return null;
                }

                semicolon = j;
            }

            words += semicolon is null && t[j].IsWord ? 1 : 0;
        }

        return semicolon is { } k ? t[k].Span.Start : null;
    }

    /// <summary>
    /// Where reported content starts when it holds a leading phrase, its speaker and its cue, as a parenthetical attribution's
    /// hull does ("In interviews, Okafor cited [three reasons for the low turnout], including ...", "Later in the broadcast,
    /// Delgado praised [the harbour workers]"): after the cue, as PolNeAR's content is the cue's object. The rules read such
    /// a sentence as "CONTENT, SPEAKER CUE [a short phrase], CONTENT" when the cue's object is six words or fewer before a
    /// comma. The content must run from a leading phrase that ends in a comma and holds no quotation, through the speaker
    /// (no comma between it and the cue), to words after the cue; the first of them may not be a preposition, a subordinator or
    /// a time word ("he observed this week, without ...": a parenthetical), nor the cue an addressing verb with a comma within
    /// three words ("Trump told CNN, his policy ..."); content that starts with a relative word keeps its start (<see
    /// cref="RelativeClauseContent"/>). On PolNeAR train, 24 spans made exact, 1 unmade, no match lost. Null when it does not apply.
    /// </summary>
    internal static int? StartAfterLeadingPhrase(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.Cue is not { } cue || a.Speaker is not { } speaker
            || !(a.Content.Start < speaker.Start && speaker.End <= cue.Start && cue.End < a.Content.End))
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        var speakerFirst = doc.IndexAtOrAfter(speaker.Start);
        if (first >= speakerFirst || SubjectRelatives.Contains(t[first].Lower) || t[speakerFirst - 1].Value != ",")
        {
            return null;
        }

        for (var j = first; j < speakerFirst; j++)
        {
            if (doc.Quoted[j] || !t[j].IsWord && t[j].Value.AsSpan().IndexOfAny(Marks) >= 0)
            {
                return null;
            }
        }

        var cueFirst = doc.IndexAtOrAfter(cue.Start);
        for (var j = speakerFirst; j < cueFirst; j++)
        {
            if (t[j].Value == ",")
            {
                return null;
            }
        }

        var next = doc.IndexAtOrAfter(cue.End);
        if (next >= t.Count || !t[next].IsWord || t[next].Span.Start != cue.End + 1 || t[next].Span.End > a.Content.End
            || Lexicon.Prepositions.Contains(t[next].Lower) || Subordinators.Contains(t[next].Lower) || Lexicon.TimeWords.Contains(t[next].Lower))
        {
            return null;
        }

        if (AddressesSomeone(doc, cue))
        {
            for (var j = next; j < next + 3 && j < t.Count && t[j].Span.End <= a.Content.End; j++)
            {
                if (t[j].Value == ",")
                {
                    return null;
                }
            }
        }

        // A true parenthetical: the lead is the subject of a verb after the aside's closing comma ("The trouble, Okafor said
        // later, was that ..."); the content is the whole sentence.
        for (var j = next; j < next + 7 && j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (t[j].Value == ",")
            {
                if (FiniteVerbs.Contains(t[j + 1].Lower))
                {
                    return null;
                }

                break;
            }
        }

        return t[next].Span.Start;
    }

    // Finite verbs and auxiliaries that continue a subject after a parenthetical ("The trouble, she said then, [was] that ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> FiniteVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "will", "would", "could", "can", "should", "may", "might", "must", "has", "have", "had", "does",
         "did", "isn’t", "wasn’t", "won’t", "isn't", "wasn't", "won't", "remains", "remained"], StringComparer.Ordinal);

    // Words that open an adverbial phrase or clause after a cue of saying ("said [while] visiting the port", "said [during] a visit").
    private static readonly System.Collections.Frozen.FrozenSet<string> AdverbialStarts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["while", "when", "after", "before", "during", "in", "on", "at", "following", "amid"], StringComparer.Ordinal);

    /// <summary>
    /// The content of a cue of saying whose words after it are an adverbial phrase or clause that ends the sentence, after
    /// a clause, a comma and the speaker: "The pier will close in May, Okafor said [during a visit to the port]." PolNeAR's
    /// content is the clause before the speaker ("[The pier will close in May], Okafor said ..."). The cue must report speech
    /// (<see cref="CueReportsSpeech"/>), its speaker stand right before it after a comma (no punctuation between them), the
    /// content start with an adverbial word (<see cref="AdverbialStarts"/>) and end before the sentence's closing mark; the
    /// clause before the comma runs from the sentence's first word, holds three words or more and no quotation, and no other
    /// attribution's content or cue lies in it. On PolNeAR train, 1 span made exact, none unmade, one match more (the shape is
    /// rare in the rules' output: docs/quotes.md, "content27"). Null when it does not apply.
    /// </summary>
    internal static Span? BeforeSpeaker(TokenizedDocument doc, Attribution a, IReadOnlyList<Attribution> all)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(all);
        if (ReportedAfterCue(a) is not { } cue || a.Speaker is not { } speaker || speaker.End > cue.Start || !CueReportsSpeech(doc, cue))
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        var after = doc.IndexAtOrAfter(a.Content.End);
        if (first >= t.Count || !AdverbialStarts.Contains(t[first].Lower) || after >= t.Count || t[after].Value is not ("." or "!" or "?"))
        {
            return null;
        }

        var speakerFirst = doc.IndexAtOrAfter(speaker.Start);
        var comma = speakerFirst - 1;
        var sentenceFirst = doc.SentenceStartToken(speakerFirst);
        if (comma - sentenceFirst < 3 || t[comma].Value != "," || doc.SentenceStartToken(after) != sentenceFirst)
        {
            return null;
        }

        for (var j = speakerFirst; j < doc.IndexAtOrAfter(cue.Start); j++)
        {
            if (!t[j].IsWord)
            {
                return null;
            }
        }

        var words = 0;
        for (var j = sentenceFirst; j < comma; j++)
        {
            if (doc.Quoted[j] || !t[j].IsWord && t[j].Value.AsSpan().IndexOfAny(Marks) >= 0)
            {
                return null;
            }

            words += t[j].IsWord ? 1 : 0;
        }

        var content = new Span(t[sentenceFirst].Span.Start, t[comma - 1].Span.End);
        foreach (var other in all)
        {
            if (!ReferenceEquals(other, a)
                && (other.Content.Start < content.End && other.Content.End > content.Start || other.Cue is { } c && c.Start < content.End && c.End > content.Start))
            {
                return null;
            }
        }

        return words >= 3 ? content : null;
    }

    // Whether a cue holds a verb that takes an addressee (Lexicon.AddresseeVerbs: "told", "warned", "assured").
    private static bool AddressesSomeone(TokenizedDocument doc, Span cue)
    {
        var t = doc.Tokens;
        for (var j = doc.IndexAtOrAfter(cue.Start); j < t.Count && t[j].Span.Start < cue.End; j++)
        {
            if (Lexicon.CueVerbs.TryGetValue(t[j].Lower, out var lemma) && Lexicon.AddresseeVerbs.Contains(lemma))
            {
                return true;
            }
        }

        return false;
    }

    // Words that open the question or request after "asked": "asked whether ...", "asked to resign", "asked about the levy".
    private static readonly System.Collections.Frozen.FrozenSet<string> QuestionStarts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["whether", "if", "why", "how", "what", "who", "when", "where", "which", "to", "about"], StringComparer.Ordinal);

    /// <summary>
    /// Where the content of "asked" starts when a phrase stands between the cue and the question ("Asked by reporters [whether
    /// the pier would open]", "When asked during the debate [why she voted no]", "was asked on the radio [about the levy]"): at
    /// the question's first word (<see cref="QuestionStarts"/>), as PolNeAR leaves the asker, the time and the place out. The
    /// content must start with "by", "during", "at", "in" or "on", and the question word come within eight words with only
    /// words before it. On PolNeAR train, 11 spans made exact, none unmade. Null when it does not apply.
    /// </summary>
    internal static int? StartAtQuestion(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var last = doc.IndexAtOrAfter(cue.End) - 1;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (last < 0 || t[last].Lower != "asked" || first >= t.Count || t[first].Lower is not ("by" or "during" or "at" or "in" or "on"))
        {
            return null;
        }

        for (var j = first + 1; j < first + 9 && j < t.Count && t[j].Span.End <= a.Content.End; j++)
        {
            if (!t[j].IsWord)
            {
                return null;
            }

            if (QuestionStarts.Contains(t[j].Lower))
            {
                return t[j].Span.Start;
            }
        }

        return null;
    }
}
