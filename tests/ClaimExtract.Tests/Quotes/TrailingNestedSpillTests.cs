using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Branch recall86 (docs/quotes.md, "recall86"): a statement nested in a trailing report's content whose own content runs on over
/// the report's speaker and cue ("The mayor discussed [how ... winter, the Harbour Ledger reported]") no longer keeps
/// <see cref="TrailingReport"/> from adding the trailing report: the nested statement's content ends where the trailing content
/// ends, and both stay. Sentences written for these tests; changed rows (before, no trailing report was added and the nested
/// content ran on) and guard rows that must not change.
/// </summary>
public class TrailingNestedSpillTests
{
    private static (string Text, List<Attribution> Result) Run(string text, string innerCue, string innerSpeaker, string innerContentStart)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
        var c = text.IndexOf(innerCue, StringComparison.Ordinal);
        var s = text.IndexOf(innerSpeaker, StringComparison.Ordinal);
        var start = text.IndexOf(innerContentStart, c, StringComparison.Ordinal);
        var end = text.TrimEnd().Length - 1; // before the closing full stop
        var inner = new Attribution(new Span(start, end), QuoteType.Indirect, new Span(c, c + innerCue.Length), innerCue,
            new Span(s, s + innerSpeaker.Length), null);
        return (text, TrailingReport.Add(tokens, [inner]));
    }

    private static string At(string text, Span span) => text[span.Start..span.End];

    // text, the nested cue, its speaker, the first words of its content; the trailing report's content and speaker; the nested content after.
    [TestCase("The mayor discussed how the ferry would run all winter, the Harbour Ledger reported.", "discussed", "The mayor", "how",
        "The mayor discussed how the ferry would run all winter", "the Harbour Ledger", "how the ferry would run all winter")]
    [TestCase("The council agreed to sell the old pier to a builder in 2010, city records show.", "agreed", "The council", "to sell",
        "The council agreed to sell the old pier to a builder in 2010", "city records", "to sell the old pier to a builder in 2010")]
    [TestCase("Ruiz leads the race by forty votes according to a count by the Valley Ledger.", "leads", "Ruiz", "the race",
        "Ruiz leads the race by forty votes", "a count by the Valley Ledger", "the race by forty votes")]
    public void NestedContentOverTheTrailingReport_GivesWay(string text, string cue, string speaker, string from, string outer, string outerSpeaker, string innerAfter)
    {
        var (t, result) = Run(text, cue, speaker, from);
        Assert.That(result, Has.Count.EqualTo(2));
        var added = result.Single(a => a.CueText != cue);
        Assert.That(At(t, added.Content), Is.EqualTo(outer));
        Assert.That(At(t, added.Speaker!.Value), Is.EqualTo(outerSpeaker));
        Assert.That(At(t, result.Single(a => a.CueText == cue).Content), Is.EqualTo(innerAfter));
    }

    // Guards: a nested content that ends before the trailing report (the old rule stands back), and one that would keep fewer
    // than three words ("delegates").
    [TestCase("The mayor discussed how the ferry would run, the Harbour Ledger reported.", "discussed", "The mayor", "how", "how the ferry would run")]
    [TestCase("Ruiz has pledged delegates, the Harbour Ledger reported.", "pledged", "Ruiz", "delegates", null)]
    public void OtherwiseNothingChanges(string text, string cue, string speaker, string from, string? innerEnd)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
        var c = text.IndexOf(cue, StringComparison.Ordinal);
        var s = text.IndexOf(speaker, StringComparison.Ordinal);
        var start = text.IndexOf(from, c, StringComparison.Ordinal);
        var end = innerEnd is null ? text.TrimEnd().Length - 1 : start + innerEnd.Length;
        var inner = new Attribution(new Span(start, end), QuoteType.Indirect, new Span(c, c + cue.Length), cue, new Span(s, s + speaker.Length), null);
        var result = TrailingReport.Add(tokens, [inner]);
        Assert.That(result, Has.Count.EqualTo(1));
        Assert.That(result[0].Content, Is.EqualTo(new Span(start, end)));
    }
}
