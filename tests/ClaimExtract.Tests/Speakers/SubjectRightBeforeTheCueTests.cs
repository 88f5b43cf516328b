using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers50, on texts written for these tests. The noun phrase that opens a clause right before a finite cue is its subject
/// (<see cref="SpeakerRanker.SubjectRightBeforeTheCue"/>): a speaker chosen before it, elsewhere in the sentence, gives way to it.
/// </summary>
public class SubjectRightBeforeTheCueTests
{
    // After ", and", a dash, "which", "as", "while", "but", "what", and over an auxiliary; a plural or capitalised subject with a bare verb.
    [TestCase("No ferry had reached the harbour by noon, and some families said they waited for hours.", "said", "the harbour", "they waited for hours", "some families")]
    [TestCase("Ruiz was a careful planner - a former aide said she read every memo twice.", "said", "Ruiz", "she read every memo twice", "a former aide")]
    [TestCase("The audit named Dunmore as the source of the leak, which the inquiry said was covered up.", "said", "Dunmore", "was covered up", "the inquiry")]
    [TestCase("The mayor's bid looked shaky, as polls show a wide lead for her rival.", "show", "The mayor", "a wide lead for her rival", "polls")]
    [TestCase("Lee left the board in 2019, and his first letters show a different man.", "show", "the board", "a different man", "his first letters")]
    [TestCase("The plan drew fire from Hale, but the league has vowed to press on.", "has vowed", "Hale", "to press on", "the league")]
    [TestCase("Ana Ruiz spoke in Leeds while the heckler yelled that she had lied.", "yelled", "Ana Ruiz", "she had lied", "the heckler")]
    [TestCase("The board paid grants to what advocates estimated were forty clinics.", "estimated", "The board", "were forty clinics", "advocates")]
    [TestCase("Both towns grew quickly, and both have shown interest in a rail line.", "have shown", "Both towns", "a rail line", "both")]
    public void SubjectRightBeforeTheCue_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectRightBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: a noun cue after a determiner and an adjective ("the mere mention"), a mention after a preposition or after a
    // verb, a speaker after the mention, a pronoun (PronounBeforeTheCue's), a possessive, an -ing cue, a time phrase, a floating
    // quantifier after an aside.
    [TestCase("Hale said the mere mention of the levy angered him.", "mention", "Hale", "the levy")]
    [TestCase("Ruiz spoke to people in the hall and said the levy was fair.", "said", "Ruiz", "the levy was fair")]
    [TestCase("Hale told reporters the council wants a vote in May.", "wants", "Hale", "a vote in May")]
    [TestCase("As the vote neared, the council announced a delay, Hale said.", "announced", "Hale", "a delay")]
    [TestCase("Ruiz left early, and they said the meeting was over.", "said", "Ruiz", "the meeting was over")]
    [TestCase("Tom Hale backed Ana Ruiz's call for a new levy.", "call", "Tom Hale", "a new levy")]
    [TestCase("The board met on Monday, the mayor saying the levy was fair.", "saying", "The board", "the levy was fair")]
    [TestCase("Tom Hale, the party chairman, this past week announced a new website.", "announced", "Tom Hale", "a new website")]
    [TestCase("Local leaders — whose party was once united — both suggested a recount.", "suggested", "Local leaders", "a recount")]
    public void SubjectRightBeforeTheCue_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectRightBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "No ferry had reached the harbour by noon, and some families said they waited for hours.";
        var (traits, a) = Attributed(text, "said", "the harbour", "they waited for hours");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("some families"));
    }
}
