using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers40 (see docs/quotes.md, "Speakers (branch speakers40)").</summary>
internal sealed partial class SpeakerRanker
{
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

    // Tokens of the name between a dash and the colon before a quotation ("- Mark Blumenthal and Jon Cohen:").
    private const int MaxNameBeforeAColon = 8;

    /// <summary>
    /// The name between a dash and a colon right before a quotation is its source: a digest's line "POLLS WERE NOT WRONG, ONLY EARLY -
    /// Ana Ruiz and Tom Hale: “...”" or "- More from the report: “...”" quotes the name after the dash, not the headline before it,
    /// which the ranker can take for a name in capitals. The content opens right after the colon (over the opening quotation mark),
    /// outside quotation marks; back from the colon, within eight tokens and over no comma, period or quotation mark, stands a dash
    /// ("-", "–", "—"); the words after it (past "More from") up to the colon, a name (capitalised words, "and", "of") or a description
    /// ("the" and lower-case words, no auxiliary, pronoun or preposition), become the speaker unless the one chosen overlaps them.
    /// </summary>
    internal static Attribution NameBetweenADashAndAColon(AfterRankerContext context, Attribution chosen)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var colon = doc.IndexAtOrAfter(chosen.Content.Start) - 1;
        while (colon > 0 && traits.Has(colon, TokenTraits.OpeningQuote))
        {
            colon--;
        }

        if (colon < 2 || colon >= t.Count || !traits.Has(colon, TokenTraits.Colon) || doc.Quoted[colon])
        {
            return chosen;
        }

        var dash = colon - 1;
        while (dash > 0 && colon - dash <= MaxNameBeforeAColon && t[dash].Value is not ("-" or "–" or "—"))
        {
            if (traits.Has(dash, TokenTraits.Comma | TokenTraits.Colon | TokenTraits.OpeningQuote) || t[dash].Value is "." or "”" or "\"" or "(" or ")")
            {
                return chosen;
            }

            dash--;
        }

        var first = dash + 1;
        if (t[dash].Value is not ("-" or "–" or "—") || first >= colon)
        {
            return chosen;
        }

        if (t[first].Lower == "more" && first + 2 < colon && t[first + 1].Lower == "from")
        {
            first += 2;
        }

        // A name ("Ana Ruiz and Tom Hale", "Pew Research") or a description after "the" ("the report"), no clause ("Cruz called them on it").
        var description = t[first].Lower == "the";
        for (var k = first; k < colon; k++)
        {
            if (!(t[k].IsCapitalized || t[k].Lower is "and" or "&" or "of" || description && (k == first || char.IsLower(t[k].Value[0])
                                                                              && !traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Pronoun | TokenTraits.Preposition))))
            {
                return chosen;
            }
        }

        var span = new Span(t[first].Span.Start, t[colon - 1].Span.End);
        return chosen.Speaker is { } s && s.Overlaps(span) ? chosen : chosen.WithSpeaker(span);
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
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
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
}
