using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimExtract.Html;

namespace ClaimExtract.Tests.Html;

/// <summary>
/// Golden metadata pages (issue 3): each folder under Html/Golden holds a small page written for the
/// project (<c>source.html</c>) and the metadata a reader expects from it (<c>expected.json</c>:
/// title, authors, published, publisher, url, language; <c>pageUrl</c> is the URL the page is read
/// from, <c>note</c> says which pattern it covers). To review a change in bulk, run the tests with
/// CLAIMEXTRACT_UPDATE_GOLDEN=1: the expectations are rewritten from the current output, for git diff.
/// </summary>
public class MetadataGoldenTests
{
    private static readonly string GoldenFolder = RepositoryPaths.InRoot(Path.Combine("tests", "ClaimExtract.Tests", "Html", "Golden"));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Fields = ["title", "authors", "published", "publisher", "url", "language"];

    public static IEnumerable<string> Pages() =>
        Directory.GetDirectories(GoldenFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Test]
    public void ThereAreTwentyOrMoreGoldenPages() => Assert.That(Pages().Count(), Is.GreaterThanOrEqualTo(20));

    [TestCaseSource(nameof(Pages))]
    public void GoldenPage_GivesTheExpectedMetadata(string name)
    {
        var folder = Path.Combine(GoldenFolder, name);
        var expectedPath = Path.Combine(folder, "expected.json");
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath))!.AsObject();
        var pageUrl = expected["pageUrl"]?.GetValue<string>();

        var article = new HtmlArticleExtractor().Extract(File.ReadAllText(Path.Combine(folder, "source.html")), pageUrl);

        var actual = new JsonObject
        {
            ["title"] = article.Title,
            ["authors"] = new JsonArray([.. article.Authors.Select(a => (JsonNode?)a)]),
            ["published"] = article.Published,
            ["publisher"] = article.Publisher,
            ["url"] = article.Url,
            ["language"] = article.Language,
        };
        if (Environment.GetEnvironmentVariable("CLAIMEXTRACT_UPDATE_GOLDEN") == "1")
        {
            foreach (var field in Fields)
            {
                expected[field] = actual[field]?.DeepClone();
            }

            File.WriteAllText(expectedPath, expected.ToJsonString(Indented) + "\n");
        }

        Assert.Multiple(() =>
        {
            foreach (var field in Fields)
            {
                Assert.That(actual[field]?.ToJsonString(), Is.EqualTo(expected[field]?.ToJsonString()), $"{name}: {field} ({expected["note"]})");
            }
        });
    }
}
