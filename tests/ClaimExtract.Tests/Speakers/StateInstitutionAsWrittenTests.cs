namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames119, on texts written for these tests: a state's institution named only in lower case after the state's possessive is
/// named as written ("China's commerce ministry", as data/names/GUIDE.md labels it); a person's office, a description of one of several,
/// and an institution whose noun the article also writes capitalised are not. A place's police is named as written ("Hong Kong police");
/// police alone or after a nationality stay a group.
/// </summary>
public class StateInstitutionAsWrittenTests
{
    // Fail on main (no name).
    [TestCase("Trade talks resumed in Geneva. China's commerce ministry said on Friday that the tariffs must go first.", "China's commerce ministry", "China's commerce ministry")]
    [TestCase("Ships gathered off the coast. Russia’s foreign ministry said the drills were a provocation.", "Russia’s foreign ministry", "Russia’s foreign ministry")]
    public void Institution_IsNamedAsWritten(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards: a person's office; a superlative description; the noun capitalised elsewhere ("Commerce Ministry" may be its name).
    [TestCase("Senator Tom Lind backed the bill. Lind’s office said the vote would come in June.", "Lind’s office", "Lind’s office")]
    [TestCase("Trade talks resumed in Geneva. China's biggest agency said on Friday that the tariffs must go first.", "China's biggest agency", "China's biggest agency")]
    [TestCase("The Commerce Ministry met the envoys in May. China's commerce ministry said on Friday that the tariffs must go first.", "China's commerce ministry", "China's commerce ministry")]
    public void Institution_Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));

    // Fail on main (a group with no name): a place's police, as written.
    [TestCase("Thousands marched to the capitol. Ohio State Police reported that the crowd left by noon.", "Ohio State Police", "Ohio State Police")]
    [TestCase("Students gathered near the harbour. Hong Kong police have warned them to leave by dawn.", "Hong Kong police", "Hong Kong police")]
    public void PlacePolice_IsNamedAsWritten(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards, a group with no name as on main: police alone, and after a nationality.
    [TestCase("Thousands marched to the square. Police said that the crowd left by noon.", "Police")]
    [TestCase("Thousands marched in Hamburg. German police said that the crowd left by noon.", "German police")]
    public void PlacePolice_Guards(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Null);
}
