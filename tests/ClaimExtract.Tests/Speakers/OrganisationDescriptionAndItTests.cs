using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names53, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class OrganisationDescriptionAndItTests
{
    // "The company", "the newspaper", "the group": the organisation written last as the subject of a verb inside one of the sentences
    // before (not only at a sentence's opening).
    [TestCase("Shares of Harbex fell. “We will keep the plant open,” Harbex said in a statement on Monday. The company said its sales had grown.", "The company", "Harbex")]
    [TestCase("Workers said that Dovetron was trying to move jobs abroad. The company had argued that it needed to cut costs.", "The company", "Dovetron")]
    [TestCase("Wages in the town, where 700 Carrow Technologies jobs will go, are low.\n\nCarrow Technologies is not struggling as the sawmills did. But the company says it worries about a similar end.", "the company", "Carrow Technologies")]
    [TestCase("A notice posted on the website Gunvault.com said listings were checked. “No one at the site knew him,” the company wrote.", "the company", "Gunvault.com")]
    public void OrganisationDescription_IsTheOrganisationLastWrittenAsASubject(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: a person's surname as the subject (given in full before), a place, a name
    // three sentences back (each written mid-sentence somewhere, as the rule asks), nouns outside the list ("the group", an advocacy group beside
    // the company it speaks about; "the government").
    [TestCase("The teacher, Akif Demirel, earned little. Demirel could not be reached. The foundation reported that it had paid him.", "The foundation", "Akif Demirel")]
    [TestCase("Voters in Ohio came early. Ohio has a new law. The company said the law was fair.", "The company", "Ohio")]
    [TestCase("Shares of Harbex fell. Harbex said on Monday it would sell the plant. Wages fell. Prices rose. Rents rose. The company said sales had grown.", "The company", "Harbex")]
    [TestCase("Shares of Harbex fell. Workers said that Harbex had reached a deal with Dovetron. The group said the terms were unfair.", "The group", "Harbex")]
    [TestCase("Ministers met in the capital. They said that Harbex would raise prices. The government said prices would fall.", "The government", "Harbex")]
    public void OrganisationDescription_WithoutSuchASubject_IsNotThatName(string text, string mention, string notName)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.Not.EqualTo(notName));
    }

    // "It added", "it said" after an organisation's report: the organisation that reported last.
    [TestCase("“No one at the site knew him,” the company wrote. It added, “We will not take part.”", "Shares of Harbex fell. Harbex said listings were checked. ", "Harbex")]
    [TestCase("The Herald urged Tom Lind to visit. “He should come,” it added.", "", "Herald")]
    [TestCase("The report on Harbex was long. Harbex said sales had grown. It added that prices would stay low.", "", "Harbex")]
    public void ItAfterAnOrganisationsReport_IsThatOrganisation(string text, string opening, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(opening + text, text.Contains(" it ", StringComparison.Ordinal) ? "it" : "It");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: a person reported last ("Tom Lind said"), a document ("the email read"), no reporting verb after "it", an organisation after a
    // possessive ("its Harbex reports").
    [TestCase("Shares of Harbex fell. Harbex said sales had grown. Tom Lind said the plant would close. It added that prices would stay low.", "It", "Harbex")]
    [TestCase("Shares of Harbex fell. Harbex sent an email on Monday. “Sales grew,” the email read. It stated that prices would stay low.", "It", "Harbex")]
    [TestCase("Shares of Harbex fell. Harbex said sales had grown. It was a good year for the plant, the owners thought.", "It", "Harbex")]
    [TestCase("The plant spent little, according to its Harbex reports. It showed small payments to the firm.", "It", "Harbex")]
    public void ItAfterAnyoneElsesReport_IsNotThatOrganisation(string text, string mention, string notName)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.Not.EqualTo(notName));
    }
}
