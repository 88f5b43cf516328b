using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers52, on texts written for these tests. A cue after "and", "or" or "but" shares the subject of the predicate before the
/// conjunction (<see cref="SpeakerRanker.SubjectOfTheCoordinatedPredicate"/>): a speaker chosen before that subject gives way to it.
/// </summary>
public class CoordinatedPredicateTests
{
    // After a subordinator ("though", "when", "as", "in which"), a relative "who" of a later noun, over "later" and "then".
    [TestCase("Ana Ruiz, though she praised the plan and said it was fair, voted no.", "said", "Ana Ruiz", "it was fair", "she")]
    [TestCase("The mayor met Tom Hale, who answered the door and said the vote was close.", "said", "The mayor", "the vote was close", "who")]
    [TestCase("Tom Hale opened the meeting when she stood up and later said the levy was unfair.", "said", "Tom Hale", "the levy was unfair", "she")]
    [TestCase("The hearing, in which he laid out the budget but then announced a freeze, ran late.", "announced", "The hearing", "a freeze", "he")]
    [TestCase("Some voters were leaving as Senator Ruiz finished her speech and promised a new road.", "promised", "Some voters", "a new road", "Senator Ruiz")]
    public void SubjectOfTheCoordinatedPredicate_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheCoordinatedPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: the subject's clause is reported by the speaker ("said", "that"); a relative clause right after the speaker;
    // an -ing cue; a name inside the speaker's own noun phrase; a floating quantifier; a participle or an infinitive after a noun
    // (no subject of its own); a speaker chosen after the first predicate's subject (SubjectOfTheFirstPredicate's case); no conjunction; a
    // subject inside parentheses; a bare noun before an -s form that is a plural noun ("territorial claims").
    [TestCase("Ana Ruiz said Tom Hale has lied about the budget and added that he should resign.", "added", "Ana Ruiz", "he should resign")]
    [TestCase("Ana Ruiz backed off her claim that Tom Hale would quit and blamed the press.", "blamed", "Ana Ruiz", "the press")]
    [TestCase("Ana Ruiz, who was in Ohio, thanked the crowd and said the race was close.", "said", "Ana Ruiz", "the race was close")]
    [TestCase("Ana Ruiz hosts a show in videos he calls a farce, pointing to charts and telling viewers that prices rose.", "telling", "Ana Ruiz", "prices rose")]
    [TestCase("Chancellor Ana Ruiz of Ohio criticized the plan and declared a holiday.", "declared", "Chancellor Ana Ruiz", "a holiday")]
    [TestCase("Party figures — whose leader was once respected — both suggested a recount and defended the count.", "defended", "Party figures", "the count")]
    [TestCase("Senators vented about Ana Ruiz vowing to press on and said they had lost patience.", "said", "Senators", "they had lost patience")]
    [TestCase("Tom Hale urges voters not to trust the polls and cites his own figures.", "cites", "Tom Hale", "his own figures")]
    [TestCase("Tom Hale primes voters not to trust the polls and cites his own figures.", "cites", "Tom Hale", "his own figures")]
    [TestCase("Ana Berg spoke about her years in Dayton and said the town had changed.", "said", "Dayton", "the town had changed")]
    [TestCase("Tom Hale watched as the senator finished her speech, then said the road would wait.", "said", "Tom Hale", "the road would wait")]
    [TestCase("A fresh poll has lower numbers (most voters say they want a recount), but also shows that the race is close.", "shows", "A fresh poll", "the race is close")]
    [TestCase("Peru is one of the sharpest critics of Chile's new fishing quotas off the coast and has accused Santiago of bullying.", "has accused", "Peru", "Santiago of bullying")]
    public void SubjectOfTheCoordinatedPredicate_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheCoordinatedPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "Tom Hale opened the meeting when she stood up and later said the levy was unfair.";
        var (traits, a) = Attributed(text, "said", "Tom Hale", "the levy was unfair");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("she"));
    }
}
