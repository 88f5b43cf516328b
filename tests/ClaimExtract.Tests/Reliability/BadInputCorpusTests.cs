using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClaimExtract.Output;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Reliability;

/// <summary>
/// Issue 6: the junk that archives hold, written by the tests as files and read the way the CLI reads
/// them (DocumentReader, then the pipeline, then the JSON Lines and CSV writers). Every case has its
/// expected error code or a clean result, a time bound (a hang guard several times the time measured on
/// a loaded 2-core machine, docs/reliability.md) and a bound on the bytes allocated per input byte (a
/// guard against quadratic memory). None may end in CE9900 (an internal error) or take the process down.
/// </summary>
[Category("Model")]
public class BadInputCorpusTests : TempFolderTest
{
    private const int MiB = 1024 * 1024;

    // The document budget (60 s by default) is lifted above every case's own bound, so that a case is held to its bound alone: on a
    // loaded machine the 30,000-statement page (27 s standalone) once reached the default budget and ended in CE9009.
    private static readonly ClaimPipeline Pipeline = new(limits: PipelineLimits.Default with { Timeout = TimeSpan.FromMinutes(10) });

    private static readonly string Article = """
        <html><head><title>Mayor drops bridge plan</title></head><body><article>
        <p>“We will build the bridge by 2026,” Mayor Jane Smith told reporters on Monday, adding that the money was there.</p>
        <p>On Friday Smith said the promise could not be kept, because the state had cut the city's budget by half.</p>
        </article></body></html>
        """;

