using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs121: a reporting "it" ("it said", "it announced") whose sentence, or the one before, opens with a named organisation as
/// the subject of a verb (after an opening phrase and a comma, or "the") is that organisation, when no organisation's report comes before
/// it. On texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice
/// plays no part.
/// </summary>
public class OrganisationItGoesOnWithTests
{
    [TestCase("Shares of Harbex rose. Harbex is one of the firms bidding for the port. In a note sent on Monday, it said it would build two cranes.", "Harbex")]
    [TestCase("As of May, Dovetron had a fleet of forty barges. In addition to the order of ten Harbex tugs, it announced a new depot.", "Dovetron")]
    [TestCase("Still, the Pilots Guild of Ohio opposed the plan. “Keep the pier open,” it said.", "Pilots Guild of Ohio")]
    [TestCase("Still, the Pilots Guild of Ohio opposed the plan. It said the pier must stay open.", "Pilots Guild of Ohio")]
    [TestCase("Still, the Harbex Pilots Guild opposed the plan. “Keep the pier open,” it said.", "Harbex Pilots Guild")]
    [TestCase("The Lind Harbour Trust has raised fees twice, and it says the pier needs repair.", "Lind Harbour Trust")]
    public void ReportingIt_AfterAnOrganisationSubject_IsThatOrganisation(string text, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, text.Contains(" it ", StringComparison.Ordinal) ? "it" : "It");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Left alone: a person as the subject before ("Tom Lind argued"), an organisation only after a preposition ("Shares of Harbex"), a
    // sentence whose report is a source's ("according to the Pier Monitor"), a capitalised word that only opens a sentence ("Officials"),
    // a state ("Ohio"), no reporting verb after "it" ("It was"), an organisation subject two sentences back.
    [TestCase("Harbex sold the plant. Tom Lind argued that the deal was poor. It said prices would rise.")]
    [TestCase("Shares of Harbex fell on Monday. It said prices would rise.")]
    [TestCase("Shares of Harbex fell. Harbex has called for a strike, according to the Pier Monitor, which tracks unions. It said members were ready.")]
    [TestCase("Officials gathered at the pier on Monday. It said prices would rise.")]
    [TestCase("Ohio approved the budget on Monday. It said prices would rise.")]
    [TestCase("Harbex approved the budget on Monday. It was a good year for the plant.")]
    [TestCase("Harbex approved the budget on Monday. The pier was closed. It said prices would rise.")]
    public void ReportingIt_WithoutAnOrganisationSubjectBefore_HasNoName(string text)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, text.Contains(" it ", StringComparison.Ordinal) ? "it" : "It");

        Assert.That(resolved.Name, Is.Null);
    }
}
