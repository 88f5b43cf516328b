using System.Collections.Frozen;

namespace ClaimExtract.Speakers;

/// <summary>
/// A state's institution the article names only in lower case after the state's possessive: "China's commerce ministry said", "Ohio's
/// health department warned". data/names/GUIDE.md takes such a ministry as written (`China's commerce ministry`, as `Inner Mongolia health
/// authority` and `Tulsa police`), since the article gives it no other name; the resolver gave it none. A person's office or campaign
/// ("Powell’s office", "Murphy’s campaign") is `unnamed` there and is not read so: the owner must be a state or a place. When the
/// article writes the institution's noun capitalised ("the Ministry of Commerce", "Bank of Japan"), a proper name may be meant, and the
/// mention is left unnamed. A place's police is named so too ("Indiana State Police reported", "Hong Kong police warned"): GUIDE.md
/// takes `Tulsa police` as written, while "police" alone or after a nationality ("German police") stays a group (branch orgnames119).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Lower-case nouns that head a state's own institution.</summary>
    private static readonly FrozenSet<string> StateInstitutionNouns = FrozenSet.ToFrozenSet(
        ["ministry", "police", "army", "navy", "military", "parliament", "embassy", "regulator", "cabinet", "legislature", "department",
         "agency", "commission", "authority"], StringComparer.Ordinal);

    /// <summary>Modifiers that make the noun a description of one of several ("China's biggest agency", "the state's new commission"), not a state's institution.</summary>
    private static readonly FrozenSet<string> NotInstitutionModifiers = FrozenSet.ToFrozenSet(
        ["new", "old", "former", "own", "other", "top", "main", "largest", "biggest", "leading", "local", "private"], StringComparer.Ordinal);

    /// <summary>Countries whose possessive may own a state's institution, beside the states of <see cref="CapitalStates"/>.</summary>
    private static readonly FrozenSet<string> OtherCountries = FrozenSet.ToFrozenSet(
        ["Britain", "Israel", "Mexico", "Brazil", "Italy", "Spain", "Austria", "Greece", "Nigeria", "Kenya", "Argentina", "Colombia",
         "Indonesia", "Thailand", "Malaysia", "Singapore", "Switzerland", "Sweden", "Norway", "Denmark", "Netherlands", "Belgium", "Ireland",
         "Lebanon", "Jordan", "Qatar", "Libya", "Myanmar", "Bangladesh", "New Zealand", "South Africa", "Hong Kong"], StringComparer.Ordinal);

    /// <summary>
    /// The mention as written without a leading "the" for "[the] PLACE's [one or two lower-case modifiers] NOUN" (<see
    /// cref="StateInstitutionNouns"/>) whose owner is a country (<see cref="CapitalStates"/>, <see cref="OtherCountries"/>), a US state or a
    /// place the article writes as one; null otherwise, and when the article writes the noun capitalised anywhere.
    /// </summary>
    private string? StateInstitutionAsWritten(Span mention)
    {
        // Read in place first (speed122): the owner is a possessive word with a word after it, so the mention writes "'s " or "’s ";
        // most mentions do not, and are answered without splitting and joining their words.
        var inPlace = _text.AsSpan(mention.Start, mention.End - mention.Start);
        if (!inPlace.Contains("'s ", StringComparison.Ordinal) && !inPlace.Contains("’s ", StringComparison.Ordinal))
        {
            return null;
        }

        var words = WrittenWithoutArticle(mention).Split(' ');
        var owns = Array.FindIndex(words, EntityIndex.EndsPossessive);
        if (owns < 0 || words.Length - owns < 2 || words.Length - owns > 4 || !StateInstitutionNouns.Contains(words[^1])
            || words[(owns + 1)..].Any(w => w.Length == 0 || !w.All(c => char.IsLower(c) || c == '-') || NotInstitutionModifiers.Contains(w) || w.EndsWith("est", StringComparison.Ordinal)))
        {
            return null;
        }

        var owner = string.Join(' ', words[..(owns + 1)]);
        owner = EntityIndex.StripPossessive(owner);
        var state = owner.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0]))
                    && (OtherCountries.Contains(owner) || CapitalStates.Values.Any(s => s.Contains(owner)) || EntityIndex.IsStateName(owner.ToLowerInvariant())
                        || _entities.IsPlace(owner));
        var capitalised = char.ToUpperInvariant(words[^1][0]) + words[^1][1..];
        return state && !WrittenAsWord(capitalised) ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// The mention without a leading "the" and a closing possessive for "[the] PLACE police" or "[the] NAME Police": capitalised words
    /// before "police" that are a country, a US state or a place the article writes as one ("Hong Kong police", "The Cleveland police's"),
    /// or capitalised words before "Police" that make one proper name ("Indiana State Police"); null for "police" alone, after a
    /// nationality ("German police") or after a word that opens a sentence ("But police").
    /// </summary>
    private string? PlacePoliceAsWritten(Span mention)
    {
        // Read in place first (speed122): the last word is "police" or "Police", which the mention then writes.
        if (!_text.AsSpan(mention.Start, mention.End - mention.Start).Contains("olice", StringComparison.Ordinal))
        {
            return null;
        }

        var words = WrittenWithoutArticle(mention).Split(' ');
        var noun = EntityIndex.StripPossessive(words[^1]);
        if (words.Length < 2 || words.Length > 4 || noun is not ("police" or "Police")
            || !words[..^1].All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLetter(c) || c == '.')))
        {
            return null;
        }

        var owner = string.Join(' ', words[..^1]);
        var named = noun == "Police" && words.Length > 2 && !OpeningConnectives.Contains(words[0])
                    || !IsNationality(owner) && (OtherCountries.Contains(owner) || CapitalStates.Values.Any(s => s.Contains(owner))
                                                 || EntityIndex.IsStateName(owner.ToLowerInvariant()) || _entities.IsPlace(owner));
        return named ? owner + " " + noun : null;
    }
}
