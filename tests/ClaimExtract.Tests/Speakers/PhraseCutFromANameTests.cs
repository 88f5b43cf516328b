namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names103, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), as
/// the speaker ranker sometimes gives it: a piece of a noun phrase that names a person ("Former Secretary" of "Former Secretary of State
/// Ann Roe", "Hale campaign" of "Hale campaign communications director Ann Roe", "Vermont" of "Senator Tom Lind of Vermont"). The
/// phrase's person is the speaker.
/// </summary>
public class PhraseCutFromANameTests
{
    // Fail on main (the piece alone was resolved: the last governor named, the campaign, the state).
    [TestCase("Gov. Tom Lind of Ohio held a town hall on Monday. Former Secretary of State Ann Roe urged women to vote for Jane Hale, saying the race mattered.", "Former Secretary", 1, "Ann Roe")]
    [TestCase("Rick Vance went on the offensive on Sunday. Hale campaign communications director Ann Roe acknowledged that the candidate misspoke.", "Hale campaign", 1, "Ann Roe")]
    [TestCase("At a rally in Concord on Tuesday, Senator Tom Lind of Vermont endorsed Jane Hale, saying she would make a fine president.", "Vermont", 1, "Tom Lind")]
    public void PieceOfAPhraseNamingAPerson_IsThePerson(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a piece that holds its own person, an organisation whose name holds "of", and a campaign followed by a verb.
    [TestCase("Turnout set a record. Missouri Secretary of State Ann Roe announced the figures on Wednesday.", "State Ann Roe", 1, "Ann Roe")]
    [TestCase("Not every group is distancing itself from Rick Vance. The Dunmore Chamber of Commerce said on Friday it would keep his plaque.", "Commerce", 1, "Commerce")]
    [TestCase("Jane Hale spoke in Ohio on Monday. The Hale campaign said Ann Roe would join the ticket.", "The Hale campaign", 1, "Hale campaign")]
    public void PieceWithNoOtherPersonInItsPhrase_IsResolvedAsItIs(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
