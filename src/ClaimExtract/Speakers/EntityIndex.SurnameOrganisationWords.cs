using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Surnames that are organisation words (<see cref="Quotes.Lexicon.OrganizationWords"/>: "Day" as in "Election Day", "Law" as in
/// "Dream Act" law): "Kristen Day, director of Port Watch, ... . Day said ... . She added" was no person's name for the index, so "Day
/// said" was no mention and "She" passed over her to the woman named before (branch names113).
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Organisation words that are also common surnames; other such words after a given name's word name a place or a time
    /// more often than a person in the news ("China Sea", "Long Island", "Sunshine State", "Golden Week").</summary>
    private static readonly HashSet<string> SurnameOrganisationWords = new(["Day", "Law"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the capitalised run <paramref name="first"/>..<paramref name="last"/> is a given name and one of
    /// <see cref="SurnameOrganisationWords"/> ("Kristen Day", "Steven Law's"): a person's name, not an organisation's; not after a
    /// preposition of time (<see cref="HolidayPrepositions"/>: "on Victoria Day", "until Valentine Day": a holiday).
    /// </summary>
    private static bool IsSurnameAfterGivenName(List<Token> tokens, int first, int last) =>
        last == first + 1 && SurnameOrganisationWords.Contains(StripPossessive(tokens[last].Value)) && FirstNameGender.IsGivenName(tokens[first].Value)
        && !(first > 0 && HolidayPrepositions.Contains(tokens[first - 1].Lower));

    /// <summary>Prepositions of time a holiday follows ("on Victoria Day").</summary>
    private static readonly HashSet<string> HolidayPrepositions = new(["on", "during", "until", "since", "till"], StringComparer.Ordinal);
}
