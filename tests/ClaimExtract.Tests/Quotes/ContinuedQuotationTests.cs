using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A quotation with no cue of its own right after another statement of its paragraph continues it (<see cref="ContinuedQuotation"/>):
/// one statement over both, as PolNeAR annotates one attribution. On sentences written for these tests: through the whole pipeline
/// (the change cases gave two statements before the rule), and on attributions made by hand.
/// </summary>
public class ContinuedQuotationTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, words of the first statement, the quotation that continues it
    [TestCase("Okafor told the meeting that the budget “is simply not enough” this year. “We will need twice as much by next autumn.”",
        "the budget", "We will need twice as much")]
    [TestCase("Mayor Tomas Okafor defended the plan, saying the town could “no longer wait for the province” to act. “The bridge is falling apart.”",
        "the town could", "The bridge is falling apart")]
    [TestCase("Okafor said the council had “run out of patience with the port authority” last spring, Ruiz said. “This is the end of a very long story for the town.”",
        "last spring, Ruiz said", "This is the end")]
    [TestCase("The harbour board met on Monday. “We will rebuild the old dock before the winter storms arrive,” a narrator in the board’s video states. “Every family on this coast deserves a safe place to land its boats.”",
        "We will rebuild", "Every family on this coast")]
    public void QuotationWithNoCue_AfterAStatementOfItsParagraph_ContinuesIt(string text, string first, string continuation)
    {
        var statements = Statements(text);
        var holding = statements.Where(s => text[s.Start..s.End].Contains(continuation, StringComparison.Ordinal)).ToList();
        Assert.That(holding, Has.Count.EqualTo(1), "one statement holds the quotation");
        Assert.That(text[holding[0].Start..holding[0].End], Does.Contain(first));
    }

    // Guards: the quotation stays a statement of its own (text, the quotation, words it must not be joined to).
    [TestCase("Ana Ruiz said the ferry would run again in March.\n“Nobody in this town wants another winter without a boat.”",
        "Nobody in this town", "the ferry would run")]
    [TestCase("The harbour board released a short video on Monday. “We will rebuild the old dock before the winter storms arrive,” a narrator in the board’s video states.",
        "We will rebuild", "a short video")]
    [TestCase("The report said the dock had “serious structural faults” in three places. “Repairs should start at once,” the engineers added.",
        "Repairs should start", "three places")]
    public void QuotationWithAnAttributionOrInTheNextParagraph_StaysApart(string text, string quotation, string other)
    {
        var statements = Statements(text);
        var holding = statements.Where(s => text[s.Start..s.End].Contains(quotation, StringComparison.Ordinal)).ToList();
        Assert.That(holding, Is.Not.Empty, "the quotation is a statement");
        Assert.That(holding.Select(s => text[s.Start..s.End]), Has.None.Contains(other));
    }

    // Made by hand on one paragraph: "Ruiz said the ferry would run[BETWEEN]“It is the best news in years.”", the quotation's cue and
    // speaker as given; whether it continues the first statement.
    [TestCase(". ", false, "none", true)]
    [TestCase(", Okafor said. ", false, "between", true)]
    [TestCase(", Okafor said. ", false, "first", true)]
    [TestCase(" because ", false, "none", true)]
    [TestCase(". Okafor gave his answer: ", false, "between", false)]
    [TestCase(". ", true, "between", false)]
    [TestCase(". ", false, "after", false)]
    [TestCase(".\n", false, "none", false)]
    [TestCase(". On Friday, at the end of a long and difficult session of the council, the clerk read a letter from the mayor. ", false, "none", false)]
    public void Continues_AsTheWordsBetweenAndTheQuotationsAttributionVary(string between, bool ownCue, string speaker, bool joined)
    {
        var text = "Ruiz said the ferry would run" + between + "“It is the best news in years,” wrote Okafor.";
        var doc = TextDocument.Create(text);
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var first = new Attribution(Of("the ferry would run"), QuoteType.Indirect, Of("said"), "said", Of("Ruiz"), null);
        var quotation = new Attribution(Of("“It is the best news in years,”"), QuoteType.Direct, ownCue ? Of("wrote") : null, ownCue ? "wrote" : null,
            speaker switch { "between" => Of("Okafor"), "first" => Of("Ruiz"), "after" => new Span(text.LastIndexOf("Okafor", StringComparison.Ordinal), text.Length - 1), _ => null }, null);
        Assert.That(ContinuedQuotation.Continues(text, first, quotation), Is.EqualTo(joined));
        var result = ContinuedQuotation.Apply(doc, [first, quotation]);
        Assert.That(result, Has.Count.EqualTo(joined ? 1 : 2));
        if (joined)
        {
            Assert.That(result[0].Content, Is.EqualTo(new Span(first.Content.Start, quotation.Content.End)));
            Assert.That(result[0].Parts, Is.EqualTo(new[] { first.Content, quotation.Content }));
            Assert.That(result[0].Type, Is.EqualTo(QuoteType.Mixed), "reported words and a quotation");
            Assert.That(result[0].Speaker, Is.EqualTo(first.Speaker));
        }
    }

    [Test]
    public void Apply_JoinsAChainOfQuotations_AndKeepsAQuotationsOwnType()
    {
        var text = "“The dock is old,” Ruiz said. “It leaks.” “It must go.”";
        var doc = TextDocument.Create(text);
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var first = new Attribution(Of("“The dock is old,”"), QuoteType.Direct, Of("said"), "said", Of("Ruiz"), null);
        var second = new Attribution(Of("“It leaks.”"), QuoteType.Direct, null, null, null, null);
        var third = new Attribution(Of("“It must go.”"), QuoteType.Direct, null, null, null, null);
        var result = ContinuedQuotation.Apply(doc, [first, second, third]);
        Assert.That(result, Has.Count.EqualTo(1));
        Assert.That(result[0].Content, Is.EqualTo(new Span(0, text.Length)));
        Assert.That(result[0].Parts, Has.Count.EqualTo(3));
        Assert.That(result[0].Type, Is.EqualTo(QuoteType.Direct));
    }
}
