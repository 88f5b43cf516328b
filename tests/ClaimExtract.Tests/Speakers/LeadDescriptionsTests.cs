namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch pron124, on texts written for these tests: a delayed-identification lead's description ("A lawmaker in Vexland wants ...")
/// is the first person the next sentences name as a subject, when the article names that person nowhere before it
/// (SpeakerResolver.LeadDescriptions.cs).
/// </summary>
public class LeadDescriptionsTests
{
    [TestCase("Harbour lawmaker wants ferry fees cut.\n\nA lawmaker in Vexland is calling for the ferry fees to be cut.\n\n\"The fees are a burden on families,\" Ana Kovrin said in a bill filed on Monday.", "lawmaker", "Ana Kovrin")]
    [TestCase("Rowers brace for new rules.\n\nThe head of the rowers' union is worried about the new rules.\n\nIn an interview on Monday, Mara Quell said her members would strike.", "The head of the rowers' union", "Mara Quell")]
    // The resolver's answer was a person the description's own sentence names after it (the offer's owner, not the mayor).
    [TestCase("Dock town rebuffs ferry offer.\n\nThe town's new mayor on Tuesday rejected Tom Hale's offer of a ferry.\n\nPia Renko, elected last week, said the ferry could wait.", "The town's new mayor", "Pia Renko")]
    public void LeadDescription_IsThePersonNamedNext(string text, string mention, string? name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // Guards: the person is named before the description (the headline's Tom Hale is whom the aide works for); a role of another noun
    // apposed to the person; a name apposed to the description itself.
    [TestCase("Ferry plan stalls for Tom Hale.\n\nAn aide said the plan was late.\n\nTom Hale said he would wait.", "An aide", "Tom Hale")]
    [TestCase("Ferry fees struck down.\n\nA judge in Vexland ruled on the ferry fees today.\n\nPia Renko, the port's secretary of state, said she would appeal.", "A judge", "Pia Renko")]
    [TestCase("Ferry fees stay.\n\nThe mayor, Pia Renko, said the ferry would run.\n\nTom Hale said he would wait.", "The mayor", "Tom Hale")]
    public void LeadDescription_Guards(string text, string mention, string notName)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
    }

    [TestCase("The head of the rowers' union", true)]
    [TestCase("Philippine lawmaker", true)]
    [TestCase("the Utah Republican", true)]
    [TestCase("his wife", false)]
    [TestCase("a source", false)]
    [TestCase("the report", false)]
    public void IsPersonDescription_ReadsTheHeadNoun(string written, bool expected)
    {
        Assert.That(ClaimExtract.Speakers.SpeakerResolver.IsPersonDescription(written), Is.EqualTo(expected));
    }
}
