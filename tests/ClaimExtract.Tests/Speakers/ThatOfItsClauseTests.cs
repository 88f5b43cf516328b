using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers124, on texts written for these tests. A relative "that" right before the cue, after a lower-case noun, is the
/// cue's source when the speaker chosen ends before that noun (<see cref="SpeakerRanker.ThatOfItsClause"/>).
/// </summary>
public class ThatOfItsClauseTests
{
    [TestCase("The clerks handed out mugs that said the county was open for business.", "said", "The clerks", "the county was open for business")]
    [TestCase("Farmers turned out in the districts that had voted for Tom Hale.", "had voted for", "Farmers", "Tom Hale")]
    [TestCase("Ana Ruiz traded barbs in a debate that once again highlighted their rift.", "highlighted", "Ana Ruiz", "their rift")]
    [TestCase("The mayor led a small town with a long history that has refused to close its mills.", "has refused", "The mayor", "to close its mills")]
    public void ThatOfItsClause_ThatSpeaks(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ThatOfItsClause(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("that"));
        Assert.That(result.Referent, Is.Null);
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo("that"));
    }

    // Left alone: a speaker ending at the noun, a document or an ad campaign or a part of a document before "that", a time before it,
    // a cue verb before it, a passive, an apposition, "seem".
    [TestCase("The clerks handed out mugs that said the county was open.", "said", "mugs", "the county was open")]
    [TestCase("The council published a report that found the roads were unsafe.", "found", "The council", "the roads were unsafe")]
    [TestCase("The group ran an ad campaign that attacked Tom Hale.", "attacked", "The group", "Tom Hale")]
    [TestCase("Both parties adopted a platform with a plank that backs lower taxes.", "backs", "Both parties", "lower taxes")]
    [TestCase("Ana Ruiz posted figures late Friday night that show turnout fell.", "show", "Ana Ruiz", "turnout fell")]
    [TestCase("Ana Ruiz said that believes the vote was fair.", "believes", "Ana Ruiz", "the vote was fair")]
    [TestCase("Ana Ruiz kept seeing that described as a loss.", "described", "Ana Ruiz", "as a loss")]
    [TestCase("Tom Hale, a lawyer that represents the town, warned of delays.", "represents", "Tom Hale", "the town")]
    [TestCase("Ana Ruiz found a rule that seems to bar the plan.", "seems", "Ana Ruiz", "to bar the plan")]
    public void ThatOfItsClause_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ThatOfItsClause(new(traits, a), a);

        Assert.That(result.Speaker, Is.EqualTo(a.Speaker));
    }
}
