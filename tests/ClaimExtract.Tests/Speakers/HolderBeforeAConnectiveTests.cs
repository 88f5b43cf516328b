using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers74, on texts written for these tests. The subject before a connective set off by commas holds the attitude of a
/// "be" and adjective cue when the choice is nobody (<see cref="SpeakerRanker.HolderBeforeAConnective"/>); a name of two or more
/// words ending in a capitalised "Post" after "by" is an agent, not a means (<see cref="SpeakerRanker.AgentOfAParticiple"/>).
/// </summary>
public class HolderBeforeAConnectiveTests
{
    // "SUBJECT, CONNECTIVE, be ADJECTIVE": the subject opens the sentence; the chosen word only locates the test's (removed) speaker.
    [TestCase("No one, in fact, is keen to raise the toll this year.", "is keen", "No one", "to raise the toll this year", "No one")]
    [TestCase("Not all farmers, however, are eager to hear the mayor's plan.", "are eager", "farmers", "to hear the mayor's plan", "all farmers")]
    [TestCase("The two coaches, for their part, were adamant that the game go on.", "were adamant", "coaches", "the game go on", "The two coaches")]
    [TestCase("But Ana Ruiz, meanwhile, was not convinced that the dam would hold.", "convinced", "Ana Ruiz", "the dam would hold", "Ana Ruiz")]
    public void Connective_SubjectHoldsTheAttitude(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);
        a = a with { Speaker = null };

        var result = SpeakerRanker.HolderBeforeAConnective(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a speaker already chosen, no connective (an aside that is a name or a place), a cue that is no adjective of attitude
    // ("seemed"), a passive ("was asked"), a subject after a preposition.
    [TestCase("No one, in fact, is keen to raise the toll this year.", "is keen", "No one", "to raise the toll this year", false)]
    [TestCase("The mayor, Ana Ruiz, is eager to raise the toll this year.", "is eager", "Ana Ruiz", "to raise the toll this year", true)]
    [TestCase("The mayor, in Dayton, is eager to raise the toll this year.", "is eager", "Dayton", "to raise the toll this year", true)]
    [TestCase("The voters, however, seemed ready to raise the toll.", "seemed", "voters", "ready to raise the toll", true)]
    [TestCase("The mayor, however, was asked to raise the toll this year.", "was asked", "mayor", "to raise the toll this year", true)]
    [TestCase("For most of the farmers, however, are eager to sell.", "are eager", "farmers", "to sell", true)]
    public void Connective_LeavesTheChoice(string text, string cue, string chosen, string content, bool none)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);
        if (none)
        {
            a = a with { Speaker = null };
        }

        var result = SpeakerRanker.HolderBeforeAConnective(new(traits, a), a);

        Assert.That(result.Speaker, Is.EqualTo(a.Speaker));
    }

    // A newspaper whose name ends in "Post" is the agent; "by post" alone stays a means.
    [TestCase("The new levy, first reported by The Evening Post, is part of the mayor's plan.", "reported", "levy", "is part of the mayor's plan", "The Evening Post")]
    [TestCase("The new levy, first reported by post to the farmers, is part of the mayor's plan.", "reported", "levy", "is part of the mayor's plan", "levy")]
    public void Agent_NamedPostIsNoMeans(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AgentOfAParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }
}
