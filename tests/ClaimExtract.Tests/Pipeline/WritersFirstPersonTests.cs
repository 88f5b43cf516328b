using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// The writer's "I" outside quotation marks is the page's author when the page names one (63 statements on the Zyte pages: reviews,
/// blogs, columns, "I reckon this ferry pass will be the cheapest we sell", had no name). A quotation's "I" stays its speaker's, and a page
/// with two authors or none names nobody. On pages written for these tests, through the whole pipeline.
/// </summary>
public class WritersFirstPersonTests
{
    private static readonly ClaimPipeline Pipeline = new();

    private static List<Statement> Statements(string authors, string body)
    {
        var html = $"<html><head><title>Harbour notes</title>{authors}</head><body><article><h1>Harbour notes</h1>{body}</article></body></html>";
        return Pipeline.Process(new InputDocument("p", "p.html", new DocumentContent.HtmlText(html))).Statements.ToList();
    }

    private const string Body =
        "<p>The harbour has been closed since the storm in March, and the ferries still wait at the old pier for the repairs to end.</p>"
        + "<p>I said in May that the harbour will reopen before the summer, because the new cranes arrived on Monday and the crews work at night.</p>"
        + "<p>“I expect the first ferry in June,” Tomas Okafor said at the pier on Tuesday, standing beside the new cranes.</p>";

    [Test]
    public void WritersI_IsThePagesAuthor()
    {
        var statements = Statements("<meta name=\"author\" content=\"Ana Ruiz\">", Body);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the harbour will reopen", StringComparison.Ordinal)).Speaker, Is.EqualTo("Ana Ruiz"));
        Assert.That(statements.Single(s => s.Text.Contains("first ferry", StringComparison.Ordinal)).Speaker, Is.EqualTo("Tomas Okafor"));
    }

    [Test]
    public void WritersI_OnAPageWithNoAuthor_NamesNobody()
    {
        var statements = Statements("", Body);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the harbour will reopen", StringComparison.Ordinal)).Speaker, Is.Null);
    }
}
