using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

public class QuoteScannerTests
{
    private static List<string> Inner(string text) =>
        QuoteScanner.Scan(TextDocument.Create(text)).Select(q => q.Inner.Of(text)).ToList();

    [TestCase("He said “we will win” today.", "we will win")]
    [TestCase("He said \"we will win\" today.", "we will win")]
    [TestCase("Il a dit « nous gagnerons » hier.", "nous gagnerons")]
    [TestCase("Er sagte „wir gewinnen“ heute.", "wir gewinnen")]
    [TestCase("She called it ‘a mess’ twice.", "a mess")]
    [TestCase("It ends “with a straight mark\" here.", "with a straight mark")]
    [TestCase("“It was a bid to confuse us,’’ the director told the BBC.", "It was a bid to confuse us,")]
    [TestCase("“It was a bid to confuse us,'' the director told the BBC.", "It was a bid to confuse us,")]
    [TestCase("It has no “role in regulating content.’’ Critics disagree.", "role in regulating content.")]
    [TestCase("“The players’ union can’t agree,’’ he said.", "The players’ union can’t agree,")]
    public void Scan_FindsQuotationsInEveryCommonMark(string text, string expected)
    {
        Assert.That(Inner(text), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Scan_IgnoresApostrophes()
    {
        Assert.That(Inner("It’s the players’ union, Ma’s firm and rock ’n’ roll."), Is.Empty);
    }

    [Test]
    public void Scan_ContinuesAQuotationIntoTheNextParagraphThatReopensIt()
    {
        var text = "“First paragraph of the quote.\n\n“Second paragraph,” she said.\n\nNarration.";

        var quotes = QuoteScanner.Scan(TextDocument.Create(text));

        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(quotes[0].Inner.Of(text), Is.EqualTo("First paragraph of the quote.\n\n“Second paragraph,"));
        Assert.That(quotes[0].ParagraphCount, Is.EqualTo(2));
        Assert.That(quotes[0].Closed, Is.True);
    }

    [Test]
    public void Scan_ReportsAnUnclosedQuotationAtItsParagraphEnd()
    {
        var text = "He said “this never closes.\n\nNext paragraph.";

        var quotes = QuoteScanner.Scan(TextDocument.Create(text));

        Assert.That(quotes.Select(q => (q.Inner.Of(text), q.Closed)), Is.EqualTo(new[] { ("this never closes.", false) }));
    }

    [Test]
    public void Scan_HandlesManyUnbalancedMarksQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("“a ", 100_000));

        var quotes = QuoteScanner.Scan(TextDocument.Create(text));

        Assert.That(quotes, Has.Count.EqualTo(1));
    }
}
