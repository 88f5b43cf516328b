using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers34, on texts written for these tests. A speaker that is only the determiner and adjectives of a cue that is a noun
/// ("The grim view of", "a passing promise that") names no one: nobody is its speaker, or the possessive that holds the noun ("Tom
/// Hale's grim view"). A speaker with a noun of its own ("the senator's warning", "The senator warned", "A critic warning") stays.
/// An existential "there" or "here" and a conjunction ("There’s a growing belief that", "Whenever asked about") name no one either.
/// </summary>
public class CueNounModifiersAndWordsNamingNoOneTests
{
    // The modifiers of the cue's noun give way to nobody.
    [TestCase("The grim view of the harbour plan spread among the dockers.", "view of", "The grim", "the harbour plan")]
    [TestCase("Ana Berg spoke first, but a passing promise that the bridge would reopen did not calm the farmers.", "promise", "a passing", "the bridge would reopen")]
    [TestCase("The collective reluctance to raise the toll worried the board.", "reluctance", "The collective", "to raise the toll")]
    [TestCase("The ferry kept running, and the political opposition to the toll has grown.", "opposition", "the political", "to the toll")]
    [TestCase("This growing cry to close the bridge reached the council.", "cry", "This growing", "to close the bridge")]
    [TestCase("After a series of investigative reports on the port, the board met.", "reports on", "investigative", "the port")]
    public void ModifiersOfTheCueNoun_AreNoSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ModifiersOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // A possessive right before the modifiers holds the noun and is its source.
    [TestCase("Everyone knew Tom Hale's grim view of the harbour plan.", "view of", "grim", "the harbour plan", "Tom Hale's")]
    [TestCase("Everyone knew Mr. Tom Hale's grim view of the harbour plan.", "view of", "grim", "the harbour plan", "Mr. Tom Hale's")]
    [TestCase("The dockers heard their stern warning that the bridge would close.", "warning", "stern", "the bridge would close", "their")]
    [TestCase("The plan broke the mayor’s original pledge to keep the ferry.", "pledge", "original", "to keep the ferry", "the mayor’s")]
    public void ModifiersOfTheCueNoun_GiveWayToTheirPossessive(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ModifiersOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // A speaker with a noun of its own, a possessive, a name, or a verb after its subject: the speaker stays.
    [TestCase("Smith's view of the plan was clear to the board.", "view of", "Smith's", "the plan")]
    [TestCase("The senator's warning that the bridge would close came late.", "warning", "The senator's", "the bridge would close")]
    [TestCase("The senator warned that the bridge would close.", "warned", "The senator", "the bridge would close")]
    [TestCase("A critic warning that the toll would rise spoke first.", "warning", "A critic", "the toll would rise")]
    [TestCase("The same polling suggests that the toll is unpopular.", "suggests", "The same polling", "the toll is unpopular")]
    [TestCase("By a wide margin, those surveyed say the toll is too high.", "say", "those surveyed", "the toll is too high")]
    [TestCase("How does a rebel persuade his troops to wait?", "persuade", "a rebel", "his troops to wait")]
    [TestCase("Most members back the toll, though several oppose the bridge plan.", "oppose", "several", "the bridge plan")]
    [TestCase("The Harbour Board view of the plan was clear.", "view of", "The Harbour Board", "the plan")]
    [TestCase("Their smug assurances that the ferry would run came to nothing.", "assurances", "Their", "the ferry would run")]
    public void SpeakerWithANounOfItsOwn_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ModifiersOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule is one of the rules after the ranker.
    [Test]
    public void ModifiersOfTheCueNoun_RunsAfterTheRanker()
    {
        const string Text = "The grim view of the harbour plan spread among the dockers.";
        var (traits, a) = Attributed(Text, "view of", "The grim", "the harbour plan");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // A word that names no one gives way to nobody.
    [TestCase("There’s a growing belief that the ferry will stop.", "belief", "There’s", "the ferry will stop")]
    [TestCase("There's been talk about the toll for months.", "talk about", "There's", "the toll")]
    [TestCase("There is reason to believe the bridge will reopen.", "believe", "There", "the bridge will reopen")]
    [TestCase("Whenever asked about the toll, the mayor changed the subject.", "asked about", "Whenever", "the toll")]
    public void WordNamingNoOne_IsNoSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.WordNamingNoOne(new(traits, a), a).Speaker, Is.Null);
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker, Is.Null);
    }

    // A lower-case "there" or "here" may close a mention, and a real mention stays.
    [TestCase("Dock workers there say the toll is too high.", "say", "there", "the toll is too high")]
    [TestCase("Critics of the toll here say it is unfair.", "say", "here", "it is unfair")]
    [TestCase("Thereby the board said the toll was fair.", "said", "the board", "the toll was fair")]
    [TestCase("Ana Berg said there was no plan.", "said", "Ana Berg", "there was no plan")]
    public void MentionOrLowerCasePlaceWord_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.WordNamingNoOne(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(chosen));
    }
}
