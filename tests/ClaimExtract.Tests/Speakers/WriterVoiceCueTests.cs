using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers58, on texts written for these tests. A gerund cue after "means"/"worth" and a noun cue whose chosen speaker is only its
/// determiner give no speaker (<see cref="SpeakerRanker.WriterVoiceCue"/>).
/// </summary>
public class WriterVoiceCueTests
{
    // A gerund after "means", "mean" or "worth" (one word or with its particle); a plural noun cue with its preposition after "These",
    // "Those" or "few".
    [TestCase("The board met late. For the mayor, it means admitting that the budget failed.", "admitting", "it", "that the budget failed")]
    [TestCase("The board met late. Winning would mean conceding that the plan was flawed.", "conceding", "Winning", "that the plan was flawed")]
    [TestCase("The board met late. It is worth pointing out that the vote was never held.", "pointing out", "It", "that the vote was never held")]
    [TestCase("The board met late. These calls for a new audit came from the suburbs.", "calls for", "These", "a new audit")]
    [TestCase("The board met late. There have been few questions about the cost so far.", "questions about", "few", "the cost so far")]
    [TestCase("The board met late. Those fears of a second strike faded by noon.", "fears of", "Those", "a second strike")]
    public void WriterVoiceCue_LeavesNoSpeaker(string text, string cue, string speaker, string content)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.WriterVoiceCue(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // Guards: a gerund after a preposition or a copula ("by arguing", "is acknowledging"); a participle after a comma; a determiner
    // before a verb cue ("Few believe", "Those backing"); a name or adjective before a noun cue ("Republican calls for", "Ana Ruiz's
    // calls for"); "means" not right before the gerund; a singular noun in -ss ("These press about").
    [TestCase("The board met late. The mayor defended it by arguing that the budget was sound.", "arguing", "The mayor", "that the budget was sound")]
    [TestCase("The board met late. Part of leading is acknowledging that the plan failed.", "acknowledging", "Part", "that the plan failed")]
    [TestCase("The board met late. The mayor spoke first, saying that the budget was sound.", "saying", "The mayor", "that the budget was sound")]
    [TestCase("The board met late. But few believe that the budget will pass.", "believe", "few", "that the budget will pass")]
    [TestCase("The board met late. Those backing the mayor want a vote on Friday.", "want", "Those", "a vote on Friday")]
    [TestCase("The board met late. Renewed Republican calls for an audit came from the suburbs.", "calls for", "Republican", "an audit")]
    [TestCase("The board met late. Ana Ruiz's calls for an audit came from the suburbs.", "calls for", "Ana Ruiz's", "an audit")]
    [TestCase("The board met late. It means the mayor, admitting defeat, will resign.", "admitting", "It", "defeat")]
    public void WriterVoiceCue_KeepsTheSpeaker(string text, string cue, string speaker, string content)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.WriterVoiceCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(speaker));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "The board met late. There have been few calls for an audit so far.";
        var (traits, a) = Attributed(text, "calls for", "few", "an audit so far");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }
}
