using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers60, on texts written for these tests. A place or time phrase right before an -ing cue is where or when the
/// clause's subject spoke, not its source (<see cref="SpeakerRanker.SubjectBeforeAPlaceBeforeAParticiple"/>).
/// </summary>
public class PlaceBeforeParticipleTests
{
    // "on the radio", "at one point", "in the hall": the subject of the clause takes the place.
    [TestCase("Ana Ruiz answered the question on the radio saying that the bridge would be rebuilt.", "saying", "the radio", "that the bridge would be rebuilt", "Ana Ruiz")]
    [TestCase("Ana Ruiz fought the council for months, at one point calling the plan a disgrace.", "calling", "one point", "the plan a disgrace", "Ana Ruiz")]
    [TestCase("Tom Hale spoke for an hour in the hall warning that taxes would rise.", "warning", "the hall", "that taxes would rise", "Tom Hale")]
    public void PlaceBeforeAParticiple_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeAPlaceBeforeAParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // Left alone: the phrase opens its clause (no subject before it), a preposition of a recipient ("to a group backing"), "with"
    // (an absolute: its noun is the source), a noun not after a preposition, a finite cue, and a speaker not right before the cue.
    [TestCase("In a statement defending the plan, the mayor said little else.", "defending", "a statement", "the plan")]
    [TestCase("The firm gave money to a group backing the mayor.", "backing", "a group", "the mayor")]
    [TestCase("The council met late, with Tom Hale saying that taxes would rise.", "saying", "Tom Hale", "that taxes would rise")]
    [TestCase("The town saw polls showing that taxes would rise.", "showing", "polls", "that taxes would rise")]
    [TestCase("Ana Ruiz spoke on the radio and said that the bridge would be rebuilt.", "said", "the radio", "that the bridge would be rebuilt")]
    [TestCase("Ana Ruiz spoke on the radio on Monday, saying that the bridge would be rebuilt.", "saying", "the radio", "that the bridge would be rebuilt")]
    public void PlaceBeforeAParticiple_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeAPlaceBeforeAParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker and on a speaker kept unscored beside its cue.
    [TestCase("Ana Ruiz answered the question on the radio saying that the bridge would be rebuilt.", "saying", "the radio", "that the bridge would be rebuilt", "Ana Ruiz")]
    public void Chains_ApplyTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(SpeakerRanker.Unscored(traits, a).Speaker?.Of(text), Is.EqualTo(expected));
    }
}
