using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimExtract.Output;
using ClaimExtract.Sources;
using Json.Schema;
using OutputFormat = ClaimExtract.Output.OutputFormat;

namespace ClaimExtract.Tests.Output;

[Category("Model")]
public class OutputTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(OutputSchema.Json));

    private static readonly ClaimPipeline Pipeline = new();

    private static Article Process(string id, string text) =>
        Pipeline.Process(new InputDocument(id, id, new DocumentContent.PlainText(text)) { Url = "https://example.org/" + id, Title = "T,itle", Published = "2024-03-01" });

    private static string Write(OutputFormat format, params Article[] articles)
    {
        using var stream = new MemoryStream();
        using (var writer = ArticleWriters.Create(format, stream))
        {
            foreach (var a in articles)
            {
                writer.Write(a);
            }

            writer.Complete();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Test]
    public void JsonLines_OfRealOutput_ValidateAgainstTheSchema()
    {
        var articles = new[]
        {
            Process("river", TestArticles.RiverTown),
            Pipeline.Process(SourceItem.Failed("missing.html", "missing.html", ProblemCodes.InputNotFound())),
        };

        var lines = Write(OutputFormat.Jsonl, articles).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.That(lines, Has.Length.EqualTo(2));
        Assert.That(articles[0].Statements, Is.Not.Empty, "the test needs statements to validate");
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.That(result.IsValid, Is.True, () => line + "\n" + JsonSerializer.Serialize((result.Details ?? []).Where(d => d.Errors is not null)));
        }
    }

    [Test]
    public void Offsets_CountCodePoints_SoEverySpanIsItsText()
    {
        var line = Write(OutputFormat.Jsonl, Process("river", TestArticles.RiverTown));

        using var json = JsonDocument.Parse(line);
        var codePoints = json.RootElement.GetProperty("text").GetString()!.EnumerateRunes().Select(r => r.ToString()).ToArray();
        string Slice(int start, int end) => string.Concat(codePoints[start..end]);
        foreach (var s in json.RootElement.GetProperty("statements").EnumerateArray())
        {
            Assert.That(Slice(s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()), Is.EqualTo(s.GetProperty("text").GetString()));
            if (s.GetProperty("speaker_start").ValueKind == JsonValueKind.Number)
            {
                Assert.That(Slice(s.GetProperty("speaker_start").GetInt32(), s.GetProperty("speaker_end").GetInt32()), Is.EqualTo(s.GetProperty("speaker_mention").GetString()));
            }
        }
    }

    [Test]
    public void Json_IsOneArrayOfArticles()
    {
        var text = Write(OutputFormat.Json, Process("a", "He said the plan is dead now."), Process("b", "Nothing here."));

        using var json = JsonDocument.Parse(text);
        Assert.That(json.RootElement.EnumerateArray().Select(a => a.GetProperty("id").GetString()), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void Json_WithNoArticles_IsAnEmptyArray()
    {
        Assert.That(Write(OutputFormat.Json).Trim(), Is.EqualTo("[]"));
    }

    [Test]
    public void Csv_HasOneRowPerStatement_WithTheArticleFieldsRepeated()
    {
        var article = Process("river", TestArticles.RiverTown);

        var rows = ReadCsv(Write(OutputFormat.Csv, article));

        Assert.That(rows[0].Take(5), Is.EqualTo(new[] { "article_id", "url", "title", "published", "id" }));
        Assert.That(rows.Count - 1, Is.EqualTo(article.Statements.Count));
        foreach (var row in rows.Skip(1))
        {
            Assert.That(row.Take(4), Is.EqualTo(new[] { "river", "https://example.org/river", "T,itle", "2024-03-01" }));
        }

        var header = rows[0];
        Assert.That(rows[1][header.IndexOf("start")], Is.EqualTo(article.Statements[0].Start.ToString(CultureInfo.InvariantCulture)));
    }

    [Test]
    public void CheckWorthy_HoldsForEveryClaim_AndIsWrittenInJsonAndCsv()
    {
        var article = Process("river", TestArticles.RiverTown);
        Assert.That(article.Statements, Is.Not.Empty, "the test needs statements");

        Assert.That(article.Statements.Where(s => s.Kind == "claim").Select(s => s.CheckWorthy), Is.All.True);
        using var json = JsonDocument.Parse(Write(OutputFormat.Jsonl, article));
        Assert.That(
            json.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("check_worthy").GetBoolean()),
            Is.EqualTo(article.Statements.Select(s => s.CheckWorthy)));
        var rows = ReadCsv(Write(OutputFormat.Csv, article));
        var column = rows[0].IndexOf("check_worthy");
        Assert.That(column, Is.GreaterThanOrEqualTo(0));
        Assert.That(
            rows.Skip(1).Select(r => r[column]),
            Is.EqualTo(article.Statements.Select(s => s.CheckWorthy ? "true" : "false")).Using((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase));
    }

    [Test]
    public void Csv_NeutralisesCellsThatASpreadsheetWouldRun()
    {
        var article = Process("=cmd|' /C calc'!A0", "Ana Ruiz said the plan is dead for good.");

        var rows = ReadCsv(Write(OutputFormat.Csv, article));

        Assert.That(rows[1][0], Does.StartWith("'="));
    }

    // An article written by hand: one statement relayed by an outlet ("..., according to the Vexo Ledger"), one not.
    private static Article Relayed()
    {
        const string text = "“We will not pay,” Ana Ruiz said, according to the Vexo Ledger. Okafor said the levy stays.";
        Statement At(int n, string words, string speaker, string cue) => new()
        {
            Id = $"relay#{n}", Kind = "claim", KindConfidence = 0.9, QuoteType = "direct", Text = words, Start = text.IndexOf(words, StringComparison.Ordinal),
            End = text.IndexOf(words, StringComparison.Ordinal) + words.Length, Speaker = speaker, SpeakerMention = speaker,
            SpeakerStart = text.IndexOf(speaker, StringComparison.Ordinal), SpeakerEnd = text.IndexOf(speaker, StringComparison.Ordinal) + speaker.Length,
            SpeakerKind = "person", Cue = cue, CueStart = text.IndexOf(cue, StringComparison.Ordinal), CueEnd = text.IndexOf(cue, StringComparison.Ordinal) + cue.Length,
        };

        var ledger = text.IndexOf("the Vexo Ledger", StringComparison.Ordinal);
        return new Article
        {
            Id = "relay", Source = "relay", Text = text,
            Statements =
            [
                At(1, "“We will not pay,”", "Ana Ruiz", "said") with
                {
                    ReportedBy = "Vexo Ledger", ReportedByMention = "the Vexo Ledger", ReportedByStart = ledger, ReportedByEnd = ledger + "the Vexo Ledger".Length,
                    ReportedByKind = "organization",
                },
                At(2, "the levy stays", "Okafor", "said"),
            ],
        };
    }

    [Test]
    public void ReportedBy_IsWrittenInJson_NullWhenAbsent_AndValidatesAgainstTheSchema()
    {
        var line = Write(OutputFormat.Jsonl, Relayed());

        using var json = JsonDocument.Parse(line);
        var statements = json.RootElement.GetProperty("statements").EnumerateArray().ToList();
        var relayed = statements[0];
        Assert.That(
            (relayed.GetProperty("reported_by").GetString(), relayed.GetProperty("reported_by_mention").GetString(), relayed.GetProperty("reported_by_kind").GetString()),
            Is.EqualTo(("Vexo Ledger", "the Vexo Ledger", "organization")));
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.That(text[relayed.GetProperty("reported_by_start").GetInt32()..relayed.GetProperty("reported_by_end").GetInt32()], Is.EqualTo("the Vexo Ledger"));
        foreach (var field in new[] { "reported_by", "reported_by_mention", "reported_by_start", "reported_by_end", "reported_by_kind" })
        {
            Assert.That(statements[1].GetProperty(field).ValueKind, Is.EqualTo(JsonValueKind.Null), field);
        }

        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.That(result.IsValid, Is.True, () => line + "\n" + JsonSerializer.Serialize((result.Details ?? []).Where(d => d.Errors is not null)));
    }

    [Test]
    public void ReportedBy_IsWrittenInCsv_EmptyWhenAbsent()
    {
        var article = Relayed();

        var rows = ReadCsv(Write(OutputFormat.Csv, article));

        var header = rows[0];
        var columns = new[] { "reported_by", "reported_by_mention", "reported_by_start", "reported_by_end", "reported_by_kind" }.Select(c => header.IndexOf(c)).ToList();
        Assert.That(columns, Is.All.GreaterThanOrEqualTo(0));
        var start = article.Statements[0].ReportedByStart!.Value.ToString(CultureInfo.InvariantCulture);
        var end = article.Statements[0].ReportedByEnd!.Value.ToString(CultureInfo.InvariantCulture);
        Assert.That(columns.Select(c => rows[1][c]), Is.EqualTo(new[] { "Vexo Ledger", "the Vexo Ledger", start, end, "organization" }));
        Assert.That(columns.Select(c => rows[2][c]), Is.All.Empty);
    }

    /// <summary>A small RFC 4180 reader, independent of the writer under test.</summary>
    internal static List<List<string>> ReadCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        return rows;
    }
}
