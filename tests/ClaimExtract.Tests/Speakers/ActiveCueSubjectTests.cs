using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers53, on texts written for these tests. No speaker chosen for an active cue whose content follows it gives way to the
/// subject right before the cue (<see cref="SpeakerRanker.SubjectOfAnActiveCue"/>).
/// </summary>
public class ActiveCueSubjectTests
{
    // A verb of its own, "have" and a participle, "is"/"are" and an adjective of attitude, a modal, a pronoun with its auxiliary in one
    // token and a progressive, a capitalised demonstrative; a subject the candidates leave out ("Local bloggers", "Some").
    [TestCase("The vote was close. And the union worries that the plant will close by spring.", "worries", "the plant will close by spring", "the union")]
    [TestCase("The vote was close. Local bloggers have revealed new doubts about the count.", "have revealed", "new doubts about the count", "Local bloggers")]
    [TestCase("The vote was close. Ana Ruiz was shocked to hear the final count on Tuesday.", "was shocked", "to hear the final count on Tuesday", "Ana Ruiz")]
    [TestCase("The vote was close. Few election officials are eager to recount the ballots.", "are eager", "to recount the ballots", "Few election officials")]
    [TestCase("The vote was close. Some may recall the long recount of the last race.", "recall", "the long recount of the last race", "Some")]
    [TestCase("The vote was close. Yet they're mostly proposing changes the county already made.", "proposing", "changes the county already made", "they're")]
    [TestCase("The vote was close. That suggests a flaw in the county's new machines.", "suggests", "a flaw in the county's new machines", "That")]
    public void SubjectOfAnActiveCue_TakesThePlace(string text, string cue, string content, string expected)
    {
        var a = NoSpeaker(text, cue, content, out var traits);

        var result = SpeakerRanker.SubjectOfAnActiveCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // None stays: a passive ("was asked about", "were told"); a participle without an auxiliary after a noun ("with Tom Hale expected to
    // win"); a naming participle ("a memo titled"); an expletive ("It remains unclear", "It seems"); a sentence-opening subordinator or
    // time word ("When asked", "Wednesday added"); the object of a preposition ("Among the voters"); a noun cue after an adjective
    // ("other emotional notes"); content before the cue; a bare -ing participle opening the sentence; "That said," (a concession).
    [TestCase("The vote was close. Ana Ruiz was asked about the count at a town hall.", "asked about", "the count at a town hall")]
    [TestCase("The vote was close. Voters were told that the count would take a week.", "told", "that the count would take a week")]
    [TestCase("The primary is in May, with Tom Hale expected to win the seat easily.", "expected", "to win the seat easily")]
    [TestCase("The vote was close. Tom Hale released a memo titled \"Where the Count Stands.\"", "titled", "\"Where the Count Stands.\"")]
    [TestCase("The vote was close. It remains unclear how the county will pay for the recount.", "unclear", "how the county will pay for the recount")]
    [TestCase("The vote was close. It seems the county will have to pay for the recount.", "seems", "the county will have to pay for the recount")]
    [TestCase("The vote was close. When asked whether she would concede, she smiled.", "asked", "whether she would concede")]
    [TestCase("The vote was close. Wednesday added one more odd twist to the count.", "added", "one more odd twist to the count")]
    [TestCase("The vote was close. Among the voters, fears that the count was rigged grew.", "fears", "that the count was rigged")]
    [TestCase("The vote was close. I often met other emotional notes about the race.", "notes", "about the race")]
    [TestCase("The vote was close. The count seemed to take forever.", "seemed", "The count seemed to take forever")]
    [TestCase("The vote was close. That said, the county will pay for the recount.", "said", "the county will pay for the recount")]
    [TestCase("The vote was close. Noting that the count was late, the clerk apologized.", "Noting", "that the count was late")]
    public void SubjectOfAnActiveCue_LeavesNone(string text, string cue, string content)
    {
        var a = NoSpeaker(text, cue, content, out var traits);

        var result = SpeakerRanker.SubjectOfAnActiveCue(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // A speaker already chosen is left to the other rules.
    [Test]
    public void SubjectOfAnActiveCue_KeepsAChosenSpeaker()
    {
        const string text = "The vote was close. And the union worries that the plant will close by spring.";
        var (traits, a) = Attributed(text, "worries", "The vote", "the plant will close by spring");

        var result = SpeakerRanker.SubjectOfAnActiveCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("The vote"));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "The vote was close. And the union worries that the plant will close by spring.";
        var a = NoSpeaker(text, "worries", "the plant will close by spring", out var traits);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("the union"));
    }

    private static ClaimExtract.Quotes.Attribution NoSpeaker(string text, string cue, string content, out TokenTraits traits)
    {
        var (t, a) = Attributed(text, cue, text[..1], content);
        traits = t;
        return a with { Speaker = null };
    }
}
