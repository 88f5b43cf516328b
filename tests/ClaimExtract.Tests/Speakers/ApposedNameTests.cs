using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A description with a full name apposed right after it ("According to her aunt, Jane Quill, ...", "her chief policy aide, Ben
/// Vale, calls") is that person, on texts written for these tests; before, a role-holder or the most salient person was taken.
/// </summary>
public class ApposedNameTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Nora Pell grew up in Dover. According to her aunt, Jane Quill, she was reading at six.", "her aunt", "Jane Quill")]
    [TestCase("Nora Pell spoke on Monday. Her chief policy aide, Ted Vance, calls her record strong.", "Her chief policy aide", "Ted Vance")]
    [TestCase("Nora Pell spoke on Monday. The bureau's director, Sen. Carl Minter, said the case was closed.", "The bureau's director", "Carl Minter")]
    public void DescriptionWithAnApposedFullName_IsThatPerson(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
