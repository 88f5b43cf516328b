using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// spans107 (docs/quotes.md): a trailing report (", according to the Ledger", ", the clerk said") whose content opens with a report
/// of its own and goes on in a ", which"/", who"/", but"/", while" clause is cut to that clause, and the opening report becomes a
/// statement of its own. On sentences written for these tests.
/// </summary>
public class LeadingReportTests
{
    // The sentence's one statement: its content from the first word to the trailing cue's comma, its cue the trailing cue.
    private static List<Attribution> Split(string text, string trailingCue)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, []);
        var cue = text.LastIndexOf(trailingCue, StringComparison.Ordinal);
        var end = text.LastIndexOf(',', cue);
        var a = new Attribution(new Span(0, end), QuoteType.Indirect, new Span(cue, cue + trailingCue.Length), trailingCue, null, null);
        return LeadingReport.Split(tokens, [a]);
    }

    private static List<(string Cue, string? Speaker, string Content)> Read(string text, string trailingCue) =>
        [.. Split(text, trailingCue).Select(a => (text[a.Cue!.Value.Start..a.Cue.Value.End], a.Speaker is { } s ? text[s.Start..s.End] : null, text[a.Content.Start..a.Content.End]))];

    [TestCase("The harbour board announced last week that it sold the old ferry, which had sailed since 1990, according to the Ledger.",
        "according to", "announced", "The harbour board", "that it sold the old ferry", "which had sailed since 1990")]
    [TestCase("Her deputy, Tom Hale, says the levy can still pass, which needs nine votes, according to the Ledger.",
        "according to", "says", "Her deputy, Tom Hale", "the levy can still pass", "which needs nine votes")]
    [TestCase("Several fishermen said they back the new quay, but they would not pay for it, the clerk said.",
        "said", "said", "Several fishermen", "they back the new quay", "but they would not pay for it")]
    public void OpeningReport_IsSplitOut(string text, string trailingCue, string cue, string speaker, string first, string rest)
    {
        Assert.That(Read(text, trailingCue), Is.EqualTo(new List<(string, string?, string)> { (cue, speaker, first), (trailingCue, null, rest) }));
    }

    // Guards: no clause after the opening report ("X said Y, according to Z" is Z's one report), a poll's share as the subject, a
    // subject with a verb of its own, and an opening verb that is no report.
    [TestCase("The harbour board announced that it sold the old ferry, according to the Ledger.", "according to")]
    [TestCase("Nearly three in four say they want a new quay, but few would pay for it, according to the survey.", "according to")]
    [TestCase("Seven in ten voters said the levy is fair, while the rest were unsure, according to the poll.", "according to")]
    [TestCase("The board, which denied the sale, said the ferry stays, which pleased the crew, according to the Ledger.", "according to")]
    [TestCase("The harbour board sold the old ferry, which had sailed since 1990, according to the Ledger.", "according to")]
    [TestCase("The clerk did not say the levy failed, but the vote was close, according to the Ledger.", "according to")]
    public void NoOpeningReport_IsUnchanged(string text, string trailingCue)
    {
        var after = Split(text, trailingCue);
        Assert.That(after, Has.Count.EqualTo(1));
        Assert.That(after[0].Content, Is.EqualTo(new Span(0, text.LastIndexOf(',', text.LastIndexOf(trailingCue, StringComparison.Ordinal)))));
    }
}
