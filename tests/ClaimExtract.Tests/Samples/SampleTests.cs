using System.Text;
using ClaimExtract.Output;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Samples;

/// <summary>
/// The acceptance test: the seed article as a news page (samples/seed-article.html) and the output
/// the tool prints for it (samples/seed-article.json). Regenerate the expected output for review with
/// <c>UPDATE_SAMPLES=1 dotnet test --filter Category=Sample</c>.
/// </summary>
[Category("Model")]
[Category("Sample")]
public class SampleTests
{
    private const string PagePath = "samples/seed-article.html";
    private const string ExpectedPath = "samples/seed-article.json";

    private static readonly Lazy<Article> Article = new(() =>
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.InRoot(PagePath));
        return new ClaimPipeline().Process(new InputDocument(PagePath, PagePath, new DocumentContent.HtmlBytes(bytes)));
    });

    private static Statement StatementWith(string words) =>
        Article.Value.Statements.SingleOrDefault(s => s.Text.Contains(words, StringComparison.Ordinal))
        ?? throw new AssertionException($"no statement holds “{words}”; found:\n" + string.Join("\n", Article.Value.Statements.Select(s => s.Text)));

    [Test]
    public void IndirectPromise_ToldTrump()
    {
        var s = StatementWith("he would commit to creating new jobs");

        Assert.That((s.Speaker, s.Kind, s.Cue, s.QuoteType, s.Addressee), Is.EqualTo(("Jack Ma", "promise", "told", "indirect", "Trump")));
    }

    [Test]
    public void DirectRetraction_SplitByItsAttribution()
    {
        var s = StatementWith("The promise was made on the premise");

        Assert.That(s.Text, Does.StartWith("\"The promise was made").And.EndWith("our promise cannot be fulfilled.\""));
        Assert.That((s.Speaker, s.Kind, s.Cue, s.QuoteType, s.Addressee), Is.EqualTo(("Jack Ma", "retraction", "told", "direct", "Xinhua")));
    }

    [Test]
    public void Retraction_TakesBackThePromise()
    {
        var promise = StatementWith("he would commit to creating new jobs");
        var retraction = StatementWith("The promise was made on the premise");

        Assert.That(retraction.Retracts, Is.EqualTo(promise.Id));
    }

    // The seed as the plain text it is given in (../shared/seed), whose first line is the headline: the page's headline is its
    // title, which no statement is looked for in.
    [Test]
    public void SeedText_Headline_IsAReportedRetractionOfThePromise()
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "seed", "000_8e58af0eb72cd56c.txt"));
        if (!File.Exists(path))
        {
            Assert.Ignore($"{path} is not beside the repository");
        }

        var article = new ClaimPipeline().Process(new InputDocument(path, path, new DocumentContent.PlainText(File.ReadAllText(path))));
        var headline = article.Statements.Single(s => s.Text.StartsWith("Alibaba’s Jack Ma takes back promise", StringComparison.Ordinal));
        var promise = article.Statements.Single(s => s.Text.Contains("he would commit to creating new jobs", StringComparison.Ordinal));

        Assert.That((headline.Speaker, headline.Kind, headline.QuoteType, headline.Cue), Is.EqualTo(("Jack Ma", "retraction", "reported", "takes back")));
        Assert.That(headline.Retracts, Is.EqualTo(promise.Id));
    }

    [Test]
    public void ReportedRetraction_BackingDownOnHisPromise()
    {
        var s = StatementWith("is backing down on his promise");

        Assert.That((s.Speaker, s.Kind, s.QuoteType, s.Cue), Is.EqualTo(("Jack Ma", "retraction", "reported", "backing down on")));
    }

    [Test]
    public void ReportedRetraction_TakesBackThePromise()
    {
        var promise = StatementWith("he would commit to creating new jobs");
        var retraction = StatementWith("is backing down on his promise");

        Assert.That(retraction.Retracts, Is.EqualTo(promise.Id));
    }

    [Test]
    public void Promise_SaysWhatWasPromised()
    {
        var s = StatementWith("he would commit to creating new jobs");

        Assert.That((s.PromiseObject, s.Vague), Is.EqualTo(("creating new jobs", (bool?)true)));
    }

    [Test]
    public void Prediction_TheWarCouldLast20Years()
    {
        var s = StatementWith("the war could end up lasting 20 years");

        Assert.That((s.Speaker, s.Kind, s.PromiseObject, s.Vague), Is.EqualTo(("Jack Ma", "prediction", (string?)null, (bool?)null)));
    }

    [Test]
    public void DirectQuote_EvenIfDonaldTrumpRetired()
    {
        var s = StatementWith("Even if Donald Trump retired");

        Assert.That((s.Speaker, s.Cue, s.QuoteType, s.SpeakerMention), Is.EqualTo(("Jack Ma", "said", "direct", "he")));
    }

    [Test]
    public void DirectQuote_TradeIsNotAWeapon()
    {
        var s = StatementWith("Trade is not a weapon");

        Assert.That((s.Speaker, s.Cue, s.QuoteType), Is.EqualTo(("Jack Ma", "added", "direct")));
    }

    [Test]
    public void TrumpAndXinhua_AreNeverTheSpeaker()
    {
        Assert.That(Article.Value.Statements.Select(s => s.Speaker ?? ""), Has.None.Contains("Trump").And.None.Contains("Xinhua"));
    }

    [Test]
    public void Metadata_ComesFromThePage()
    {
        var a = Article.Value;

        Assert.That(a.Title, Does.StartWith("Alibaba’s Jack Ma takes back promise"));
        Assert.That(a.Text, Does.StartWith("Jack Ma, the founder of Chinese retail giant Alibaba"));
        Assert.That(a.Text, Does.Not.Contain("Most read").And.Not.Contain("Subscribe"));
    }

    [Test]
    public void Output_MatchesTheCommittedSample()
    {
        using var stream = new MemoryStream();
        using (var writer = ArticleWriters.Create(OutputFormat.Json, stream))
        {
            writer.Write(Article.Value);
            writer.Complete();
        }

        var actual = Encoding.UTF8.GetString(stream.ToArray());
        var expectedFile = RepositoryPaths.InRoot(ExpectedPath);
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLES") == "1")
        {
            File.WriteAllText(expectedFile, actual);
        }

        Assert.That(actual, Is.EqualTo(File.ReadAllText(expectedFile)), $"the tool's output for {PagePath} changed; review it and regenerate {ExpectedPath} (see the class comment)");
    }
}
