using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgwe120: a name apposed to a description of an organisation that opens its sentence ("The firm that owns her songs, Iron
/// Meadow, says") is an organisation's, so "the company" after it is that organisation, though the entity index holds the name as a
/// person's. On texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// </summary>
public class OrganisationAfterItsDescriptionTests
{
    [TestCase("The firm that owns her songs, Iron Meadow, says she may sing them. Fans cheered last week. But the company says she never needed leave.", "Iron Meadow")]
    [TestCase("The firm, Iron Meadow, says the deal is off. Fans cheered last week. But the company says talks go on.", "Iron Meadow")]
    public void TheCompany_AfterANameApposedToAnOrganisationsDescription_IsThatName(string text, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "the company");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Left alone: a person apposed to a possessive description ("The company's founder") or to a description headed by a person's noun
    // ("The lawyer that the label hired").
    [TestCase("The company's founder, Ann Roe, says she may sell. Fans cheered last week. But the company says no deal is near.", "Ann Roe")]
    [TestCase("The lawyer that the label hired, Ann Roe, says she may sell. Fans cheered last week. But the company says no deal is near.", "Ann Roe")]
    public void TheCompany_AfterAPersonApposedToAnotherDescription_IsNotThatPerson(string text, string person)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "the company");

        Assert.That(resolved.Name, Is.Not.EqualTo(person));
    }
}
