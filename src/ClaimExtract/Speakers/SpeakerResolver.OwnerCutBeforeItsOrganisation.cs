namespace ClaimExtract.Speakers;

/// <summary>
/// A person's campaign or administration whose mention is cut before its noun (branch orgs123): "a win would lift the Roe| administration's
/// hopes" gives the mention "the Roe" and leaves "administration's" after it. A person's name takes no "the", so "the" and a name the
/// article gives a person, right before "administration" or "campaign", is that organisation ("Roe administration"), as the whole
/// "the Roe administration" is (<see cref="PersonalOrganization"/>), not the person.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "SURNAME administration" or "SURNAME campaign" for a mention "the SURNAME" (no possessive) that the noun follows in lower case; null
    /// otherwise ("the Roe family", "Roe campaigned", a name the article gives no person).
    /// </summary>
    private string? OrganisationOfTheCutOwner(Span mention)
    {
        if (NextWord(mention.End) is not { } noun || !PersonalOrganizationNouns.Contains(noun))
        {
            return null;
        }

        var words = Written(mention).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 && words[0] is "the" or "The" && char.IsUpper(words[1][0]) && EntityIndex.StripPossessive(words[1]) == words[1]
            ? OwnedOrganization([words[0], words[1], noun])
            : null;
    }
}
