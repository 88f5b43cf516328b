namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names102, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// role the article writes after "former" ("Ann Roe, the former Ohio governor,", "former Sen. Ann Roe") is a former holder's: "the
/// governor" is not that person, and "the former governor" is only that person.
/// </summary>
public class FormerRoleTests
{
    // Fail on main (the holder named last was taken, whatever the tense).
    [TestCase("Gov. Tom Lind of Ohio toured the flood zone on Monday. Ann Roe, the former Ohio governor, said the levees were old. The governor said the state would pay for the repairs.", "The governor", 1, "Tom Lind")]
    [TestCase("Ann Roe, the former Ohio governor, toured the flood zone on Monday. Gov. Tom Lind said the levees were old. The former governor said the repairs came too late.", "The former governor", 1, "Ann Roe")]
    [TestCase("Sen. Tom Lind of Maine spoke at the port on Friday. Former Sen. Ann Roe, who spoke after him, called the ferry bill late. The senator said it would pass.", "The senator", 1, "Tom Lind")]
    public void RoleAfterFormer_IsAFormerHoldersOnly(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a description of the tense of the only holder named is that holder.
    [TestCase("Ann Roe, the former Ohio governor, toured the flood zone on Monday. The former governor said the repairs came too late.", "The former governor", 1, "Ann Roe")]
    [TestCase("Gov. Tom Lind of Ohio toured the flood zone on Monday. The governor said the state would pay for the repairs.", "The governor", 1, "Tom Lind")]
    public void DescriptionOfTheHoldersTense_IsTheHolder(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
