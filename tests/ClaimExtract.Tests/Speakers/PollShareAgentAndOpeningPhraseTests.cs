using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The rules after the speaker ranker of branch speakers29: a poll's share right before the cue is its source, the agent of a "by"
/// phrase after a participle cue is (also with no form of "be", and past the participle's complement), and the subject after an opening
/// adverbial phrase is, not a mention inside the phrase. On sentences written for these tests; each change case fails on the code
/// before, which keeps the speaker chosen.
/// </summary>
public class PollShareAgentAndOpeningPhraseTests
{
    // A poll's share opening its clause right before the cue is the source, not a mention elsewhere in the sentence.
    [TestCase("About half backed the plan, but six in 10 said the tax was too high.", "said", "the plan", "the tax was too high", "six in 10")]
    [TestCase("One in three agreed and one in four said the mayor was weak.", "said", "One in three", "the mayor was weak", "one in four")]
    [TestCase("Voters were split, with about three in 10 saying the race was over.", "saying", "Voters", "the race was over", "about three in 10")]
    [TestCase("Most backed the bill, and three-fourths say the police need cameras.", "say", "Most", "the police need cameras", "three-fourths")]
    [TestCase("Nearly nine out of 10 said the mayor should resign.", "said", "the mayor", "the mayor should resign", "Nearly nine out of 10")]
    [TestCase("In the Ledger poll, more than six in 10 said the plan was bad.", "said", "the Ledger poll", "the plan was bad", "more than six in 10")]
    // A speaker inside the share stays; a count that does not open its clause, or is no share before the cue, leaves the choice.
    [TestCase("About 4 in 10 say the economy is weak.", "say", "10", "the economy is weak", "10")]
    [TestCase("Tom Hale, who won seven of 10 races, said the vote was fair.", "said", "Tom Hale", "the vote was fair", "Tom Hale")]
    [TestCase("The odds rose to one in four, said Tom Hale on Monday.", "said", "Tom Hale", "The odds rose to one in four", "Tom Hale")]
    [TestCase("Ana Ruiz won two of three races and said the vote was fair.", "said", "Ana Ruiz", "the vote was fair", "Ana Ruiz")]
    public void ShareOfAPoll_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ShareOfAPoll(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The agent of a "by" phrase after a participle cue is the source: with no "be" before it, or past the participle's complement.
    [TestCase("As reported by the Daily Ledger, the mayor will resign.", "reported", "the mayor", "the mayor will resign", "the Daily Ledger")]
    [TestCase("The plan, first reported by the Daily Ledger, would close the plant.", "reported", "The plan", "would close the plant", "the Daily Ledger")]
    [TestCase("Those listed by Ana Ruiz included three senators.", "listed", "Those", "included three senators", "Ana Ruiz")]
    [TestCase("The plan has been called “a mess” by Ana Ruiz.", "called", "The plan", "a mess", "Ana Ruiz")]
    [TestCase("Tom Hale had been asked to keep the files by the Senate committee.", "asked to", "Tom Hale", "keep the files", "the Senate committee")]
    [TestCase("The audit — often labeled as a “farce” by Greens — goes on.", "labeled", "The audit", "a “farce”", "Greens")]
    // Not the cause of a feeling, an active verb with an object, a means or a "by" in another phrase: the choice stays.
    [TestCase("Voters have been startled by Ana Ruiz’s remarks about taxes.", "startled", "Voters", "Ana Ruiz’s remarks about taxes", "Voters")]
    [TestCase("Ana Ruiz, 44, told a voter passing by that the plan was bad.", "told", "Ana Ruiz", "the plan was bad", "Ana Ruiz")]
    [TestCase("Ana Ruiz was asked by phone whether she would run.", "was asked", "Ana Ruiz", "whether she would run", "Ana Ruiz")]
    [TestCase("Tom Hale was asked about the claim during a dinner held by the Ledger.", "was asked", "Tom Hale", "the claim", "Tom Hale")]
    [TestCase("Ana Ruiz said the plan put forward by Tom Hale was bad.", "said", "Ana Ruiz", "the plan put forward by Tom Hale was bad", "Ana Ruiz")]
    [TestCase("Tom Hale has reported by phone that the vote was close.", "reported", "Tom Hale", "the vote was close", "Tom Hale")]
    [TestCase("The tale is told not by the rulers but by their children.", "is told", "The tale", "the rulers", "The tale")]
    [TestCase("The plant will close, said Ana Ruiz, the mayor challenged by Tom Hale in May.", "challenged", "the mayor", "The plant will close", "the mayor")]
    public void AgentOfAParticiple_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AgentOfAParticiple(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The subject after an opening adverbial phrase, not a mention inside the phrase.
    [TestCase("Though the agency kept quiet about the date, all signs pointed to a delay.", "pointed to", "the agency", "a delay", "all signs")]
    [TestCase("Outside the plant in the town of Dayton, a worker named Tom Hale has only praise for the job.", "named", "Dayton", "Tom Hale", "a worker")]
    [TestCase("Speaking Sunday on ABC, Ana Ruiz admitted the plan had failed.", "admitted", "ABC", "the plan had failed", "Ana Ruiz")]
    [TestCase("In his first reaction, during a radio interview, Tom Hale questioned the count.", "questioned", "a radio interview", "the count", "Tom Hale")]
    // A verb after the mention in a phrase a preposition opens, "to", "according to", or a subject chosen already: the choice stays.
    [TestCase("At times last winter, people close to the mayor said, the mere mention of her name angered him.", "mention of", "the mayor", "her name", "the mayor")]
    [TestCase("To many voters in Ohio, the plan seemed fair.", "seemed", "many voters", "the plan", "many voters")]
    [TestCase("According to Ana Ruiz, the mayor denied the claim.", "denied", "Ana Ruiz", "the claim", "Ana Ruiz")]
    [TestCase("In Ohio, Ana Ruiz denied the claim.", "denied", "Ana Ruiz", "the claim", "Ana Ruiz")]
    public void SubjectAfterAnOpeningPhrase_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningPhrase(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }
}
