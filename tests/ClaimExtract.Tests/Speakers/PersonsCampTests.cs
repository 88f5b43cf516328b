namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names104, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve): "the
/// NAME camp" of a person the article names is that person's organisation, named as "the NAME campaign" is ("Hale camp").
/// </summary>
public class PersonsCampTests
{
    // Fail on main (no name: "camp" is no organisation noun).
    [TestCase("Jane Hale won the primary in Ohio on Tuesday. The Hale camp said turnout had never been higher.", "The Hale camp", 1, "Hale camp")]
    [TestCase("Lind camp: Vance is unfit to serve\n\nSenator Tom Lind attacked Rick Vance on Monday.", "Lind camp", 1, "Lind camp")]
    public void CampOfANamedPerson_IsThePersonsOrganisation(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a camp whose owner is no person the article names.
    [TestCase("Flooding closed roads near Lake Erie. The Erie camp said all children were safe.", "The Erie camp")]
    [TestCase("Recruits arrived on Monday. The boot camp said training would start at once.", "The boot camp")]
    public void CampOfNoNamedPerson_IsNoPersonsCamp(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(mention[4..]));
}
