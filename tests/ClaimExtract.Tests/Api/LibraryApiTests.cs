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
    public void SourceItemFactories_RefuseNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SourceItem.Of(null!), Throws.ArgumentNullException);
            Assert.That(() => SourceItem.Failed("a", "a.html", null!), Throws.ArgumentNullException);
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
