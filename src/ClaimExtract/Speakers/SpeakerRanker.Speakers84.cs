using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers84 (see docs/quotes.md, "speakers84").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The noun a closed relative clause describes, not a mention inside that clause: when the cue comes right after the comma
    /// (over adverbs) that closes a clause opened by ", who" or ", which" of at least two words and no comma ("Ana Ruiz, who has
    /// backed Tad Hale, said", "The audit, which the board ordered, found"), the cue is the main clause's verb and its subject is
    /// the noun before ", who". A speaker chosen inside the clause (its object: "Tad Hale", "the board"; or the pronoun itself)
    /// gives way to the candidate ending right before the comma (or before a parenthesis there: "Ana Ruiz (D-Ohio), who"), or, when
    /// that is a preposition's object, to the candidate its phrase follows ("one user on Weibo, which ..., posted": "one user").
    /// On train gold takes that noun for 118 of the 128 matched statements of this shape with such a candidate (docs/quotes.md,
    /// "speakers84"); a speaker chosen elsewhere stays.
    /// </summary>
    internal static Attribution AntecedentOfAClosedRelative(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _) || cueFirst < 5)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueFirst];
        var close = cueFirst - 1;
        while (close > 0 && (traits.Has(close, TokenTraits.Adverb) || IsLyAdverb(t[close].Value)) && !traits.Has(close, TokenTraits.Comma))
        {
            close--;
        }

        if (!traits.Has(close, TokenTraits.Comma) || doc.Quoted[close] || doc.SentenceOf[close] != sentence)
        {
            return chosen;
        }

        // Only a speaker chosen inside the clause moves.
        var (speakerFirst, speakerLast) = context.SpeakerTokens(speaker);
        if (speakerLast >= close || speakerFirst < 0)
        {
            return chosen;
        }

        var relative = close - 1;
        while (relative > 0 && close - relative <= MaxRelativeAside && !traits.Has(relative, TokenTraits.Comma) && !doc.Quoted[relative]
               && doc.SentenceOf[relative] == sentence && t[relative].Lower is not ("who" or "which"))
        {
            relative--;
        }

        if (relative < 2 || close - relative < 3 || t[relative].Lower is not ("who" or "which") || doc.SentenceOf[relative] != sentence
            || !traits.Has(relative - 1, TokenTraits.Comma) || speakerFirst < relative)
        {
            return chosen;
        }

        // The noun's last token: right before the comma, or before a parenthesis closing there ("Ana Ruiz (D-Ohio), who").
        var nounLast = relative - 2;
        if (t[nounLast].Value == ")")
        {
            var open = nounLast - 1;
            while (open > 0 && nounLast - open <= 8 && t[open].Value != "(")
            {
                open--;
            }

            nounLast = t[open].Value == "(" ? open - 1 : -1;
        }

        var antecedent = NounEndingAt(nounLast);

        // The object of a preposition names no speaker of its own: the clause's noun is the head its phrase modifies ("one user on
        // Weibo, which ...", "Exit polls from the primary, which ..."), back over a chain of such phrases.
        for (var step = 0; step < 3 && antecedent is { } o && o.First >= 2 && traits.Has(o.First - 1, TokenTraits.Preposition)
                           && !traits.Has(o.First - 1, TokenTraits.By); step++)
        {
            var head = NounEndingAt(o.First - 2);
            if (head is null)
            {
                break;
            }

            antecedent = head;
        }

        return antecedent is { } a ? chosen.WithSpeaker(a.Span) : chosen;

        SpeakerCandidate? NounEndingAt(int last) => WidestCandidateEndingIn(context, sentence, last, last);
    }
}
