using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall56"): a passive verb of reporting whose subject is what was reported and whose agent after
/// "by" reported it ("The merger was first reported by the Ledger."; <see cref="PassiveReport"/>). On main no rule read the form.
/// Sentences written for these tests.
/// </summary>
public class PassiveReportByAgentTests
{
    // text, the participle, the content, the speaker, the cue (null: none read).
    [TestCase("The merger was first reported by the Ledger.", "reported", "The merger", "the Ledger", "was first reported by")]
    [TestCase("Her resignation was confirmed by the harbor council, which met on Monday.", "confirmed", "Her resignation",
        "the harbor council", "was confirmed by")]
    [TestCase("The port board met in secret, which was first reported last week by The Courier.", "reported", "which", "The Courier",
        "was first reported last week by")]
    [TestCase("The new budget plan has been disclosed by Mayor Ana Ruiz.", "disclosed", "The new budget plan", "Mayor Ana Ruiz",
        "has been disclosed by")]
    [TestCase("The attack was claimed by a militant group and was condemned by the council.", "claimed", "The attack", "a militant group",
        "was claimed by")]
    [TestCase("The ferry deal was reported by Reuters today.", "reported", "The ferry deal", "Reuters today", "was reported by")]
    // guards: a time after "by", an agent in lower case, a verb of saying in the subject, a subject inside a clause, a quotation,
    // a relative "that", a subject too long.
    [TestCase("The merger should have been reported by now.", "reported", null, null, null)]
    [TestCase("Most of the damage was reported by Friday.", "reported", null, null, null)]
    [TestCase("The loss was reported by the time the board met.", "reported", null, null, null)]
    [TestCase("The storm damage was reported by residents.", "reported", null, null, null)]
    [TestCase("Ruiz said the merger was first reported by the Ledger.", "reported", null, null, null)]
    [TestCase("When the merger was first reported by the Ledger, shares fell.", "reported", null, null, null)]
    [TestCase("“The merger was first reported by the Ledger,” she said.", "reported", null, null, null)]
    [TestCase("The board named a killing that was claimed by the group.", "claimed", null, null, null)]
    [TestCase("The long and bitter dispute over the old harbor pier and its rents was reported by the Ledger.", "reported", null, null, null)]
    public void Passive_ReportedBy(string text, string verb, string? content, string? speaker, string? cue)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var k = tokens.Tokens.FindIndex(x => x.Value == verb);
        var found = tokens.Quoted[k] ? null : PassiveReport.Find(tokens, k);
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Content, content), (f.Speaker, speaker)] : null);
        if (found is { } g)
        {
            Assert.That(g.CueText, Is.EqualTo(cue));
        }
    }

    // Through Add: a quotation and a work's author ("written") add nothing; a statement that already holds the stretch keeps it alone.
    [TestCase("“The merger was first reported by the Ledger,” she said.", 0)]
    [TestCase("The column is written by Ana Ruiz.", 0)]
    [TestCase("The merger was first reported by the Ledger.", 1)]
    public void Passive_Added(string text, int expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var added = PassiveReport.Add(tokens, []);
        Assert.That(added.Count(a => a.CueText is { } c && c.EndsWith(" by", StringComparison.Ordinal)), Is.EqualTo(expected));
    }

    [Test]
    public void Passive_NotOverAStatement()
    {
        const string text = "The merger was first reported by the Ledger.";
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var held = new Attribution(new Span(0, 10), QuoteType.Indirect, new Span(11, 30), "reported", new Span(31, 43), null);
        Assert.That(PassiveReport.Add(tokens, [held]), Is.EqualTo(new List<Attribution> { held }));
    }
}
