using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Branch recall87 (docs/quotes.md, "recall87"): a trailing "..., SOURCE reported/said." right after a partial quotation that
/// closes over its comma ("The town faces a “long winter,” the Ledger reported.") is read by <see cref="TrailingReport"/>, its
/// content the whole clause up to the closing mark. A sentence that is one direct quotation, a quotation after a colon or after a
/// verb of saying stays with the quotation rules. Sentences written for these tests.
/// </summary>
public class TrailingQuotedCommaTests
{
    private static (string Text, List<Attribution> Result) Run(string text)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
        return (text, TrailingReport.Add(tokens, []));
    }

    private static string At(string text, Span span) => text[span.Start..span.End];

    // text; the added report's content, speaker and cue (before recall87 nothing was added).
    [TestCase("The town faces a “long and costly winter,” the Harbour Ledger reported.",
        "The town faces a “long and costly winter,”", "the Harbour Ledger", "reported")]
    [TestCase("In one letter, the mayor described how she had dropped a note in a “shred box,” the Valley Post reported.",
        "In one letter, the mayor described how she had dropped a note in a “shred box,”", "the Valley Post", "reported")]
    [TestCase("The ferry plan was \"a very good deal for the whole town,\" Ruiz said.",
        "The ferry plan was \"a very good deal for the whole town,\"", "Ruiz", "said")]
    public void PartialQuotationBeforeTheTag_IsReported(string text, string content, string speaker, string cue)
    {
        var (t, result) = Run(text);
        Assert.That(result, Has.Count.EqualTo(1));
        Assert.That(At(t, result[0].Content), Is.EqualTo(content));
        Assert.That(At(t, result[0].Speaker!.Value), Is.EqualTo(speaker));
        Assert.That(result[0].CueText, Is.EqualTo(cue));
    }

    // Guards: a whole-sentence direct quotation, one after a colon, one after a verb of saying, a clause with "said" before its
    // quotation, and a plain trailing tag without quotation marks (read as before).
    [TestCase("“We will,” she said.", 0)]
    [TestCase("Her answer was short: “We will do it in the spring,” she said.", 0)]
    [TestCase("The mayor smiled and added, “we will do it in the spring,” she said.", 0)]
    [TestCase("The mayor said the council has “no plan for the old harbour,” she said.", 0)]
    [TestCase("The town faces a long and costly winter, the Harbour Ledger reported.", 1)]
    public void OtherShapes_AsBefore(string text, int count)
    {
        var (t, result) = Run(text);
        Assert.That(result, Has.Count.EqualTo(count));
        if (count == 1)
        {
            Assert.That(At(t, result[0].Content), Is.EqualTo("The town faces a long and costly winter"));
        }
    }
}
