using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Corpus;

/// <summary>
/// The whole pipeline over the 181 real pages of the Zyte benchmark (read from ../shared; skipped
/// on a fresh clone without it): no page may fail inside a stage, and every span must be its text.
/// </summary>
[Category("Corpus")]
[Category("Model")]
public class ZyteCorpusTests
{
    [Test]
    public void EveryPage_GivesAnArticle_WhoseSpansAreTheirText()
    {
        var shared = RepositoryPaths.SharedData;
        if (shared is null)
        {
            Assert.Ignore("../shared/data is not beside the repository");
        }

        var pages = Directory.GetFiles(Path.Combine(shared, "zyte", "html"), "*.html.gz");
        Assert.That(pages, Has.Length.EqualTo(181));
        var pipeline = new ClaimPipeline();
        var statements = 0;
        foreach (var page in pages)
        {
            var article = pipeline.Process(DocumentReader.Read(page, () => Stream.Null).Single());

            Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE9900"), page);
            var runes = article.Text.EnumerateRunes().Select(r => r.ToString()).ToArray();
            foreach (var s in article.Statements)
            {
                Assert.That(string.Concat(runes[s.Start..s.End]), Is.EqualTo(s.Text), $"{page} {s.Id}");
                statements++;
            }
        }

        Assert.That(statements, Is.GreaterThan(100), "the pages hold hundreds of quotes");
    }
}
