using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers85, on sentences written for these tests: a speaker span that opens at its own cue and covers it (a capitalised
/// cue word read as the start of a name: "Recall Paul Reed ...") gives way to the candidate right before the cue, or to no speaker.
/// </summary>
public class NoSpeakerAtItsOwnCueTests
{
    private static List<(string? Mention, string? Cue)> Speakers(string text) =>
        PipelineStatements.Of(text).Select(s => (s.SpeakerMention, s.Cue)).ToList();

    // (speaker mention, cue) of the first statement.
    [TestCase("Recall Senator Paul Reed hiding his plan for the port in 2004. Tom Lind lost his bid too.", null, "recall")]
    [TestCase("Recall Paul Reed hiding his plan in 2004 when he equivocated on the tax.", null, "recall")]
    // Guards: a speaker before its cue, or one the cue does not open, stays.
    [TestCase("Ana Ruiz’s Claim That Paul Reed Is In Campaign Flyers Isn’t True. Not Yet, Anyway.\n\nThe mayor spoke on Monday.", "Ana Ruiz’s", "claim")]
    [TestCase("“The vote is close,” Paul Reed told reporters on Monday.", "Paul Reed", "told")]
    [TestCase("Tom Lind said the port plan would fail in the spring.", "Tom Lind", "said")]
    [TestCase("George Will wrote that the budget was a disaster.", "George Will", "wrote")]
    [TestCase("The city council met on Monday.\n\nTom Lind Says The Port Plan Will Fail In The Spring\n\nThe mayor spoke next.", "Tom Lind", "says")]
    public void SpeakerAtItsOwnCue(string text, string? mention, string cue) =>
        Assert.That(Speakers(text)[0], Is.EqualTo((mention, (string?)cue)));
}
