
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names85, on sentences written for these tests: "the state" as a speaker is the US state the article names last before it;
/// "the city" or "the town" is the town it names most often before it as a town ("Dayton, Ohio,", "Dayton police", "mayor of Dayton").
/// </summary>
public class StateOrTownDescriptionTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    [TestCase("Ann Roe has led Vermont for six years. The state said on Monday that its budget was balanced.", "The state", "Vermont")]
    [TestCase("Schools in Ohio and then in Iowa closed for a week. The state said the schools would open again on Friday.", "The state", "Iowa")]
    [TestCase("Two men were arrested in Dayton, Ohio, on Monday. The city said the arrests followed a long inquiry.", "The city", "Dayton")]
    [TestCase("Dayton police arrested two men on Monday. Dayton Mayor Ann Roe praised them. The city said the arrests followed a long inquiry.", "The city", "Dayton")]
    [TestCase("The mayor of Millbrook resigned on Monday. The town said a new election would be held in May.", "The town", "Millbrook")]
    // Guards: no state or town named before, a longer description, an indefinite one.
    [TestCase("Prices rose again in the spring. The state said the rise would not last.", "The state", "state")]
    [TestCase("Prices rose again in the spring. The city said the rise would not last.", "The city", "city")]
    [TestCase("Two men were arrested in Dayton, Ohio, on Monday. The city council said the arrests followed a long inquiry.", "The city council", null)]
    public void PlaceDescription(string text, string mention, string? speaker) =>
        Assert.That(Speakers(text).Last(s => s.Mention == mention), Is.EqualTo(((string?)mention, speaker)));
}
