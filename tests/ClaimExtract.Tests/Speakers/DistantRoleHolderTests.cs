namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A bare definite description ("the governor", "the star") whose role holder was last named more than three sentences back, or whose
/// recent subject the article also gives the role, is the recent subject, on texts written for these tests; before, the latest role
/// holder was taken.
/// </summary>
public class DistantRoleHolderTests
{
    private const string Filler = " Crowds came. Prices rose. Rain fell. Sales slowed.";

    [TestCase("Gov. Ann Roe opened the fair in May." + Filler + " Tom Holt signed the budget on Friday. The governor said it was fair.", "The governor", "Tom Holt")]
    [TestCase("TV star Nina Vale spoke first." + Filler + " Comedian Joe Ray stopped by on Friday. The star noted the show was late.", "The star", "Joe Ray")]
    // The recent subject also holds the role: it, not a later holder who is no subject.
    [TestCase("Gov. Dan Fry opened the fair in May. Crowds came. Dan Fry praised the plan on Friday with Gov. Tom Holt beside him. The governor said it was fair.", "The governor", "Dan Fry")]
    // Guards: the holder named within three sentences; a recent subject without the role; a description with a modifier; no subject in the sentences before.
    [TestCase("Dan Fry opened the fair in May. Crowds came. Dan Fry praised the plan on Friday with Gov. Tom Holt beside him. The governor said it was fair.", "The governor", "Tom Holt")]
    [TestCase("Gov. Ann Roe opened the fair in May. Tom Holt signed the budget on Friday. The governor said it was fair.", "The governor", "Ann Roe")]
    [TestCase("Ohio Gov. Ann Roe opened the fair in May." + Filler + " Tom Holt signed the budget on Friday. The Ohio governor said it was fair.", "The Ohio governor", "Ann Roe")]
    [TestCase("Gov. Ann Roe opened the fair in May. Tom Holt came." + Filler + " The governor said it was fair.", "The governor", "Ann Roe")]
    public void BareDescription_TakesTheRecentSubjectOverADistantRoleHolder(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
