using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// Branch orgnames117: the writer's "we" outside quotation marks is the page's publisher (its site name) when the text writes that name,
/// as data/names/GUIDE.md names a review's "we". A quotation's "we" stays its speaker's, and a page whose text never writes its publisher's
/// name, or that has none, names nobody. On pages written for these tests, through the whole pipeline.
/// </summary>
public class OutletsWeTests
{
    private static readonly ClaimPipeline Pipeline = new();

    private static List<Statement> Statements(string meta, string body)
    {
        var html = $"<html><head><title>Harbour notes</title>{meta}</head><body><article><h1>Harbour notes</h1>{body}</article></body></html>";
        return Pipeline.Process(new InputDocument("p", "p.html", new DocumentContent.HtmlText(html))).Statements.ToList();
    }

    private const string Site = "<meta property=\"og:site_name\" content=\"Quayside Gazette\">";

    private const string Opening =
        "<p>The harbour has been closed since the storm in March, and the ferries still wait at the old pier for the repairs to end.</p>";

    private const string Rest =
        "<p>We said in May that the harbour will reopen before the summer, because the new cranes arrived on Monday and the crews work at night.</p>"
        + "<p>“We expect the first ferry in June,” Tomas Okafor said at the pier on Tuesday, standing beside the new cranes.</p>";

    private const string Named = "<p>Readers of the Quayside Gazette have asked about the ferries every week since the storm closed the pier.</p>";

    [Test]
    public void WritersWe_IsThePublisherTheTextNames()
    {
        var statements = Statements(Site, Opening + Named + Rest);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the harbour will reopen", StringComparison.Ordinal)).Speaker, Is.EqualTo("Quayside Gazette"));
        Assert.That(statements.Single(s => s.Text.Contains("first ferry", StringComparison.Ordinal)).Speaker, Is.EqualTo("Tomas Okafor"));
    }

    [TestCase(Site)]
    [TestCase("")]
    public void WritersWe_WithNoPublisherInTheText_NamesNobody(string meta)
    {
        var statements = Statements(meta, Opening + Rest);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the harbour will reopen", StringComparison.Ordinal)).Speaker, Is.Null);
    }

    [TestCase("Quayside Gazette", "Readers of the Quayside Gazette wrote in.", "Quayside Gazette")]
    [TestCase("Quayside Gazette", "Readers of the Quayside Gazettes wrote in.", null)]
    [TestCase("QG", "Readers of QG wrote in.", null)]
    [TestCase(null, "Readers of the Quayside Gazette wrote in.", null)]
    public void PublisherNamedInText_WholeWordsOnly(string? publisher, string text, string? expected) =>
        Assert.That(ClaimPipeline.PublisherNamedInText(text, publisher), Is.EqualTo(expected));

    // Branch orgwe120: a blog's site name ("The Harbour Trust Blog") is the organisation it is named after, which the text writes
    // without the site name's "The" and "Blog"; any other site name is matched as written.
    [TestCase("The Harbour Trust Blog", "Donors to the Harbour Trust wrote in.", "Harbour Trust")]
    [TestCase("Harbour Trust Blog", "Donors to the Harbour Trust’s fund wrote in.", "Harbour Trust")]
    [TestCase("The Harbour Trust blog", "The Harbour Trust Blog is read by donors.", "Harbour Trust")]
    [TestCase("The Harbour Trust Blog", "Donors to the harbour trust wrote in.", null)]
    [TestCase("The Blog", "The donors wrote in.", null)]
    [TestCase("The Quayside Gazette", "Readers of the Quayside Gazette wrote in.", null)]
    public void PublisherNamedInText_BlogIsItsOrganisation(string publisher, string text, string? expected) =>
        Assert.That(ClaimPipeline.PublisherNamedInText(text, publisher), Is.EqualTo(expected));

    [Test]
    public void WritersWe_OnABlog_IsTheOrganisationTheBlogIsNamedAfter()
    {
        var blog = "<meta property=\"og:site_name\" content=\"The Quayside Trust Blog\">";
        var named = "<p>The Quayside Trust has paid for the ferry repairs since the storm closed the pier in March.</p>";
        var statements = Statements(blog, Opening + named + Rest);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the harbour will reopen", StringComparison.Ordinal)).Speaker, Is.EqualTo("Quayside Trust"));
        Assert.That(statements.Single(s => s.Text.Contains("first ferry", StringComparison.Ordinal)).Speaker, Is.EqualTo("Tomas Okafor"));
    }
}
