using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers71, on texts written for these tests. The subject of a second clause, after a conjunction that follows a comma,
/// semicolon or dash (or after the dash or semicolon alone), is the source of its finite cue; a speaker chosen in the first clause
/// gives way to it (<see cref="SpeakerRanker.SubjectOfTheSecondClause"/>).
/// </summary>
public class SecondClauseSubjectTests
{
    // ", but NOUNS CUE", ", but each CUE", "— NOUNS CUE", ", even as NOUNS in PHRASE CUE" (the head noun: overlap is enough), over
    // adverbs ("never quite").
    [TestCase("Most farmers in the valley backed the dam, but residents never quite accepted that it was safe.", "accepted", "the dam", "that it was safe", "residents")]
    [TestCase("The two mayors won praise for the budget, but each conceded that the roads were still in bad shape.", "conceded", "the budget", "that the roads were still in bad shape", "each")]
    [TestCase("With the club short of money after the season — new records show it owes the city $40,000.", "show", "the club", "it owes the city $40,000", "new records")]
    [TestCase("Ana Ruiz kept her seat on the board, even as members of the union demanded that she resign.", "demanded", "Ana Ruiz", "that she resign", "members")]
    [TestCase("Half the drivers in the town support the new toll, but majorities in both towns say the bridge should stay free.", "say", "the new toll", "the bridge should stay free", "majorities")]
    public void SecondClause_TakesItsSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheSecondClause(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // Left alone: a plain comma (an apposition), a floating "both" after a dash, an adverb "most", a participle before "to", a mention
    // after a preposition ("like"), a pronoun subject (another rule's), a speaker already in the second clause, an -ing cue.
    [TestCase("Tom Hale, the new coach, said the team would win.", "said", "Tom Hale", "the team would win")]
    [TestCase("The two mayors — whose towns share a river — both said the dam was safe.", "said", "The two mayors", "the dam was safe")]
    [TestCase("Ana Ruiz cut the budget, closed two schools, and most recently argued that the town must borrow.", "argued", "Ana Ruiz", "that the town must borrow")]
    [TestCase("The club sent letters to members — fake notices intended to scare them into paying.", "intended", "The club", "to scare them into paying")]
    [TestCase("Tom Hale runs a farm near the river, and like Ana Ruiz has argued that the dam is unsafe.", "argued", "Tom Hale", "that the dam is unsafe")]
    [TestCase("The mayor lost the vote, but she said that the fight would go on.", "said", "The mayor", "that the fight would go on")]
    [TestCase("The mayor lost the vote, but council members said that the fight would go on.", "said", "council members", "that the fight would go on")]
    [TestCase("The mayor lost the vote, but voters lined the street chanting that the fight would go on.", "chanting", "The mayor", "that the fight would go on")]
    public void SecondClause_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheSecondClause(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs last in the chain after the ranker.
    [TestCase("Most farmers in the valley backed the dam, but residents never quite accepted that it was safe.", "accepted", "the dam", "that it was safe", "residents")]
    public void Chain_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }
}
