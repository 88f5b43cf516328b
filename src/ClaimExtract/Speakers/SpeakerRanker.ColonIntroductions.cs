using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A quotation that a sentence ending in a verb and a colon introduces ("At the meeting in Delmar, Ana Ruiz retorted: “...”",
/// "The crowd cheers, and then Tom Hale continues: “...”"): the mention right before that verb speaks it (branch speakers121b).
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Tokens between the colon and the quotation's first word: spaces are none, so the opening mark alone (and a paragraph break's none).
    private const int MaxColonToQuotation = 2;

    /// <summary>
    /// The colon a cueless quotation of <paramref name="chosen"/> opens right after (over its opening mark), at token
    /// <paramref name="minColon"/> or later and with an unquoted word before it; -1 when there is none (or the statement has a cue).
    /// </summary>
    private static int ColonBeforeACuelessQuotation(AfterRankerContext context, Attribution chosen, int minColon)
    {
        if (chosen.Cue is not null || chosen.Content.Length == 0)
        {
            return -1;
        }

        var doc = context.Traits.Doc;
        var t = doc.Tokens;
        var open = doc.IndexAtOrAfter(chosen.Content.Start);
        var colon = open - 1;
        while (colon > 0 && open - colon <= MaxColonToQuotation && t[colon].Value is "“" or "\"" or "‘" or "''" or "'")
        {
            colon--;
        }

        return colon < minColon || open >= t.Count || !context.Traits.Has(colon, TokenTraits.Colon) || doc.Quoted[colon - 1] ? -1 : colon;
    }

    /// <summary>
    /// The subject of the verb that ends the sentence introducing a cueless quotation: when the quotation opens right after a colon
    /// (over its opening mark) and the word before the colon is a lower-case verb (a cue verb, or an -ed, -s or -ing form: "retorted",
    /// "continues", "reportedly yelling"; after adverbs), the widest mention that ends right before it (over adverbs) in its sentence is
    /// the speaker: "At the meeting in Delmar, Ana Ruiz retorted:" (not "Delmar"), "The crowd cheers, and then Tom Hale
    /// continues:" (not "The crowd"), "..., with Tom Hale reportedly yelling:" (not the place before). An -ing form after a noun that
    /// is no name or pronoun is that noun's participle ("they will carry banners proclaiming:": PolNeAR's source is "they"), and a
    /// sentence whose colon follows other words ("Ana Ruiz called them on it:", "the Dutch paper Ledger:") or whose verb has no mention
    /// right before it keeps the speaker chosen (a description runs on over a verb the lexicon does not hold as a cue, "the harbour
    /// clerk retorted", and then no mention ends before the verb).
    /// </summary>
    internal static Attribution SubjectOfTheVerbBeforeAColon(AfterRankerContext context, Attribution chosen)
    {
        var colon = ColonBeforeACuelessQuotation(context, chosen, 2);
        if (colon < 0)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        var verb = colon - 1;
        var lower = t[verb].Lower;
        if (!traits.Has(verb, TokenTraits.Word) || t[verb].IsCapitalized || traits.Has(verb, TokenTraits.Preposition | TokenTraits.Pronoun)
            || !(traits.Has(verb, TokenTraits.CueVerb) || IsVerbLike(lower) || lower.Length > 5 && lower.EndsWith("ing", StringComparison.Ordinal)
                 || lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)))
        {
            return chosen;
        }

        var before = verb - 1;
        while (before > 0 && (traits.Has(before, TokenTraits.Adverb) && !traits.Has(before, TokenTraits.Auxiliary) || IsLyAdverb(t[before].Value)
                              || t[before].Lower is "then" or "also" or "later" or "again"))
        {
            before--;
        }

        if (before < 0 || before == verb - 1 && IsLyAdverb(t[verb].Value)
            || WidestCandidateEndingIn(context, doc.SentenceOf[colon], before, before, skipObjectPronouns: true) is not { } subject
            || traits.Has(subject.Last, TokenTraits.EndsPossessive) || chosen.Speaker is { } s && s.Overlaps(subject.Span)
            || lower.EndsWith("ing", StringComparison.Ordinal) && subject.Type is not (MentionType.Name or MentionType.PersonPronoun or MentionType.OtherPronoun))
        {
            return chosen;
        }

        return chosen with { Speaker = subject.Span, Referent = null, InheritedFrom = null };
    }
}
