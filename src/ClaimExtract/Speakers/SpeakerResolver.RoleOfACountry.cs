namespace ClaimExtract.Speakers;

/// <summary>
/// A role owned by a country the tables know ("Austria's interior minister", "Kenya's finance minister") is a role of a place, as one
/// of a place the article writes after "in" is (<see cref="OwnedByPlaceOrOrganization"/>): the person the article gives that role
/// ("Interior Minister Ann Roe", before or after), else someone it does not name, not the recent subject or the most salient person
/// (branch quirks123). Before, a country the article never wrote after a preposition was no place to the index, and the description went
/// to the person the sentence named before it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Whether <paramref name="owner"/>, the capitalised owner of a role, is a country of <see cref="OtherCountries"/> or
    /// <see cref="CapitalStates"/>, or a US state.
    /// </summary>
    private static bool IsCountryOrState(string owner) =>
        OtherCountries.Contains(owner) || CapitalStates.Values.Any(s => s.Contains(owner)) || EntityIndex.IsStateName(owner.ToLowerInvariant());
}
