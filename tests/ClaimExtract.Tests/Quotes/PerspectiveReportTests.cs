using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall62"): a sentence that opens with the person or the reckoning whose view it gives ("To
/// Okafor, the levy is a tax on renters.", "By the Ledger's tally, Ruiz has 412 delegates."; <see cref="PerspectiveReport"/>). On main
/// no rule read the form. Sentences written for these tests.
/// </summary>
public class PerspectiveReportTests
{
    // text, the content, the speaker (null: none read); the first "to" or "by" is read.
    [TestCase("To Okafor, the levy is a tax on renters.", "the levy is a tax on renters", "Okafor")]
    [TestCase("To Ms. Ana Ruiz, the harbor plan looked like a gift to developers.", "the harbor plan looked like a gift to developers", "Ms. Ana Ruiz")]
    [TestCase("To Bayside consultant Marsh, the vote was a warning.", "the vote was a warning", "Bayside consultant Marsh")]
    [TestCase("But to others, she is a reformer who kept her word.", "she is a reformer who kept her word", "others")]
    [TestCase("To them, the strike signals a new phase of the dispute.", "the strike signals a new phase of the dispute", "them")]
    [TestCase("To Okafor, who ran the count, the result was never in doubt.", "the result was never in doubt", "Okafor, who ran the count")]
    [TestCase("By the Ledger's tally, Ruiz now has 412 delegates.", "Ruiz now has 412 delegates", "the Ledger's tally")]
    [TestCase("By some measures, the port has a strong case.", "the port has a strong case", "some measures")]
    [TestCase("By her own argument, the board cannot overturn the vote.", "the board cannot overturn the vote", "her own argument")]
    // guards: an infinitive of purpose, "To be sure", "To date", a noun phrase with no name, "to" inside the sentence, a comma aside,
    // "By contrast", "By" with no noun of reckoning, too few words, a quotation, "For".
    [TestCase("To win the county, Ruiz must carry the harbor wards.", null, null)]
    [TestCase("To be sure, the levy passed by a wide margin.", null, null)]
    [TestCase("To date, the council has not voted on the plan.", null, null)]
    [TestCase("To the surprise of many, the levy passed.", null, null)]
    [TestCase("To a lot of readers, this sounds far-fetched.", null, null)]
    [TestCase("The board sent the plan to Okafor, who signed it at once.", null, null)]
    [TestCase("The levy, to them, is a tax on renters.", null, null)]
    [TestCase("By contrast, the port has lost money for years.", null, null)]
    [TestCase("By Friday, the council had voted on the plan.", null, null)]
    [TestCase("To Okafor, nothing.", null, null)]
    [TestCase("“To Okafor, the levy is a tax on renters,” she wrote.", null, null)]
    [TestCase("For Okafor, the levy is a tax on renters.", null, null)]
    public void Opening_ToOrBy(string text, string? content, string? speaker)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var k = tokens.Tokens.FindIndex(x => x.Lower is "to" or "by");
        var found = k < 0 ? null : PerspectiveReport.Find(tokens, k);
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Content, content), (f.Speaker, speaker)] : null);
    }

    // Through Add: the cue is the preposition; a statement that already holds the stretch keeps it alone.
    [TestCase("To Okafor, the levy is a tax on renters.", 1)]
    [TestCase("“To Okafor, the levy is a tax on renters,” she wrote.", 0)]
    public void Opening_Added(string text, int expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var added = PerspectiveReport.Add(tokens, []);
        Assert.That(added.Count(a => a.CueText == "to"), Is.EqualTo(expected));
    }

    [Test]
    public void Opening_TouchedByAStatement_AddsNothing()
    {
        var text = "To Okafor, the levy is a tax on renters.";
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var held = new Attribution(new Span(11, 39), QuoteType.Indirect, new Span(0, 2), "to", null, null);
        Assert.That(PerspectiveReport.Add(tokens, [held]), Has.Count.EqualTo(1));
    }

    // A title's colon statement over a quoted fragment runs on to the line's end; guards: a second label on the line, text after
    // the first line, no space after the quotation mark, another statement on the rest.
    [TestCase("Ruiz: ‘No Doubt’ The Levy Will Pass.\nThe mayor spoke on Monday.", "‘No Doubt’", "‘No Doubt’ The Levy Will Pass")]
    [TestCase("Ruiz: \"We will win.\" Marsh: \"We will not.\"\nThe race is close.", "\"We will win.\"", "\"We will win.\"")]
    [TestCase("The race is close.\nRuiz: ‘No Doubt’ The Levy Will Pass.", "‘No Doubt’", "‘No Doubt’")]
    [TestCase("Ruiz: ‘No Doubt’, The Levy Will Pass.\nThe mayor spoke.", "‘No Doubt’", "‘No Doubt’")]
    public void Title_QuotedFragment(string text, string fragment, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var start = text.IndexOf(fragment, StringComparison.Ordinal);
        var cue = text.LastIndexOf(':', start);
        List<Attribution> list = [new(new Span(start, start + fragment.Length), QuoteType.Direct, new Span(cue, cue + 1), ":", new Span(0, 4), null)];
        var result = HeadlineLabel.ExtendQuotedFragment(tokens, list);
        Assert.That(text[result[0].Content.Start..result[0].Content.End], Is.EqualTo(expected));
    }

    [Test]
    public void Title_QuotedFragment_AnotherStatementOnTheRest_KeepsIt()
    {
        var text = "Ruiz: ‘No Doubt’ The Levy Will Pass.\nThe mayor spoke.";
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        List<Attribution> list =
        [
            new(new Span(6, 16), QuoteType.Direct, new Span(4, 5), ":", new Span(0, 4), null),
            new(new Span(21, 35), QuoteType.Indirect, null, null, null, null),
        ];
        Assert.That(HeadlineLabel.ExtendQuotedFragment(tokens, list)[0].Content, Is.EqualTo(new Span(6, 16)));
    }
}
