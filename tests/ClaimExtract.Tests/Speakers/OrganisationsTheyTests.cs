using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgwe120: a company's "they" closing a quotation ("“...,” they said") is the named organisation whose report is the last one
/// written before the quotation opens. On texts written for these tests; the resolver is given the mention directly
/// (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class OrganisationsTheyTests
{
    [TestCase("The firm that runs the fair, Lind Studios, denies that a deal was struck. “There is nothing more to add,” they said.", "Lind Studios")]
    [TestCase("Harbex said on Monday that the plant would stay open. “The workers are safe. We will not move,” they said in a statement.", "Harbex")]
    [TestCase("The firm that runs the fair, Lind Studios, said that no deal was struck. “There is nothing more to add,” they said.", "Lind Studios")]
    [TestCase("Lind Studios denies that a deal was struck. “There is nothing more to add,” they said.", "Lind Studios")]
    [TestCase("The firm that runs the fair, Harbex, denies that a deal was struck. “There is nothing more to add,” they said.", "Harbex")]
    [TestCase("Shares fell. The Quayside Gazette reported that the pier was unsafe. “We stand by the story,” they added.", "Quayside Gazette")]
    public void TheyClosingAQuotation_AfterAnOrganisationsReport_IsThatOrganisation(string text, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "they");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Left alone: a "they" that closes no quotation, a person's report last ("Tom Lind said"), a group's ("the stewards said"), a
    // "they" with no reporting verb after it.
    [TestCase("Harbex said on Monday that the plant would stay open, and they said the workers were safe.")]
    [TestCase("Harbex said on Monday that the plant would stay open. Tom Lind said the workers were safe. “We will not move,” they said.")]
    [TestCase("Harbex said on Monday that the plant would stay open. The stewards said the workers were safe. “We will not move,” they said.")]
    [TestCase("Harbex said on Monday that the plant would stay open. “We will not move,” they were told.")]
    public void TheyAfterAnyoneElsesReport_IsAGroupWithNoName(string text)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "they");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, SpeakerKind.Group)));
    }
}
