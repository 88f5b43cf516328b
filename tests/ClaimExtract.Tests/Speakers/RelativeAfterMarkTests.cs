namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A relative "who" after a dash, an opening parenthesis or a short parenthesis ("Tom Holt—who", "Tom Holt (who", "Sen. Tom Holt
/// (D-Ohio), who") refers to the name before the mark, on texts written for these tests; before, it had no name.
/// </summary>
public class RelativeAfterMarkTests
{
    [TestCase("The vote came late. On Monday, Tom Holt—who had backed the bill—said it was dead.", "Tom Holt")]
    [TestCase("The vote came late. On Monday, Tom Holt - who had backed the bill - said it was dead.", "Tom Holt")]
    [TestCase("The vote came late. Her adviser Tom Holt (who played the rival in practice) said it went well.", "Tom Holt")]
    [TestCase("The vote came late, said Sen. Tom Holt (D-Ohio), who voted against the bill.", "Tom Holt")]
    [TestCase("The vote came late. Sen. Tom Holt (R), who is seeking reelection, said it was dead.", "Tom Holt")]
    // Guards: the end of an aside between dashes; a plural "who are"; a parenthesis too long to be a tag.
    [TestCase("Ann Roe pushed back against candidates — like Sen. Tom Holt — who say the town is in decline.", null)]
    [TestCase("The vote came late. Sami Abedi and Sen. Tom Holt (R-Ohio), who are both in close races, backed it.", null)]
    [TestCase("The vote came late. Sen. Tom Holt (who has served in the chamber for more than thirty long years), who voted no, left.", null, 2)]
    public void WhoAfterADashOrParenthesis_IsTheNameBeforeIt(string text, string? name, int occurrence = 1)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, "who", occurrence).Name, Is.EqualTo(name));
    }
}
