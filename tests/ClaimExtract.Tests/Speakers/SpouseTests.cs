namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// "her husband", "his wife", "Fry's wife" name the owner's spouse, on texts written for these tests: the one other person sharing the
/// owner's surname and of the noun's gender, else a given name apposed, else nobody; before, the owner or the recent subject.
/// </summary>
public class SpouseTests
{
    [TestCase("Tom Lind ran a shop for years. Ann Lind spoke in May. If she wins, her husband would become the first such spouse.", "her husband", "Tom Lind")]
    [TestCase("Sen. Dan Fry spoke on Monday. Crowds came. Fry's wife, Betsy, said she was proud.", "Fry's wife", "Betsy")]
    [TestCase("Dan Fry spoke on Monday. His wife had warned him to be brief.", "His wife", null)]
    // Guard: a full name apposed to the description, as before.
    [TestCase("Dan Fry spoke on Monday. His wife, Nora Pell, said she was proud.", "His wife", "Nora Pell")]
    public void SpouseNoun_IsTheOwnersSpouse(string text, string mention, string? name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
