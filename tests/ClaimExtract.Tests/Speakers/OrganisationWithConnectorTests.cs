namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames117, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// "The", a capitalised word, "for"/"of"/"on" and capitalised words is an organisation, not a person read in the words after the connector;
/// a given name alone is not a longer name the article writes only after it ("Apple Thunderbolt", a product); "the" and a modifier before
/// "company" is read as "the company", unless the modifier makes it another company.
/// </summary>
public class OrganisationWithConnectorTests
{
    // Fail on main ("Disease Control", "Harbour Studies" as persons; "Apple Thunderbolt"; no name).
    [TestCase("The disease is rare, said a report by the Centre for Disease Control on Monday.", "the Centre for Disease Control", 1, "Centre for Disease Control")]
    [TestCase("The tides are rising, said the Institute for Harbour Studies on Monday.", "the Institute for Harbour Studies", 1, "Institute for Harbour Studies")]
    [TestCase("The laptop has four ports. Apple says the battery lasts eleven hours. Buyers can add the $49 Apple Thunderbolt 2 adapter.", "Apple", 1, "Apple")]
    [TestCase("Workers said that Dovetron was trying to move jobs abroad. The phone company had argued that it needed to cut costs.", "The phone company", 1, "Dovetron")]
    public void Organisation_IsNamed(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: no capitalised word before the connector; a title before it (a person's role); a given name alone after the
    // person's full name, or in a headline before it; a modifier that makes another company.
    [TestCase("The plan is sound, said the wife of Tom Lind on Monday.", "the wife of Tom Lind", 1, null)]
    [TestCase("The plan is sound, said the Secretary of State Ann Roe on Monday.", "the Secretary of State Ann Roe", 1, "Ann Roe")]
    [TestCase("Bernie Lind spoke in May. Bernie said the plan was sound.", "Bernie", 2, "Bernie Lind")]
    [TestCase("Bernie: The Plan Is Sound.\n\nBernie Lind spoke in May about the harbour plan.", "Bernie", 1, "Bernie Lind")]
    [TestCase("Workers said that Dovetron was trying to move jobs abroad. The parent company had argued that it needed to cut costs.", "The parent company", 1, null)]
    public void Organisation_Guards(string text, string mention, int occurrence, string? name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
