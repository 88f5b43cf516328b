using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Finds direct, mixed and indirect attributions in an article by shallow, rule-based parsing of each
/// sentence around its cue words: "“...,” SPEAKER CUE", "SPEAKER CUE: “...”", "SPEAKER CUE [ADDRESSEE] that CONTENT",
/// "SPEAKER CUE CONTENT", "CONTENT, according to SPEAKER", "As SPEAKER CUE, CONTENT" and
/// "SPEAKER referred to X as “...”". A quotation split by its attribution ("“...,” Ma told Xinhua. “...”")
/// is one statement; an unattributed quotation takes its speaker from the statement just before it.
/// </summary>
internal sealed class AttributionFinder
{
    // A quotation this short with no cue is a scare quote or a title, not a statement.
    private const int MinimumStandaloneQuoteWords = 4;

    // Reported content shorter than this is not a statement ("he said so").
    private const int MinimumContentWords = 3;

    // Bounds on every scan around a cue, so that a pathological "sentence" of a million tokens costs
    // linear time: speakers stand within a few dozen tokens of their cue, and reported content that runs
    // on for more than a few hundred tokens is cut there.
    private const int SpeakerWindow = 60;
    private const int ContentWindow = 400;

    private readonly TokenizedDocument _doc;
    private readonly List<Token> _t;
    private readonly IReadOnlyList<QuotedSpan> _quotes;
    private readonly Dictionary<int, QuotedSpan> _quoteByEnd = [];

    // Per token: whether it is a cue word (IsCueBit, computed once: the scans around cues ask it of the same tokens many times) and
    // whether a statement found has taken it as its cue (UsedBit); one array for both (speed122: they were two).
    private readonly byte[] _tokenBits;
    private const byte IsCueBit = 1;
    private const byte UsedBit = 2;

    // Each token's form in the article's word table, and what the scans ask of a word as written, once per form
    // (CueWordFlag: an uncapitalised cue verb; TriggerFlag: a word one of the forms of FindIndirect starts with).
    private readonly List<int> _formOf;
    private readonly byte[] _ruleFlags;
    private const byte CueWordFlag = 1;
    private const byte TriggerFlag = 2;

    private AttributionFinder(TokenizedDocument doc, IReadOnlyList<QuotedSpan> quotes)
    {
        _doc = doc;
        _t = doc.Tokens;
        _quotes = quotes;
        foreach (var q in quotes)
        {
            _quoteByEnd.TryAdd(q.Outer.End, q);
        }

        _tokenBits = new byte[_t.Count];
        _formOf = doc.Words.FormOf;
        _ruleFlags = doc.Words.RuleFlags ??= RuleFlags(doc.Words);

        for (var k = 0; k < _t.Count; k++)
        {
            _tokenBits[k] = ComputeIsCue(k) ? IsCueBit : (byte)0;
        }
    }

