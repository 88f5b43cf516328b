using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// An institution that one word names ("the Pentagon", "the Senate") is that word, on texts written for these tests: before, it took a
/// longer capitalised run the article writes it in, read as an organisation's full name or a person's whose surname it ends ("VOA Pentagon
/// correspondent" → person "VOA Pentagon" on a Zyte page; "Senate Majority Leader" → "Senate Majority", "Senate Republicans" on PolNeAR train).
/// </summary>
public class InstitutionNameTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("He told VXN Pentagon correspondent Ann Roe that the base will close. The Pentagon rejected the claim.", "The Pentagon")]
    [TestCase("Senate Majority Leader Tom Reyes spoke on Monday. The vote is close, and the Senate will decide in May.", "the Senate")]
    [TestCase("Senate Republicans met on Monday. Later the Senate said it will vote in May.", "the Senate")]
    public void InstitutionNamedByOneWord_IsThatWord(string text, string mention)
    {
        var resolved = Resolve(text, mention);
        Assert.That(resolved.Name, Is.EqualTo(mention.Split(' ')[^1]));
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Organization));
    }
}
