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
    [TestCase("“It was an attempt to mislead,’’ the director told the BBC.", "It was an attempt to mislead,")]
    [TestCase("“It was an attempt to mislead,'' the director told the BBC.", "It was an attempt to mislead,")]
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

    // A single quote neither closed in its paragraph nor continued by the next paragraph's is no mark (an apostrophe or a
    // slip); a left single quote at the end of a word closes a single quotation typed with the wrong glyph. Each of the first
    // six failed on the scanner before (docs/quotes.md, "Stable retraining"); the last three pin what stays a quotation.
    [TestCase("The village fears the ‘river fever - which spreads in the wet months, the doctor said.", new string[0])]
    [TestCase("The bakery isn ‘t closing this winter, its owner said.", new string[0])]
    [TestCase("Her record entitled ‘Lanterns on the Quay‘ came out in May, and sold well.", new[] { "Lanterns on the Quay" })]
    [TestCase("‘Small Steps Make Roads‘, the old motto, and ‘quiet’ neighbours.", new[] { "Small Steps Make Roads", "quiet" })]
    [TestCase("The council's bonds got a ‘C-‘ grade from the agency last week.", new[] { "C-" })]
    [TestCase("Fans call him a ‘wizard of the pitch, and “he earned it,” the coach said.", new[] { "he earned it," })]
    [TestCase("She called it ‘a mess’ twice.", new[] { "a mess" })]
    [TestCase("The guide said ‘turn left at the mill’ and ‘keep going’.", new[] { "turn left at the mill", "keep going" })]
    [TestCase("It’s rock ’n’ roll, the players’ union said.", new string[0])]
    public void Scan_ReadsStraySingleQuotes(string text, string[] expected)
    {
        Assert.That(Inner(text), Is.EqualTo(expected));
    }

    [Test]
    public void Scan_ContinuesASingleQuotationIntoTheNextParagraphThatReopensIt_AndDropsOneThatIsNot()
    {
        var continued = "‘We will stay on the island,\n\n‘and we will rebuild the pier,’ she said.";
        var dropped = "She wrote ‘we will stay on the island\n\nThe ferry left at noon.";

        Assert.That(Inner(continued), Is.EqualTo(new[] { "We will stay on the island,\n\n‘and we will rebuild the pier," }));
        Assert.That(Inner(dropped), Is.Empty);
    }

    [Test]
    public void Scan_HandlesManyUnbalancedMarksQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("“a ", 100_000));
        var singles = string.Concat(Enumerable.Repeat("‘a ", 100_000));

        var quotes = QuoteScanner.Scan(TextDocument.Create(text));

        Assert.That(quotes, Has.Count.EqualTo(1));
        Assert.That(QuoteScanner.Scan(TextDocument.Create(singles)), Is.Empty);
    }
}
