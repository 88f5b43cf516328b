using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers104, on texts written for these tests. A lower-case noun phrase that opens a clause right before a finite cue is its
/// subject even when no candidate ends there (<see cref="SpeakerRanker.BareNounPhraseBeforeTheCue"/>): a bare singular, a head in -ing,
/// a plain plural after "if", a count's noun.
/// </summary>
public class BareNounPhraseBeforeTheCueTests
{
    // After "but", a comma, "if" (the speaker chosen after the cue), a comma before a count, and with an article.
    [TestCase("Lane would not share the figures, but turnout data supports the view that the rally helped.", "supports", "Lane", "the view that the rally helped", "turnout data")]
    [TestCase("While Ruiz expects a win, regional polling shows a close race.", "shows", "Ruiz", "a close race", "regional polling")]
    [TestCase("If farmers decide to sell the land, the Board will step in.", "decide", "the Board", "to sell the land", "farmers")]
    [TestCase("During the count in Leeds, 312 voters backed the plan.", "backed", "Leeds", "the plan", "312 voters")]
    [TestCase("After the fire at Dunmore Mill, a local paper blamed the owners.", "blamed", "Dunmore Mill", "the owners", "a local paper")]
    public void BareNounPhraseBeforeTheCue_TakesThePhrase(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.BareNounPhraseBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: the tail of a list after "and", "that" after a preposition (a determiner), a past form before "to" or "by" (a
    // reduced relative or a passive), an adjective taken for a cue, a lone -ing word, a preposition before a noun cue ("amid reports").
    [TestCase("Tom Hale, staff and former colleagues say he was kind.", "say", "Tom Hale", "he was kind")]
    [TestCase("Anything close to that level would signal a rise, Hale said.", "would signal", "Hale", "a rise")]
    [TestCase("The report flagged spam - fake letters intended to fool staff.", "intended", "The report", "to fool staff")]
    [TestCase("He cited Measure 12, a plan fiercely opposed by farmers in the north.", "opposed", "Measure 12", "in the north")]
    [TestCase("The aim is that wealthy donors reluctant to give can still help.", "reluctant", "The aim", "to give")]
    [TestCase("Ruiz left the room, polling shows a close race.", "shows", "Ruiz", "a close race")]
    [TestCase("The row grew after the vote in Leeds, amid reports that the count was wrong.", "reports", "Leeds", "the count was wrong")]
    public void BareNounPhraseBeforeTheCue_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.BareNounPhraseBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "While Ruiz expects a win, regional polling shows a close race.";
        var (traits, a) = Attributed(text, "shows", "Ruiz", "a close race");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("regional polling"));
    }
}
