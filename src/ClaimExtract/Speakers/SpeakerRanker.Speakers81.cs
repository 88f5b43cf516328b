using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers81 (see docs/quotes.md, "speakers81").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The "who" or "which" whose clause the cue is the verb of (<see cref="RelativeBefore"/>: only adverbs, auxiliaries, commas and
    /// prepositional phrases between) is PolNeAR's source, whatever rule moved the speaker off it: a noun further left ("the head of
    /// the union, which endorsed"), a mention inside an aside ("Ana Ruiz, who, like other aides, recalled"), the subject of the main
    /// clause ("He held up the poster — which read"). On train gold takes the pronoun for 242 of 291 matched statements whose cue
    /// follows ", who" or ", which" so. "Which" must follow a comma, a dash or a parenthesis (a bare "the resolution which said" is
    /// left as it is); not for a passive ("who was regarded as", "who has been endorsed by": its agent speaks) nor for "seem" and
    /// "appear" (gold most often takes no one). Only a chosen speaker moves; the noun it followed stays its name (<see cref="Attribution.Referent"/>)
    /// when it ends right before the pronoun's comma.
    /// </summary>
    internal static Attribution RelativeOfItsClause(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var relative = PronounOfTheClause(context, cueFirst);
        if (relative < 1 || speaker.Overlaps(t[relative].Span) || t[relative].Lower is not ("who" or "which"))
        {
            return chosen;
        }

        var opener = t[relative - 1].Value;
        if (t[relative].Lower == "which" && !(traits.Has(relative - 1, TokenTraits.Comma) || opener is "—" or "–" or "―" or "--" or "-" or "("))
        {
            return chosen;
        }

        var verb = t[cueFirst].Lower;
        if (verb.StartsWith("seem", StringComparison.Ordinal) || verb.StartsWith("appear", StringComparison.Ordinal))
        {
            return chosen;
        }

        for (var k = relative + 1; k < cueFirst; k++)
        {
            if (ContentEdges.BeForms.Contains(t[k].Lower) && !verb.EndsWith("ing", StringComparison.Ordinal))
            {
                return chosen;
            }
        }

        var (_, speakerLast) = context.SpeakerTokens(speaker);
        if (doc.SentenceOf[relative] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var antecedent = speakerLast >= 0 && speakerLast < relative && relative - speakerLast <= 2 && doc.SentenceOf[speakerLast] == doc.SentenceOf[relative];
        return chosen with { Speaker = t[relative].Span, Referent = antecedent ? chosen.Referent ?? speaker : null, InheritedFrom = null };
    }

    // Tokens of an aside between a relative pronoun and its verb ("who, after a long day of talks with the mayor, said": 11).
    private const int MaxRelativeAside = 16;

    /// <summary>
    /// The relative pronoun whose clause the cue at token <paramref name="cueFirst"/> is the verb of, or -1: <see cref="RelativeBefore"/>'s,
    /// else a "who"/"which" with only adverbs and auxiliaries before the cue ("who has long opposed") and at most one aside between
    /// commas right after the pronoun ("who, like other aides, recalled", "who, after a long talk with the mayor, said").
    /// </summary>
    private static int PronounOfTheClause(AfterRankerContext context, int cueFirst)
    {
        var relative = context.RelativeBefore(cueFirst);
        if (relative >= 0)
        {
            return relative;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var k = cueFirst - 1;
        while (k >= 0 && (traits.Has(k, TokenTraits.Adverb | TokenTraits.Auxiliary) || t[k].Lower is "not" or "n't" or "n’t" or "long" or "also" or "once" or "later" or "been" or "being"
                          || IsLyAdverb(t[k].Value)))
        {
            k--;
        }

        if (k >= 1 && traits.Has(k, TokenTraits.Comma))
        {
            var j = k - 1;
            while (j > 0 && k - j <= MaxRelativeAside && !traits.Has(j, TokenTraits.Comma) && !doc.Quoted[j] && doc.SentenceOf[j] == doc.SentenceOf[k])
            {
                j--;
            }

            k = j > 0 && traits.Has(j, TokenTraits.Comma) && k - j > 1 ? j - 1 : -1;
        }

        return k >= 1 && t[k].Lower is "who" or "which" && doc.SentenceOf[k] == doc.SentenceOf[cueFirst] ? k : -1;
    }
}