    /// <param name="Name">What the case is.</param>
    /// <param name="FileName">The file's name: the extension decides how it is read.</param>
    /// <param name="Bytes">The file's content.</param>
    /// <param name="Error">The error code expected, or null for a clean result (no error-severity problem).</param>
    /// <param name="Codes">Other problem codes the record must carry (warnings, information).</param>
    /// <param name="Keeps">Text that the article text must contain: what survived.</param>
    /// <param name="Seconds">The time bound.</param>
    public sealed record BadInput(string Name, string FileName, Func<byte[]> Bytes, string? Error, string[] Codes, string? Keeps, double Seconds)
    {
        public override string ToString() => Name;
    }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    private static byte[] Cat(params byte[][] parts) => [.. parts.SelectMany(p => p)];

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    public static IEnumerable<BadInput> Corpus()
    {
        yield return new("empty file", "empty.html", () => [], "CE9003", [], null, 5);
        yield return new("whitespace only", "blank.html", () => Utf8(" \r\n\t  \n\n   "), "CE9003", [], null, 5);
        yield return new("PNG named .html", "image.html", () => Cat([0x89, .. "PNG\r\n\x1a\n"u8], new byte[4000]), "CE9005", [], null, 5);
        yield return new("PDF named .html", "report.html", () => Utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n" + Repeat("stream x endstream ", 500)), "CE9005", [], null, 5);
        yield return new("gzip named .html", "page.html", () => Gzip(Utf8(Article)), "CE9005", [], null, 5);
        yield return new("truncated inside a tag", "cut.html", () => Utf8(Article[..Article.IndexOf("budget", StringComparison.Ordinal)] + "<a href=\"https://exa"), null, [], "We will build the bridge by 2026", 10);
        yield return new("truncated inside a UTF-8 character", "cut-char.html", () => Cat(Utf8(Article[..(Article.IndexOf("2026,”", StringComparison.Ordinal) + 5)]), [0xE2, 0x80]), null, ["CE1002"], "“We will build the bridge by 2026,", 10);
        yield return new("100,000 nested divs", "deep.html", () => Utf8("<html><body>" + Repeat("<div>", 100_000) + "<p>Deep text is kept, the council said.</p>" + Repeat("</div>", 100_000) + "</body></html>"), null, ["CE1005"], "Deep text is kept", 20);
        yield return new("100,000 unclosed inline tags", "deep-inline.html", () => Utf8("<p>Start of the page.</p>" + Repeat("<b>word ", 100_000)), null, ["CE1005"], "Start of the page", 20);
        yield return new("200 MB page (over --max-bytes)", "huge.html", () => Utf8(Repeat("<p>" + Repeat("Lorem ipsum dolor sit amet. ", 36) + "</p>\n", 200_000)), "CE9008", [], null, 30);
        yield return new("one 50 MB line: an inline script and an article", "minified.html", () => Utf8("<html><head><script>var data=\"" + Repeat("abcdefghij", (5 * MiB) - 100) + "\";</script></head><body>" + Article.ReplaceLineEndings("") + "</body></html>"), null, [], "We will build the bridge by 2026", 60);
        yield return new("4 MB of &amp; entities", "amp.html", () => Utf8("<p>" + Repeat("&amp;", 800_000) + "</p><p>Entities end here, the mayor said.</p>"), null, [], "Entities end here", 30);
        yield return new("invalid UTF-8, no charset", "invalid.html", () => Cat(Utf8(Article[..200]), [0xC3, 0x28, 0xFF, 0xFE, 0xA0], Utf8(Article[200..])), null, ["CE1002"], "We will build the bridge by 2026", 10);
        yield return new("invalid UTF-8 in a declared UTF-8 page", "invalid-declared.html", () => Cat(Utf8("<meta charset=\"utf-8\">" + Article[..200]), [0xED, 0xA0, 0x80, 0xFF], Utf8(Article[200..])), null, ["CE1002"], "We will build the bridge by 2026", 10);
        yield return new("lone surrogate escapes in a JSON line", "lines.jsonl", () => Utf8("{\"id\":\"s\",\"text\":\"Mayor Smith said \\u201cthe \\ud800 bridge is dead\\u201d on Monday.\"}\n"), "CE9004", [], null, 10);
        yield return new("lone surrogates in a UTF-16 page", "utf16.html", () => Cat([0xFF, 0xFE], Encoding.Unicode.GetBytes("<p>“A lone "), [0x00, 0xD8], Encoding.Unicode.GetBytes(" surrogate,” Smith said on Monday, in a sentence long enough to be an article paragraph.</p>")), null, ["CE1002"], "A lone \uFFFD surrogate", 10);
        yield return new("UTF-8 BOM over windows-1252 bytes", "bom-utf8.html", () => Cat([0xEF, 0xBB, 0xBF], Encoding.Latin1.GetBytes("<p>The mayor said: "), [0x93], Encoding.Latin1.GetBytes("We will build it."), [0x94], Encoding.Latin1.GetBytes(" Caf\u00e9 owners cheered.</p>")), null, ["CE1002"], "We will build it.", 10);
        yield return new("UTF-16 BOM over UTF-8 bytes", "bom-utf16.html", () => Cat([0xFF, 0xFE], Utf8(Article)), null, ["CE1002"], "We will build the bridge by 2026", 10);
        yield return new("NUL bytes in the text", "nul.html", () => Utf8(Article.Replace("Mayor Jane", "Mayor\0 Jane", StringComparison.Ordinal).Replace("reporters", "report\0ers", StringComparison.Ordinal)), null, [], "We will build the bridge by 2026", 10);
        yield return new("mostly NUL bytes", "nuls.html", () => Cat(Utf8("<p>"), new byte[3000], Utf8("</p>")), "CE9005", [], null, 5);
        yield return new("100,000 unbalanced “", "quotes.html", () => Utf8("<p>" + Repeat("“a ", 100_000) + "</p>"), null, [], "“a “a", 60);
        yield return new("a title of 200,000 separators (took minutes)", "title.html", () => Utf8("<html><head><title>One two three four" + Repeat(" | a", 200_000) + "</title></head><body><p>The text of the page, Bob Stone said on Monday, is short.</p></body></html>"), null, [], "Bob Stone said", 20);
        // About 27 s of one core standalone (the CLI, b11ba60 and 3b9b262 alike, 2026-12-03); the clean-clone CI's whole-suite run on 2 cores
        // passed 60 s once, so the bound is 120 s: a quadratic linking of 30,000 statements would still take far longer.
        yield return new("30,000 promises and retractions (was quadratic)", "retractions.html", () => Utf8("<html><body><article>" + Repeat("<p>“We will build the wall by 2027,” Mayor Jane Smith promised on Monday.</p><p>Smith said the promise could not be kept because the money is no longer there.</p>", 15_000) + "</article></body></html>"), null, [], "We will build the wall by 2027", 120);
        yield return new("only scripts", "scripts.html", () => Utf8("<html><head><script>var a = '<p>not text</p>';</script><style>p { color: red }</style></head><body><script src=\"app.js\"></script><script>document.write(\"<p>Hello, world, said the script.</p>\")</script></body></html>"), "CE1001", [], null, 5);
    }

    // The bytes are counted for the whole process, so the first case run in a process would also count the models' loading and
    // the compiling of the code paths (about 100 MiB, over the bound of a small page): one article is run before any case.
    // A statement with a character the compact statement featurizer does not reproduce (U+FFFD, as a cut UTF-8 character gives) loads
    // ML.NET's model once: the warm-up runs one such article too, else the case run first with it counts that loading (run alone, the
    // cut-character case allocated 95 MiB against its 64 MiB bound).
    [OneTimeSetUp]
    public void LoadTheModels()
    {
        Pipeline.Process(new InputDocument("warm-up", "warm-up", new DocumentContent.HtmlBytes(Utf8(Article))));
        Pipeline.Process(new InputDocument("warm-up-2", "warm-up-2", new DocumentContent.HtmlBytes(Utf8(Article.Replace("2026", "2026\uFFFD", StringComparison.Ordinal)))));
    }

    [TestCaseSource(nameof(Corpus))]
    public void BadInput_GivesItsExpectedResultWithinItsBounds(BadInput input)
    {
        var path = WriteFile(input.FileName, input.Bytes());
        var size = new FileInfo(path).Length;

        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var task = Task.Run(() => DocumentReader.Read(path, NoStdin).Select(Pipeline.Process).ToList());
        Assert.That(task.Wait(TimeSpan.FromSeconds(input.Seconds)), Is.True, $"not finished within {input.Seconds} s");
        var elapsed = watch.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        TestContext.Out.WriteLine($"{input.Name}: {size:N0} bytes in {elapsed.TotalMilliseconds:N0} ms, {allocated / (double)MiB:N0} MiB allocated");

        var article = task.Result.Single();
        var codes = article.Problems.Select(p => p.Code).ToList();
        var errors = article.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Code).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(codes, Has.None.EqualTo("CE9900"), string.Join("; ", article.Problems));
            Assert.That(errors, input.Error is null ? Is.Empty : Has.Member(input.Error), string.Join("; ", article.Problems));
            Assert.That(codes, Is.SupersetOf(input.Codes), string.Join("; ", article.Problems));
            if (input.Keeps is not null)
            {
                Assert.That(article.Text, Does.Contain(input.Keeps));
            }

            // Allocated, not live: a page dense with statements allocates about 120 bytes per input byte, most
            // of it short-lived; quadratic memory would show as thousands.
            Assert.That(allocated, Is.LessThan(Math.Max(64L * MiB, 200 * size)), "bytes allocated");
        });
        AssertWritesValidJsonAndCsv(article);
    }

    [Test]
    public void JsonLines_ABadLineAmongGoodOnes_FailsAloneAndTheOthersAreRead()
    {
        var path = WriteFile("mixed.jsonl", Utf8("""
            {"id":"a","text":"Smith said the bridge is dead."}
            {"id":"b","text":"Lone \ud800 escape"}
            {"id":"c","text":"Jones said it is not."}
            """));

        var articles = DocumentReader.Read(path, NoStdin).Select(Pipeline.Process).ToList();

        Assert.That(articles.Select(a => a.Failed), Is.EqualTo(new[] { false, true, false }));
        Assert.That(articles[1].Problems.Single().Code, Is.EqualTo("CE9004"));
        Assert.That(articles[1].Source, Does.EndWith(":2"));
    }

    private static Stream NoStdin() => throw new AssertionException("stdin must not be read");

    /// <summary>The record of any input serialises to valid UTF-8 JSON whose spans are <c>text[start:end]</c> in code points, and to CSV.</summary>
    internal static void AssertWritesValidJsonAndCsv(Article article)
    {
        using var json = new MemoryStream();
        using (var writer = ArticleWriters.Create(OutputFormat.Jsonl, json))
        {
            writer.Write(article);
            writer.Complete();
        }

        Assert.That(() => new UTF8Encoding(false, true).GetString(json.ToArray()), Throws.Nothing, "JSON Lines output is valid UTF-8");
        using var parsed = JsonDocument.Parse(json.ToArray());
        var codePoints = parsed.RootElement.GetProperty("text").GetString()!.EnumerateRunes().Select(r => r.ToString()).ToArray();
        foreach (var s in parsed.RootElement.GetProperty("statements").EnumerateArray())
        {
            Assert.That(string.Concat(codePoints[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]), Is.EqualTo(s.GetProperty("text").GetString()));
        }

        using var csv = new MemoryStream();
        using (var writer = ArticleWriters.Create(OutputFormat.Csv, csv))
        {
            writer.Write(article);
            writer.Complete();
        }

        Assert.That(() => new UTF8Encoding(false, true).GetString(csv.ToArray()), Throws.Nothing, "CSV output is valid UTF-8");
    }
}
