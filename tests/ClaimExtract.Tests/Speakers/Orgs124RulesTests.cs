namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs124, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// An organisation's description that the other readings leave unnamed ("the company", "The utility", "the agency", "The network",
/// "the newspaper") is the organisation of its kind the article names last before it (SpeakerResolver.OrganisationOfItsKind.cs).
/// </summary>
public class Orgs124RulesTests
{
    [TestCase("Ann Roe sued Brenner Oil Co. in May. On Monday, the company said it would settle.", "the company", "Brenner Oil Co.")]
    [TestCase("The board approved Brenner Oil Co.'s plan in March. After the vote, the company hired 40 engineers.", "the company", "Brenner Oil Co.")]
    [TestCase("Harlow Grid & Power Co. will cut power on Friday. Storms are expected, said Tom Vale, HG&P's head of operations. The utility said it will watch the weather.", "The utility", "Harlow Grid & Power Co.")]
    [TestCase("Tom Vale owns shares of Dornwerk.\n\nDornwerk, the parent company of Velo, rose 3 percent. The company reported strong sales.", "The company", "Dornwerk")]
    [TestCase("Lena Park asked Zeta News for an apology in May. The network did not reply.", "The network", "Zeta News")]
    [TestCase("The Harbour Courier endorsed Ann Roe in June. Tom Vale spoke in Dayton.\n\nAnn Roe thanked voters. The newspaper, long a critic of Vale, said he would lose.", "The newspaper", "Harbour Courier")]
    [TestCase("Ann Roe wrote to the FBI in May. On Friday the FBI confirmed the inquiry. The agency declined to say more.", "The agency", "FBI")]
    // The subject reading (names53) skips a name after a preposition; the description left unnamed is still the organisation named
    // last ("said of Harbex, when the company": Harbex). This case was names53's guard; orgs124 turns it (docs/resolved-names.md "### orgs124").
    [TestCase("“Who put them in charge of us?” Tom Lind said of Harbex in May, when the company refused to unlock the phone.", "the company", "Harbex")]
    public void Description_IsTheOrganisationOfItsKind(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(ClaimExtract.Speakers.SpeakerKind.Organization));
    }

    // Guards: a person; a state of the nationalities table; a name modifying a noun ("a Velo documentary"); a name of another kind (a
    // department for "the utility"); a newspaper noun before any publication's name.
    [TestCase("Ann Roe visited the plant on Monday. The utility said it would hire 40 engineers.", "The utility", "Ann Roe")]
    [TestCase("Ann Roe said power failed across Mexico. Later, the utility said it would hire 40 engineers.", "the utility", "Mexico")]
    [TestCase("Ann Roe said Harbex blocked a Velo documentary. The utility denied it.", "The utility", "Velo")]
    [TestCase("Ann Roe said the plant was fined by the Harbour Department. Later, the utility said it would appeal.", "the utility", "Harbour Department")]
    [TestCase("Tom Vale wrote to Ann Roe. The newspaper said he would lose.", "The newspaper", "Tom Vale")]
    public void Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
}
