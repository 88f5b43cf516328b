namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names94, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part. A role description ("the senator", "the governor") names, of the people the article gives that role,
/// the one it named last before the description, not the one whose role it wrote last; a name after "a", "an" or "the" ("a Lind win")
/// modifies a noun and does not count. An organisation named by an acronym ("The FBI", "the S.E.C.") is named by the words the article
/// spells it out with.
/// </summary>
public class RoleHolderAndAcronymTests
{
    // Fail on main (the person whose role was written last: Ann Roe).
    [TestCase("Joe Dunn, the mayor, met Sen. Tom Lind of Maine and Sen. Ann Roe of Ohio in Dover on Monday. Reporters later pressed Lind on the harbour bill, but the senator insisted that it was dead.", "the senator", "Tom Lind")]
    [TestCase("Joe Dunn hosted Gov. Tom Lind and Gov. Ann Roe at the port. Dock workers booed Lind when the ferry strike reached the coast.\n\nThe governor said on Monday that he would not back down.", "The governor", "Tom Lind")]
    [TestCase("The harbour board invited President Tom Lind of the chamber and President Ann Roe of the guild. Dunn praised Lind at the opening, and the president said the port would grow.", "the president", "Tom Lind")]
    public void RoleDescription_IsTheHolderNamedLast(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards, the same on main: a name after an article modifies a noun ("a Lind win"); a holder named only after the description is still
    // the first one after it; the one holder named last is also the one whose role was written last.
    [TestCase("Joe Dunn, the mayor, met Sen. Tom Lind of Maine and Sen. Ann Roe of Ohio in Dover on Monday. Reporters asked Roe whether a Lind win was likely, and the senator said it was not.", "the senator", "Ann Roe")]
    [TestCase("Joe Dunn, the mayor, spoke in Dover on Monday. Reporters asked whether the bill would pass, and the senator said it would. Sen. Ann Roe of Ohio later voted for it.", "the senator", "Ann Roe")]
    [TestCase("Joe Dunn, the mayor, met Sen. Tom Lind of Maine and Sen. Ann Roe of Ohio in Dover on Monday. Reporters later pressed Roe on the harbour bill, but the senator insisted that it was dead.", "the senator", "Ann Roe")]
    public void RoleDescription_Guards(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Fail on main (the acronym as written).
    [TestCase("The Federal Bureau of Investigation opened an inquiry into the harbour board on Monday. The FBI said the files were missing.", "The FBI", "Federal Bureau of Investigation")]
    [TestCase("The Securities and Exchange Commission fined the firm. “We will appeal,” the firm said, but the S.E.C. said the fine would stand.", "the S.E.C.", "Securities and Exchange Commission")]
    [TestCase("The Coalition for the Protection of Ferry Riders filed suit in Dover. The CPFR said fares had doubled.", "The CPFR", "Coalition for the Protection of Ferry Riders")]
    [TestCase("Delegates left the Harbour Workers Convention early. The Harbour Workers Council met on Monday, and the Harbour Workers Council's chair spoke. The HWC said the strike would go on.", "The HWC", "Harbour Workers Council")]
    public void Acronym_IsTheOrganisationSpeltOut(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards, the same on main: an acronym the article never spells out; words in capitals spell out nothing ("UN Security").
    [TestCase("Ferry fares rose again in Dover. The FBI said the files were missing.", "The FBI", "FBI")]
    [TestCase("The UN Security Council met on Monday. The US said the vote would wait.", "The US", "US")]
    public void Acronym_NotSpeltOut_StaysAsWritten(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
}
