namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Branch names110, on texts written for these tests, through the whole pipeline: who relays a statement ("according to ...", "...
/// reported") is a medium unless the article clearly names a person there. A name the resolver types a person is an organisation when
/// "the" stands right before it ("according to The Carson Beacon") or when it has two words or more and its first word is no given name
/// ("according to Vexo Edition"); a given name opening the name, a surname the article gives a person in full, and a description stay
/// a person's.
/// </summary>
public class ReporterKindTests
{
    private static Statement Holding(string text, string words) =>
        PipelineStatements.Of(text).Single(s => s.Text.Contains(words, StringComparison.Ordinal) && s.Cue is not "according to" and not "reported");

    [TestCase("The harbour board met on Monday.\n\n“The ferry stays open all winter,” Okafor said, according to Vexo Edition. “The levy is enough.”",
        "The ferry stays open", "Vexo Edition")]
    // (A mention that opens with "the" was an organisation's already: SpeakerResolver's "the" before a person's name as written.)
    [TestCase("The harbour board met on Monday.\n\n“The ferry stays open all winter,” Okafor said, according to The Carson Beacon. “The levy is enough.”",
        "The ferry stays open", "Carson Beacon")]
    [TestCase("The harbour board met on Monday.\n\n“The ferry stays open all winter,” Okafor said, according to a version she gave to The Carson Beacon. “The levy is enough.”",
        "The ferry stays open", "Carson Beacon")]
    [TestCase("The harbour board met on Monday.\n\nThe pilots told Okafor that the ferry was not safe, according to a version he gave to The Carson Beacon.",
        "the ferry was not safe", "Carson Beacon")]
    public void MediumNamedAfterARelayingCue_IsAnOrganisation(string text, string words, string reporter)
    {
        var statement = Holding(text, words);

        Assert.That((statement.ReportedBy, statement.ReportedByKind), Is.EqualTo(((string?)reporter, (string?)"organization")));
    }

    [TestCase("The harbour board met on Monday.\n\n“The ferry stays open all winter,” Okafor said, according to Carson Wells. “The levy is enough.”",
        "The ferry stays open", "Carson Wells")]
    [TestCase("Ana Vexley, a pilot, was on board. The harbour board met on Monday.\n\n“The ferry stays open all winter,” Okafor said, according to Vexley. “The levy is enough.”",
        "The ferry stays open", "Ana Vexley")]
    public void PersonNamedAfterARelayingCue_StaysAPerson(string text, string words, string reporter)
    {
        var statement = Holding(text, words);

        Assert.That((statement.ReportedBy, statement.ReportedByKind), Is.EqualTo(((string?)reporter, (string?)"person")));
    }
}
