using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers121a, on texts written for these tests. A cue that is only the preposition after a noun of saying or of a belief
/// ("The declaration about the levy", "the conventional wisdom about the race") has that noun's phrase chosen as its speaker: the noun
/// is what was said, not who said it, and with no holder written the statement has no speaker
/// (<see cref="SpeakerRanker.NounOfSayingBeforeItsPreposition"/>).
/// </summary>
public class NounOfSayingBeforeItsPrepositionTests
{
    // The noun's own phrase before its preposition: nobody.
    [TestCase("The declaration about the harbour levy comes as the council meets.", "about", "The declaration", "the harbour levy")]
    [TestCase("The result upsets the conventional wisdom about a coastal vote.", "about", "the conventional wisdom", "a coastal vote")]
    [TestCase("It was the strongest testimonial about the mayor's gifts to the port.", "about", "the strongest testimonial", "the mayor's gifts to the port")]
    [TestCase("The quarreling about its next leader makes the club look weak.", "about", "The quarreling", "its next leader")]
    [TestCase("The old remarks over the pier still anger the dock union.", "over", "The old remarks", "the pier")]
    public void NounOfSaying_GivesNoSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NounOfSayingBeforeItsPreposition(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // Left alone: a work or a document that PolNeAR takes as the source ("a book about", "a joke about", "a report about"), a possessive that holds the noun ("His
    // speeches about"), a person's noun ("the critics about"), a cue with its noun inside it ("doubts about"), a noun that does not end
    // right before the cue, a name, and a cue that is a verb.
    [TestCase("Tom Hale was shopping a book about the harbour board.", "about", "a book", "the harbour board")]
    [TestCase("The night opened with a joke about the mayor's boat.", "about", "a joke", "the mayor's boat")]
    [TestCase("Then came a short report about the storm.", "about", "a short report", "the storm")]
    [TestCase("His speeches about the levy drew large crowds.", "about", "His speeches", "the levy")]
    [TestCase("Ana Ruiz's remarks about the levy drew large crowds.", "about", "Ana Ruiz's remarks", "the levy")]
    [TestCase("The vote raised doubts about the pier among the critics.", "doubts about", "The vote", "the pier among the critics")]
    [TestCase("The declaration on Monday about the pier came late.", "about", "The declaration", "the pier came late")]
    [TestCase("Ana Ruiz spoke about the harbour levy.", "about", "Ana Ruiz", "the harbour levy")]
    [TestCase("The statement talked about the harbour levy.", "talked about", "The statement", "the harbour levy")]
    public void NounOfSaying_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NounOfSayingBeforeItsPreposition(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("The declaration about the harbour levy comes as the council meets.", "about", "The declaration", "the harbour levy")]
    public void Chain_AppliesTheRule(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker, Is.Null);
    }
}