    public static List<Attribution> Find(TokenizedDocument doc, IReadOnlyList<QuotedSpan> quotes)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return new AttributionFinder(doc, quotes).Run();
    }

    private List<Attribution> Run()
    {
        var direct = FindDirect();
        var indirect = FindIndirect();

        // A quotation inside reported content makes it a mixed quote; it is not a statement of its own.
        // Direct statements are in text order and do not overlap one another, so the ones touching a
        // reported content are found by binary search.
        var result = new List<Attribution>();
        var subsumed = new HashSet<Attribution>(ReferenceEqualityComparer.Instance);
        // One list for every reported content's touching statements, emptied for each (speed122: a list and a closure each).
        var touching = new List<Attribution>();
        foreach (var a in indirect)
        {
            touching.Clear();
            var inside = true;
            for (var i = FirstEndingAfter(direct, a.Content.Start); i < direct.Count && direct[i].Content.Start < a.Content.End; i++)
            {
                touching.Add(direct[i]);
                inside &= a.Content.Contains(direct[i].Content);
            }

            if (!inside)
            {
                continue;
            }

            subsumed.UnionWith(touching);
            result.Add(touching.Count > 0 ? a with { Type = QuoteType.Mixed } : a);
        }

        result.AddRange(direct.Where(d => !subsumed.Contains(d)));
        result.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        return InheritSpeakers(result.Select(WholeCue).ToList());
    }

    /// <summary>
    /// The cue as PolNeAR marks it: a one-word cue after its speaker takes the auxiliaries and negations
    /// between them ("has said", "did not mention"; not "also" or "previously"), a colon that introduces the quotation
    /// ("said:") and "in a statement".
    /// </summary>
    private Attribution WholeCue(Attribution a)
    {
        if (a.Cue is not { } cue || a.Speaker is not { } speaker || speaker.End > cue.Start || a.CueText is null || a.CueText.Contains(' ', StringComparison.Ordinal))
        {
            return a;
        }

        var verb = _doc.IndexAtOrAfter(cue.Start);
        if (verb >= _t.Count || _t[verb].Span != cue)
        {
            return a;
        }

        var first = verb;
        while (first - 1 >= 0 && _t[first - 1].Span.Start >= speaker.End && _t[first - 1].IsWord && Lexicon.Auxiliaries.Contains(_t[first - 1].Value) && !Lexicon.InsideName(_t, first - 1))
        {
            first--;
        }

        var last = verb;
        if (last + 1 < _t.Count && _t[last + 1].Value == ":" && _t[last + 1].Span.End <= a.Content.Start)
        {
            last++;
        }
        else if (last + 3 < _t.Count && _t[last + 1].Lower == "in" && _t[last + 2].Lower is "a" or "an" && _t[last + 3].Lower == "statement")
        {
            last += 3;
        }

        if (first == verb && last == verb)
        {
            return a;
        }

        var text = string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => _t[i].Lower)).Replace(" :", ":", StringComparison.Ordinal);
        return a with { Cue = new Span(_t[first].Span.Start, _t[last].Span.End), CueText = text, CueVerb = a.CueVerb };
    }

    private static int FirstEndingAfter(List<Attribution> sorted, int position)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Content.End <= position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private List<Attribution> FindDirect()
    {
        var found = new List<(QuotedSpan Quote, Attribution? Attribution, int AttributionEnd)>();
        foreach (var q in _quotes)
        {
            var open = _doc.IndexAtOrAfter(q.Outer.Start);
            if (open >= _t.Count)
            {
                continue;
            }

            // The closing mark's token; none when the mark is inside a word token at the end of the text
            // ("‘single’4and", where the tokenizer reads ’ as an apostrophe).
            var close = q.Closed ? _doc.IndexAtOrAfter(q.Outer.End - 1) : -1;
            if (close >= _t.Count)
            {
                close = -1;
            }

            // A title in the addressee or medium of a cue ("told the Ledger’s “Morning Desk” that she agrees ...", "said on “Morning
            // Desk” that") is no one's quotation: the words around it are not its attribution ("that she agrees" is no speaker and
            // cue of “Morning Desk”). Read as a quotation with none, it is dropped as short or as a title (QuotedTitle.Is).
            var attribution = QuotedTitle.EndInAddresseeOrMedium(_doc.Document.Text, q.Outer.Start) is not null ? null
                : (close >= 0 ? AttributionAfter(q, close) : null) ?? AttributionBefore(q, open);
            found.Add((q, attribution?.Attribution, attribution?.End ?? -1));
        }

        var result = new List<Attribution>();
        for (var i = 0; i < found.Count; i++)
        {
            var (q, a, attributionEnd) = found[i];
            if (a is null)
            {
                var partial = PartialQuote(q);
                if (partial is not null)
                {
                    result.Add(partial);
                    continue;
                }

                if (i + 1 < found.Count && ClauseBetweenQuotations(q, found[i + 1]) is { } between)
                {
                    // “A,” the retired shipping magnate told Vexo Weekly. “B.” — an attribution the forms above do not parse,
                    // between two quotations of one paragraph: one statement, as when the form is parsed.
                    result.Add(between with { Content = new Span(q.Outer.Start, found[i + 1].Quote.Outer.End), Parts = [q.Outer, found[i + 1].Quote.Outer] });
                    i++;
                    continue;
                }

                if (WordCount(q.Inner) < MinimumStandaloneQuoteWords)
                {
                    // A short quotation is kept when a speaker and a verb follow it at once: “Not now,” he demanded.
                    if (TrailingVerbAttribution(q) is { } shortReply)
                    {
                        MarkUsed(_doc.IndexAtOrAfter(shortReply.Cue!.Value.Start));
                        result.Add(shortReply);
                    }

                    continue;
                }

                result.Add(new Attribution(q.Outer, QuoteType.Direct, null, null, SentenceSubjectBefore(q) is { } subject ? SpanOf(subject) : null, null)
                {
                    CueAfterQuotation = LooseAttributionAfter(q) ?? TrailingVerbAttribution(q),
                });
                continue;
            }

            // “A,” Ma told Xinhua. “B.” / “A,” he said, “B.” — B continues A when nothing but the
            // attribution stands between them (B may find the same cue before it).
            var content = q.Outer;
            var parts = new List<Span> { q.Outer };
            // A quotation with no attribution that is the whole of the next paragraph continues it too, when the statement so
            // far stands in one paragraph (“A,” Ma said. ¶ “B.”: PolNeAR's one attribution).
            // Not over a second reporting participle: “A,” he said, adding that “B.” is two statements.
            while (i + 1 < found.Count && attributionEnd >= 0
                   && (found[i + 1].Attribution is null || found[i + 1].Attribution!.Cue == a.Cue)
                   && ((found[i + 1].Quote.Outer.Start < attributionEnd && !ReportingParticipleBetween(a, found[i + 1].Quote.Outer.Start)
                        || found[i + 1].Quote.Outer.Start >= attributionEnd && OnlyPunctuationBetween(attributionEnd, found[i + 1].Quote.Outer.Start))
                       && _doc.Document.ParagraphAt(found[i + 1].Quote.Outer.Start) == _doc.Document.ParagraphAt(q.Outer.Start)
                       || found[i + 1].Attribution is null && FillsNextParagraph(content, found[i + 1].Quote)))
            {
                // A title in the addressee or medium of the cue is passed over, no part of the statement (“A,” Ruiz told “Morning
                // Desk,” adding ...; “A,” Ruiz said on “Morning Desk.” “B.”: A and B).
                if (QuotedTitle.EndInAddresseeOrMedium(_doc.Document.Text, found[i + 1].Quote.Outer.Start) is null)
                {
                    content = new Span(content.Start, found[i + 1].Quote.Outer.End);
                    parts.Add(found[i + 1].Quote.Outer);
                }

                i++;
            }

            // Words of the sentence before the quotation are part of what is reported: Her plan may be “strategic,” said ...
            var type = a.Type;
            if (attributionEnd >= 0 && ClauseBeforeQuotation(q) is { } lead)
            {
                content = new Span(lead, content.End);
                parts[0] = new Span(lead, parts[0].End);
                type = QuoteType.Mixed;
            }

            result.Add(a with { Content = content, Parts = parts, Type = type });
        }

        return result;
    }

    /// <summary>
    /// Between a quotation with no attribution and the next one of its paragraph (with none either), a short clause
    /// with a cue word: "“A,” an angry Hollande retaliated. “B.”". The quotation ends in a comma, question or exclamation
    /// mark; the clause has up to 15 words and no quotation mark, and ends in a full stop, comma or colon; its cue is
    /// its first cue verb, else its first word that stands in a PolNeAR train cue at least a fifth of the time (the cue
    /// tagger's prior table). The speaker is the noun phrase just before or after the cue or the clause's subject, or left to the ranker.
    /// </summary>
    private Attribution? ClauseBetweenQuotations(QuotedSpan q, (QuotedSpan Quote, Attribution? Attribution, int AttributionEnd) next)
    {
        const int MaxWords = 15;
        var text = _doc.Document.Text;
        var close = q.Closed ? _doc.IndexAtOrAfter(q.Outer.End - 1) : _t.Count;
        if (close >= _t.Count || next.Attribution is not null || q.Inner.End <= q.Inner.Start || text[q.Inner.End - 1] is not (',' or '?' or '!')
            || _doc.Document.ParagraphAt(next.Quote.Outer.Start) != _doc.Document.ParagraphAt(q.Outer.Start))
        {
            return null;
        }

        var open = _doc.IndexAtOrAfter(next.Quote.Outer.Start);
        var words = 0;
        var cue = -1;
        var priors = CueTagger.Default?.Priors;
        for (var j = close + 1; j < open; j++)
        {
            var token = _t[j];
            if (!token.IsWord)
            {
                if (token.Value is "“" or "”" or "\"" or "‘" or "«" or "»" || text.AsSpan(token.Span.Start, token.Span.Length).Contains('\n'))
                {
                    return null;
                }

                continue;
            }

            if (++words > MaxWords)
            {
                return null;
            }

            if (IsCue(j) && (cue < 0 || !IsCue(cue)))
            {
                cue = j;
            }
            else if (cue < 0 && priors is not null && priors.Counts(token.Lower) is var (uses, all) && all > 0 && uses * 5 >= all)
            {
                cue = j;
            }
        }

        if (cue < 0 || open - 1 <= close || _t[open - 1].Value is not ("." or "," or ":") || text.AsSpan(q.Outer.End, next.Quote.Outer.Start - q.Outer.End).Contains('\n'))
        {
            return null;
        }

        var first = close + 1;
        while (first < cue && !_t[first].IsWord)
        {
            first++;
        }

        var head = cue - 1;
        while (head > first && _t[head].IsWord && (Lexicon.Auxiliaries.Contains(_t[head].Value) || Lexicon.Adverbs.Contains(_t[head].Value)) && !Lexicon.InsideName(_t, head))
        {
            head--;
        }

        // "said pollster Frank Luntz"; "Ruiz campaign manager Ben Vale said"; the clause's subject ("the committee
        // chairmen wrote", "Nate Silver, the polling guru, tweeted", "it stated").
        (int First, int Last)? none = null;
        var speaker = first == cue ? NounPhraseRight(cue + 1, open) is { } after && after.First == cue + 1 ? after : none
            : NounPhraseEndingAt(head, first)
              ?? (NounPhraseRight(first, cue) is { } subject && subject.First == first ? subject : none)
              ?? DescriptionRight(first, cue)
              ?? (_t[first].Lower is "it" or "they" or "we" or "he" or "she" or "i" ? (first, first) : none);
        MarkUsed(cue);
        return new Attribution(q.Outer, QuoteType.Direct, _t[cue].Span, Cue(cue), speaker is null ? null : SpanOf(speaker.Value), null);
    }

    /// <summary>Whether a cue participle ("adding", "noting") stands after an attribution's own words and before <paramref name="position"/>: it starts a second statement.</summary>
    private bool ReportingParticipleBetween(Attribution a, int position)
    {
        var from = Math.Max(a.Content.End, Math.Max(a.Cue?.End ?? 0, Math.Max(a.Speaker?.End ?? 0, a.Addressee?.End ?? 0)));
        for (var j = _doc.IndexAtOrAfter(from); j < _t.Count && _t[j].Span.Start < position; j++)
        {
            if (IsCue(j) && _t[j].Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="next"/> is the whole of the paragraph after the one <paramref name="content"/> stands in
    /// (nothing but white space before or after it there).
    /// </summary>
    private bool FillsNextParagraph(Span content, QuotedSpan next)
    {
        var document = _doc.Document;
        var paragraph = document.ParagraphAt(content.Start);
        if (document.ParagraphAt(content.End - 1) != paragraph || document.ParagraphAt(next.Outer.Start) != paragraph + 1)
        {
            return false;
        }

        var last = document.Paragraphs[document.ParagraphAt(next.Outer.End - 1)];
        return next.Outer.Start == document.Paragraphs[paragraph + 1].Start && next.Outer.End == last.End;
    }

    /// <summary>The subject of the sentence a quotation stands in, when it is a person named or pronominalised before the quotation: He urged the board to “keep the promise ...”.</summary>
    private (int First, int Last)? SentenceSubjectBefore(QuotedSpan q)
    {
        var open = _doc.IndexAtOrAfter(q.Outer.Start);
        var start = _doc.SentenceStartToken(open);
        for (var c = start; c < open && c < start + 8; c++)
        {
            if (_doc.Quoted[c] || !_t[c].IsWord)
            {
                continue;
            }

            if (NounPhraseFrom(c, open) is { } np)
            {
                var head = _t[np.Last];
                var person = Lexicon.PersonPronouns.Contains(head.Value) && head.Lower is not ("who" or "we" or "i") || Lexicon.PersonNouns.Contains(head.Value)
                             || head.IsCapitalized && !Lexicon.OrganizationWords.Contains(head.Value);
                return person && np.Last + 1 < open && _t[np.Last + 1].IsWord && !_t[np.Last + 1].IsCapitalized ? np : null;
            }

            if (!Lexicon.NotNames.Contains(_t[c].Value) && !Lexicon.Prepositions.Contains(_t[c].Value))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The start of the words before a quotation in its sentence, when they are two or more words with no cue and no colon (the quotation ends a reported clause).</summary>
    private int? ClauseBeforeQuotation(QuotedSpan q)
    {
        var open = _doc.IndexAtOrAfter(q.Outer.Start);
        var start = _doc.SentenceStartToken(open);
        var words = 0;
        for (var j = start; j < open; j++)
        {
            if (_t[j].Value is ":" or ";" || _doc.Quoted[j] || IsCue(j) || j > start && _t[j - 1].Value == "," && !_t[j].IsWord)
            {
                return null;
            }

            words += _t[j].IsWord ? 1 : 0;
        }

        var first = start;
        while (first < open && !_t[first].IsWord)
        {
            first++;
        }

        return words >= 2 && _t[open - 1].Value is not "," ? _t[first].Span.Start : null;
    }

    /// <summary>“...,” SPEAKER CUE [ADDRESSEE] — or — “...,” CUE SPEAKER.</summary>
    private (Attribution Attribution, int End)? AttributionAfter(QuotedSpan q, int close)
    {
        var end = _doc.SentenceEndToken(close);
        var k = close + 1;
        while (k < end && !_t[k].IsWord && _t[k].Value is "," or "—" or "–" or "-" or "―")
        {
            k++;
        }

        if (k >= end)
        {
            // The sentence ends with the quotation; news style rarely attributes it in the next sentence, but a sentence of
            // its own that is only the speaker and the cue ("“... missing.” Trump said.") has nothing else to attribute.
            return SpeakerSentenceAfter(q, end);
        }

        if (k > close + 1 && _t[k - 1].Value is "―" or "—" or "–" && NounPhraseRight(k, end) is { } signed && signed.Last + 1 >= end - 1)
        {
            // A quotation signed with a dash: “...” ― Sonya Herridge
            return (new Attribution(q.Outer, QuoteType.Direct, null, null, SpanOf(signed), null), -1);
        }

        if (IsCue(k))
        {
            var np = NounPhraseRight(k + 1, end);
            if (np is null)
            {
                return null;
            }

            MarkUsed(k);
            var addressee = Addressee(k, np.Value.Last + 1, end);
            return (new Attribution(q.Outer, QuoteType.Direct, _t[k].Span, Cue(k), SpanOf(np.Value), addressee is null ? null : SpanOf(addressee.Value)), _t[end - 1].Span.End);
        }

        // "“...,” it added.": an organisation or a document spoken of before, which the pronouns of persons leave out (audit 13).
        var subject = NounPhraseRight(k, end) ?? DescriptionRight(k, end) ?? (_t[k].Lower == "it" && k + 1 < end && IsCue(k + 1) ? (k, k) : null);
        if (subject is null)
        {
            return null;
        }

        // A name the noun phrase ends too early ("White House" of "City Hall press secretary Ben Vale said", "Twitter's" of
        // "Twitter's Nora Pike said"), or a one-word name the lexicon takes for a title ("King said"): the words up to the cue.
        if (CueAfter(subject.Value.Last + 1, end) < 0 && DescriptionRight(k, end) is { } longer && IsRoleAndName(longer))
        {
            subject = longer;
        }

        // The cue right after the speaker, over adverbs or an apposition: “...,” Gene Sperling, a top Clinton adviser, said.
        var m = CueAfter(subject.Value.Last + 1, end);
        if (m < 0)
        {
            return null;
        }

        MarkUsed(m);
        var to = Addressee(m, m + 1, end);
        return (new Attribution(q.Outer, QuoteType.Direct, _t[m].Span, Cue(m), SpanOf(subject.Value), to is null ? null : SpanOf(to.Value)), _t[end - 1].Span.End);
    }

    /// <summary>
    /// A looser reading than <see cref="AttributionAfter"/> of the words after a quotation it leaves without a cue: the first verb of
    /// speaking within 15 words of the closing mark, in the quotation's sentence, with a speaker the noun phrases above do not parse
    /// ("said planetary geologist Ana Ruiz of the institute", "lead author and ocean scientist Ana Ruiz said", "chairman and chief
    /// executive Ana Ruiz said", "Ana Ruiz of the institute wrote"). The speaker is a name: after a cue that comes first, the first
    /// name within seven words; before the cue, the first name that opens with a given name, else the name that ends just before the
    /// cue (or its apposition). Null when the words after the cue go on to a clause of their own ("Ana Ruiz says he ...", "... said
    /// that"), when another quotation, a colon, a semicolon or a parenthesis comes first, or when no name stands there for a cue
    /// after its speaker.
    /// The rules keep the quotation cueless for the learned models, which were trained without this reading; it is applied after
    /// them (<see cref="Attribution.CueAfterQuotation"/>).
    /// </summary>
    private Attribution? LooseAttributionAfter(QuotedSpan q)
    {
        const int MaxWords = 15, MaxWordsAfterApposedName = 30, MaxTailTokens = 40;
        var close = q.Closed ? _doc.IndexAtOrAfter(q.Outer.End - 1) : _t.Count;
        if (close >= _t.Count)
        {
            return null;
        }

        var end = _doc.SentenceEndToken(close);
        var k = close + 1;
        while (k < end && !_t[k].IsWord && _t[k].Value is "," or "—" or "–" or "-" or "―")
        {
            k++;
        }

        // A name and a long apposition before the cue ("Ana Ruiz, a fellow at the institute in Bergen, Norway, and co-author of
        // the study, said") may run to twice the words.
        var openingLast = k < end && IsNameWord(k) && FirstNameGender.IsGivenName(_t[k].Value) ? NameRunEnd(k, end) : k;
        var limit = openingLast > k && openingLast + 1 < end && _t[openingLast + 1].Value == "," ? MaxWordsAfterApposedName : MaxWords;
        var cue = -1;
        var words = 0;
        for (var j = k; j < end && cue < 0; j++)
        {
            if (_doc.Quoted[j] || !_t[j].IsWord && _t[j].Value is not ("," or "." or "-" or "’s" or "'s"))
            {
                return null;
            }

            if (_t[j].IsWord && ++words > limit)
            {
                return null;
            }

            if (IsCue(j))
            {
                if (!SpeechLemmas.Contains(Lexicon.CueVerbs[_t[j].Value]))
                {
                    return null;
                }

                cue = j;
            }
        }

        if (cue < 0)
        {
            return null;
        }

        // A cue that so many tokens follow in its sentence heads more than an attribution's circumstances.
        if (end - cue > MaxTailTokens)
        {
            return null;
        }

        for (var j = cue + 1; j < end; j++)
        {
            if (_doc.Quoted[j] || _t[j].Lower == "that" || _t[j].Value is "“" or "”" or "\"" or "‘" or ":" or ";")
            {
                return null;
            }
        }

        (int First, int Last)? speaker;
        if (cue == k)
        {
            // One capitalised word after descriptive words is as often a nationality or a place ("a German user", "the pitch on
            // Kickstarter") as a name: it needs a title or a person noun right before it.
            speaker = FirstNameRun(cue + 1, Math.Min(end, cue + 8)) is { } run
                      && (run.Last > run.First || run.First == cue + 1 || Lexicon.Titles.Contains(_t[run.First - 1].Value) || Lexicon.PersonNouns.Contains(_t[run.First - 1].Value))
                ? run
                : null;
        }
        else
        {
            // The words after a cue that follows its speaker are its circumstances ("in a statement", "on Tuesday", "to reporters"),
            // not a clause of their own ("Ana Ruiz says he ...").
            if (cue + 1 < end - 1 && !(_t[cue + 1].Value == "," || Lexicon.Prepositions.Contains(_t[cue + 1].Value) || Lexicon.TimeWords.Contains(_t[cue + 1].Value)
                                       || Lexicon.AddresseeVerbs.Contains(Lexicon.CueVerbs[_t[cue].Value]) && !Lexicon.PersonPronouns.Contains(_t[cue + 1].Value)))
            {
                return null;
            }

            // A name with its institution after it ("Mr. Ruiz of the Sierra League said") is the speaker, not the institution.
            speaker = GivenNameRun(k, cue)
                      ?? (FirstNameRun(k, cue) is { } first && first.Last + 1 < cue && _t[first.Last + 1].Lower is "of" or "at" or "from" ? first : ((int First, int Last)?)null)
                      ?? NameRunEndingAt(cue - 1, k) ?? (_t[cue - 1].Value == "," ? NameRunEndingAt(cue - 2, k) : null);
        }

        // A name after a preposition is whom the speaker speaks for or where from ("a spokesman for Ana Ruiz said"), not the speaker.
        if (speaker is not { } found || Lexicon.Prepositions.Contains(_t[found.First - 1].Value))
        {
            return null;
        }

        var to = Addressee(cue, cue + 1, end);
        return new Attribution(q.Outer, QuoteType.Direct, _t[cue].Span, Cue(cue), SpanOf(found), to is null ? null : SpanOf(to.Value));
    }

    /// <summary>
    /// “...,” SPEAKER VERB. — right after a quotation closed by a comma, a question or an exclamation mark, in its paragraph: a personal
    /// pronoun or a name of up to four words, then a lower-case verb in -ed or -s or a verb of speaking, then a full stop, a semicolon,
    /// or a comma that the sentence goes on after with no quotation ("“Not now,” he demanded, as ..."; "“Why?” Ana Ruiz answered.";
    /// "“...,” Ruiz mocks."). The verb is the quotation's cue whether or not the lexicon holds it: in this place the words are verbs of
    /// the reply (branch cues122; cues121 counted 77 gold cues of 80 such places on PolNeAR train), while as cues everywhere "answers"
    /// and "reacted" cut "answers to the question" and "reacted to the news". A comma before a quotation or a paragraph's end
    /// ("“...?” Ruiz answered, “...”") gives the verb to the words after it, not to this quotation.
    /// </summary>
    private (int Cue, (int First, int Last) Speaker)? TrailingVerbAfter(QuotedSpan q)
    {
        const int MaxNameWords = 4;
        var text = _doc.Document.Text;
        if (!q.Closed || q.Inner.End <= q.Inner.Start || text[q.Inner.End - 1] is not (',' or '?' or '!'))
        {
            return null;
        }

        var close = _doc.IndexAtOrAfter(q.Outer.End - 1);
        var k = close + 1;
        if (close >= _t.Count || k >= _t.Count || !_t[k].IsWord || _doc.Quoted[k] || text.AsSpan(q.Outer.End, _t[k].Span.Start - q.Outer.End).Contains('\n'))
        {
            return null;
        }

        int last;
        if (_t[k].Lower is "he" or "she" or "they" or "we" or "i")
        {
            last = k;
        }
        else if (IsNameWord(k) && NameRunEnd(k, Math.Min(_t.Count, k + MaxNameWords)) is var end && !EntityIndex.EndsPossessive(_t[end].Value))
        {
            last = end;
        }
        else
        {
            return null;
        }

        var verb = last + 1;
        if (verb + 1 >= _t.Count || !_t[verb].IsWord || _doc.Quoted[verb] || _t[verb].IsCapitalized || Lexicon.Auxiliaries.Contains(_t[verb].Value)
            || !(IsCue(verb) && SpeechLemmas.Contains(Lexicon.CueVerbs[_t[verb].Value]) || IsLowerCaseVerbForm(_t[verb].Value)))
        {
            return null;
        }

        var after = _t[verb + 1].Value;
        if (after is "." or ";")
        {
            return (verb, (k, last));
        }

        return after == "," && verb + 2 < _t.Count && _t[verb + 2].IsWord && !_doc.Quoted[verb + 2]
               && !text.AsSpan(_t[verb + 1].Span.End, _t[verb + 2].Span.Start - _t[verb + 1].Span.End).Contains('\n')
            ? (verb, (k, last))
            : null;
    }

    /// <summary>The quotation attributed by <see cref="TrailingVerbAfter"/>; null where that finds no speaker and verb.</summary>
    private Attribution? TrailingVerbAttribution(QuotedSpan q) =>
        TrailingVerbAfter(q) is { } trailing ? new Attribution(q.Outer, QuoteType.Direct, _t[trailing.Cue].Span, Cue(trailing.Cue), SpanOf(trailing.Speaker), null) : null;

    /// <summary>A word of lower-case letters (a hyphen inside) ending in "-ed" or "-s", as a past or a present verb is written.</summary>
    private static bool IsLowerCaseVerbForm(string word)
    {
        if (word.Length < 4 || !(word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith('s')) || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is not (>= 'a' and <= 'z' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first run of name words in [<paramref name="from"/>, <paramref name="end"/>), initials ("Gregory W. Meeks") included.</summary>
    private (int First, int Last)? FirstNameRun(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (IsNameWord(i))
            {
                return (i, NameRunEnd(i, end));
            }
        }

        return null;
    }

    /// <summary>
    /// The first run of name words in [<paramref name="from"/>, <paramref name="end"/>) that opens with a given name and has two words or
    /// more, not after an article or a preposition ("the Sierra League", "of Jordan Marsh" are no person's names).
    /// </summary>
    private (int First, int Last)? GivenNameRun(int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (IsNameWord(i) && (i == from || !IsNameWord(i - 1) || EntityIndex.EndsPossessive(_t[i - 1].Value)) && FirstNameGender.IsGivenName(_t[i].Value)
                && !(i > from && (Lexicon.Determiners.Contains(_t[i - 1].Value) || Lexicon.Prepositions.Contains(_t[i - 1].Value)))
                && NameRunEnd(i, end) is var last && last > i)
            {
                return (i, last);
            }
        }

        return null;
    }

    /// <summary>The run of name words that ends at <paramref name="last"/> (a possessive ends none), starting no earlier than <paramref name="from"/>.</summary>
    private (int First, int Last)? NameRunEndingAt(int last, int from)
    {
        if (last < from || !IsNameWord(last) || EntityIndex.EndsPossessive(_t[last].Value))
        {
            return null;
        }

        var first = last;
        while (first - 1 >= from && (IsNameWord(first - 1) || _t[first - 1].Value == "." && first - 2 >= from && _t[first - 2].Value.Length == 1 && IsNameWord(first - 2)))
        {
            first -= _t[first - 1].Value == "." ? 2 : 1;
        }

        return (first, last);
    }

    private int NameRunEnd(int first, int end)
    {
        var last = first;
        while (!EntityIndex.EndsPossessive(_t[last].Value))
        {
            if (last + 1 < end && IsNameWord(last + 1))
            {
                last++;
            }
            else if (last + 2 < end && _t[last].Value.Length == 1 && _t[last + 1].Value == "." && IsNameWord(last + 2))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        return last;
    }

    /// <summary>
    /// “... .” SPEAKER CUE [up to eight words]. — the sentence after a quotation that closes its own sentence, in the same paragraph,
    /// holds only a speaker, the cue and a short tail ("on Twitter", "to a hall of some 300"), with no "that" and no comma.
    /// </summary>
    private (Attribution Attribution, int End)? SpeakerSentenceAfter(QuotedSpan q, int next)
    {
        var document = _doc.Document;
        if (next >= _t.Count || WordCount(q.Inner) < MinimumStandaloneQuoteWords
            || document.ParagraphAt(_t[next].Span.Start) != document.ParagraphAt(q.Outer.End - 1))
        {
            return null;
        }

        var end = _doc.SentenceEndToken(next);
        if (NounPhraseRight(next, end) is not { } subject || end - 1 <= subject.Last || _t[end - 1].Value != ".")
        {
            return null;
        }

        var m = PastAdverbs(subject.Last + 1, end);

        if (m >= end || !IsCue(m) || end - 2 - m > 8 || !SpeechLemmas.Contains(Lexicon.CueVerbs[_t[m].Value]))
        {
            return null;
        }

        // The tail is a time, a place or a medium ("on Twitter", "to a crowd", "Tuesday"), or the addressee of "told".
        if (m + 1 < end - 1 && !(Lexicon.Prepositions.Contains(_t[m + 1].Value) || Lexicon.TimeWords.Contains(_t[m + 1].Value)
                                 || Lexicon.AddresseeVerbs.Contains(Lexicon.CueVerbs[_t[m].Value])))
        {
            return null;
        }

        for (var i = m + 1; i < end - 1; i++)
        {
            if (!_t[i].IsWord || _doc.Quoted[i] || IsCue(i) || _t[i].Lower == "that")
            {
                return null;
            }
        }

        MarkUsed(m);
        var to = Addressee(m, m + 1, end);
        return (new Attribution(q.Outer, QuoteType.Direct, _t[m].Span, Cue(m), SpanOf(subject), to is null ? null : SpanOf(to.Value)), _t[end - 1].Span.End);
    }

    /// <summary>
    /// The dash that ends a dateline opening the sentence at <paramref name="first"/> ("WASHINGTON —", "NEW YORK (AP) —", "Washington -"):
    /// up to six capitalised words, commas, full stops and parentheses, then a dash before <paramref name="end"/>; else -1.
    /// </summary>
    private int DatelineEnd(int first, int end)
    {
        for (var d = first; d < end && d < first + 8; d++)
        {
            var value = _t[d].Value;
            if (value is "—" or "–" or "-" or "―" or "--")
            {
                return d > first ? d : -1;
            }

            if (_t[d].IsWord ? !_t[d].IsCapitalized : value is not ("," or "." or "(" or ")"))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Words that open a sentence's leading prepositional phrase or subordinate clause.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> LeadingAdverbial = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "at", "on", "during", "after", "before", "with", "for", "from", "by", "under", "over", "since", "amid", "despite", "following", "among",
         "through", "throughout", "without", "within", "although", "though", "because", "if", "while", "when", "as", "unlike", "like"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Verbs of speaking and writing, the only cues of a sentence that attributes the quotation before it. The second line (branch
    /// speakers121b) adds verbs of a remark or an admission that the lexicon holds as cues ("“...?” Ana Ruiz questioned", "remarked",
    /// "conceded"): on train one such quotation had taken the speaker before it with no cue.
    /// The third line (branch cues121) adds remarks the lexicon lacked ("“...,” he surmised", "scoffed", "opined", "barked").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SpeechLemmas = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["say", "tell", "add", "write", "ask", "explain", "note", "tweet", "post", "declare", "reply", "respond", "insist", "argue", "warn", "claim", "continue", "recall", "joke", "exclaim",
         "question", "remark", "observe", "quip", "acknowledge", "admit", "concede", "state", "assert", "boast", "complain", "point",
         "scoff", "surmise", "opine", "bark"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>SPEAKER CUE [ADDRESSEE][,:] “...”.</summary>
    private (Attribution Attribution, int End)? AttributionBefore(QuotedSpan q, int open)
    {
        var k = open - 1;
        if (k >= 0 && IsCue(k) && _doc.SentenceOf[k] == _doc.SentenceOf[open] && WordCount(q.Inner) >= MinimumStandaloneQuoteWords && SubjectLeft(k) is { } direct)
        {
            // No comma between: Hale warned “let’s not count the votes yet.” (A title is shorter: She reads “War and Peace”.)
            MarkUsed(k);
            return (new Attribution(q.Outer, QuoteType.Direct, _t[k].Span, Cue(k), SpanOf(direct), null), -1);
        }

        if (k < 0 || _t[k].Value is not (":" or ","))
        {
            return null;
        }

        // "He said:" may end the sentence (or the paragraph) before the quotation.
        var start = _doc.SentenceStartToken(k);
        for (var c = k - 1; c >= Math.Max(start, k - 6); c--)
        {
            if (!IsCue(c))
            {
                continue;
            }

            var subject = SubjectLeft(c);
            if (subject is null)
            {
                return null;
            }

            MarkUsed(c);
            var to = Addressee(c, c + 1, k);
            return (new Attribution(q.Outer, QuoteType.Direct, _t[c].Span, Cue(c), SpanOf(subject.Value), to is null ? null : SpanOf(to.Value)), -1);
        }

        // "Trump, on Twitter: “...”" / "Sanders: “...”" — the colon is the cue.
        if (_t[k].Value == ":" && NounPhraseEndingAt(k - 1, start) is { } speaker && IsSpeakerLike(speaker) && speaker.First <= start + 3)
        {
            return (new Attribution(q.Outer, QuoteType.Direct, _t[k].Span, ":", SpanOf(speaker), null), -1);
        }

        return null;
    }

    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to before <paramref name="open"/> are the object of "call" before
    /// its quotation ("called [the senator] “...”"): one to six words with no punctuation but an abbreviation's full stop.
    /// </summary>
    private bool CalledObject(int first, int open)
    {
        var words = 0;
        for (var i = first; i < open; i++)
        {
            if (_t[i].IsWord)
            {
                words++;
            }
            else if (_t[i].Value != "." || i == first || !_t[i - 1].IsWord)
            {
                return false;
            }
        }

        return words is >= 1 and <= 6;
    }

    /// <summary>SPEAKER referred to X as “...”, called X “...”, described X as “...”.</summary>
    private Attribution? PartialQuote(QuotedSpan q)
    {
        var open = _doc.IndexAtOrAfter(q.Outer.Start);
        var start = _doc.SentenceStartToken(open);
        if (open - 1 < start)
        {
            return null;
        }

        for (var c = open - 1; c >= Math.Max(start, open - 12); c--)
        {
            var w = _t[c].Lower;
            var isReferred = w is "referred" or "refers" or "referring" && c + 1 < open && _t[c + 1].Lower == "to";
            var isDescribed = w is "described" or "describes" or "characterized" or "characterised" or "branded" or "labeled" or "labelled";
            var isCalled = w is "called" or "calls" or "dubbed" or "dubs";
            if (!isReferred && !isDescribed && !isCalled)
            {
                continue;
            }

            var asWord = open - 1;
            if ((isReferred || isDescribed) && _t[asWord].Lower != "as")
            {
                return null;
            }

            var subject = SubjectLeft(c);
            if (subject is null)
            {
                return null;
            }

            var cueText = isReferred ? "referred to ... as" : isDescribed ? $"{_t[c].Lower} ... as" : _t[c].Lower;
            var cueEnd = isCalled ? _t[c].Span.End : _t[asWord].Span.End;

            // "called Wells Fargo’s behavior “outrageous”": PolNeAR's content of "call" takes the object in.
            var content = isCalled && CalledObject(c + 1, open) ? new Span(_t[c + 1].Span.Start, q.Outer.End) : q.Outer;
            return new Attribution(content, QuoteType.Mixed, new Span(_t[c].Span.Start, cueEnd), cueText, SpanOf(subject.Value), null);
        }

        return null;
    }

    private List<Attribution> FindIndirect()
    {
        var result = new List<Attribution>();
        // A colon is told by its form's number: testing each token's string read every token's characters (speed94res).
        var forms = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_formOf);
        var colon = _doc.Words.IndexOf(":");
        for (var k = 0; k < _t.Count; k++)
        {
            if (_doc.Quoted[k] || IsUsed(k))
            {
                continue;
            }

            // Most words start nothing: one look-up says so (the words each form below starts with, and the cues).
            if (!IsCue(k) && forms[k] != colon && (_ruleFlags[forms[k]] & TriggerFlag) == 0)
            {
                continue;
            }

            var a = _t[k].Lower == "according" && k + 1 < _t.Count && _t[k + 1].Lower == "to" ? AccordingTo(k)
                : _t[k].Lower is "called" or "calls" or "calling" && k + 1 < _t.Count && _t[k + 1].Lower is "for" or "on" ? CalledFor(k)
                : IntentionVerbs.Contains(_t[k].Lower) && k + 1 < _t.Count && _t[k + 1].Lower == "to" ? Intention(k)
                : EvidentialVerbs.Contains(_t[k].Lower) || _t[k].Lower == "expected" && k > 0 && _t[k - 1].Lower is "is" or "are" or "was" or "were" ? Evidential(k)
                : _t[k].Value == ":" ? HeadlineColon(k)
                : _t[k].Lower == "asked" && (k == _doc.SentenceStartToken(k) || _t[k - 1].Lower is "when" or "if") ? AskedClause(k)
                : IsCue(k) ? Parenthetical(k) ?? WithParticle(k) ?? Reported(k)
                : null;
            if (a is not null)
            {
                result.Add(a);
            }
        }

        return result;
    }

    /// <summary>CONTENT, SPEAKER CUE [ADDRESSEE] [TIME]. — CONTENT, CUE SPEAKER. — CONTENT, SPEAKER CUE, CONTENT.</summary>
    private Attribution? Parenthetical(int k)
    {
        var start = _doc.SentenceStartToken(k);
        var end = _doc.SentenceEndToken(k);
        (int First, int Last)? subject;
        int comma, after;
        if (k - 1 > start && _t[k - 1].Value == ",")
        {
            // Inverted: "..., said Mr. Vale, the counsel for the city." A pronoun there starts the content
            // of a cue whose subject came before the comma ("Paradis, who ..., says she identifies ...").
            subject = NounPhraseRight(k + 1, end);
            if (subject is { } pronoun && pronoun.First == pronoun.Last && Lexicon.PersonPronouns.Contains(_t[pronoun.First].Value)
                && pronoun.Last + 1 < end && _t[pronoun.Last + 1].IsWord)
            {
                subject = null;
            }

            comma = k - 1;
            after = subject is null ? -1 : SkipApposition(subject.Value.Last + 1, end);
        }
        else
        {
            var j = k - 1;
            while (j > start && _t[j].IsWord && Lexicon.Adverbs.Contains(_t[j].Value))
            {
                j--;
            }

            subject = NounPhraseEndingAt(j, start) ?? BarePluralBeforeSpeechCue(j, k, start);
            if (subject is { } bare)
            {
                subject = ModifiedAfterComma(bare, start);
            }

            comma = subject is null ? -1 : subject.Value.First - 1;
            after = k + 1;
            if (subject is not null && Lexicon.AddresseeVerbs.Contains(Lexicon.CueVerbs[_t[k].Value]))
            {
                after = (NounPhraseRight(after, end) ?? (after, after - 1)).Last + 1;
            }
        }

        if (subject is null || comma <= start || _t[comma].Value != "," || _doc.Quoted[comma - 1] || IsQuoteMark(comma - 1))
        {
            return null;
        }

        // Skip what may follow the attribution before the sentence goes on or ends: an apposition
        // was taken by the noun phrase; here "on Thursday", "in an interview", "last week".
        var a = after;
        while (a < end && a < after + 6 && _t[a].IsWord && !IsCue(a))
        {
            a++;
        }

        // ... but not a clause of its own: "While X has said ..., Hale said he does not hold them openly, as ...":
        // the words after the cue are its reported content (the "said" form below reads them), not a time or a medium.
        if (a > after && ClauseAfterCue(after, a))
        {
            return null;
        }

        if (a < end && _t[a].Value is not ("." or "," or "!" or "?" or ";"))
        {
            return null;
        }

        if (a < end && _t[a].Value == "," && a + 1 < end)
        {
            // The content resumes after the attribution: "Vexo was a giant, Mr. Hale said, until it ran out of cash."
            var resumedEnd = ContentEnd(a + 1, end);
            if (comma - start + resumedEnd - a - 1 < MinimumContentWords)
            {
                return null;
            }

            MarkUsed(k);
            return new Attribution(new Span(_t[start].Span.Start, ContentEndChar(a + 1, resumedEnd)), QuoteType.Indirect, _t[k].Span, _t[k].Lower, SpanOf(subject.Value), null);
        }

        if (comma - start < MinimumContentWords)
        {
            return null;
        }

        MarkUsed(k);
        var contentStart = _t[start].Value is "“" or "\"" ? start + 1 : start;
        return new Attribution(new Span(_t[contentStart].Span.Start, _t[comma - 1].Span.End), QuoteType.Indirect, _t[k].Span, _t[k].Lower, SpanOf(subject.Value), null);
    }

    /// <summary>
    /// A speaker after the content's comma may carry modifiers the noun phrase does not take in: "..., political experts said.",
    /// "..., Israeli officials said", "..., veteran Republicans said". Up to three words between the comma and the phrase, none
    /// of them a cue, preposition, conjunction, subordinator, determiner, auxiliary, pronoun, adverb, participle (-ed, -ing) or punctuation, join it;
    /// otherwise (and for a pronoun: "whom he considers", "because she thinks") the phrase is unchanged.
    /// </summary>
    private (int First, int Last) ModifiedAfterComma((int First, int Last) subject, int start)
    {
        var first = subject.First;
        if (Lexicon.PersonPronouns.Contains(_t[subject.First].Value))
        {
            return subject;
        }

        for (var m = first - 1; m > start && m >= subject.First - 3; m--)
        {
            if (_t[m].Value == ",")
            {
                return first < subject.First ? (first, subject.Last) : subject;
            }

            var w = _t[m];
            if (m - 1 > start && _t[m - 1].Value == "," && w.IsWord && !_doc.Quoted[m] && Lexicon.Determiners.Contains(w.Value)
                && w.Lower is not ("that" or "this" or "these" or "those") && !Lexicon.Determiners.Contains(_t[subject.First].Value))
            {
                // An article opens the phrase right after the comma: "..., the Democratic nominee's campaign announced" (not a
                // demonstrative, which may be a complementiser: "..., that Trump was saying"; not before another article).
                return (m, subject.Last);
            }

            if (!w.IsWord || _doc.Quoted[m] || IsCue(m) || Lexicon.Prepositions.Contains(w.Value) || Lexicon.Auxiliaries.Contains(w.Value)
                || Lexicon.PersonPronouns.Contains(w.Value) || w.Lower is "and" or "or" or "but" or "nor" or "that" or "it" or "you" or "there" or "which"
                || Lexicon.Adverbs.Contains(w.Value) || Lexicon.NotNames.Contains(w.Value)
                || !w.IsCapitalized && (w.Value.EndsWith("ly", StringComparison.Ordinal) || w.Value.EndsWith("ed", StringComparison.Ordinal) || w.Value.EndsWith("ing", StringComparison.Ordinal)))
            {
                return subject;
            }

            first = m;
        }

        return subject;
    }

    /// <summary>After a speaker's name, skips an apposition (", the director of the museum") up to the next comma or the sentence end.</summary>
    private int SkipApposition(int at, int end)
    {
        if (at + 1 >= end || _t[at].Value != "," || !(Lexicon.Determiners.Contains(_t[at + 1].Value) || EntityIndex.EndsPossessive(_t[at + 1].Value)))
        {
            return at;
        }

        var j = at + 1;
        while (j < end && _t[j].Value is not ("," or "." or ";" or "!" or "?"))
        {
            j++;
        }

        return j;
    }

    private bool IsQuoteMark(int j) => !_t[j].IsWord && _t[j].Value is "”" or "\"" or "’" or "'" or "»";

    /// <summary>SPEAKER CUE [ADDRESSEE ...] [that] CONTENT; As SPEAKER CUE, CONTENT.</summary>
    private Attribution? Reported(int k)
    {
        var start = _doc.SentenceStartToken(k);
        var end = _doc.SentenceEndToken(k);
        var lemma = Lexicon.CueVerbs[_t[k].Value];
        if (k + 1 >= end)
        {
            return null;
        }

        int contentStart;
        Span? addressee = null;

        // "As a Bloomberg report once explained, CONTENT"
        if (_t[start].Lower == "as" && _t[k + 1].Value == ",")
        {
            contentStart = k + 2;
        }
        else
        {
            var that = -1;
            var titled = false;
            for (var j = k + 1; j < Math.Min(end, k + 14); j++)
            {
                // "told the Ledger’s “Morning Desk” that", "told “Morning Desk” that": a title stands in the addressee.
                if (QuotedTitle.EndInAddresseeOrMedium(_doc.Document.Text, _t[j].Span.Start) is { } titleEnd)
                {
                    while (j + 1 < end && _t[j + 1].Span.Start < titleEnd)
                    {
                        j++;
                    }

                    titled = true;
                    continue;
                }

                if (_doc.Quoted[j] || !_t[j].IsWord && _t[j].Value is not ("," or "’" or "'") || j > k + 1 && IsCue(j))
                {
                    break;
                }

                if (_t[j].Lower == "that" || lemma == "ask" && _t[j].Lower is "whether" or "if" or "why" or "how" or "what" or "when" or "who")
                {
                    that = j;
                    break;
                }
            }

            if (that > k + 1 && ClauseBeforeThat(k, that, lemma) && _t[k + 1].IsWord && !Lexicon.ThatOnlyVerbs.Contains(lemma) && !IsCue(k + 1))
            {
                // "said he did not see evidence that ...", "said it's important that ...": the "that" is the clause's own,
                // and the content starts right after the cue.
                contentStart = k + 1;
            }
            else if (that > 0)
            {
                // The content includes its complementiser, as PolNeAR marks it ("that the factory would close").
                contentStart = that;
                if (Lexicon.AddresseeVerbs.Contains(lemma) && that > k + 1)
                {
                    // "told the Tribune that": whatever short phrase stands between the cue and "that" is the addressee.
                    var np = NounPhraseRight(k + 1, that) ?? (that - k - 1 <= 4 && Enumerable.Range(k + 1, that - k - 1).All(x => _t[x].IsWord && !Lexicon.TimeWords.Contains(_t[x].Value)) ? (k + 1, that - 1) : null);
                    addressee = titled && (_t[k + 1].IsWord || QuotedTitle.EndInAddresseeOrMedium(_doc.Document.Text, _t[k + 1].Span.Start) is not null) ? new Span(_t[k + 1].Span.Start, _t[that - 1].Span.End) : np is null ? null : SpanOf(np.Value);
                }
            }
            else if (Lexicon.AddresseeVerbs.Contains(lemma) && ClauseAfterAddressee(k, end) is { } clause)
            {
                // "The mayor told dock workers this week he would weigh it ..."
                contentStart = clause.Start;
                addressee = clause.Addressee;
            }
            else if (!Lexicon.ThatOnlyVerbs.Contains(lemma) && _t[k + 1].IsWord && !_doc.Quoted[k + 1]
                     && !Lexicon.Prepositions.Contains(_t[k + 1].Value) && !Lexicon.TimeWords.Contains(_t[k + 1].Value)
                     && !_t[k + 1].Value.EndsWith("ly", StringComparison.Ordinal) && !IsCue(k + 1))
            {
                contentStart = k + 1;
            }
            else
            {
                return null;
            }
        }

        var contentEnd = ContentEnd(contentStart, end);
        if (contentEnd - contentStart < MinimumContentWords || contentStart >= end)
        {
            return null;
        }

        var subject = SubjectLeft(k);
        if (subject is null)
        {
            return null;
        }

        MarkUsed(k);
        return new Attribution(new Span(_t[contentStart].Span.Start, ContentEndChar(contentStart, contentEnd)), QuoteType.Indirect, _t[k].Span, _t[k].Lower, SpanOf(subject.Value), addressee);
    }

    /// <summary>
    /// Whether the words between a cue and a "that" after it start a clause of their own: a subject pronoun first ("he",
    /// "it’s"), or a modal or auxiliary among them ("Ruiz would need to show proof that"). Not after a cue
    /// that takes an addressee ("told you that"), nor when a preposition or an object pronoun comes first ("said during
    /// the debate that", "told him that"), nor over a comma.
    /// </summary>
    private bool ClauseBeforeThat(int cue, int that, string lemma)
    {
        if (Lexicon.AddresseeVerbs.Contains(lemma) || Lexicon.Prepositions.Contains(_t[cue + 1].Value) || _t[cue + 1].Lower is "you" or "me" or "him" or "her" or "them" or "us")
        {
            return false;
        }

        var clause = IsSubjectPronoun(_t[cue + 1].Lower);
        for (var j = cue + 1; j < that; j++)
        {
            if (!_t[j].IsWord)
            {
                return false;
            }

            clause |= ClauseVerbs.Contains(_t[j].Lower);
        }

        return clause;
    }

    // "he", "it’s", "they'll": a subject pronoun, alone or with a contracted auxiliary.
    /// <summary>
    /// A lower-case plural the lexicon does not list, right before a speech cue at the end of a sentence ("..., donors said.",
    /// "..., pollsters say."): the speaker of the "CONTENT, SPEAKER CUE" form, which checks the comma before it.
    /// </summary>
    private (int First, int Last)? BarePluralBeforeSpeechCue(int j, int cue, int start)
    {
        if (j <= start || !_t[j].IsWord || _doc.Quoted[j] || _t[j].IsCapitalized || IsCue(j) || !SpeechLemmas.Contains(Lexicon.CueVerbs[_t[cue].Value]))
        {
            return null;
        }

        var w = _t[j].Value;
        return w.Length >= 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !EntityIndex.EndsPossessive(w) && !Lexicon.NotNames.Contains(w)
               && !Lexicon.Auxiliaries.Contains(w) && !Lexicon.Prepositions.Contains(w) && !Lexicon.Adverbs.Contains(w) && !Lexicon.CueVerbs.ContainsKey(w)
            ? (j, j)
            : null;
    }

    /// <summary>The words from <paramref name="from"/> up to <paramref name="to"/> open with a subject pronoun or hold an auxiliary: a clause.</summary>
    private bool ClauseAfterCue(int from, int to)
    {
        if (IsSubjectPronoun(_t[from].Lower))
        {
            return true;
        }

        for (var i = from; i < to; i++)
        {
            if (Lexicon.Auxiliaries.Contains(_t[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSubjectPronoun(string lower)
    {
        var apostrophe = lower.IndexOfAny(['\'', '’']);
        var word = apostrophe > 0 ? lower[..apostrophe] : lower;
        return word is "he" or "she" or "they" or "we" or "i" or "it";
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["would", "will", "is", "was", "has", "had", "have", "can", "could", "should", "must", "are", "were", "may", "might", "does", "did", "do", "be", "been", "wants", "want", "needs", "need"], StringComparer.Ordinal);

    /// <summary>After "told X", skipping time words, a clause that starts with a subject pronoun or determiner.</summary>
    private (int Start, Span Addressee)? ClauseAfterAddressee(int cue, int end)
    {
        var np = NounPhraseRight(cue + 1, end) ?? (cue + 1 < end && IsNameWord(cue + 1) ? (cue + 1, cue + 1) : null);
        if (np is null)
        {
            return null;
        }

        var j = np.Value.Last + 1;
        while (j < end && _t[j].IsWord && (Lexicon.TimeWords.Contains(_t[j].Value) || _t[j].Lower is "on" or "in" or "at"))
        {
            j++;
        }

        return j + 2 < end && _t[j].IsWord && _t[j].Lower is "he" or "she" or "they" or "it" or "we" or "i" or "the" or "his" or "her" or "their"
            ? (j, SpanOf(np.Value))
            : null;
    }

    // PolNeAR also attributes intentions: "Sanders wants to raise taxes", "She plans to run".
    private static readonly HashSet<string> IntentionVerbs = ["wants", "wanted", "plans", "planned", "intends", "intended", "hopes", "hoped", "seeks", "sought", "vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened", "threatens", "refused", "refuses", "declined"];

    // Evidential and expectation cues with no source: PolNeAR marks the whole clause ("[Mr. Hale seemed most worried about ...]").
    private static readonly HashSet<string> EvidentialVerbs = ["seem", "seems", "seemed", "appear", "appears", "appeared"];

    // The first words of the forms other than a cue's: "according to", "called for", intentions, evidentials, "is expected", "asked".
    private static readonly System.Collections.Frozen.FrozenSet<string> Triggers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["according", "called", "calls", "calling", "expected", "asked", .. IntentionVerbs, .. EvidentialVerbs], StringComparer.Ordinal);

    // The triggers, and the cue verbs lowered, by hash (WordTable.HashFilter): most forms are neither, known so without a look-up. The cue
    // verbs' table ignores case; for a form of ASCII characters that is its lower case's equality with a key lowered, when every key is ASCII
    // (null otherwise: the table then answers every form).
    private static readonly WordTable.HashFilter TriggerWords = new(Triggers);
    private static readonly WordTable.HashFilter? CueVerbWords =
        Lexicon.CueVerbs.Keys.All(k => System.Text.Ascii.IsValid(k)) ? new(Lexicon.CueVerbs.Keys.Select(k => k.ToLowerInvariant())) : null;

    /// <summary>CLAUSE seems/appeared ... ; CLAUSE is expected to ...: the clause, from its start, is the content; there is no speaker.</summary>
    private Attribution? Evidential(int k)
    {
        if (_doc.Quoted[k] || k + 1 >= _t.Count || !_t[k + 1].IsWord || _t[k].IsCapitalized)
        {
            return null;
        }

        var start = _doc.SentenceStartToken(k);
        var end = _doc.SentenceEndToken(k);
        var cueFirst = _t[k].Lower == "expected" ? k - 1 : k;
        var first = cueFirst;
        while (first - 1 >= start && first - 1 > cueFirst - SpeakerWindow && _t[first - 1].Value is not ("," or ";" or ":" or "—" or "–" or "(") && !_doc.Quoted[first - 1])
        {
            first--;
        }

        while (first < cueFirst && _t[first].Lower is "but" or "and" or "yet" or "so" or "still" or "now")
        {
            first++;
        }

        if (cueFirst - first < 1 || !_t[first].IsWord || IsQuoteMark(first))
        {
            return null;
        }

        var contentEnd = ContentEnd(k, end);
        if (contentEnd - first < MinimumContentWords + 1)
        {
            return null;
        }

        var cueText = string.Join(' ', Enumerable.Range(cueFirst, k - cueFirst + 1).Select(i => _t[i].Lower));
        return new Attribution(new Span(_t[first].Span.Start, ContentEndChar(first, contentEnd)), QuoteType.Indirect, new Span(_t[cueFirst].Span.Start, _t[k].Span.End), cueText, null, null);
    }

    /// <summary>"Ruiz: Port vote's result could help Hale campaign" — a headline or an interview turn ("Q: ...") gives the words after a short leading name to it, to the end of the paragraph.</summary>
    private Attribution? HeadlineColon(int k)
    {
        var start = _doc.SentenceStartToken(k);
        if (_doc.Quoted[k] || k - start < 1 || k - start > 4 || k + 1 >= _t.Count || IsQuoteMark(k + 1) || _t[k + 1].Value is "“" or "\"" or "‘" or "«" or "„")
        {
            return null;
        }

        for (var j = start; j < k; j++)
        {
            if (!(_t[j].IsCapitalized || _t[j].Value is "’s" or "'s") || _doc.Quoted[j] || Lexicon.NotNames.Contains(_t[j].Value))
            {
                return null;
            }
        }

        if (!IsSpeakerLabel(start, k))
        {
            return null;
        }

        var paragraph = _doc.Document.Paragraphs[_doc.Document.ParagraphAt(_t[k].Span.Start)];
        var last = k + 1;
        while (last + 1 < _t.Count && _t[last + 1].Span.End <= paragraph.End && last + 1 < k + ContentWindow)
        {
            last++;
        }

        if (last - k < MinimumContentWords || _t[k + 1].Span.Start >= paragraph.End)
        {
            return null;
        }

        return new Attribution(new Span(_t[k + 1].Span.Start, ContentEndChar(k + 1, last + 1)), QuoteType.Indirect, _t[k].Span, ":", new Span(_t[start].Span.Start, _t[k - 1].Span.End), null);
    }

    /// <summary>
    /// Whether the label of tokens <paramref name="first"/> to before the colon at <paramref name="colon"/> is someone's name rather
    /// than the heading of a field, a notice or a list ("Note:", "Citation:", "Ingredients:", a recipe's "Portion Fix Containers:"
    /// on every meal, an interview's "Q:"; audit 13): the article names it elsewhere, outside a label of this kind (a headline's
    /// "Sanders:" is a story about Sanders) or it is a document ("Poll: ...", "Report: ..."; not the writer's own "Note:"), it is
    /// more than one letter, and it is no salutation ("Dear Abby:" opens a letter to her).
    /// </summary>
    private bool IsSpeakerLabel(int first, int colon)
    {
        if (_t[first].Lower == "dear" || colon - first == 1 && _t[first].Value.Length == 1)
        {
            return false;
        }

        var name = colon - 1;
        while (name > first && !_t[name].IsWord)
        {
            name--;
        }

        if (Lexicon.DocumentNouns.Contains(_t[name].Value) && _t[name].Lower is not ("note" or "notes"))
        {
            return true;
        }

        // The other tokens of the name's form are the ones written as it is: the scan compares form numbers, not each token's string
        // (speed94res).
        var forms = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_formOf);
        var form = forms[name];
        for (var from = 0; forms[from..].IndexOf(form) is var at and >= 0; from += at + 1)
        {
            var j = from + at;
            if (j != name && (j + 1 >= _t.Count || _t[j + 1].Value != ":"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Asked about the merger, she defended ..." / "When asked why ..., he said": the question, up to the comma, with no speaker of its own.</summary>
    private Attribution? AskedClause(int k)
    {
        var end = _doc.SentenceEndToken(k);
        var comma = k + 1;
        while (comma < end && comma < k + SpeakerWindow && _t[comma].Value != ",")
        {
            comma++;
        }

        if (comma >= end || comma - k - 1 < 2 || _doc.Quoted[k + 1])
        {
            return null;
        }

        MarkUsed(k);
        return new Attribution(new Span(_t[k + 1].Span.Start, _t[comma - 1].Span.End), QuoteType.Indirect, _t[k].Span, "asked", null, null);
    }

    /// <summary>SPEAKER pointed to / lashed out at / asked about CONTENT; SPEAKER hopes/refuses to CONTENT.</summary>
    private Attribution? WithParticle(int k)
    {
        if (k + 2 >= _t.Count || !Lexicon.CueParticles.Contains(_t[k + 1].Value) || _doc.Quoted[k + 1])
        {
            return null;
        }

        var lemma = Lexicon.CueVerbs[_t[k].Value];
        if (Lexicon.NoParticleVerbs.Contains(lemma))
        {
            return null;
        }

        if (_t[k + 1].Lower == "to" && Lexicon.InfinitiveVerbs.Contains(lemma))
        {
            return CueThenContent(k, k, k + 1);
        }

        var last = k + 1;
        if (last + 1 < _t.Count && Lexicon.CueParticles.Contains(_t[last + 1].Value) && _t[last + 1].Lower != _t[last].Lower)
        {
            last++;
        }

        return CueThenContent(k, last, last + 1);
    }

    /// <summary>SPEAKER wants/plans/vowed to CONTENT.</summary>
    private Attribution? Intention(int k) => CueThenContent(k, k, k + 1);

    /// <summary>SPEAKER called for CONTENT / called on X to CONTENT: a demand, reported.</summary>
    private Attribution? CalledFor(int k) => CueThenContent(k, k + 1, k + 2);

    /// <summary>A cue of the tokens <paramref name="cueFirst"/> to <paramref name="cueLast"/>, its subject before it and its content from <paramref name="contentStart"/> to the end of the clause.</summary>
    private Attribution? CueThenContent(int cueFirst, int cueLast, int contentStart)
    {
        var contentEnd = ContentEnd(contentStart, _doc.SentenceEndToken(cueFirst));
        if (contentEnd - contentStart < MinimumContentWords || SubjectLeft(cueFirst) is not { } subject)
        {
            return null;
        }

        MarkUsed(cueFirst);
        var cue = new Span(_t[cueFirst].Span.Start, _t[cueLast].Span.End);
        var cueText = string.Join(' ', Enumerable.Range(cueFirst, cueLast - cueFirst + 1).Select(i => _t[i].Lower));
        return new Attribution(new Span(_t[contentStart].Span.Start, ContentEndChar(contentStart, contentEnd)), QuoteType.Indirect, cue, cueText, SpanOf(subject), null);
    }

    /// <summary>CONTENT, according to SPEAKER — or — According to SPEAKER, CONTENT.</summary>
    private Attribution? AccordingTo(int k)
    {
        var start = _doc.SentenceStartToken(k);
        var end = _doc.SentenceEndToken(k);
        // The source of "according to" is any phrase ("the results", "a tally by the Vexo Ledger"), not only a
        // person or organisation: up to the next comma or the sentence end, a dozen words at most.
        var np = NounPhraseRight(k + 2, end) ?? AnyPhraseRight(k + 2, end);
        if (np is null)
        {
            return null;
        }

        var cue = new Span(_t[k].Span.Start, _t[k + 1].Span.End);
        if (k == start || (k == start + 1 && !_t[start].IsWord))
        {
            var comma = np.Value.Last + 1;
            while (comma < end && comma < k + SpeakerWindow && _t[comma].Value != ",")
            {
                comma++;
            }

            var contentEnd = ContentEnd(comma + 1, end);
            return comma + 1 >= end || contentEnd - comma - 1 < MinimumContentWords ? null
                : new Attribution(new Span(_t[comma + 1].Span.Start, ContentEndChar(comma + 1, contentEnd)), QuoteType.Indirect, cue, "according to", SpanOf(np.Value), null);
        }

        var before = k - 1;
        if (_t[before].Value != "," || before - start < MinimumContentWords)
        {
            return null;
        }

        return new Attribution(new Span(_t[start].Span.Start, _t[before - 1].Span.End), QuoteType.Indirect, cue, "according to", SpanOf(np.Value), null);
    }

    /// <summary>The words from <paramref name="i"/> to the next comma or the sentence end, when they are a dozen or fewer and unquoted.</summary>
    private (int First, int Last)? AnyPhraseRight(int i, int end)
    {
        var last = i - 1;
        while (last + 1 < end && last + 1 < i + 12 && _t[last + 1].Value != "," && !_doc.Quoted[last + 1] && (_t[last + 1].IsWord || _t[last + 1].Value is "." or "’s" or "'s" or "-" or "&" or "/") && !(_t[last + 1].Value == "." && last + 2 >= end))
        {
            last++;
        }

        return last >= i && _t[i].IsWord && (last + 1 >= end || _t[last + 1].Value is "," or "." or "!" or "?" or ";") ? (i, last) : null;
    }

    /// <summary>One past the last content token: the sentence end, or the start of a coordinated predicate of the reporting clause (", but recanted ...").</summary>
    private int ContentEnd(int from, int end)
    {
        end = Math.Min(end, from + ContentWindow);
        for (var j = from + 1; j + 1 < end; j++)
        {
            if (_doc.Quoted[j])
            {
                continue;
            }

            if (_t[j].Value == "," && j + 1 < end && (_t[j + 1].Lower is "though" or "although" or "whereas" || _t[j + 1].Lower.EndsWith("ing", StringComparison.Ordinal) && IsCue(j + 1)))
            {
                // A concession or a participle of the reporting clause: "..., though she acknowledged ...", "..., adding that ..."
                return j;
            }


            if (_t[j].Value == ",")
            {
                // The end of a relative clause: "Ma, who announced that X, also told ..."
                var v = j + 1;
                while (v < end && _t[v].IsWord && Lexicon.Adverbs.Contains(_t[v].Value) && !IsCue(v))
                {
                    v++;
                }

                if (v < end && IsCue(v))
                {
                    return j;
                }

                continue;
            }

            if (_t[j].Lower is not ("but" or "and"))
            {
                continue;
            }

            var next = _t[j + 1];
            var verbLike = next.IsWord && !next.IsCapitalized && (IsCue(j + 1) || next.Lower.EndsWith("ed", StringComparison.Ordinal) && next.Lower.Length > 4);
            if (verbLike && (_t[j - 1].Value == "," || IsCue(j + 1)))
            {
                return _t[j - 1].Value == "," ? j - 1 : j;
            }
        }

        return end;
    }

    private int ContentEndChar(int from, int endToken)
    {
        // Leave out the closing punctuation of the sentence, but keep a closing quotation mark whose quotation opened inside the content.
        var last = endToken - 1;
        var contentStart = _t[from].Span.Start;
        if (_quoteByEnd.TryGetValue(_t[last].Span.End, out var q) && q.Outer.Start >= contentStart)
        {
            return q.Outer.End;
        }

        while (last > from && !_t[last].IsWord && _t[last].Value is "." or "!" or "?" or "…" or ":" or ";" or "," or "”" or "\"" or "’")
        {
            last--;
        }

        return _t[last].Span.End;
    }

    /// <summary>The speaker of the cue at <paramref name="cue"/>: the noun phrase just before it, skipping adverbs, a relative clause or an apposition; else the nearest speaker-like phrase before it in the sentence.</summary>
    private (int First, int Last)? SubjectLeft(int cue)
    {
        var start = _doc.SentenceStartToken(cue);
        var j = cue - 1;
        // A modal that is a surname after a given name ("George Will wrote") is the subject's last word, not an adverb before the cue.
        while (j >= start && _t[j].IsWord && Lexicon.Adverbs.Contains(_t[j].Value) && !Lexicon.InsideName(_t, j))
        {
            j--;
        }

        if (j < start)
        {
            return null;
        }

        if (_t[j].Lower is "who" or "which" && j - 1 >= start && _t[j - 1].Value == ",")
        {
            return NounPhraseEndingAt(j - 2, start);
        }

        // A participle of the clause ("Ryan's campaign shrugged off the remarks, telling reporters ...") shares its subject, as a coordinated predicate does.
        var participle = _t[j].Value == "," && _t[cue].Lower.EndsWith("ing", StringComparison.Ordinal);
        if (_t[j].Lower is "and" or "but" || participle)
        {
            // A coordinated predicate ("Machado promised to keep supporting Clinton and said ...") shares
            // the subject of its clause: the first speaker-like phrase of the sentence, not the nearest.
            for (var c = Math.Max(start, j - SpeakerWindow); c < j; c++)
            {
                if (_doc.Quoted[c] || !_t[c].IsWord)
                {
                    continue;
                }

                if (c == start && DatelineEnd(c, j) is var dash && dash > c)
                {
                    // "WASHINGTON — Sen. Bernie Sanders said ..., saying": a dateline is not the subject.
                    c = dash;
                    continue;
                }

                if (c == start && LeadingAdverbial.Contains(_t[c].Value))
                {
                    // A sentence that opens with a prepositional phrase or a subordinate clause ("In a June chat with Radio Delmar, he ...",
                    // "In a sharp attack on the developer, Sen. Tom Hale ...") has its subject after that phrase's comma, and after a
                    // state or country written after a town (", Ohio,").
                    while (c + 1 < j && _t[c + 1].Value != ",")
                    {
                        c++;
                    }

                    if (c + 3 < j && IsNameWord(c + 2) && _t[c + 3].Value == ",")
                    {
                        c += 2;
                    }

                    continue;
                }

                var candidate = NounPhraseFrom(c, j);
                if (candidate is not null && IsSpeakerLike(candidate.Value))
                {
                    return candidate;
                }
            }
        }

        var np = NounPhraseEndingAt(j, start);
        if (np is not null)
        {
            return np;
        }

        if (_t[j].Value == ",")
        {
            // "Ma, who recently announced ..., also told" / "Jack Ma, the founder of Alibaba, said"
            for (var c = j - 1; c > Math.Max(start, j - SpeakerWindow); c--)
            {
                if (_t[c].Value == "," && !_doc.Quoted[c])
                {
                    var head = NounPhraseEndingAt(c - 1, start);
                    if (head is not null)
                    {
                        return head;
                    }

                    break;
                }
            }
        }

        for (var c = j; c >= Math.Max(start, j - SpeakerWindow); c--)
        {
            if (_doc.Quoted[c])
            {
                continue;
            }

            var candidate = NounPhraseEndingAt(c, start);
            if (candidate is not null && IsSpeakerLike(candidate.Value))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The speaker-like noun phrase starting at <paramref name="c"/>, extended over a name or a description.</summary>
    private (int First, int Last)? NounPhraseFrom(int c, int end)
    {
        var np = NounPhraseRight(c, end);
        return np is { } found && found.First == c ? found : null;
    }

    private bool IsSpeakerLike((int First, int Last) np)
    {
        var head = _t[np.Last];
        return Lexicon.PersonPronouns.Contains(head.Value) && head.Lower != "who" || head.IsCapitalized
               || Lexicon.PersonNouns.Contains(head.Value) || Lexicon.OrganizationNouns.Contains(head.Value)
               || Lexicon.DocumentNouns.Contains(head.Value) || Lexicon.IsGroupNoun(head.Value);
    }

    /// <summary>A speaker-like noun phrase whose last token is <paramref name="j"/>.</summary>
    private (int First, int Last)? NounPhraseEndingAt(int j, int start)
    {
        if (j < start || !_t[j].IsWord || _doc.Quoted[j])
        {
            return null;
        }

        var head = _t[j];
        if (Lexicon.PersonPronouns.Contains(head.Value) && head.Lower != "who")
        {
            return (j, j);
        }

        if (IsNameWord(j))
        {
            var first = j;
            while (first - 1 >= start && (IsNameWord(first - 1) || Lexicon.Titles.Contains(_t[first - 1].Value)) && !EntityIndex.EndsPossessive(_t[first - 1].Value))
            {
                first--;
            }

            // "the Tax Foundation", "the White House": the article belongs to the name.
            if (first - 1 >= start && _t[first - 1].Lower is "the")
            {
                first--;
            }

            return (first, j);
        }

        var isNoun = Lexicon.PersonNouns.Contains(head.Value) || Lexicon.OrganizationNouns.Contains(head.Value)
                     || Lexicon.DocumentNouns.Contains(head.Value) || Lexicon.IsGroupNoun(head.Value);
        if (!isNoun)
        {
            return null;
        }

        // Extend left over modifiers to a determiner or a possessive: "the billionaire", "a Bloomberg report", "Alibaba’s chairman".
        for (var f = j; f >= Math.Max(start, j - 5); f--)
        {
            var w = _t[f];
            if (!w.IsWord || _doc.Quoted[f])
            {
                break;
            }

            if (f < j && (Lexicon.Determiners.Contains(w.Value) || EntityIndex.EndsPossessive(w.Value)))
            {
                return (f, j);
            }

            // An inflected cue ("said") ends the phrase; a bare form may be a modifier ("a state audit").
            if (f < j && (Lexicon.CueVerbs.TryGetValue(w.Value, out var lemma) && !lemma.Equals(w.Value, StringComparison.OrdinalIgnoreCase) || Lexicon.Prepositions.Contains(w.Value)))
            {
                break;
            }
        }

        // Bare plural groups ("officials said"), shares ("About 9 percent said") and capitalised modifiers ("White House officials").
        if (!Lexicon.IsGroupNoun(head.Value))
        {
            return null;
        }

        var share = j;
        while (share - 1 >= start && _t[share - 1].IsWord && !_doc.Quoted[share - 1]
               && (char.IsDigit(_t[share - 1].Value[0]) || _t[share - 1].Lower is "about" or "almost" or "nearly" or "roughly" or "only" or "just" or "over"))
        {
            share--;
        }

        return (share, j);
    }

    /// <summary>A short phrase ("the insider", "former Bush speechwriter Noam Neusner") that the lexicon does not name, when a cue follows it; only used right after a quotation.</summary>
    private (int First, int Last)? DescriptionRight(int i, int end)
    {
        if (i >= end || !_t[i].IsWord || _doc.Quoted[i] || IsCue(i) || Lexicon.Prepositions.Contains(_t[i].Value) || Lexicon.Adverbs.Contains(_t[i].Value))
        {
            return null;
        }

        var last = i;
        while (last + 1 < end && last + 1 <= i + 6 && (_t[last + 1].IsWord || _t[last + 1].Value == ".") && !_doc.Quoted[last + 1] && !IsCue(last + 1)
               && !Lexicon.Adverbs.Contains(_t[last + 1].Value) && !Lexicon.Prepositions.Contains(_t[last + 1].Value))
        {
            last++;
        }

        return (last > i || _t[i].IsCapitalized && !Lexicon.NotNames.Contains(_t[i].Value)) && last + 1 < end && IsCue(last + 1) ? (i, last) : null;
    }

    /// <summary>
    /// A capitalised phrase or title, roles and a name ("City Hall press secretary Ben Vale", "former Ruiz speechwriter Nils
    /// Berg", "King"): it opens with a capitalised word or a title, ends with a name word, and holds no cue word ("an aide can be
    /// heard", "features a Vexo Ledger" are not).
    /// </summary>
    private bool IsRoleAndName((int First, int Last) phrase)
    {
        if (!(_t[phrase.First].IsCapitalized && !Lexicon.IsNotNameAt(_t, phrase.First) || Lexicon.Titles.Contains(_t[phrase.First].Value))
            || !_t[phrase.Last].IsCapitalized || Lexicon.IsNotNameAt(_t, phrase.Last))
        {
            return false;
        }

        for (var i = phrase.First; i <= phrase.Last; i++)
        {
            if (_t[i].IsWord && Lexicon.CueVerbs.ContainsKey(_t[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cue right at <paramref name="m"/>, over adverbs, or after an apposition (", a top adviser,"); -1 if none.</summary>
    private int CueAfter(int m, int end)
    {
        if (m < end && _t[m].Value == ",")
        {
            var comma = m + 1;
            while (comma < end && comma < m + 25 && _t[comma].Value is not ("," or "." or ";" or "!" or "?") && !_doc.Quoted[comma])
            {
                comma++;
            }

            if (comma < end && _t[comma].Value == "," && comma > m + 1)
            {
                m = comma + 1;
            }
        }

        m = PastAdverbs(m, end);

        return m < end && IsCue(m) ? m : -1;
    }

    /// <summary>A speaker-like noun phrase that starts at <paramref name="i"/>: a pronoun, a name, or a description.</summary>
    private (int First, int Last)? NounPhraseRight(int i, int end)
    {
        if (i >= end || !_t[i].IsWord || _doc.Quoted[i])
        {
            return null;
        }

        if (Lexicon.PersonPronouns.Contains(_t[i].Value) && _t[i].Lower != "who")
        {
            return (i, i);
        }

        if (IsNameWord(i) || Lexicon.Titles.Contains(_t[i].Value) && i + 1 < end && IsNameWord(i + 1))
        {
            var last = i;
            while (last + 1 < end && (IsNameWord(last + 1) || Lexicon.Titles.Contains(_t[last + 1].Value)) && !EntityIndex.EndsPossessive(_t[last].Value))
            {
                last++;
            }

            // "Alibaba’s chairman", "White House officials", "Republican strategist Fred Davis"
            var head = last + 1;
            if (head < end && _t[head].IsWord && !_t[head].IsCapitalized && IsHeadNoun(head))
            {
                var named = head;
                while (named + 1 < end && IsNameWord(named + 1) && named < head + 4)
                {
                    named++;
                }

                return (i, named);
            }

            return (i, last);
        }

        for (var j = i; j < Math.Min(end, i + 6); j++)
        {
            if (!_t[j].IsWord || _doc.Quoted[j])
            {
                return null;
            }

            if (IsHeadNoun(j) && (j > i || Lexicon.IsGroupNoun(_t[j].Value)))
            {
                // Take a following compound head too: "a Chinese news outlet", "the company spokesman";
                // and a name after the description: "budget analyst Tom Okafor".
                while (j + 1 < end && _t[j + 1].IsWord && IsHeadNoun(j + 1))
                {
                    j++;
                }

                var named = j;
                while (named + 1 < end && IsNameWord(named + 1) && named < j + 4)
                {
                    named++;
                }

                return (i, named);
            }

            if (j > i && (Lexicon.CueVerbs.ContainsKey(_t[j].Value) || Lexicon.Prepositions.Contains(_t[j].Value)))
            {
                return null;
            }
        }

        return null;
    }

    private (int First, int Last)? Addressee(int cue, int from, int end)
    {
        // "told about his father", "tells so many lies", "promised that": a preposition, an adverb of degree or a complementiser opens
        // no addressee.
        if (!Lexicon.AddresseeVerbs.Contains(Lexicon.CueVerbs[_t[cue].Value])
            || from < end && _t[from].IsWord && (Lexicon.Prepositions.Contains(_t[from].Value) || _t[from].Lower is "that" or "so" or "how" or "what" or "why" or "whether" or "if"))
        {
            return null;
        }

        return NounPhraseRight(from, end) ?? (from < end && _t[from].IsWord && IsNameWord(from) ? (from, from) : null);
    }

    private bool IsHeadNoun(int j) =>
        Lexicon.PersonNouns.Contains(_t[j].Value) || Lexicon.OrganizationNouns.Contains(_t[j].Value)
        || Lexicon.DocumentNouns.Contains(_t[j].Value) || Lexicon.IsGroupNoun(_t[j].Value);

    private bool IsNameWord(int j) =>
        _t[j].IsCapitalized && !Lexicon.IsNotNameAt(_t, j) && !Lexicon.Titles.Contains(_t[j].Value) && !_doc.Quoted[j];

    /// <summary>
    /// The first token from <paramref name="m"/> (before <paramref name="end"/>) that is no adverb standing before a cue: "Ruiz
    /// quietly asked", "Brooke tearfully asked" (any word in -ly, not only the lexicon's; audit 13).
    /// </summary>
    private int PastAdverbs(int m, int end)
    {
        while (m < end && _t[m].IsWord && (Lexicon.Adverbs.Contains(_t[m].Value) || Lexicon.EndsLikeAnAdverb(_t[m].Lower)) && !IsCue(m))
        {
            m++;
        }

        return m;
    }

    private bool IsCue(int k) => (_tokenBits[k] & IsCueBit) != 0;

    // Whether a statement found has taken token k as its cue, and the marking of it so.
    private bool IsUsed(int k) => (_tokenBits[k] & UsedBit) != 0;

    private void MarkUsed(int k) => _tokenBits[k] |= UsedBit;

    // A capitalised cue word is a name or a heading ("United States", "Says Who"), not a verb.
    private bool ComputeIsCue(int k) => (_ruleFlags[_formOf[k]] & CueWordFlag) != 0 && !_doc.Quoted[k] && !IsAdjectival(k);

    /// <summary>The rules' flags of each form of <paramref name="words"/> (see <see cref="CueWordFlag"/>).</summary>
    private static byte[] RuleFlags(WordTable words)
    {
        var flags = new byte[words.Count];
        for (var f = 0; f < flags.Length; f++)
        {
            var value = words.Values[f];
            if (!char.IsLetterOrDigit(value[0]))
            {
                continue;
            }

            var hash = words.LowerHash(f);
            flags[f] = (byte)((!char.IsUpper(value[0]) && (CueVerbWords is null || CueVerbWords.MayHold(hash) || !words.IsAscii(f)) && Lexicon.CueVerbs.ContainsKey(value) ? CueWordFlag : 0)
                              | (TriggerWords.MayHold(hash) && Triggers.Contains(words.Lowers[f]) ? TriggerFlag : 0));
        }

        return flags;
    }

    // "the so-called", "a promised tax cut", "his stated aim": a participle before a noun is not a cue.
    private bool IsAdjectival(int k) =>
        k > 0 && _t[k - 1].IsWord && Lexicon.Determiners.Contains(_t[k - 1].Value) && _t[k - 1].Lower is not "that" and not "who";

    private string Cue(int k) => _t[k].Lower;

    private Span SpanOf((int First, int Last) np) => new(_t[np.First].Span.Start, _t[np.Last].Span.End - (EntityIndex.EndsPossessive(_t[np.Last].Value) ? 2 : 0));

    private bool OnlyPunctuationBetween(int from, int to)
    {
        var text = _doc.Document.Text;
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && !char.IsPunctuation(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private int WordCount(Span span)
    {
        var count = 0;
        for (var i = _doc.IndexAtOrAfter(span.Start); i < _t.Count && _t[i].Span.End <= span.End; i++)
        {
            count += _t[i].IsWord ? 1 : 0;
        }

        return count;
    }

    /// <summary>A direct quotation with no speaker of its own continues the statement just before it, when that one is in the same or the previous paragraph.</summary>
    private List<Attribution> InheritSpeakers(List<Attribution> sorted)
    {
        for (var i = 1; i < sorted.Count; i++)
        {
            var a = sorted[i];
            var previous = sorted[i - 1];
            if (a.Speaker is not null || a.Cue is not null || previous.Speaker is null && previous.InheritedFrom is null)
            {
                continue;
            }

            var pa = _doc.Document.ParagraphAt(a.Content.Start);
            var pb = _doc.Document.ParagraphAt(previous.Content.Start);
            if (pa - pb <= 1)
            {
                var source = previous.InheritedFrom ?? previous;
                sorted[i] = a with { Speaker = source.Speaker, InheritedFrom = source };
            }
        }

        return sorted;
    }
}
