namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names104, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), as
/// the speaker ranker sometimes gives it: the words after "of" in an organisation's name ("Education" of "The Department of Education",
/// "Ohio" of "the Policy Institute of Ohio"). The organisation is the speaker.
/// </summary>
public class OrganisationNameCutTests
{
    // Fail on main (the cut words alone: a place, or the person a capitalised run with the word makes).
    [TestCase("Former Hale Education Secretary Tom Lind spoke first. The Department of Education has denied that loans were forgiven.", "Education", 2, "Department of Education")]
    [TestCase("Wages rose in Ohio last year, but a study by the Policy Institute of Ohio found that rents rose faster.", "Ohio", 2, "Policy Institute of Ohio")]
    [TestCase("On Monday the Federal Bureau of Investigation declined to comment on the case.", "Investigation", 1, "Federal Bureau of Investigation")]
    public void WordsAfterOfInAnOrganisationsName_AreTheOrganisation(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Two spaces inside the cut words (text pasted from a page): the organisation, its name written with single spaces.
    [TestCase("A study by the Policy Institute of North  Ohio found that rents rose faster.", "North  Ohio", 1, "Policy Institute of North Ohio")]
    public void CutWordsWithTwoSpaces_AreTheOrganisation(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a title before "of" is no organisation's name, and a mention that holds its own person is that person.
    [TestCase("Turnout set a record. Secretary of State Ann Roe announced the figures on Wednesday.", "State Ann Roe", 1, "Ann Roe")]
    [TestCase("Ann Roe and Tom Lind spoke. A report by the University of Chicago Professor Jane Hale found otherwise.", "Chicago Professor Jane Hale", 1, "Jane Hale")]
    public void MentionAfterATitleOrHoldingAPerson_IsResolvedAsItIs(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
