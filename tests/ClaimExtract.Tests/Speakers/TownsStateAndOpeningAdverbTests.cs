using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers119, on texts written for these tests. A town's state chosen as the speaker ("in Racine, Wis., citing") gives way
/// to the subject of the cue's clause before the town (<see cref="SpeakerRanker.SubjectOverATownsState"/>); a sentence adverb or word of
/// time that opens its sentence before a comma ("Later, in remarks at ..., Tom Hale said") is never the speaker
/// (<see cref="SpeakerRanker.SubjectAfterAnOpeningAdverb"/>).
/// </summary>
public class TownsStateAndOpeningAdverbTests
{
    // The state after a town: the clause's subject before the town speaks.
    [TestCase("Ana Ruiz cancelled a rally in Racine, Wis., citing the storm.", "citing", "Wis", "the storm", "Ana Ruiz")]
    [TestCase("Tom Hale opened a new office in Dayton, Ohio, promising more jobs.", "promising", "Ohio", "more jobs", "Tom Hale")]
    [TestCase("Ana Ruiz bought a house in Washington, D.C., warning that prices would rise.", "warning", "D.C.", "that prices would rise", "Ana Ruiz")]
    public void TownsState_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOverATownsState(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: the state ends the subject before the cue (no subject before the town), a state that opens its clause, a state after
    // "of" (no town), and a town's word that is no state.
    [TestCase("Officials in Chappaqua, N.Y., said the bridge would close.", "said", "N.Y.", "the bridge would close")]
    [TestCase("In Ohio, voters said the levy was fair.", "said", "Ohio", "the levy was fair")]
    [TestCase("Tom Hale, the governor of Ohio, said the levy was fair.", "said", "Ohio", "the levy was fair")]
    [TestCase("Ana Ruiz spoke in Salem, Harbour Street, warning that rents would rise.", "warning", "Harbour Street", "that rents would rise")]
    public void TownsState_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOverATownsState(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The opening adverb: the mention right before the cue, else the subject after the phrase that holds a noun cue, else nobody.
    [TestCase("Meanwhile, at the harbour office, Tom Hale has promised new lights.", "promised", "Meanwhile", "new lights", "Tom Hale")]
    [TestCase("Later, Ana Ruiz said the pier would close.", "said", "Later", "the pier would close", "Ana Ruiz")]
    [TestCase("Later, in remarks at the harbour office, Tom Hale said the plan was dead.", "remarks at", "Later", "the harbour office, Tom Hale said the plan was dead", "Tom Hale")]
    [TestCase("Furthermore, while the letter hints at fraud, the claim has offered nothing.", "has offered", "Furthermore", "nothing", "the claim")]
    [TestCase("Monday, in remarks at the harbour office on the levy.", "remarks at", "Monday", "the harbour office on the levy", null)]
    public void OpeningAdverb_IsNoSpeaker(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningAdverb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a word the list lacks ("Hope", a name), a name after the adverb chosen with it, the adverb inside its sentence, and an
    // adverb with no comma after it.
    [TestCase("Hope, the harbour chief, said the vote was close.", "said", "Hope", "the vote was close")]
    [TestCase("Later Ana Ruiz said the pier would close.", "said", "Later Ana Ruiz", "the pier would close")]
    [TestCase("The board met, and Later, Tom Hale said the pier would close.", "said", "Later", "the pier would close")]
    [TestCase("Today is the day, Ana Ruiz said.", "said", "Today", "is the day")]
    public void OpeningAdverb_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningAdverb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // Both rules run inside the chain after the ranker.
    [TestCase("Ana Ruiz cancelled a rally in Racine, Wis., citing the storm.", "citing", "Wis", "the storm", "Ana Ruiz")]
    [TestCase("Later, in remarks at the harbour office, Tom Hale said the plan was dead.", "remarks at", "Later", "the harbour office, Tom Hale said the plan was dead", "Tom Hale")]
    public void Chain_AppliesTheRules(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }
}
