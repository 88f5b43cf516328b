namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames120, on texts written for these tests: a state's institution named only in lower case is named as written after a
/// nationality ("The French foreign ministry" → "French foreign ministry") and when the speaker span holds only its owner ("Russia" of
/// "Russia's foreign ministry said"), as data/names/GUIDE.md labels both; a nationality's police, an institution that modifies the noun
/// after it, a person of the institution, and a noun the article writes capitalised elsewhere are not.
/// </summary>
public class StateInstitutionBesideItsOwnerTests
{
    // Fail on main: no name, and the owner "Russia".
    [TestCase("Envoys met in Geneva. The French foreign ministry called the vote a mistake.", "The French foreign ministry", "French foreign ministry")]
    [TestCase("Envoys met in Geneva. The Japanese defence ministry warned that the drills were a provocation.", "The Japanese defence ministry", "Japanese defence ministry")]
    [TestCase("Envoys met in Geneva. Russia's foreign ministry said the vote was a mistake.", "Russia", "Russia's foreign ministry")]
    public void Institution_IsNamedAsWritten(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards: a nationality's institution that modifies the noun after it; a person of the ministry; the noun capitalised elsewhere.
    [TestCase("Bases will stay open, according to American military officials in Kabul.", "American military", "American military")]
    [TestCase("Envoys met in Geneva. Russia's foreign ministry spokesman said the step was a mistake.", "Russia", "Russia's foreign ministry")]
    [TestCase("The French Foreign Ministry hosted the talks. The French foreign ministry called the vote a mistake.", "The French foreign ministry", "French foreign ministry")]
    public void Institution_Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));

    // A nationality's police stays a group with no name, as the labels have "German police".
    [TestCase("Thousands marched in Lyon. French police said that the crowd left by noon.", "French police")]
    public void NationalPolice_StaysAGroup(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Null);
}
