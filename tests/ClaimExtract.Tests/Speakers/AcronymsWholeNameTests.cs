namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs122, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// An acronym spelt out inside a longer run is the whole name: past a nationality opening the run, on to "and" and a closing word the
/// article writes nowhere else; "the Mexican OWS" is that name too. Not words beside the letters that name other things.
/// </summary>
public class AcronymsWholeNameTests
{
    private const string Spelt =
        "Wells in Mexico are old. The Mexican Office for Water Safety and Protection tested them on Monday. ";

    // Fail on main ("Office for Water Safety"; "Caldonian OWS").
    [TestCase(Spelt + "The OWS said the wells were clean.", "The OWS", "Mexican Office for Water Safety and Protection")]
    [TestCase(Spelt + "Later, the Mexican OWS said the tests would go on.", "the Mexican OWS", "Mexican Office for Water Safety and Protection")]
    [TestCase("Wells are old. The Office for Water Safety and Protection tested them. The OWS said the wells were clean.", "The OWS", "Office for Water Safety and Protection")]
    public void Acronym_IsTheWholeName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Left alone: "and" a name the article writes alone too; a role and a person after the letters' stretch; another state's nationality.
    [TestCase("The Office for Water Safety and Harbex signed a deal. Harbex builds pumps. The OWS said the wells were clean.", "The OWS", "Office for Water Safety")]
    [TestCase("The Office for Water Safety Director Ann Roe spoke. The OWS said the wells were clean.", "The OWS", "Office for Water Safety")]
    public void Acronym_KeepsTheLettersStretch(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
}
