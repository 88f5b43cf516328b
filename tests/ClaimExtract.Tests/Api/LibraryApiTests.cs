using ClaimExtract.Statements;
using ClaimExtract.Output;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Api;

/// <summary>The library as another project calls it (README, "Use it as a library"). Texts written for the tests.</summary>
public class LibraryApiTests
{
    [Test]
    public void SourceItem_WithNeitherDocumentNorProblem_IsRefusedAsABug()
    {
        // Audit 12: such an item became an article whose problem list held a null, and Article.Failed then threw
        // a NullReferenceException far from the mistake.
        var item = new SourceItem("a", "a.html", null, null);

        Assert.That(() => new ClaimPipeline().Process(item), Throws.ArgumentException.With.Message.Contains("neither"));
    }

    [Test]
    public void TextOnlyPipeline_RefusesAClassifier_AndLoadsNone()
    {
        Assert.That(() => new ClaimPipeline(StatementClassifier.Default, textOnly: true), Throws.ArgumentException.With.Message.Contains("text-only"));
        Assert.That((new ClaimPipeline(textOnly: true).TextOnly, new ClaimPipeline().TextOnly), Is.EqualTo((true, false)));
    }

    [Test]
    [Category("Model")]
    public void TextOnlyPipeline_ReportsAnEmptyPage_AsTheWholePipelineDoes()
    {
        var input = new InputDocument("a", "a.html", new DocumentContent.HtmlText("<html><body><nav>Home</nav></body></html>"));

        var scraped = new ClaimPipeline(textOnly: true).Process(input);
        var whole = new ClaimPipeline().Process(input);

        Assert.That(scraped.Problems.Select(p => p.Code), Is.EqualTo(whole.Problems.Select(p => p.Code)).And.Not.Empty);
        Assert.That(scraped.Failed, Is.True);
    }

    [Test]
    public void SourceItemFactories_RefuseNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SourceItem.Of(null!), Throws.ArgumentNullException);
            Assert.That(() => SourceItem.Failed("a", "a.html", null!), Throws.ArgumentNullException);
        });
    }

    // Audit 12: a JSON Lines record's "published" was written as given ("yesterday"), though the output's is ISO 8601.
    [TestCase("2019-11-19", "2019-11-19", null)]
    [TestCase("November 19, 2019 07:47 PM EST", "2019-11-19T19:47:00-05:00", null)]
    [TestCase("Tue, 19 Nov 2019 07:09:00 +0100", "2019-11-19T07:09:00+01:00", null)]
    [TestCase("yesterday", null, "CE1006")]
    public void RecordPublishedDate_IsWrittenAsIso8601(string given, string? expected, string? problem)
    {
        var input = new InputDocument("a", "a.jsonl:1", new DocumentContent.PlainText("The council said it would rebuild the harbour wall.")) { Published = given };

        var article = new ClaimPipeline().Process(input);

        Assert.Multiple(() =>
        {
            Assert.That(article.Published, Is.EqualTo(expected));
            Assert.That(article.Problems.Select(p => p.Code).FirstOrDefault(c => c == "CE1006"), Is.EqualTo(problem));
        });
    }

    [Test]
    public void ReadmeExample_ProcessesAPageAndWritesJsonLines()
    {
        // Given the README's library example, on a page of our own
        const string html = "<html lang=\"en\"><head><title>Council to rebuild the harbour wall</title></head><body><article>"
                            + "<p>The council will rebuild the harbour wall, its leader said on Tuesday.</p>"
                            + "<p>“We will not wait for another storm,” Jane Doe told reporters.</p></article></body></html>";
        var pipeline = new ClaimPipeline();
        var input = new InputDocument("wall", "wall.html", new DocumentContent.HtmlText(html));

        // When
        var article = pipeline.Process(input);
        using var output = new MemoryStream();
        using (var writer = ArticleWriters.Create(OutputFormat.Jsonl, output))
        {
            writer.Write(article);
            writer.Complete();
        }

        // Then
        Assert.Multiple(() =>
        {
            Assert.That(article.Failed, Is.False);
            Assert.That(article.Title, Is.EqualTo("Council to rebuild the harbour wall"));
            Assert.That(article.Statements.Select(s => s.Speaker), Does.Contain("Jane Doe"));
            Assert.That(System.Text.Encoding.UTF8.GetString(output.ToArray()), Does.StartWith("{\"id\":\"wall\""));
        });
    }
}
