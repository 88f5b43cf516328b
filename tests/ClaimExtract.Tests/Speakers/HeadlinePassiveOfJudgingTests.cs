using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers121a, on texts written for these tests. A headline's capitalised participle of accusing or judging followed at once by
/// its preposition ("Harbour Board Accused Of Hiding Costs", "Ana Ruiz Slammed For Pier Vote") is a passive with its "is" left out: the
/// subject before it is accused or judged, not the speaker (<see cref="SpeakerRanker.HeadlinePassiveOfJudging"/>).
/// </summary>
public class HeadlinePassiveOfJudgingTests
{
    // The subject of the headline's passive: nobody.
    [TestCase("Harbour Board Accused Of Hiding Costs From Voters.", "Accused Of", "Harbour Board", "Hiding Costs From Voters")]
    [TestCase("Ana Ruiz Slammed For Pier Vote.", "Slammed For", "Ana Ruiz", "Pier Vote")]
    [TestCase("Mayor Tom Hale Criticized Over Levy Plan.", "Criticized Over", "Mayor Tom Hale", "Levy Plan")]
    [TestCase("Dock Union Chief Charged With Taking Bribes.", "Charged With", "Dock Union Chief", "Taking Bribes")]
    public void HeadlinePassive_GivesNoSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.HeadlinePassiveOfJudging(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // Left alone: an object between the verb and its preposition (active: "Accuses The Board Of"), an agent after "By", a verb of
    // asking for ("Called For", active), a participle in lower case (read by SubjectOfAPassive), and a speaker after the cue.
    [TestCase("Ana Ruiz Accused The Board Of Hiding Costs.", "Accused", "Ana Ruiz", "Hiding Costs")]
    [TestCase("Harbour Board Accused By Ana Ruiz Of Hiding Costs.", "Accused", "Harbour Board", "Hiding Costs")]
    [TestCase("Tom Hale Called For A Levy Vote.", "Called For", "Tom Hale", "A Levy Vote")]
    [TestCase("The board accused of hiding costs met on Monday.", "accused of", "The board", "hiding costs")]
    [TestCase("Accused Of Hiding Costs, Says Ana Ruiz.", "Accused Of", "Ana Ruiz", "Hiding Costs")]
    public void HeadlinePassive_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.HeadlinePassiveOfJudging(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("Harbour Board Accused Of Hiding Costs From Voters.", "Accused Of", "Harbour Board", "Hiding Costs From Voters")]
    public void Chain_AppliesTheRule(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker, Is.Null);
    }
}
