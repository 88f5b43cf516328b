using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A given name alone as the speaker ("Bernie said", "Elise wrote"), on texts written for these tests: it is the person whose full name
/// the article writes with it, kind person. Before, the name was found (as an organisation's would be, "Patriot" → "Patriot Coal") but
/// typed organisation (on the Zyte pages "Dale" → Dale Ford ×3, "Elise" → Elise Matthesen ×2; on PolNeAR train "Donald" ×4, "Bernie" ×2).
/// </summary>
public class FirstNameSpeakerTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Bernard Sandor and Nora Pell met voters on Monday. Bernard said the race was close.", "Bernard", 2, "Bernard Sandor")]
    [TestCase("Elise Matthews wrote a memoir. In 1997, Elise wrote, she met Mike at a convention.", "Elise", 2, "Elise Matthews")]
    public void GivenNameAlone_IsThePersonItOpens(string text, string mention, int occurrence, string name)
    {
        var resolved = Resolve(text, mention, occurrence);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Person));
    }

    [TestCase("Vexo Coal cut jobs in May. Vexo said the mine will close.", "Vexo", 2, "Vexo Coal")]
    public void OrganisationNamedByOneWord_StaysAnOrganisation(string text, string mention, int occurrence, string name)
    {
        var resolved = Resolve(text, mention, occurrence);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Organization));
    }
}
