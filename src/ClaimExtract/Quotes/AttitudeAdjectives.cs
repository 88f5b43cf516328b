using System.Collections.Frozen;

namespace ClaimExtract.Quotes;

/// <summary>
/// The adjectives of attitude after a copula and the words of degree before them, one table for the two readers:
/// <see cref="StanceReport"/> reads an adjective with a clause or any of its prepositions ("is confident that ...", "were worried about
/// ..."; docs/quotes.md, "recall41"), <see cref="PhraseReport"/> with the prepositions listed here and a noun phrase, where no statement
/// touches ("is upbeat about [the vote]", "[voters], disappointed in [the choices]"; "recall72", "recall73"); docs/quotes.md, "tidy82".
/// </summary>
internal static class AttitudeAdjectives
{
    /// <summary>
    /// Each adjective with the prepositions that must follow it for <see cref="PhraseReport"/> ("critical of", "upset by"); an empty
    /// list: read by <see cref="StanceReport"/> only (the noun-phrase form was not measured for it).
    /// </summary>
    public static readonly FrozenDictionary<string, string[]> Prepositions = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Both readers.
        ["optimistic"] = ["about"], ["pessimistic"] = ["about"], ["hopeful"] = ["about"], ["skeptical"] = ["of", "about"],
        ["sceptical"] = ["of", "about"], ["worried"] = ["about"], ["nervous"] = ["about"], ["angry"] = ["about", "at", "with"],
        ["upset"] = ["about", "with", "by"], ["confident"] = ["in", "about"], ["wary"] = ["of"], ["frustrated"] = ["with"],
        ["pleased"] = ["with", "by"], ["unhappy"] = ["with", "about"], ["disappointed"] = ["in", "with"],

        // PhraseReport only (see NounPhraseOnly).
        ["critical"] = ["of"], ["upbeat"] = ["about"], ["enthusiastic"] = ["about"], ["furious"] = ["at", "with"], ["alarmed"] = ["at", "by"],
        ["dismissive"] = ["of"], ["supportive"] = ["of"],

        // StanceReport only.
        ["convinced"] = [], ["concerned"] = [], ["opposed"] = [], ["sure"] = [], ["unsure"] = [], ["certain"] = [], ["uncertain"] = [],
        ["afraid"] = [], ["eager"] = [], ["determined"] = [], ["aware"] = [], ["willing"] = [], ["unwilling"] = [], ["reluctant"] = [],
        ["adamant"] = [], ["happy"] = [], ["glad"] = [], ["proud"] = [], ["anxious"] = [], ["satisfied"] = [], ["comfortable"] = [],
        ["keen"] = [], ["interested"] = [],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The adjectives <see cref="StanceReport"/> leaves out: measured only with a noun phrase after their preposition (recall63,
    /// recall72), never as a stance with a clause; read by StanceReport they change train output (docs/quotes.md, "tidy82").
    /// </summary>
    public static readonly FrozenSet<string> NounPhraseOnly = FrozenSet.ToFrozenSet(
        ["critical", "upbeat", "enthusiastic", "furious", "alarmed", "dismissive", "supportive"], StringComparer.Ordinal);

    /// <summary>
    /// Words of degree and negation between the copula and the adjective ("is not sure", "were deeply skeptical", "is so proud",
    /// "were both critical of"); both readers also skip words ending in -ly.
    /// </summary>
    public static readonly FrozenSet<string> Degrees = FrozenSet.ToFrozenSet(
        ["not", "so", "very", "more", "less", "most", "too", "quite", "far", "all", "also", "still", "now", "no", "longer", "even", "both"],
        StringComparer.Ordinal);
}
