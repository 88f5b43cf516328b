using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers62, on texts written for these tests. A subject pronoun followed by a verb in the present or after an -ly adverb
/// is the subject of the predicate a cue is coordinated with (<see cref="SpeakerRanker.SubjectOfTheCoordinatedPredicate"/>), and a
/// pronoun with a contracted auxiliary the first predicate's subject (<see cref="SpeakerRanker.SubjectOfTheFirstPredicate"/>); a
/// possessive after a verb before a noun cue is its source when the speaker chosen is no subject (<see cref="SpeakerRanker.PossessiveOfTheCueNoun"/>).
/// </summary>
public class PronounSubjectsOfCoordinatedPredicatesTests
{
    // "because he favors ... and opposes", "as they loudly pushed ... and urged": the pronoun's clause owns the cue.
    [TestCase("Farm groups have never trusted the mayor, in part because he favors new taxes and opposes a higher wage.", "opposes", "Farm groups", "a higher wage", "he")]
    [TestCase("Young nurses have gained a voice as they firmly pushed back on the new shifts and urged colleagues to strike.", "urged", "Young nurses", "colleagues to strike", "they")]
    public void SubjectPronounBeforeAPresentVerb_TakesTheCoordinatedCue(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheCoordinatedPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a pronoun that is an object ("told him"), a pronoun before a preposition, and a report of the speaker's ("said he").
    [TestCase("Farm groups have long distrusted him, partly because of taxes and oppose a higher wage.", "oppose", "Farm groups", "a higher wage")]
    [TestCase("Young nurses have gained a voice as they in turn pushed back and urged colleagues to strike.", "urged", "Young nurses", "colleagues to strike")]
    [TestCase("Farm groups said that he favors new taxes and opposes a higher wage.", "opposes", "Farm groups", "a higher wage")]
    public void SubjectPronoun_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheCoordinatedPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // A possessive after a verb or adverb, the speaker chosen no subject (no verb follows it, or another sentence): the possessive.
    [TestCase("He left behind anger over remarks made during his Dutch trip, particularly his warning that trade would suffer.", "warning", "Dutch", "that trade would suffer", "his")]
    [TestCase("Her wins in Ohio and Iowa as well bolster her argument that she can carry the north.", "argument", "Iowa", "that she can carry the north", "her")]
    public void PossessiveAfterAVerb_TakesTheCueNoun(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PossessiveOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: the verb's own subject (past, present, with an auxiliary), which PolNeAR mostly keeps.
    [TestCase("Tom Hale renewed his call for a new bridge.", "call for", "Tom Hale", "a new bridge")]
    [TestCase("Ana Ruiz raises money for the party, even while keeping her promise to rest on Sundays.", "promise", "Ana Ruiz", "to rest on Sundays")]
    [TestCase("The council has kept its pledge to fix the roads.", "pledge", "The council", "to fix the roads")]
    public void PossessiveAfterAVerb_LeavesTheSubject(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PossessiveOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // A pronoun with its auxiliary contracted onto it ("They’re less wary of X and agree") is the first predicate's subject.
    [TestCase("They’re less wary of state rules and generally agree that the rich should pay more.", "agree", "state", "that the rich should pay more", "They’re")]
    [TestCase("He’s fond of the old mill and says the town should keep it.", "says", "the old mill", "the town should keep it", "He’s")]
    public void ContractedPronoun_IsTheFirstPredicatesSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: "it’s" (no contracted pronoun the candidates know), and a chosen speaker that a verb follows.
    [TestCase("It’s a hard case for the mill and says much about the town.", "says", "the mill", "much about the town")]
    [TestCase("He’s sure the mill owners agreed and says the town should keep it.", "says", "the mill owners", "the town should keep it")]
    public void ContractedPronoun_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }
}
