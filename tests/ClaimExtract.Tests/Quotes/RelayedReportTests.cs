namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The report a relaying statement holds at the opening of its content (RelayedReport, branch relay109): "The Ledger reported that
/// Ruiz said the deal was dead." and "According to the Ledger, Ruiz said the deal was dead." give Ruiz's statement too (cue "said",
/// content "the deal was dead"), reported by the Ledger, the relaying statement left as it was. A relaying content with no report at
/// its opening, an "according to" of the speaker alone, and a report deeper inside the content give none. Through the whole pipeline,
/// on texts written for these tests.
/// </summary>
public class RelayedReportTests
{
    private const string Lead = "The harbour board met on Monday.\n\n";

    // The relaying statement's cue; then the relayed statement's speaker mention, cue, content and reporter.
    [TestCase(Lead + "The Vexo Ledger reported that Ruiz said the deal was dead.", "reported", "Ruiz", "said", "the deal was dead", "The Vexo Ledger")]
    [TestCase(Lead + "According to the Vexo Ledger, Ruiz said the deal was dead.", "according to", "Ruiz", "said", "the deal was dead", "the Vexo Ledger")]
    [TestCase(Lead + "According to the Vexo Ledger, Ana Ruiz told the pilots that the ferry would stay open all winter.", "according to", "Ana Ruiz", "told",
        "that the ferry would stay open all winter", "the Vexo Ledger")]
    [TestCase(Lead + "The Vexo Ledger reported that the harbour board said the levy would be cut in March.", "reported", "the harbour board", "said",
        "the levy would be cut in March", "The Vexo Ledger")]
    [TestCase(Lead + "The pilots met in “the old hall.” The harbour board said the levy would be cut in March, the Vexo Ledger reported.", "reported",
        "The harbour board", "said", "the levy would be cut in March", "the Vexo Ledger")]
    public void RelayingStatement_WithAReportAtItsOpening_AddsTheRelayedStatement(string text, string relayCue, string speaker, string cue, string content, string reporter)
    {
        var statements = PipelineStatements.Of(text);

        var relayed = statements.Single(s => s.Cue == cue);
        Assert.That(
            (relayed.SpeakerMention, relayed.Text, relayed.ReportedByMention),
            Is.EqualTo(((string?)speaker, content, (string?)reporter)));
        Assert.That(statements.Count(s => string.Equals(s.Cue, relayCue, StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1), "the relaying statement stays");
    }

    // A relaying content with no report at its opening, the source's words alone, a report deeper inside the content, a verb that
    // reports no words, an idiom set off by a comma, a relaying content after a quotation (the quotation's own report).
    [TestCase(Lead + "According to the Vexo Ledger, the deal was dead by Friday.")]
    [TestCase(Lead + "According to Ruiz, the deal was dead by Friday.")]
    [TestCase(Lead + "According to the Vexo Ledger, the board met for an hour before Ruiz said the deal was dead.")]
    [TestCase(Lead + "The Vexo Ledger reported that the board met for an hour before Ruiz said the deal was dead.")]
    [TestCase(Lead + "According to the Vexo Ledger, the harbour board issued new rules for the ferry in March.")]
    [TestCase(Lead + "According to the Vexo Ledger, all told, the board spent more than a million on the ferry.")]
    [TestCase(Lead + "“Is this a concern for either of them?” Ruiz said at a press conference, according to the Vexo Ledger.")]
    public void RelayingStatement_WithNoReportAtItsOpening_AddsNone(string text)
    {
        var statements = PipelineStatements.Of(text);

        var relaying = statements.Where(s => s.Cue is "according to" or "reported").ToList();
        Assert.That(relaying, Is.Not.Empty);
        Assert.That(
            statements.Where(s => s.ReportedBy is not null && relaying.Exists(r => r != s && r.Start <= s.Start && s.End <= r.End)),
            Is.Empty);
    }
}
