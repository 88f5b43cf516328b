namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names101, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// relative "who" whose antecedent is not the words right before it: a second "who" joined to a first by "and" or "but" has the first
/// one's antecedent; a time phrase between a name and the comma ("Sen. Tom Lind this year, who") is passed over to the name.
/// </summary>
public class RelativeAntecedentTests
{
    // Fail on main (no name).
    [TestCase("Sen. Ann Roe of Ohio, who voted against the harbour bill last spring, and who has since toured the port twice, said the ferries must run.", "who", 2, "Ann Roe")]
    [TestCase("Dock workers praised Gov. Tom Lind, who signed the wage law, but who now wants to cut the port's budget.", "who", 2, "Tom Lind")]
    [TestCase("Ferry riders hope to re-elect Sen. Tom Lind this year, who backed the new timetable.", "who", 1, "Tom Lind")]
    [TestCase("The union thanked Mayor Ann Roe on Monday, who promised more buses.", "who", 1, "Ann Roe")]
    [TestCase("Pilots cheered Joe Dunn last week, who had fought for the new radar.", "who", 1, "Joe Dunn")]
    public void Relative_FindsItsAntecedent(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: the first "who" of the pair, and a "who" right after a name.
    [TestCase("Sen. Ann Roe of Ohio, who voted against the harbour bill last spring, and who has since toured the port twice, said the ferries must run.", "who", 1, "Ann Roe")]
    [TestCase("Ferry riders hope to re-elect Sen. Tom Lind, who backed the new timetable this year.", "who", 1, "Tom Lind")]
    public void Relative_Guards(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
