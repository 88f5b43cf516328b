using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on phrases that open a sentence or stand aside in it ("Speaking Sunday on ABC, Ana Ruiz said",
/// "Clinton, during a town hall, said", "Joyce — who is listed as ... — told"): the subject outside the phrase, not a mention inside it.
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Tokens from a dateline's place to its dash ("WASHINGTON, June 24 (UPI) —").
    private const int MaxDatelineToDash = 10;

    // A dash as the tokenizer writes it: em, en and horizontal bar, a doubled or a single hyphen standing alone ("SALEM - ").
    private static bool IsDashMark(string value) => value is "—" or "–" or "―" or "--" or "-";

    // Tokens from an opening participle to the cue it opens ("Continuing to explain").
    private const int MaxParticipleToCue = 2;

    /// <summary>
    /// The subject after an opening word that names nobody ("Earlier Wednesday, Ana Ruiz appeared ... and defended", "Having announced
    /// that ..., Judge Hale proceeded", "Sure, official data suggest", "Beyond the footage, the affidavit cited") or after a dateline
    /// ("LOS ANGELES (AP) — Ana Ruiz and her allies dove deeper ..., launching"): when the speaker chosen is only that word (a
    /// subordinator, sentence adverb or opening participle the name rules never start a name with, an -ly word or a word before a
    /// determiner that the article never capitalises inside a sentence, or a noun of time before "later" or "before": "Hours later, Tom Hale
    /// returned ..., telling") or the dateline's place in capitals at its paragraph's start ("CHICAGO - Ana Ruiz ..."), the speaker is the
    /// candidate right after the comma (or the dateline's dash) that closes the opening phrase; none there leaves the choice as it is.
    /// </summary>
    internal static Attribution SubjectAfterTheOpening(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        var cueFirst = context.CueTokens(cue).First;
        if (first >= t.Count || last < first || cueFirst >= t.Count || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst]
            || doc.SentenceFirst[doc.SentenceOf[first]] != first || !t[first].IsCapitalized)
        {
            return chosen;
        }

        var sentenceEnd = doc.SentenceEndToken(first);
        var close = -1;
        if (Dateline())
        {
            for (var j = last + 1; j < sentenceEnd && j - last <= MaxDatelineToDash && close < 0; j++)
            {
                close = IsDash(j) ? j : -1;
            }
        }
        else if (first == last && (traits.Has(first, TokenTraits.NotNameStart) && !traits.Has(first, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.DescriptionStart)
                                   || SpeakerCandidates.OpeningParticiple(traits, first) || OpeningPhraseWord() || OpeningTimeWord()))
        {
            for (var j = first + 1; j < sentenceEnd && close < 0; j++)
            {
                close = (traits.Has(j, TokenTraits.Comma) || IsDash(j)) && !doc.Quoted[j] ? j : -1;
            }
        }

        // A cue before the comma is the opening phrase's own only when a participle opens it ("Having announced", "Continuing to
        // explain"): the cue of "Anything close to it would signal ..., the first move" or "Whenever asked about it, they" is not.
        if (close < 0 || close + 1 >= sentenceEnd
            || close > cueFirst && !(cueFirst - first <= MaxParticipleToCue
                                   && (t[first].Lower is "having" or "being" || t[first].Lower.EndsWith("ing", StringComparison.Ordinal) && SpeakerCandidates.OpeningParticiple(traits, first))))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = FirstChoosableAt(doc, candidates, close + 1);
        return subject < 0 ? chosen : chosen.WithSpeaker(BeforeCue(doc.Document.Text, candidates[subject].Span, cue));

        bool IsDash(int j) => IsDashMark(t[j].Value);

        // An -ly word ("Likewise,", "Essentially,", "Shortly after ...,") or a word before a determiner ("Beyond the footage,", "Inside the
        // hall,"; not "Outside groups") that the article never writes capitalised inside a sentence (names are: "Kelly, the mayor,", "said Skelly").
        bool OpeningPhraseWord()
        {
            var w = t[first].Value;
            if (first + 1 >= t.Count || !(Lexicon.EndsLikeAnAdverb(t[first].Lower) || t[first].Lower == "likewise"
                                          || t[first + 1].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "these"))
            {
                return false;
            }

            for (var j = 0; j < t.Count; j++)
            {
                if (j != doc.SentenceFirst[doc.SentenceOf[j]] && string.Equals(t[j].Value, w, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        // A noun of time opening the sentence before "later", "earlier", "ago", "before" or "after" ("Hours later, ...", "Days before the
        // vote, ..."): a span of time, no one's name.
        bool OpeningTimeWord() =>
            first + 1 < t.Count && IsTimeNoun(t[first].Lower) && t[first + 1].Lower is "later" or "earlier" or "ago" or "before" or "after";

        // A place in capitals opening its paragraph, then a comma, a parenthesis or the dash ("WASHINGTON, June 24 (UPI) —", "LOS ANGELES (AP) —",
        // "SALEM - ").
        bool Dateline()
        {
            var paragraph = doc.Document.Paragraphs[doc.Document.ParagraphAt(t[first].Span.Start)];
            if (doc.IndexAtOrAfter(paragraph.Start) != first || last + 1 >= t.Count || !(traits.Has(last + 1, TokenTraits.Comma) || t[last + 1].Value == "(" || IsDash(last + 1)))
            {
                return false;
            }

            for (var j = first; j <= last; j++)
            {
                if (t[j].Value.Length < 2 || t[j].Value.Any(char.IsLower) || !t[j].Value.Any(char.IsLetter))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // Tokens of the subject that opens a sentence before its aside ("Sen. Richard J. Durbin", "The town's longtime mayor").
    private const int MaxOpeningSubject = 8;

    // Tokens of a parenthesis after that subject ("(D-Ill.)").
    private const int MaxParenthesis = 6;

    /// <summary>
    /// The subject that opens the sentence when the cue comes after an aside set off by commas or dashes and the speaker chosen
    /// lies inside that aside ("Ruiz, during a public forum in Delmar, Vt., said", "Sen. Tom J. Hale (D-Vt.),
    /// pointing to the length of Ruiz's lead, said", "Marco Luca Bruni, the chief editor of the port authority's weekly bulletin, said"): the
    /// aside's names, places and media are not the verb's subject, the name before it is (PolNeAR's source). The subject is a
    /// run of capitalised words or titles, or the words from a determiner, standing alone before a comma (a parenthesis between
    /// them allowed); the cue follows the aside's closing comma or dash over auxiliaries and adverbs. Otherwise the attribution
    /// is returned unchanged. Since branch speakers103 the cue may also follow a phrase of time ("..., last year proposed"), the subject
    /// may open a clause after a subordinator ("While Mr. Hale, ..., laid out", "... when Ana Ruiz, in reply to ..., accused"), and a
    /// speaker chosen after the cue (the verb's object: "Ana Ruiz, ..., thanked Tom Hale") gives way too.
    /// </summary>
    internal static Attribution SubjectBeforeAside(AfterRankerContext context, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return a;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        if (cueFirst >= t.Count || doc.Quoted[cueFirst] || a.CueText is { } cueText && cueText.StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return a;
        }

        // The aside closes right before the cue, over auxiliaries, adverbs, a degree word and a phrase of time ("..., has also said",
        // "..., are now more convinced", "..., last year proposed").
        var close = cueFirst - 1;
        while (close >= 0)
        {
            if (traits.Has(close, TokenTraits.Auxiliary | TokenTraits.Adverb) || t[close].Lower is "also" or "later" or "then" or "more" or "less")
            {
                close--;
            }
            else if (TimePhraseEndingAt(doc, close) is var time && time <= close)
            {
                close = time - 1;
            }
            else
            {
                break;
            }
        }

        if (close <= 0 || !IsAsideMark(close) || speaker.End > t[close].Span.Start && speaker.Start < cue.End)
        {
            return a;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var first = doc.SentenceFirst[sentence];
        if (t[first].Lower is "but" or "and" or "so" or "yet")
        {
            first++;
        }

        var at = context.SpeakerTokens(speaker).First;
        if (SubjectFrom(first) is { } subject)
        {
            return a.WithSpeaker(subject);
        }

        // The subject of a clause that opens with a subordinator later in the sentence, or at its start ("While Mr. Hale, representing
        // the party's wing, laid out", "... started when Ana Ruiz, in response to ..., accused"; branch speakers103): the nearest such
        // opening before the speaker chosen that gives a subject.
        for (var j = at - 1; j >= first; j--)
        {
            if (!doc.Quoted[j] && t[j].Lower is "when" or "while" or "as" or "although" or "though" or "because" or "after" or "before" or "since"
                    or "if" or "once" or "until" or "whereas"
                && !(t[j].Lower is "as" or "after" or "before" or "since" or "until" && traits.Has(j + 1, TokenTraits.DescriptionStart))
                && SubjectFrom(j + 1) is { } clauseSubject)
            {
                return a.WithSpeaker(clauseSubject);
            }
        }

        return a;

        // The subject that opens at token start: capitalised words and titles, or a determiner and the words after it, up to a comma or
        // a parenthesis, with the aside after that comma holding the speaker chosen; null when there is none.
        Span? SubjectFrom(int start)
        {
            var last = start;
            if (start < close && t[start].IsCapitalized && (!traits.Has(start, TokenTraits.NotNameStart) || traits.Has(start, TokenTraits.Title) || t[start].Lower is "mr." or "mrs." or "ms." or "dr."))
            {
                while (last + 1 < close && last + 1 - start < MaxOpeningSubject && t[last + 1].IsCapitalized)
                {
                    last++;
                }
            }
            else if (start < close && traits.Has(start, TokenTraits.DescriptionStart) && !traits.Has(start, TokenTraits.Pronoun))
            {
                while (last + 1 < close && last + 1 - start < MaxOpeningSubject && traits.Has(last + 1, TokenTraits.Word)
                       && !traits.Has(last + 1, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.Preposition) && !IsVerbLike(t[last + 1].Lower))
                {
                    last++;
                }

                if (last == start)
                {
                    return null;
                }

                // An "of"/"for" phrase that closes the subject right before its comma ("The executive council for the city's largest union,
                // which ..., voted"; branch speakers56): words only, no verb, relative or other preposition.
                if (last + 2 < close && t[last + 1].Lower is "of" or "for")
                {
                    var end = last + 2;
                    while (end < close && end - start < 2 * MaxOpeningSubject && traits.Has(end, TokenTraits.Word)
                           && !traits.Has(end, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.Preposition | TokenTraits.By) && !IsVerbLike(t[end].Lower))
                    {
                        end++;
                    }

                    if (end > last + 2 && end < close && traits.Has(end, TokenTraits.Comma))
                    {
                        last = end - 1;
                    }
                }
            }
            else
            {
                return null;
            }

            var comma = last + 1;
            var parenthesis = comma;
            if (comma < close && t[comma].Value == "(")
            {
                var shut = comma + 1;
                while (shut < close && shut - comma <= MaxParenthesis && t[shut].Value != ")")
                {
                    shut++;
                }

                comma = shut + 1;
            }

            // The speaker right after the comma is the subject's apposition ("A Danish reporter, Nils Berg, wrote") or the subject
            // after an opening adverb ("Similarly, William J. Bennett, ..., said"): it stays. One inside the subject's parenthesis ("(D-Ill.)") is the subject's.
            if (comma >= close || !traits.Has(comma, TokenTraits.Comma) || doc.Quoted[start]
                || at <= comma + 1 && !(at > parenthesis && at < comma) || TimePhraseHeads.Contains(t[last].Lower) || IsDateline(start, comma, close))
            {
                return null;
            }

            return new Span(t[start].Span.Start, t[last].Span.End - (EntityIndex.EndsPossessive(t[last].Value) ? 2 : 0));
        }

        bool IsAsideMark(int j) => traits.Has(j, TokenTraits.Comma) || IsDash(j);

        // A dash, or a hyphen standing for one.
        bool IsDash(int j) => IsDashMark(t[j].Value);

        // "WASHINGTON, June 24 (UPI) — Hillary Clinton unveiled ...": a place in capitals and a dash open the news, not a subject.
        bool IsDateline(int from, int comma, int close)
        {
            if (t[from].Value.Length < 3 || t[from].Value.Any(char.IsLower))
            {
                return false;
            }

            for (var j = comma + 1; j < close; j++)
            {
                if (IsDash(j))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Heads of a phrase of time that opens a sentence ("The next month, a former staffer ..., claiming"; "A few days later, ..."); not
    // Lexicon.TimeWords, the words that may stand between a cue and its content.
    private static readonly System.Collections.Frozen.FrozenSet<string> TimePhraseHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "morning", "afternoon", "evening", "night", "later", "earlier", "ago",
         "weekend", "season", "decade", "decades"], StringComparer.Ordinal);

    // Words that open an adverbial phrase before a sentence's subject ("When ..., she", "Speaking Sunday on ABC, Ana Ruiz"); not "to" or
    // "for", whose object PolNeAR can take as the holder ("To many voters, the plan seemed"), nor "according".
    private static bool OpensAnAdverbialPhrase(TokenTraits traits, int i)
    {
        var w = traits.Doc.Tokens[i].Lower;
        if (w is "to" or "for" or "according" or "of")
        {
            return false;
        }

        return traits.Has(i, TokenTraits.Preposition)
               || w is "when" or "once" or "though" or "although" or "while" or "if" or "after" or "before" or "since" or "as" or "because" or "here"
                   or "absent" or "despite" or "unlike" or "like" or "along" or "among" or "amid" or "during" or "without" or "besides" or "upon"
                   or "following" or "in" or "on" or "at" or "with" or "by" or "from" or "inside" or "outside" or "across" or "near" or "throughout"
               || w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) || SpeakerCandidates.OpeningParticiple(traits, i);
    }

    /// <summary>
    /// The subject after an opening adverbial phrase, not a mention inside the phrase ("Speaking Monday on Radio Delmar’s “Morning Desk,” Ana Ruiz
    /// admitted", "Making her way around the diner, Tom Hale thanked", "Led by the council speaker, the rally denounced", "In his first
    /// reaction, during a radio interview, Tom Hale questioned"): when the speaker chosen lies inside a phrase that opens the sentence with a
    /// preposition, a subordinator or a participle (not "to", "for" or "according") and ends with a comma, and the mention right after the
    /// last comma before the cue stands right before it (over adverbs and auxiliaries), that mention is the speaker. When the cue opens a
    /// later predicate instead ("Here in Delmar, Ana Ruiz stepped up her talk of safety, saying ..."; branch speakers116b), the subject
    /// is <see cref="SubjectOfALaterPredicate"/>'s.
    /// </summary>
    internal static Attribution SubjectAfterAnOpeningPhrase(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;

        // The cue's sentence must open with such a phrase: checked first, as most do not.
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[cueFirst]];
        if (!OpensAnAdverbialPhrase(traits, sentenceFirst))
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (last < first || last >= cueFirst || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[first] || first <= sentenceFirst)
        {
            return chosen;
        }

        // A phrase a preposition opens holds no verb: a verb after the speaker chosen makes it a clause's subject ("At times, people close
        // to her said, the mere mention of"); a subordinator's clause has one ("Though the agency kept quiet, all signs pointed to").
        var subordinator = t[sentenceFirst].Lower is "when" or "once" or "though" or "although" or "while" or "if" or "after" or "before" or "since"
            or "as" or "because";
        if (!subordinator && SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst))
        {
            return chosen;
        }

        // The subject: a mention standing right before the cue (over adverbs and auxiliaries) that opens right after a comma (and a
        // closing quotation mark) after the speaker chosen. Such a mention needs a comma between the speaker chosen and its last word:
        // without one, no candidate qualifies, and they are not generated.
        var before = BeforeAuxiliaries(traits, cueFirst, overBe: true);
        if (!CommaBetween(traits, last + 1, before))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None or MentionType.Rule or MentionType.Relative || c.Last != before || c.First <= last + 1 || doc.Quoted[c.First]
                || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c))
            {
                continue;
            }

            var k = c.First - 1;
            while (k > last && t[k].Value is "”" or "\"" or "''" or "’")
            {
                k--;
            }

            if (k > last && traits.Has(k, TokenTraits.Comma) && (subject < 0 || c.First < candidates[subject].First))
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return SubjectOfALaterPredicate(context, last, cueFirst) is { } later && !speaker.Overlaps(later) ? chosen.WithSpeaker(later) : chosen;
        }

        var span = candidates[subject].Span;
        return speaker.Overlaps(span) ? chosen : chosen.WithSpeaker(span);
    }

    // Tokens from the comma that closes an opening phrase to the main clause's subject ("even a top party strategist").
    private const int MaxModifiersAfterTheOpening = 4;

    /// <summary>
    /// The main clause's subject when the cue opens a later predicate of it (branch speakers116b): "Speaking Sunday on KXRB’s “Morning
    /// Desk,” Ana Ruiz admitted that the count was wrong, but said ...", "In a long interview with Tom Hale last year, Ana Ruiz said she
    /// welcomed the audit and added ...", "Here in Delmar, Ana Ruiz stepped up her talk of safety, saying ...". The cue follows "and" or
    /// "but" (over adverbs: "and then said"), or is a lower-case -ing word after a comma; no verb follows the speaker chosen. The subject
    /// is the mention that opens right after the first comma after the speaker chosen (over closing quotation marks and up to
    /// <see cref="MaxModifiersAfterTheOpening"/> words that only modify it: "even a top party strategist"), ends before that "and", "but"
    /// or comma and has a verb after it; the longest of those that open first. Null when the cue opens no later predicate or no such
    /// mention stands there.
    /// </summary>
    private static Span? SubjectOfALaterPredicate(AfterRankerContext context, int last, int cueFirst)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var k = cueFirst - 1;
        while (k > last && (traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary) || t[k].Lower is "also" or "then" or "later"))
        {
            k--;
        }

        var w = t[cueFirst].Lower;
        var participle = char.IsLower(t[cueFirst].Value[0]) && w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && w != "according";
        // A verb right after the speaker chosen makes it a clause's subject, not a mention inside the opening phrase ("As they met, Tom
        // Hale was in Delmar, Vt., promising").
        if (k <= last + 1 || doc.Quoted[k] || !(t[k].Lower is "and" or "but" || participle && traits.Has(k, TokenTraits.Comma))
            || SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst))
        {
            return null;
        }

        // The phrase that holds the speaker chosen closes at the first comma after it ("..., Ana Ruiz, 70, said" and "..., Ana Ruiz,
        // who ..., said" have the subject chosen already: no mention opens after their comma).
        var comma = last + 1;
        while (comma < k && !traits.Has(comma, TokenTraits.Comma))
        {
            comma++;
        }

        var start = comma + 1;
        while (start < k && t[start].Value is "”" or "\"" or "''" or "’")
        {
            start++;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None or MentionType.Rule or MentionType.Relative || c.First < start || c.First - start > MaxModifiersAfterTheOpening
                || c.Last >= k || doc.Quoted[c.First] || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c)
                || !SpeakerCandidates.VerbFollows(traits, c.Last + 1, k + 1) || !ModifiersOnly(start, c.First))
            {
                continue;
            }

            if (subject < 0 || c.First < candidates[subject].First || c.First == candidates[subject].First && c.Last > candidates[subject].Last)
            {
                subject = i;
            }
        }

        return subject < 0 ? null : candidates[subject].Span;

        // Words before the mention that only modify it ("even a top"): no verb, participle, preposition, relative or punctuation.
        bool ModifiersOnly(int from, int to)
        {
            for (var j = from; j < to; j++)
            {
                var lower = t[j].Lower;
                if (!traits.Has(j, TokenTraits.Word) || traits.Has(j, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.Relative)
                    || lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // Whether a token from <paramref name="from"/> up to (not including) <paramref name="to"/> is a comma.
    private static bool CommaBetween(TokenTraits traits, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to; k++)
        {
            if (traits.Has(k, TokenTraits.Comma))
            {
                return true;
            }
        }

        return false;
    }

    // Tokens of an aside set off by dashes before a cue ("Vale — who is registered as a notary in Delmar — told"); an aside with a clause
    // of its own and a comma-set apposition inside runs to some 35 (branch speakers113; 30 before).
    private const int MaxDashedAside = 40;

    /// <summary>
    /// The mention before an aside set off by dashes, when the cue follows the aside's closing dash and the speaker chosen lies inside it
    /// ("Vale — who is registered as a notary in Delmar — told", "Mrs. Ruiz -- whose brother drafted the bill -- has mocked", "Democrats —
    /// lifted by gifts from donors such as Ana Ruiz — have learned"): the aside's names and nouns are not the verb's subject,
    /// the mention right before its opening dash is. The closing dash stands right before the cue over auxiliaries and adverbs, and over
    /// "has to", "have to", "had to" ("Ruiz — now that she has caught up with Hale — has to show"), not over a bare "to", which opens a
    /// purpose ("called a meeting — the first in a year — to say"); the opening dash is the nearest one before it in the same sentence,
    /// outside quotation marks; the new speaker is the longest candidate (of
    /// <see cref="AfterRankerContext.Candidates"/>, no "nobody") that ends on the token before the opening dash. None there leaves the choice.
    /// </summary>
    internal static Attribution SubjectBeforeADashedAside(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var close = cueFirst - 1;
        while (close >= 0 && (traits.Has(close, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[close].Value) || t[close].Lower is "not" or "also" or "long"
            || t[close].Lower == "to" && close > 0 && t[close - 1].Lower is "has" or "have" or "had"))
        {
            close--;
        }

        if (close <= 0 || DashEndingAt(close) is var closeFirst && closeFirst < 0)
        {
            return chosen;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var open = closeFirst - 1;
        while (open >= 0 && close - open <= MaxDashedAside && doc.SentenceOf[open] == sentence && DashEndingAt(open) < 0)
        {
            open--;
        }

        if (open <= 0 || close - open > MaxDashedAside || doc.SentenceOf[open] != sentence || doc.Quoted[open])
        {
            return chosen;
        }

        var openFirst = DashEndingAt(open);
        if (openFirst <= 0 || doc.SentenceOf[openFirst - 1] != sentence)
        {
            return chosen;
        }

        // Only a speaker inside the aside gives way.
        var (first, last) = context.SpeakerTokens(speaker);
        if (first <= open || last >= closeFirst)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type != MentionType.None && c.Last == openFirst - 1 && Choosable(doc, c) && (subject < 0 || c.First < candidates[subject].First))
            {
                subject = i;
            }
        }

        // A mention after a preposition is the object in a longer subject ("Several guests at the dinner — among them ... — said"): left alone.
        return subject < 0 || candidates[subject].First > 0 && traits.Has(candidates[subject].First - 1, TokenTraits.Preposition)
            ? chosen
            : Choose(context.Original, candidates[subject], doc.Document.Text);

        // The first token of a dash that ends on token j: one of "—", "–", "―", "--", or "--" written as two tokens "-" "-"; -1 for none.
        // A single hyphen with a space on both sides is a dash too ("Ana Ruiz - who ... - said"; branch speakers56).
        int DashEndingAt(int j) => t[j].Value is "—" or "–" or "―" or "--" ? j
            : t[j].Value == "-" && j > 0 && t[j - 1].Value == "-" && t[j - 1].Span.End == t[j].Span.Start ? j - 1
            : t[j].Value == "-" && SpacedHyphen(doc.Document.Text, t[j].Span) ? j
            : -1;
    }

    // Whether a one-character hyphen stands between spaces (or a line's edge), as a dash does ("Ana Ruiz - who ... - said"), not within a word.
    private static bool SpacedHyphen(string text, Span span) =>
        span.Length == 1 && span.Start > 0 && span.End < text.Length && char.IsWhiteSpace(text[span.Start - 1]) && char.IsWhiteSpace(text[span.End]);

    // Words that open a participle's phrase before the main clause ("While discussing the tweet, Ana Ruiz said", "After backing him, she").
    private static bool OpensAParticiplePhrase(string lower) =>
        lower is "while" or "when" or "after" or "before" or "since" or "upon" or "in" or "by" or "without" or "despite" or "on";

    // Tokens from the sentence's start to the word that opens the participle's phrase ("Monday, on Radio Delmar’s “Morning Desk,” while").
    private const int MaxBeforeOpeningParticiple = 14;

    // Words of the subject before the candidate that ends it ("billionaire team owner Mark Cuban" when only "Mark Cuban" is a candidate).
    private const int MaxSubjectModifiers = 4;

    // Tokens from the participle to the comma that closes its phrase.
    private const int MaxOpeningParticiplePhrase = 60;

    /// <summary>
    /// The subject of the main clause is the source of a participle in a phrase that opens the sentence ("Tuesday on KXRB’s morning
    /// show, while discussing the toll, Ana Ruiz said", "But while denouncing the levy, she has not offered", "Eight years after backing
    /// the mayor, Tom Hale is"): a speaker chosen inside the opening phrase (the show, a number) or nobody gives way to the mention right
    /// after the comma that closes the phrase, when a verb follows that mention (over a parenthesis: "Ana Ruiz (D-Ohio) said"), and so
    /// does a speaker chosen after the cue inside the phrase, the participle's object ("After blasting the Ledger for ..., Ana Ruiz"). The cue
    /// opens with a lower-case -ing word right after "while", "when", "after", "before", "since", "upon", "in", "by", "without",
    /// "despite" or "on"; nothing before that word in the sentence is a verb (an auxiliary, a cue verb, a form of "be", a lower-case
    /// -ed word), and the closing comma is the first after the cue that such a mention follows, outside quotation marks.
    /// </summary>
    internal static Attribution SubjectAfterAnOpeningParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;

        var w = t[cueFirst].Lower;
        var sentence = doc.SentenceOf[cueFirst];
        var sentenceFirst = doc.SentenceFirst[sentence];
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(t[cueFirst].Value[0]) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal) || w == "according"
            || cueFirst - 1 < sentenceFirst || !OpensAParticiplePhrase(t[cueFirst - 1].Lower) || cueFirst - 1 - sentenceFirst > MaxBeforeOpeningParticiple)
        {
            return chosen;
        }

        for (var k = sentenceFirst; k < cueFirst - 1; k++)
        {
            var v = t[k].Lower;
            if (traits.Has(k, TokenTraits.Auxiliary | TokenTraits.CueVerb) || IsBe(v) || v is "has" or "have" or "had"
                || char.IsLower(t[k].Value[0]) && v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal))
            {
                return chosen;
            }
        }

        if (SubjectAfterTheClosingComma(context, cueLast, doc.SentenceEndToken(cueFirst)) is not { } span)
        {
            return chosen;
        }

        // A speaker after the cue is left as it is when no comma closes the phrase between it and the subject (it is the subject
        // already, or a part of it: "After meeting them, Ana Ruiz and her aides said"; or the rules found another); one inside the
        // participle's phrase is its object ("After blasting the Ledger for its story, Ana Ruiz said"; speakers116).
        if (chosen.Speaker is { } speaker && context.SpeakerTokens(speaker) is var (speakerFirst, speakerLast) && speakerFirst > cueLast
            && (speaker.End > span.Start || !CommaBetween(traits, speakerLast + 1, context.SpeakerTokens(span).First)))
        {
            return chosen;
        }

        return chosen.Speaker is { } s && s.Overlaps(span) ? chosen : chosen.WithSpeaker(span);
    }

    /// <summary>
    /// The subject of the main clause after a phrase that ends before <paramref name="sentenceEnd"/>: the first comma after token
    /// <paramref name="after"/> (outside quotation marks, within <see cref="MaxOpeningParticiplePhrase"/> tokens) that a mention follows,
    /// within <see cref="MaxSubjectModifiers"/> words and no comma, with a verb after it (over a parenthesis: "Ana Ruiz (D-Ohio) said");
    /// the longest of the first such mentions. Where no candidate starts within that reach, the window skipped the words (the ranker read
    /// them in a long content's middle: "Noting that ... [30 words], Ana Ruiz said"; speakers116), and the mention there is read as the
    /// candidates are and held to the same tests. Where neither holds a subject, a possessive mention with its noun and a verb after it
    /// ("the Ruizes' camp is investing") is the subject through that noun. Null when there is none.
    /// </summary>
    private static Span? SubjectAfterTheClosingComma(AfterRankerContext context, int after, int sentenceEnd)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var candidates = context.Candidates;
        for (var comma = after + 1; comma < sentenceEnd && comma - after <= MaxOpeningParticiplePhrase; comma++)
        {
            if (!traits.Has(comma, TokenTraits.Comma) || doc.Quoted[comma])
            {
                continue;
            }

            var start = comma + 1;
            while (start < sentenceEnd && t[start].Value is "”" or "\"" or "''" or "’")
            {
                start++;
            }

            var subject = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Type is MentionType.None or MentionType.Rule or MentionType.Relative || c.First < start || c.First - start > MaxSubjectModifiers
                    || doc.Quoted[c.First] || CommaBetween(traits, start, c.First) || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c)
                    || !VerbAfter(c.Last + 1))
                {
                    continue;
                }

                if (subject < 0 || c.First < candidates[subject].First || c.First == candidates[subject].First && c.Last > candidates[subject].Last)
                {
                    subject = i;
                }
            }

            if (subject >= 0)
            {
                return candidates[subject].Span;
            }

            if (!AnyCandidateFrom(start) && MentionMissedAt(start) is { } missed)
            {
                return missed;
            }

            if (PossessiveSubjectAt(start) is { } held)
            {
                return held;
            }
        }

        return null;

        // A subject whose mention is a possessive, with its noun and a verb after it ("the union's board said", "the Ruizes' camp is"):
        // the mention through that noun. The first such within the reach, outside quotation marks; null when there is none.
        Span? PossessiveSubjectAt(int k)
        {
            for (var i = k; i < sentenceEnd && i - k <= MaxSubjectModifiers && !CommaBetween(traits, k, i); i++)
            {
                if (SpeakerCandidates.MentionAt(traits, i, sentenceEnd) is not { } m)
                {
                    continue;
                }

                var noun = traits.Has(m.Last, TokenTraits.EndsPossessive) ? m.Last + 1
                    : m.Last + 1 < sentenceEnd && (traits.Has(m.Last + 1, TokenTraits.PossessiveMark)
                                                   || t[m.Last + 1].Value is "'" or "’" && t[m.Last].Lower.EndsWith('s')) ? m.Last + 2 : -1;
                if (noun > 0 && noun < sentenceEnd && m.Type is not (MentionType.Relative or MentionType.PersonPronoun or MentionType.OtherPronoun) && !doc.Quoted[m.First]
                    && traits.Has(noun, TokenTraits.Word) && char.IsLower(t[noun].Value[0])
                    && !traits.Has(noun, TokenTraits.Preposition | TokenTraits.Auxiliary | TokenTraits.CueVerb | TokenTraits.DescriptionStart) && VerbAfter(noun + 1))
                {
                    return new Span(m.Span.Start, t[noun].Span.End);
                }

                i = Math.Max(i, m.Last);
            }

            return null;
        }

        // Whether a candidate (not "nobody", not the rules' own) starts within the subject's reach of token k: the window held these words.
        bool AnyCandidateFrom(int k)
        {
            foreach (var c in candidates)
            {
                if (c.Type is not (MentionType.None or MentionType.Rule) && c.First >= k && c.First - k <= MaxSubjectModifiers)
                {
                    return true;
                }
            }

            return false;
        }

        // The subject the candidates' window skipped (it stood in a long content's middle when the ranker read it: "Noting that ...
        // [30 words], Ana Ruiz said"), read as the candidates are (SpeakerCandidates.MentionAt) and held to the same tests: the first
        // mention within the reach, outside quotation marks, no possessive, with a verb after it, and no "and"/"or" before it. Null when
        // there is none.
        Span? MentionMissedAt(int k)
        {
            for (var i = k; i < sentenceEnd && i - k <= MaxSubjectModifiers && !CommaBetween(traits, k, i); i++)
            {
                // A list's last item goes on past the comma, it opens no clause ("an image of the mayor, money and a star likened to").
                if (t[i].Lower is "and" or "or")
                {
                    return null;
                }

                if (SpeakerCandidates.MentionAt(traits, i, sentenceEnd) is not { } m)
                {
                    continue;
                }

                if (m.Type is not MentionType.Relative && !doc.Quoted[m.First] && !traits.Has(m.Last, TokenTraits.EndsPossessive) && Choosable(doc, m) && VerbAfter(m.Last + 1))
                {
                    return m.Span;
                }

                i = Math.Max(i, m.Last);
            }

            return null;
        }

        // A verb at k, or after a parenthesis that opens at k ("Ana Ruiz (D-Ohio) said"); an auxiliary with its negation ("she hasn't
        // outlined"), or a lower-case word after a lower-case -ly adverb ("the flyers directly echo"), is one too (speakers116).
        bool VerbAfter(int k)
        {
            if (k < sentenceEnd && t[k].Value == "(")
            {
                var close = k + 1;
                while (close < sentenceEnd && close - k <= 6 && t[close].Value != ")")
                {
                    close++;
                }

                k = close < sentenceEnd && t[close].Value == ")" ? close + 1 : k;
            }

            return SpeakerCandidates.VerbFollows(traits, k, sentenceEnd)
                || k < sentenceEnd && traits.Has(k, TokenTraits.Word) && char.IsLower(t[k].Value[0])
                   && (NegatedAuxiliary(t[k].Lower)
                       || Lexicon.EndsLikeAnAdverb(t[k].Lower) && k + 1 < sentenceEnd && traits.Has(k + 1, TokenTraits.Word) && char.IsLower(t[k + 1].Value[0])
                          && !traits.Has(k + 1, TokenTraits.Preposition | TokenTraits.DescriptionStart));
        }
    }

    // An auxiliary with its negation contracted onto it ("hasn't", "doesn’t", "won't"), one token as the tokenizer writes it.
    private static bool NegatedAuxiliary(string lower) =>
        (lower.EndsWith("n't", StringComparison.Ordinal) || lower.EndsWith("n\u2019t", StringComparison.Ordinal))
        && lower[..^3] is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "does" or "do" or "did" or "wo" or "ca" or "could" or "would"
            or "should";

    /// <summary>
    /// The subject of the main clause is the source of a participle cue that opens its sentence, capitalised by its place ("Noting that
    /// the levy passed, Ana Ruiz said", "Painting the mayor as a threat, the flyers echo"): a cue left with no speaker takes the mention
    /// after the comma that closes the participle's phrase (<see cref="SubjectAfterTheClosingComma"/>). The cue is the sentence's first
    /// token outside quotation marks, a capitalised -ing word, lower case after its capital (not "-thing", not "According"): the cue
    /// tagger read it as a verb, so a name after it is its object ("Painting Ruiz as a threat"); a phrase that runs to the sentence's end
    /// with no comma is the subject itself ("Criticizing the police will cost votes"), and nobody stays. <see cref="OpeningParticipleOrAdverb"/> reads the same shape where the ranker took the participle for a name.
    /// </summary>
    internal static Attribution SubjectOfAnOpeningParticipleCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        var w = t[cueFirst].Lower;
        if (doc.SentenceFirst[doc.SentenceOf[cueFirst]] != cueFirst || !t[cueFirst].IsCapitalized || !t[cueFirst].Value.Skip(1).All(char.IsAsciiLetterLower)
            || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("thing", StringComparison.Ordinal) || w == "according")
        {
            return chosen;
        }

        return SubjectAfterTheClosingComma(context, cueLast, doc.SentenceEndToken(cueFirst)) is { } subject ? chosen.WithSpeaker(subject) : chosen;
    }

    /// <summary>
    /// A participle or an adverb that opens its sentence is no speaker ("Using a crude phrase to describe the plan, he said", "Painting
    /// the mayor as a threat, the flyers echo", "Usually when a record falls, reporters explain", "Shortly after the vote of the board"):
    /// capitalised only as the sentence's first word, the ranker can take it, alone or with the name it governs ("Following Ruiz on
    /// the radio"), for a name. The speaker chosen opens its sentence, outside quotation marks, with a capitalised -ing word (no "-thing"
    /// pronoun) or -ly adverb that stands nowhere else in the document with a capital inside a sentence (a name: "Manning", "Jolly"); it
    /// is that word alone or with capitalised words after it, and a word follows that opens no verb ("Jolly said", "Leading Democrats
    /// say" keep theirs) nor a list ("Fleming and Ruiz"). The subject of the main clause after the phrase's closing comma
    /// (<see cref="SubjectAfterTheClosingComma"/>) becomes the speaker: after a participle always, as its own subject; after an adverb
    /// only for a cue after that subject (the adverb's phrase is no clause: "Shortly after the announcement of ..., the court" gives
    /// the announcement no source). Otherwise nobody.
    /// </summary>
    internal static Attribution OpeningParticipleOrAdverb(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first >= t.Count || last < first || doc.Quoted[first] || doc.SentenceFirst[doc.SentenceOf[first]] != first
            || !t[first].IsCapitalized || !t[first].Value.Skip(1).All(char.IsAsciiLetterLower))
        {
            return chosen;
        }

        var w = t[first].Lower;
        var participle = w.Length > 4 && w.EndsWith("ing", StringComparison.Ordinal) && !w.EndsWith("thing", StringComparison.Ordinal) && w.All(char.IsAsciiLetterLower);
        if (!participle && !Lexicon.EndsLikeAnAdverb(w))
        {
            return chosen;
        }

        var sentenceEnd = doc.SentenceEndToken(first);
        for (var k = first + 1; k <= last; k++)
        {
            if (!t[k].IsCapitalized && !traits.Has(k, TokenTraits.PossessiveMark))
            {
                return chosen;
            }
        }

        // What follows: an adverb opens a phrase ("Shortly after", "Usually when", "Hastily politicizing"), not a noun ("Early polls",
        // "Nearly 10 percent"), and governs no name ("Carly Fiorina"); a participle takes an object ("Using a", "Rattling off", "Asserting
        // Ruiz's"), not a noun it modifies ("Leading Democrats say", "Right-wing parties").
        if (last + 1 >= sentenceEnd || CapitalisedInsideASentence(first) || SpeakerCandidates.VerbFollows(traits, last + 1, sentenceEnd)
            || (participle ? !OpensAnObject(last + 1) : last != first || !OpensAPhrase(last + 1)))
        {
            return chosen;
        }

        var cueFirst = chosen.Cue is { } cue ? context.CueTokens(cue).First : -1;
        if (SubjectAfterTheClosingComma(context, last, sentenceEnd) is { } subject
            && (participle || cueFirst > context.SpeakerTokens(subject).Last))
        {
            return chosen.WithSpeaker(subject);
        }

        return chosen.WithSpeaker(null);

        bool OpensAPhrase(int k) =>
            traits.Has(k, TokenTraits.Preposition | TokenTraits.By) || t[k].Lower is "when" or "after" or "before" or "as" or "while" or "if" or "once"
            || char.IsLower(t[k].Value[0]) && t[k].Lower.EndsWith("ing", StringComparison.Ordinal);

        bool OpensAnObject(int k) =>
            OpensAPhrase(k) || t[k].Lower is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "this" or "that" or "off" or "up" or "out" or "down" or "back"
            || last == first && t[k].IsCapitalized || last > first && char.IsLower(t[k].Value[0]);

        // Whether the word at k stands elsewhere in the document with its capital, not first in its sentence: a name.
        bool CapitalisedInsideASentence(int k)
        {
            for (var i = 0; i < t.Count; i++)
            {
                if (i != k && t[i].Value == t[k].Value && doc.SentenceFirst[doc.SentenceOf[i]] != i)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The subject after a phrase that holds the speaker chosen is the source of a cue in its clause: a speaker that opens with a
    /// preposition or a subordinator ("During a stop in Ames, the senator repeated his promise", "Once he was mayor, Tom Hale made ... a
    /// priority, announcing", "In her first reply, during a radio interview, Ana Ruiz questioned ..., implying") and ends right before a
    /// comma is where or when, not who. The subject after that comma (<see cref="SubjectAfterTheClosingComma"/>) becomes the speaker when
    /// the cue follows it. Not for "by" (an agent: "a profile by Tom Hale, ...") nor "according to".
    /// </summary>
    internal static Attribution SubjectAfterAPhraseHoldingTheSpeaker(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first >= t.Count || last <= first || last + 1 >= cueFirst || doc.Quoted[first] || !traits.Has(last + 1, TokenTraits.Comma)
            || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || traits.Has(first, TokenTraits.By) || t[first].Lower is "according" or "of" or "to"
            || !(traits.Has(first, TokenTraits.Preposition) || t[first].Lower is "once" or "when" or "while" or "if" or "after" or "before" or "as" or "among"))
        {
            return chosen;
        }

        return SubjectAfterTheClosingComma(context, last, doc.SentenceEndToken(first)) is { } subject && context.SpeakerTokens(subject).Last < cueFirst
            ? chosen.WithSpeaker(subject)
            : chosen;
    }

    // Sentence adverbs and words of time that open a sentence before a comma ("Later,", "Furthermore,", "Monday,"): no one's name.
    private static readonly System.Collections.Frozen.FrozenSet<string> OpeningAdverbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Later", "Earlier", "Meanwhile", "Still", "Instead", "Today", "Yesterday", "Tonight", "Now", "Then", "Separately", "Afterward",
         "Afterwards", "Again", "Elsewhere", "Finally", "Furthermore", "Moreover", "However", "Additionally", "Also", "Similarly", "Likewise",
         "Nevertheless", "Nonetheless", "Indeed", "Overall", "Ultimately", "Otherwise", "Besides", "Consequently", "Thus", "Therefore",
         "Hence", "Recently", "Previously", "Initially", "Eventually", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday"], StringComparer.Ordinal);

    /// <summary>
    /// A sentence adverb or word of time that opens its sentence before a comma ("Later, in remarks at the harbour office, Tom Hale said,
    /// “...”", "Furthermore, while the claim hints at fraud, no one has offered any proof") is never the speaker (branch speakers119): the
    /// speaker chosen, only that word, gives way to the mention that ends right before the cue (over auxiliaries and adverbs) after the
    /// adverb's comma ("Meanwhile, at the pier, Tom Hale has promised"); else, for a cue inside a phrase that a comma closes (the noun
    /// cue "remarks at"), to the subject after that comma (<see cref="SubjectAfterTheClosingComma"/>); else to nobody.
    /// <see cref="SubjectAfterTheOpening"/> takes the mention right after the adverb's comma first ("Later, Tom Hale said").
    /// </summary>
    internal static Attribution SubjectAfterAnOpeningAdverb(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first != last || first >= t.Count || first + 1 >= cueFirst || doc.Quoted[first] || doc.SentenceFirst[doc.SentenceOf[first]] != first
            || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || !traits.Has(first + 1, TokenTraits.Comma) || !OpeningAdverbs.Contains(t[first].Value))
        {
            return chosen;
        }

        // The mention right before the cue (over auxiliaries and adverbs only), after the adverb's comma.
        var before = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (before > first + 1
            && WidestCandidateEndingIn(context, doc.SentenceOf[cueFirst], before, before, skipObjectPronouns: true) is { } subject && subject.First > first + 1)
        {
            return chosen.WithSpeaker(subject.Span);
        }

        var after = SubjectAfterTheClosingComma(context, cueLast, doc.SentenceEndToken(cueFirst));
        return chosen.WithSpeaker(after is { } s && CommaBetween(traits, cueLast + 1, context.SpeakerTokens(s).First) ? s : null);
    }
}
