using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers86, on sentences written for these tests: a speaker "he"/"she"/"they" right after "said"/"says"/"say" (or "told
/// me") and before its own cue gives way to the subject of that report verb, the reporter ("Ana Ruiz said she believes ...").
/// </summary>
public class ReporterOfAReportedPronounTests
{
    private static List<(string? Mention, string? Cue)> Speakers(string text) =>
        PipelineStatements.Of(text).Select(s => (s.SpeakerMention, s.Cue)).ToList();

    // (speaker mention, cue) of the statement with the given cue.
    [TestCase("Another said he hoped with all his might that the mayor wins.", "Another", "hoped with")]
    [TestCase("Ana Ruiz told me she hoped with all her heart that the port would open.", "Ana Ruiz", "hoped with")]
    [TestCase("The clerk first said he did not recall moving the boxes.", "The clerk first", "did not recall")]
    // Guards: the pronoun after a report verb in another sentence, or not right after a report verb stays.
    [TestCase("Tom Lind spoke to reporters. He hoped with all his heart that the port would open.", "He", "hoped with")]
    [TestCase("Tom Lind spoke on Monday, and he hoped with all his heart that the port would open.", "he", "hoped with")]
    [TestCase("Tom Lind said the port plan would fail in the spring.", "Tom Lind", "said")]
    public void ReporterOfAReportedPronoun(string text, string? mention, string cue) =>
        Assert.That(Speakers(text).First(s => s.Cue == cue), Is.EqualTo((mention, (string?)cue)));
}
