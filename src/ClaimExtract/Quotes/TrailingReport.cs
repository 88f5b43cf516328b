using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Attributions that trail their content, in forms the rules before the models do not read (docs/quotes.md, "port47"; first
/// measured inside <see cref="AttributionFinder"/> on branch recall47, whose attributions the cue tagger trains on, so moved here,
/// after the models):
/// <list type="bullet">
/// <item>a bare singular person noun as the speaker at the sentence's end, as a headline's deck writes it: "[Rates will rise],
/// analyst says.", "[...], former rival says." (up to two modifiers, no determiner);</item>
/// <item>"according to" after a dash that closes an aside ("[... — including X —] according to the data"), after a quoted
/// phrase whose comma stands inside its closing mark ([promising "a full audit,"] according to ...), or after a word, with no
/// comma ("[Ruiz leads by 12 seats] according to a tally by ..."; not "according to plan");</item>
/// <item>"[That]’s according to SOURCE.", where PolNeAR's content is the pronoun alone and the source runs to the sentence's end;</item>
/// <item>records or counts that show a finding, after a comma at the sentence's end or before a comma: "[The jet was insured for $3
/// million], flight records show." (docs/quotes.md, "recall50").</item>
/// </list>
/// A content starts at its sentence's start or at the last line break before it in the sentence (a headline and its deck joined by
/// "; \n"). Each is added only where no statement's content or cue touches its content, cue or source, and none inside quotation
/// marks. <see cref="Relined"/> moves a trailing statement's content that ends before a line break onto the cue's line. Runs after
/// <see cref="NamingReport"/>.
/// </summary>
internal static partial class TrailingReport
{
    /// <summary>The fewest words of a content (but for the pronoun of "That's according to").</summary>
    public const int MinimumWords = 3;

    /// <summary>The most tokens of an "according to" source that ends at a comma or the sentence's end (12 until recall54: "the Vexo Institute for Rural Land and Water Studies at Delmar State College" has 13).</summary>
    public const int MaxSourceTokens = 16;

    // Person nouns of the lexicon that name a rank or a part rather than a person on their own ("vice", "chief"), or a thing ("star",
    // "source": "..., source says" is a headline's anonymous source, which PolNeAR rarely marks as a bare noun).
    private static readonly FrozenSet<string> NotBare = FrozenSet.ToFrozenSet(
        ["vice", "executive", "chief", "head", "general", "star", "source"], StringComparer.Ordinal);

    // Person nouns that the lexicon of the rules lacks (the lexicon feeds the trainers, so it stays as it is): "former rival says".
    private static readonly FrozenSet<string> MorePersonNouns = FrozenSet.ToFrozenSet(
        ["rival", "critic", "opponent", "ally", "supporter", "insider", "observer"],
        StringComparer.Ordinal);

    // The verbs of a bare speaker's cue: a headline's deck says, writes or warns.
    internal static readonly FrozenSet<string> BareCueLemmas = FrozenSet.ToFrozenSet(
        ["say", "write", "warn", "argue", "claim", "predict", "tell", "insist", "note"], StringComparer.Ordinal);

    // The verbs of a speaker's phrase after the content (recall54): "..., the admiral said.", "..., officials told POLITICO.",
    // "..., the University of Michigan reported.".
    internal static readonly FrozenSet<string> PhraseCueLemmas = FrozenSet.ToFrozenSet(["say", "tell", "write", "report", "add", "note"], StringComparer.Ordinal);

    // Sources of "according to" with no comma before it that name no source: "according to plan", "according to schedule".
    private static readonly FrozenSet<string> NotSources = FrozenSet.ToFrozenSet(
        ["plan", "plans", "schedule", "script", "form", "law", "rules", "tradition", "custom", "design", "need", "size", "age", "whether", "how", "what"],
        StringComparer.Ordinal);

    /// <summary>The attributions with the trailing statements added (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        Relined(doc, attributions);
        List<Attribution>? added = null;
        // Only the tokens of the forms CueForms would mark (TriggerTokens).
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Trailing))
        {
            if (k < 1 || doc.Quoted[k] || Find(doc, k) is not { } found
                || added is not null && StanceReport.Touches(added, found.Touched))
            {
                continue;
            }

            if (StanceReport.Touches(attributions, found.Touched))
            {
                // recall86: a statement nested in the trailing report's content whose own content runs on over the report's words
                // ("[The mayor discussed [how the ferry would run], the Ledger reported]") gives them up: its content ends where the trailing
                // report's content ends, and the trailing report is added beside it.
                if (NestedSpills(doc, attributions, found) is not { } spills)
                {
                    continue;
                }

                foreach (var i in spills)
                {
                    var trimmed = new Span(attributions[i].Content.Start, found.Attribution.Content.End);
                    attributions[i] = attributions[i] with { Content = trimmed, Parts = [trimmed] };
                }
            }

            added ??= [];
            added.Add(found.Attribution);
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>
    /// The indices of the statements that touch <paramref name="found"/>'s stretch when each of them is nested in its content and runs
    /// on over its speaker and cue (recall86): one part, its cue inside the trailing report's content, its content starting there and
    /// ending at or after the trailing cue, its speaker (if any) outside the trailing report's speaker and cue, and at least <see cref="MinimumWords"/> words left to it. Null when any touching
    /// statement is not of that form.
    /// </summary>
    internal static List<int>? NestedSpills(TokenizedDocument doc, List<Attribution> attributions, (Attribution Attribution, Span Touched) found)
    {
        var outer = found.Attribution;
        if (outer.Cue is not { } outerCue)
        {
            return null;
        }

        var tag = new Span(outer.Content.End, outerCue.End);
        List<int>? spills = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (!a.Content.Overlaps(found.Touched) && !(a.Cue is { } c0 && c0.Overlaps(found.Touched)))
            {
                continue;
            }

            if (a.Parts.Count != 1 || a.Cue is not { } cue || cue.Start < outer.Content.Start || cue.End > outer.Content.End
                || a.Content.Start < outer.Content.Start || a.Content.Start >= outer.Content.End
                || a.Content.End < outerCue.End || a.Speaker is { } sp && sp.Overlaps(tag)
                || PollReport.Words(doc.Tokens, doc.IndexAtOrAfter(a.Content.Start), doc.IndexAtOrAfter(outer.Content.End) - 1) < MinimumWords)
            {
                return null;
            }

            spills ??= [];
            spills.Add(i);
        }

        return spills;
    }

    /// <summary>
    /// A statement "CONTENT, SPEAKER CUE." whose content ends before a line break that the speaker follows in the same sentence (the
    /// edges cut "Title; \nRates will rise, analysts say." to the title) takes the words of the speaker's line before the comma instead,
    /// where no other statement touches them.
    /// </summary>
    internal static void Relined(TokenizedDocument doc, List<Attribution> attributions)
    {
        var t = doc.Tokens;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Speaker is not { } speaker || a.Cue is not { } cue || speaker.Start < a.Content.End || cue.Start < speaker.End)
            {
                continue;
            }

            var s = doc.IndexAtOrAfter(speaker.Start);
            var last = doc.IndexAtOrAfter(a.Content.End) - 1;
            if (s >= t.Count || last < 0 || s - 1 <= last || t[s - 1].Value != "," || doc.SentenceOf[last] != doc.SentenceOf[s])
            {
                continue;
            }

            var first = ContentStart(doc, doc.SentenceStartToken(s), s - 1);
            if (first <= last || PollReport.Words(t, first, s - 2) < MinimumWords)
            {
                continue;
            }

            var content = new Span(t[first].Span.Start, t[s - 2].Span.End);
            if (!StanceReport.Touches(attributions, content, a))
            {
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }
    }

    // Verbs by which a record or a count shows a finding ("..., records show.").
    internal static readonly FrozenSet<string> ShowingVerbs = FrozenSet.ToFrozenSet(
        ["show", "shows", "showed", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "found", "finds"], StringComparer.Ordinal);

    // The lower cases of the words Find opens on: "according", the verbs of showing and the forms of the bare speaker's cue verbs
    // (all ASCII). Declared after ShowingVerbs, which it reads when the class is initialised.
    internal static readonly WordTable.HashFilter CueWords = new(
        ["according", .. ShowingVerbs, .. Lexicon.CueVerbs.Where(v => BareCueLemmas.Contains(v.Value) || PhraseCueLemmas.Contains(v.Value)).Select(v => v.Key.ToLowerInvariant())]);

    /// <summary>
    /// Per form of the article, whether <see cref="Find"/> can open on it: its lower case is "according" or a verb of showing, or it is a form of a bare
    /// speaker's cue verb (<see cref="Lexicon.CueVerbs"/> ignores case). Asked once per form, and only of the forms whose lower case's
    /// hash <see cref="CueWords"/> may hold, or that are not ASCII (the dictionary's ignoring of case maps some other letters to
    /// ASCII ones, "ı" to "I", which the lower case does not); Find asks the same of the token, so where this is false it finds nothing.
    /// </summary>
    internal static bool[] CueForms(WordTable words)
    {
        var cues = new bool[words.Count];
        for (var f = 0; f < cues.Length; f++)
        {
            cues[f] = (CueWords.MayHold(words.LowerHash(f)) || !words.IsAscii(f)) && IsCueForm(words, f);
        }

        return cues;
    }

    /// <summary>
    /// Whether form <paramref name="f"/> can open <see cref="Find"/>, asked only of a form whose lower case's hash <see cref="CueWords"/>
    /// may hold or that is not ASCII (see <see cref="CueForms"/>).
    /// </summary>
    internal static bool IsCueForm(WordTable words, int f) =>
        words.Lowers[f] == "according" || ShowingVerbs.Contains(words.Lowers[f])
        || Lexicon.CueVerbs.TryGetValue(words.Values[f], out var lemma) && (BareCueLemmas.Contains(lemma) || PhraseCueLemmas.Contains(lemma));

    /// <summary>The trailing attribution whose cue starts at token <paramref name="k"/>, with the stretch it takes; null when no form fits.</summary>
    internal static (Attribution Attribution, Span Touched)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        if (t[k].Lower == "according")
        {
            return k + 2 < t.Count && t[k + 1].Lower == "to" ? AccordingTo(doc, k) : null;
        }

        if (ShowingVerbs.Contains(t[k].Lower))
        {
            return RecordsShow(doc, k);
        }

        if (!t[k].IsWord || !Lexicon.CueVerbs.TryGetValue(t[k].Value, out var lemma))
        {
            return null;
        }

        return (BareCueLemmas.Contains(lemma) ? BareSpeaker(doc, k) : null) ?? (PhraseCueLemmas.Contains(lemma) ? PhraseSpeaker(doc, k) : null);
    }

    /// <summary>The most tokens of a speaker's phrase between the comma and its verb ("Algerian foreign ministry spokesman Ana Ruiz").</summary>
    public const int MaxPhraseTokens = 8;

    /// <summary>The most tokens of the addressee of "told" at the sentence's end ("told the Washington Examiner").</summary>
    public const int MaxAddresseeTokens = 4;

    // Words of time that may follow the verb before the sentence's end ("said Thursday", "told reporters earlier this week").
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["on", "last", "this", "earlier", "later", "week", "month", "year", "morning", "afternoon", "evening", "night", "yesterday", "today",
         "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        StringComparer.Ordinal);

    // Words that make the phrase before the verb a clause rather than a speaker ("..., as leaders have taken to say", "..., which writes").
    private static readonly FrozenSet<string> NotInPhrase = FrozenSet.ToFrozenSet(
        ["who", "which", "that", "what", "when", "where", "as", "if", "because", "while", "to", "it", "you", "we", "i", "not", "never"],
        StringComparer.Ordinal);

    // "CONTENT, [the] SPEAKER said|told ADDRESSEE|wrote [TIME]." (recall54): a speaker's phrase of words between a comma and a verb of
    // saying at the sentence's end, its last word a name, a person noun, a noun of people or "he" / "she" / "they"; no auxiliary,
    // cue verb or clause word in it. The rules read this form before the models, and the verifier drops some (docs/quotes.md, "recall54").
    // trail55: a common noun that no lexicon lists ends the phrase too when a determiner, a possessive pronoun, a possessive "X’s" or an
    // age opens it ("..., the admiral said.", "..., a spokeswoman for the airline said.", "..., the 45-year-old said."): neither the
    // rules nor the cue tagger read these, and a reader needs no lexicon to.
    private static (Attribution, Span)? PhraseSpeaker(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        var end = doc.SentenceEndToken(k);
        var after = k + 1;
        if (t[k].Lower is "told" or "tells")
        {
            while (after < end && after <= k + MaxAddresseeTokens && t[after].IsWord && !doc.Quoted[after] && !TimeWords.Contains(t[after].Lower)
                   && (t[after].IsCapitalized || t[after].Lower is "reporters" or "the"))
            {
                after++;
            }

            if (after == k + 1)
            {
                return null;
            }
        }

        while (after < end && t[after].IsWord && TimeWords.Contains(t[after].Lower))
        {
            after++;
        }

        if (after < end && !(after + 1 == end && t[after].Value is "." or "!") || k - 1 <= start)
        {
            return null;
        }

        // recall55: a party-state tag after a name ("Sen. Ben Vale (R-Vt.) told the Ledger"): the phrase ends before it.
        var verb = k;
        k = PartyTagStart(doc, k, start) ?? k;
        var head = t[k - 1];
        if (!head.IsWord || doc.Quoted[k - 1] || k != verb && !head.IsCapitalized
            || !(IsCommonNoun(head)
                 || head.IsCapitalized && !Lexicon.NotNames.Contains(head.Lower) && !Speakers.EntityIndex.EndsPossessive(head.Value)
                 || Lexicon.PersonNouns.Contains(head.Lower) || Lexicon.IsGroupNoun(head.Lower) || head.Lower is "he" or "she" or "they"
                 || head.Lower is "him" or "her" or "them" && k - 2 > start && t[k - 2].Lower is "to" or "with"))
        {
            return null;
        }

        var comma = k - 1;
        while (comma > start && k - comma <= MaxPhraseTokens && !doc.Quoted[comma]
               && (t[comma].IsWord && (!NotInPhrase.Contains(t[comma].Lower) || t[comma].Lower == "to" && t[comma - 1].Lower == "close") && !Lexicon.Auxiliaries.Contains(t[comma].Lower) && !Lexicon.CueVerbs.ContainsKey(t[comma].Value)
                   || t[comma].Value is "’s" or "'s" or "-"))
        {
            comma--;
        }

        // recall87: a partial quotation that closes over its comma ("... faces a “long winter,” the Ledger reported."): the content is the
        // whole clause up to the closing mark, as gold writes it; a sentence that is one direct quotation is left to the quotation rules.
        var quotedComma = comma > start + 1 && IsQuoteMark(t[comma]) && t[comma - 1].Value == "," && PartialQuote(doc, start, comma);
        if (!quotedComma && (comma <= start || t[comma].Value != "," || doc.Quoted[comma - 1] || IsQuoteMark(t[comma - 1]))
            || IsCommonNoun(head) && !Named(head) && !OpensANounPhrase(t, comma + 1, k - 1))
        {
            return null;
        }

        var first = ContentStart(doc, start, comma);
        if (PollReport.Words(t, first, comma - 1) < MinimumWords || !t[first].IsWord)
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, t[quotedComma ? comma : comma - 1].Span.End);
        var speaker = new Span(t[comma + 1].Span.Start, t[k - 1].Span.End);
        return (new Attribution(content, QuoteType.Indirect, t[verb].Span, t[verb].Lower, speaker, null), new Span(content.Start, t[verb].Span.End));
    }

    // recall87: whether the quotation that closes at token `close` (after its comma) opens inside the sentence after words of the
    // clause, not at the sentence's start, not after a colon or a sentence's end, with no verb of saying before it in the sentence
    // ("added, “...,”"; only forms that are no nouns: "a note card" is no verb).
    private static readonly FrozenSet<string> SayingForms = FrozenSet.ToFrozenSet(
        ["say", "says", "said", "tell", "tells", "told", "wrote", "writes", "added"], StringComparer.Ordinal);

    private static bool PartialQuote(TokenizedDocument doc, int start, int close)
    {
        var t = doc.Tokens;
        var open = close - 2;
        while (open > start && !IsOpeningQuote(t[open]))
        {
            if (IsQuoteMark(t[open]) && t[open].Value is "”")
            {
                return false;
            }

            open--;
        }

        if (open <= start || !IsOpeningQuote(t[open]) || open + 1 >= close - 1)
        {
            return false;
        }

        var before = open - 1;
        if (t[before].Value is ":" or "." or "?" or "!" or ";" || IsQuoteMark(t[before]) || IsOpeningQuote(t[before]))
        {
            return false;
        }

        // a verb of saying before the quotation ("X said that ... “...,” he said.") makes the trailing tag its speaker's, not a report on the clause.
        for (var i = start; i < open; i++)
        {
            if (t[i].IsWord && !doc.Quoted[i] && SayingForms.Contains(t[i].Lower))
            {
                return false;
            }
        }

        if (t[before].Value == "," && before > start)
        {
            before--;
        }

        return !(t[before].IsWord && Lexicon.CueVerbs.ContainsKey(t[before].Value)) && PollReport.Words(t, start, open - 1) >= 1;
    }

    /// <summary>The most tokens of a party-state tag in brackets ("(R-Iowa)", "(D-N.Y.)").</summary>
    public const int MaxPartyTagTokens = 8;

    // The token of "(" that opens a party-state tag right before the verb at k, or null.
    private static int? PartyTagStart(TokenizedDocument doc, int k, int start)
    {
        var t = doc.Tokens;
        if (t[k - 1].Value != ")")
        {
            return null;
        }

        for (var i = k - 2; i > start + 1 && i >= k - 1 - MaxPartyTagTokens; i--)
        {
            if (t[i].Value == "(")
            {
                var inner = doc.Document.Text.AsSpan(t[i].Span.End, t[k - 1].Span.Start - t[i].Span.End);
                return PartyTag().IsMatch(inner) ? i : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^[RDI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex PartyTag();

    // The heads the lexicons name as speakers (recall54): a person noun or a noun of people ("the lawmaker", "officials").
    private static bool Named(Token head) => Lexicon.PersonNouns.Contains(head.Lower) || Lexicon.IsGroupNoun(head.Lower);

    // The words that open a speaker's noun phrase of a common noun (trail55): "the", "a", "an", a demonstrative or a possessive pronoun.
    private static readonly FrozenSet<string> PhraseOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your"], StringComparer.Ordinal);

    // Words in lower case that end no speaker's noun phrase: pronouns, words of degree and of manner ("the more", "the same", "a lot",
    // "the way").
    private static readonly FrozenSet<string> NotHeads = FrozenSet.ToFrozenSet(
        ["him", "her", "them", "us", "me", "it", "you", "same", "more", "most", "less", "least", "lot", "much", "such", "own", "way", "time"],
        StringComparer.Ordinal);

    // Whether a word can head a speaker's noun phrase as a common noun whatever the lexicons hold (trail55): a word in lower case of
    // letters and inner hyphens, not a function word ("the admiral", "the goalkeeper", "the 45-year-old", "the airline").
    private static bool IsCommonNoun(Token head)
    {
        var w = head.Lower;
        if (!head.IsWord || head.IsCapitalized)
        {
            return false;
        }

        if (w.EndsWith("-year-old", StringComparison.Ordinal) || w.EndsWith("-year-olds", StringComparison.Ordinal))
        {
            return true;
        }

        return w.Length >= 3 && w.All(c => char.IsLetter(c) || c == '-') && char.IsLetter(w[^1]) && !NotHeads.Contains(w) && !NotInPhrase.Contains(w)
               && !Lexicon.Determiners.Contains(w) && !Lexicon.PersonPronouns.Contains(w) && !Lexicon.Prepositions.Contains(w)
               && !Lexicon.Auxiliaries.Contains(w) && !Lexicon.Adverbs.Contains(w) && !Lexicon.EndsLikeAnAdverb(w) && !Lexicon.CueVerbs.ContainsKey(head.Value);
    }

    // Whether tokens first to last (the speaker's phrase after the comma) are a noun phrase a reader takes for the speaker with no
    // lexicon (trail55): opened by a determiner or a possessive pronoun ("the admiral", "a spokeswoman for the airline"), holding a
    // possessive "X’s" ("the harbour master’s cook", "Boeing’s pilot"), or opened by an age ("45-year-old", "a 45-year-old").
    private static bool OpensANounPhrase(List<Token> t, int first, int last)
    {
        if (PhraseOpeners.Contains(t[first].Lower) && first < last || t[first].Lower.EndsWith("-year-old", StringComparison.Ordinal))
        {
            return true;
        }

        for (var i = first; i < last; i++)
        {
            if (t[i].Value is "’s" or "'s" || t[i].IsWord && Speakers.EntityIndex.EndsPossessive(t[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    // Nouns of records and counts that end the source of such a verb ("campaign finance records", "new fundraising reports", "the poll").
    // ContentEdges.StartAfterAttitudeNoun reads them too (a poll that shows support reports others' attitude).
    internal static readonly FrozenSet<string> RecordNouns = FrozenSet.ToFrozenSet(
        ["records", "documents", "reports", "data", "figures", "filings", "poll", "polls", "survey", "surveys", "results", "numbers",
         "statistics", "tallies", "estimates", "analysis", "study", "studies", "emails", "logs", "disclosures", "report"],
        StringComparer.Ordinal);

    /// <summary>The most tokens of a record's phrase before its verb ("Federal Election Commission records").</summary>
    public const int MaxRecordTokens = 8;

    // "CONTENT, [the] RECORDS show." or "CONTENT, RECORDS show, ...": a phrase ending in a noun of records after a comma, its verb of
    // showing at the sentence's end or before a comma; the content is the clause before the comma (docs/quotes.md, "recall50").
    private static (Attribution, Span)? RecordsShow(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        var end = doc.SentenceEndToken(k);
        if (k + 1 < end && t[k + 1].Value is not ("." or "!" or ",") || k - 1 <= start)
        {
            return null;
        }

        var comma = RecordsComma(doc, k, start, MaxRecordTokens, joined: false);
        if (!RecordNouns.Contains(t[k - 1].Lower) || comma <= start || t[comma].Value != ",")
        {
            // recall52: a longer source that joins its words ("tallies by Vexo Data and other counters show", "campaign and
            // corporate records show", "a review by the Board of Small Rural Towns found") or an organisation's name ("Vexo River
            // Power Research found").
            comma = RecordsComma(doc, k, start, MaxLongRecordTokens, joined: true);
            if (comma <= start || t[comma].Value != "," || !t[k - 1].IsWord || !LongSource(doc, comma + 1, k - 1))
            {
                return null;
            }
        }

        if (doc.Quoted[comma - 1] || IsQuoteMark(t[comma - 1]))
        {
            return null;
        }

        var first = ContentStart(doc, start, comma);
        if (PollReport.Words(t, first, comma - 1) < MinimumWords || !t[first].IsWord && !IsOpeningQuote(t[first]))
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, t[comma - 1].Span.End);
        var source = new Span(t[comma + 1].Span.Start, t[k - 1].Span.End);
        return (new Attribution(content, QuoteType.Indirect, t[k].Span, t[k].Lower, source, null), new Span(content.Start, t[k].Span.End));
    }

    /// <summary>The most tokens of a longer source before its verb of showing (see <see cref="LongSource"/>).</summary>
    public const int MaxLongRecordTokens = 16;

    // The words that join the words of a longer source: "tallies by X and other trackers", "files gathered by the Office for ...".
    private static readonly FrozenSet<string> SourceJoiners = FrozenSet.ToFrozenSet(["by", "of", "and", "for", "compiled"], StringComparer.Ordinal);

    // The token before a record's phrase whose head stands right before the verb at k: the words before the head are modifiers,
    // determiners, "’s", "&" or "-" (and, when joined, the joiners), at most max tokens in all; the comma sought stands there.
    private static int RecordsComma(TokenizedDocument doc, int k, int start, int max, bool joined)
    {
        var t = doc.Tokens;
        var comma = k - 2;
        while (comma > start && comma >= k - 1 - max
               && (IsModifier(doc, comma) || Lexicon.Determiners.Contains(t[comma].Lower) && t[comma].IsWord || t[comma].Value is "’s" or "'s" or "&" or "-"
                   || joined && SourceJoiners.Contains(t[comma].Lower)))
        {
            comma--;
        }

        return comma;
    }

    // Whether tokens first to last are a longer source: a noun of records among them, or two capitalised words or more with no lower-case
    // word but "the", "of", "and", "for" (an organisation's name); no word in -ing, none that opens a clause.
    private static bool LongSource(TokenizedDocument doc, int first, int last)
    {
        var t = doc.Tokens;
        bool records = false, lower = false;
        var capitals = 0;
        for (var i = first; i <= last; i++)
        {
            if (!t[i].IsWord)
            {
                continue;
            }

            if (t[i].Lower.EndsWith("ing", StringComparison.Ordinal) || t[i].Lower is "who" or "which" or "where" or "when")
            {
                return false;
            }

            records |= RecordNouns.Contains(t[i].Lower);
            if (t[i].IsCapitalized)
            {
                capitals++;
            }
            else if (t[i].Lower is not ("the" or "of" or "and" or "for"))
            {
                lower = true;
            }
        }

        return records || capitals >= 2 && !lower;
    }

    // "CONTENT, [MODIFIER] NOUN CUE." with a singular person noun and no determiner.
    private static (Attribution, Span)? BareSpeaker(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        var end = doc.SentenceEndToken(k);
        if (k + 1 < end && t[k + 1].Value is not ("." or "!") || k - 1 <= start || !IsPersonNoun(t[k - 1].Lower))
        {
            return null;
        }

        var comma = k - 2;
        while (comma > start && comma >= k - 3 && IsModifier(doc, comma))
        {
            comma--;
        }

        if (comma <= start || t[comma].Value != "," || doc.Quoted[comma - 1] || IsQuoteMark(t[comma - 1]))
        {
            return null;
        }

        var first = ContentStart(doc, start, comma);
        if (PollReport.Words(t, first, comma - 1) < MinimumWords)
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, t[comma - 1].Span.End);
        var speaker = new Span(t[comma + 1].Span.Start, t[k - 1].Span.End);
        return (new Attribution(content, QuoteType.Indirect, t[k].Span, t[k].Lower, speaker, null), new Span(content.Start, t[k].Span.End));
    }

    private static bool IsPersonNoun(string lower) =>
        Lexicon.PersonNouns.Contains(lower) && !NotBare.Contains(lower) || MorePersonNouns.Contains(lower);

    // A word that may modify a bare speaker: "former", "Republican", "GOP" (no determiner, pronoun, preposition, auxiliary, cue or conjunction).
    private static bool IsModifier(TokenizedDocument doc, int i)
    {
        var w = doc.Tokens[i];
        return w.IsWord && !doc.Quoted[i] && !Lexicon.Determiners.Contains(w.Lower) && !Lexicon.PersonPronouns.Contains(w.Lower)
               && !Lexicon.Prepositions.Contains(w.Lower) && !Lexicon.Auxiliaries.Contains(w.Lower) && !Lexicon.CueVerbs.ContainsKey(w.Value)
               && !Lexicon.Adverbs.Contains(w.Lower) && !Lexicon.EndsLikeAnAdverb(w.Lower) && w.Lower is not ("and" or "or" or "but" or "nor" or "that" or "it" or "you");
    }

    private static (Attribution, Span)? AccordingTo(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        var end = doc.SentenceEndToken(k);
        var cue = new Span(t[k].Span.Start, t[k + 1].Span.End);
        if (k - 1 == start && Quotes.AccordingTo.Pronoun(t[start]) is { } pronoun)
        {
            // "That’s according to first counts of doorstep surveys ...": the pronoun is the content, the rest of the sentence the source.
            var last = PollReport.LastWord(t, k + 2, end - 1);
            if (last < k + 2)
            {
                return null;
            }

            return (new Attribution(pronoun, QuoteType.Indirect, cue, "according to", new Span(t[k + 2].Span.Start, t[last].Span.End), null),
                new Span(t[start].Span.Start, t[last].Span.End));
        }

        if (k - 2 <= start || SourceEnd(doc, k + 2, end) is not { } sourceLast)
        {
            return null;
        }

        var before = k - 1;
        int contentLast;
        if (t[before].Value is "—" or "–" or "--")
        {
            contentLast = before - 1;
        }
        else if (t[before].Value == "," && t[before - 1].IsWord && !doc.Quoted[before - 1] && t[start].Lower != "according")
        {
            // recall54: "CONTENT, according to SOURCE" that no statement took (the rules' form; a source that runs to a bracket or a dash).
            contentLast = before - 1;
        }
        else if (IsQuoteMark(t[before]) && t[before - 1].Value == "," && QuotedWords(doc, before - 1) >= 2)
        {
            contentLast = before;
        }
        else if (t[before].IsWord && !doc.Quoted[before] && !Lexicon.Adverbs.Contains(t[before].Lower) && !Lexicon.EndsLikeAnAdverb(t[before].Lower)
                 && !NotSources.Contains(t[k + 2].Lower) && t[start].Lower != "according")
        {
            contentLast = before;
        }
        else
        {
            return null;
        }

        var first = ContentStart(doc, start, k);
        if (PollReport.Words(t, first, contentLast) < MinimumWords || !t[first].IsWord && !IsOpeningQuote(t[first]))
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, t[contentLast].Span.End);
        var source = new Span(t[k + 2].Span.Start, t[sourceLast].Span.End);
        return (new Attribution(content, QuoteType.Indirect, cue, "according to", source, null), new Span(content.Start, source.End));
    }

    // The words of the quotation that ends before the quote mark after token `comma` ("a major lawsuit,”"): one word in marks
    // ("for “A,” or “B,” according to their choice") is a mention in a list, not a quoted phrase.
    private static int QuotedWords(TokenizedDocument doc, int comma)
    {
        var t = doc.Tokens;
        var n = 0;
        for (var i = comma - 1; i >= 0 && doc.Quoted[i] && !IsOpeningQuote(t[i]); i--)
        {
            n += t[i].IsWord ? 1 : 0;
        }

        return n;
    }

    // The last token of a source from i: words up to a comma, semicolon, the sentence's end, a bracket or a dash (a hyphen with a space
    // before it: "according to the Tax Office - half of ..."; recall54), at most MaxSourceTokens, none quoted.
    private static int? SourceEnd(TokenizedDocument doc, int i, int end)
    {
        var t = doc.Tokens;
        var last = i - 1;
        while (last + 1 < end && last + 1 < i + MaxSourceTokens && !doc.Quoted[last + 1]
               && (t[last + 1].IsWord || t[last + 1].Value is "’s" or "'s" or "&" or "/" || t[last + 1].Value == "-" && !SpacedDash(doc, last + 1)))
        {
            last++;
        }

        var next = last + 1;
        return last >= i && t[i].IsWord && (next >= end || t[next].Value is "," or "." or "!" or "?" or ";" or "(" or "—" or "–" or "--" || SpacedDash(doc, next)) ? last : null;
    }

    // Whether token i is a hyphen written as a dash, with a space before it.
    private static bool SpacedDash(TokenizedDocument doc, int i)
    {
        var t = doc.Tokens;
        return t[i].Value == "-" && i > 0 && t[i - 1].Span.End < t[i].Span.Start;
    }

    // The first token of the content: the sentence's start, or the first token of the last line that starts before `before` (a
    // headline and its deck in one sentence: "Title; \nRates will rise, analyst says.").
    private static int ContentStart(TokenizedDocument doc, int start, int before)
    {
        var t = doc.Tokens;
        var text = doc.Document.Text;
        for (var i = before - 1; i > start; i--)
        {
            if (text.AsSpan(t[i - 1].Span.End, t[i].Span.Start - t[i - 1].Span.End).Contains('\n'))
            {
                start = i;
                break;
            }
        }

        return IsOpeningQuote(t[start]) && start + 1 < before ? start + 1 : start;
    }

    private static bool IsQuoteMark(Token token) => !token.IsWord && token.Value is "”" or "\"" or "’" or "'" or "»";

    private static bool IsOpeningQuote(Token token) => !token.IsWord && token.Value is "“" or "\"" or "‘" or "«";
}
