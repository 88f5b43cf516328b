
namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// "According to SOURCE" that the rules' form does not parse (a parenthesis in the source, a long source, the phrase inside its
/// sentence), which the cue tagger read as the cue "according" with the source inside the content and a speaker from elsewhere
/// ("DON'T MISS", "That’s", "it"). As PolNeAR writes the form: cue "according to", the source up to the next comma, the content the
/// rest of the sentence. On texts written for these tests, through the whole pipeline.
/// </summary>
public class AccordingToTests
{
    private static Statement Only(string text, string cueWord) =>
        PipelineStatements.Of(text)
            .Single(s => s.Cue is { } cue && cue.StartsWith(cueWord, StringComparison.OrdinalIgnoreCase));

    [TestCase("HARBOUR NEWS\n\nAccording to the Harbour Safety Board (HSB) in Dover, the ferry is safe to sail again.",
        "the Harbour Safety Board", "the ferry is safe to sail again")]
    [TestCase("According to early results of a survey conducted for the Vexo Courier and two radio stations by Okafor Research, most voters want the levy.",
        "early results of a survey conducted for the Vexo Courier and two radio stations by Okafor Research", "most voters want the levy")]
    public void AccordingToASourceTheRulesDoNotParse_IsCueSourceAndContent(string text, string speaker, string content)
    {
        var statement = Only(text, "according");

        Assert.That((statement.Cue, statement.SpeakerMention, statement.Text), Is.EqualTo(("according to", (string?)speaker, content)));
    }

    // The rules' own form: unchanged.
    [Test]
    public void AccordingToTheRulesParse_IsUnchanged()
    {
        var statement = Only("The ferry is safe to sail again, according to the harbour board.", "according");

        Assert.That((statement.Cue, statement.SpeakerMention, statement.Text), Is.EqualTo(("according to", (string?)"the harbour board", "The ferry is safe to sail again")));
    }
}
