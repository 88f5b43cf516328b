
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names89, on sentences written for these tests: a second "who" after a comma continues the first one's antecedent ("the Lind who
/// mocked ... his Irish heritage, who said"), except when the words before its comma are a description apposed to a name written after the
/// first "who" ("..., and from Paul Dunne, an Ohio developer, who"): then it is that person's.
/// </summary>
public class SecondWhoAntecedentTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    [TestCase("The fund took money from Ann Roe, a retired teacher who had backed the mayor, and from Paul Dunne, a Texas property developer, who had supported the governor.", "Paul Dunne")]
    [TestCase("The fund took money from Tom Lind, a Vermont farmer who had backed the mayor, and from Paul Dunne, an Ohio developer, who had supported the governor.", "Paul Dunne")]
    [TestCase("The group raised $5,000 from Tom Lind, a Vermont farmer who had backed Ann Roe, and $1,000 from Paul Dunne, a Texas property developer, who had supported Senator Jim Vale of Ohio.", "Paul Dunne")]
    // Guards: the second "who" after a thing written inside the first one's clause continues it; a lone apposed "who".
    [TestCase("Tom Lind, who mocked the judge over his Irish heritage, who said the court was rigged, lost the case.", "Tom Lind")]
    [TestCase("The fund took money from Paul Dunne, an Ohio developer, who had supported the governor.", "Paul Dunne")]
    public void SecondWhoAfterAnApposedDescription(string text, string speaker) =>
        Assert.That(Speakers(text).Last(s => s.Mention == "who"), Is.EqualTo(((string?)"who", (string?)speaker)));

    // Guard: the first "who" keeps the name its description is apposed to.
    [TestCase("The fund took money from Ann Roe, a retired teacher who had backed the mayor, and from Paul Dunne, a Texas property developer, who had supported the governor.", "Ann Roe")]
    [TestCase("The fund took money from Tom Lind, a Vermont farmer who had backed the mayor, and from Paul Dunne, an Ohio developer, who had supported the governor.", "Tom Lind")]
    public void FirstWhoUnchanged(string text, string speaker) =>
        Assert.That(Speakers(text).First(s => s.Mention == "who"), Is.EqualTo(((string?)"who", (string?)speaker)));
}
