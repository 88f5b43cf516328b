using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers84, on texts written for these tests. A speaker chosen inside a ", who ..." or ", which ..." clause that closes
/// with a comma right before the cue gives way to the noun the clause describes (<see cref="SpeakerRanker.AntecedentOfAClosedRelative"/>).
/// </summary>
public class ClosedRelativeAntecedentTests
{
    [TestCase("Ana Ruiz, who has backed Tom Hale, said the plan would pass.", "said", "Tom Hale", "the plan would pass", "Ana Ruiz")]
    [TestCase("Sen. Ana Ruiz (D-Ohio), who has endorsed Tom Hale, said the plan would pass.", "said", "Tom Hale", "the plan would pass", "Sen. Ana Ruiz")]
    [TestCase("Rosa Lind, who leads the union, said the deal was fair.", "said", "who", "the deal was fair", "Rosa Lind")]
    [TestCase("Rosa Lind, who leads the union, later said the deal was fair.", "said", "the union", "the deal was fair", "Rosa Lind")]
    [TestCase("One voter on the forum, which is a lot like Reddit, wrote that the count was rigged.", "wrote", "Reddit", "the count was rigged", "One voter")]
    public void ClosedRelative_NounSpeaks(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AntecedentOfAClosedRelative(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a speaker outside the clause, the clause's own cue, a clause holding a comma, no comma before the cue, "that".
    [TestCase("Tom Hale, who has a big lead, said that the plan would pass.", "said", "Tom Hale", "the plan would pass")]
    [TestCase("Ana Ruiz, who said the plan would pass, left early.", "said", "Ana Ruiz", "the plan would pass")]
    [TestCase("Ana Ruiz, who, like Tom Hale, backs the plan, said it would pass.", "said", "Tom Hale", "it would pass")]
    [TestCase("Ana Ruiz backed Tom Hale and said the plan would pass.", "said", "Tom Hale", "the plan would pass")]
    [TestCase("The report that Tom Hale wrote, said the plan would pass.", "said", "Tom Hale", "the plan would pass")]
    public void ClosedRelative_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AntecedentOfAClosedRelative(new(traits, a), a);

        Assert.That(result.Speaker, Is.EqualTo(a.Speaker));
    }

    [Test]
    public void ClosedRelative_NoSpeakerStaysNone()
    {
        const string text = "Ana Ruiz, who has backed Tom Hale, said the plan would pass.";
        var (traits, a) = Attributed(text, "said", "Tom Hale", "the plan would pass");
        a = a with { Speaker = null };

        Assert.That(SpeakerRanker.AntecedentOfAClosedRelative(new(traits, a), a).Speaker, Is.Null);
    }
}
