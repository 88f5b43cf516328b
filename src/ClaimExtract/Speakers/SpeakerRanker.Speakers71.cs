using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers71 (see docs/quotes.md, "speakers71").</summary>
internal sealed partial class SpeakerRanker
{
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
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
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
