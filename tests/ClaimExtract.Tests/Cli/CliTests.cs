using System.Text;
using System.Text.Json;
using ClaimExtract.Cli;

namespace ClaimExtract.Tests.Cli;

/// <summary>The command line run in-process, with its own streams.</summary>
public class CliTests : TempFolderTest
{
    private static (int Exit, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)), stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string WriteFile(string name, string content) => WriteFile(name, Encoding.UTF8.GetBytes(content));

    [Test]
    [Category("Model")]
    public void Extract_MissingFile_ReportsItOnOneLine_ProcessesTheRest_AndExitsWith1()
    {
        var good = WriteFile("good.txt", TestArticles.RiverTown);
        var missing = Path.Combine(Folder, "missing.txt");

        var (exit, stdout, stderr) = Run("", "extract", missing, good, "--format", "jsonl");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain(missing).And.Contain("CE9001"));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()), Is.EqualTo(new[] { missing, good }));
    }

    [Test]
    [Category("Model")]
    public void Extract_AllGood_ExitsWith0_AndWritesNothingToStderr()
    {
        var (exit, stdout, stderr) = Run(TestArticles.RiverTown, "extract", "-");

        Assert.That((exit, stderr), Is.EqualTo((0, "")));
        Assert.That(JsonDocument.Parse(stdout).RootElement.GetProperty("statements").GetArrayLength(), Is.GreaterThan(0));
    }

    [Test]
    [Category("Model")]
    public void Extract_OutputFile_IsWrittenWhole_AndStdoutStaysEmpty()
    {
        var input = WriteFile("a.txt", TestArticles.RiverTown);
        var output = Path.Combine(Folder, "out.csv");

        var (exit, stdout, _) = Run("", "extract", input, "-f", "csv", "-o", output);

        Assert.That((exit, stdout), Is.EqualTo((0, "")));
        Assert.That(File.ReadAllText(output), Does.StartWith("article_id,url,title,published,id,kind"));
        Assert.That(Directory.GetFiles(Folder, "*.tmp"), Is.Empty);
    }

    [Test]
    [Category("Model")]
    public void Classify_AFileOfMoreThanOneBatch_AnswersEveryGoodLineInOrder_AsStandardInputDoes()
    {
        var lines = Enumerable.Range(0, 300).Select(i => i == 137 ? "{\"id\": \"bad\"}" : JsonSerializer.Serialize(new { id = $"s{i}", text = i % 2 == 0 ? $"We will build {i} schools." : $"Prices rose {i}% last year." })).ToList();
        var input = WriteFile("sentences.jsonl", string.Join("\n", lines) + "\n");

        var (exit, stdout, stderr) = Run("", "classify", input);
        var (_, fromStdin, _) = Run(string.Join("\n", lines), "classify", "-");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stderr, Does.Contain(":138: needs a \"text\" field"));
        var ids = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 300).Where(i => i != 137).Select(i => $"s{i}")));
        Assert.That(fromStdin, Is.EqualTo(stdout));
    }

    // The input's first line (or its name) makes it JSON Lines or plain lines, for every line: a plain line in JSON Lines is an
    // error naming it, not a sentence; a plain sentence that opens with "{" is a sentence.
    [TestCase("sentences.jsonl", "{\"id\": \"a\", \"text\": \"We will build schools.\"}\nWe will build roads.\n{\"id\": \"c\", \"text\": \"Prices rose.\"}\n", "a c", ":2: not a JSON object")]
    [TestCase("sentences.txt", "{\"id\": \"a\", \"text\": \"We will build schools.\"}\nWe will build roads.\n", "a", ":2: not a JSON object")]
    [TestCase("sentences.jsonl", "We will build roads.\n", "", ":1: not a JSON object")]
    [TestCase("sentences.txt", "We will build roads.\n{Braces} open this sentence.\n", "1 2", "")]
    [TestCase("sentences.jsonl", "{\"id\": \"a\", \"text\": \"We will build schools.\"}\n{\"id\": \"b\", \"text\": \"x\\u0000y\"}\n", "a b", "")]
    [Category("Model")]
    public void Classify_TheFirstLineOrTheName_DecidesJsonLinesForEveryLine(string name, string content, string ids, string error)
    {
        var (exit, stdout, stderr) = Run("", "classify", WriteFile(name, content));

        var got = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(string.Join(" ", got), Is.EqualTo(ids));
        Assert.That((exit, stderr.Contains(error, StringComparison.Ordinal)), Is.EqualTo((error.Length == 0 ? 0 : 1, true)));
    }

    // Binary or compressed bytes in a file of sentences are not sentences: a line with control characters (other than tab,
    // line breaks, form feed and escape) is an error naming it. (Built in code: a NUL in a test case's name is not reported.)
    [Test]
    [Category("Model")]
    public void Classify_ALineWithControlCharacters_IsAnError_TabAndEscapeAreText()
    {
        var content = "We will build roads.\n" + "\u0001\u0002\u0003PK\0\0garbage\n" + "\tA tab and \u001b[1mescape\u001b[0m are text.\n";

        var (exit, stdout, stderr) = Run("", "classify", WriteFile("sentences.txt", content));

        var ids = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString());
        Assert.That(ids, Is.EqualTo(new[] { "1", "3" }));
        Assert.That((exit, stderr), Is.EqualTo((1, $"claimextract: {Path.Combine(Folder, "sentences.txt")}:2: not text (control characters: a binary or compressed file?)\n")).Using<(int, string)>((a, b) => a.Item1 == b.Item1 && a.Item2.ReplaceLineEndings("\n") == b.Item2));
    }

    [TestCase("extract")]
    [TestCase("extract", "a.txt", "--format", "xml")]
    [TestCase("extract", "a.txt", "--jobs", "0")]
    [TestCase("frobnicate")]
    [TestCase("extract", "-", "-")]
    [TestCase("extract", "-", "--text-only", "--format", "csv")]
    [TestCase("eval", "statements", "--data", "no-such-folder")]
    [TestCase("eval", "statements", "--labels", "no-such-labels.tsv")]
    [TestCase("eval", "statements", "--folds", "-1")]
    [TestCase("train", "--data", "no-such-folder")]
    [TestCase("train", "--trainer", "fasttree")]
    [TestCase("train", "--subsample", "0")]
    [TestCase("classify", "-", "--model", "no-such-model.zip")]
    [TestCase("train", "speakers", "--gold", "no-such-gold.jsonl.gz")]
    [TestCase("train", "speakers", "--folds", "1")]
    [TestCase("train", "speakers", "--objective", "sideways")]
    [TestCase("train", "speakers", "--ndcg-at", "0")]
    [TestCase("train", "speakers", "--learning-rate", "0")]
    [TestCase("train", "cues", "--gold", "no-such-gold.jsonl.gz")]
    [TestCase("train", "cues", "--leaves", "1")]
    [TestCase("train", "cues", "--per-leaf", "0")]
    [TestCase("train", "cues", "--learning-rate", "0")]
    [TestCase("train", "cues", "--cut", "middle")]
    [TestCase("train", "cues", "--stability", "100,16,0.2,20,1,1,bag")]
    [TestCase("train", "cues", "--stability", "100,16")]
    [TestCase("train", "verifier", "--gold", "no-such-gold.jsonl.gz")]
    [TestCase("train", "verifier", "--folds", "1")]
    [TestCase("train", "verifier", "--stability", "60,16")]
    [TestCase("train", "verifier", "--stability", "60,16,fast,20,1,1")]
    [TestCase("train", "verifier", "--stability", "60,16,0.2,20,1,1,bagged")]
    public void UsageErrors_ExitWith2(params string[] args)
    {
        var (exit, stdout, stderr) = Run("", args);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("claimextract: "));
    }

    [Test]
    public void Extract_ErrorsFileInAFolderThatDoesNotExist_IsAUsageError_NotACrash()
    {
        var input = WriteFile("a.txt", TestArticles.RiverTown);
        var errors = Path.Combine(Folder, "no-such-folder", "errors.jsonl");

        var (exit, stdout, stderr) = Run("", "extract", input, "--errors", errors);

        Assert.That((exit, stdout), Is.EqualTo((2, "")));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.StartWith("claimextract: ").And.Contain(errors));
    }

    [TestCase("-o")]
    [TestCase("--errors")]
    public void Extract_AFolderGivenAsAnOutputFile_IsAUsageError_NotACrash(string option)
    {
        var input = WriteFile("a.txt", TestArticles.RiverTown);

        var (exit, stdout, stderr) = Run("", "extract", input, option, Folder);

        Assert.That((exit, stdout), Is.EqualTo((2, "")));
        Assert.That(stderr, Does.StartWith("claimextract: ").And.Contain("is a folder"));
    }

    // --text-only scrapes: the same text and metadata as a whole run, and no statements.
    [TestCase("jsonl")]
    [TestCase("json")]
    [Category("Model")]
    public void Extract_TextOnly_WritesTheSameArticleWithoutStatements(string format)
    {
        const string page = "<html lang=\"en\"><head><title>River town votes on its bridge</title><meta name=\"author\" content=\"Ada Byline\"></head><body><article>"
            + "<h1>River town votes on its bridge</h1><p>\u201cWe will rebuild the bridge by June,\u201d Mayor Lena Ortiz said on Monday.</p>"
            + "<p>The council told residents that the old crossing would close for the winter, according to a city memo.</p></article></body></html>";
        var input = WriteFile("bridge.html", page);

        var (fullExit, full, _) = Run("", "extract", input, "--format", format);
        var (exit, textOnly, stderr) = Run("", "extract", input, "--format", format, "--text-only");

        Assert.That((fullExit, exit, stderr), Is.EqualTo((0, 0, "")));
        var whole = Article(full, format);
        var scraped = Article(textOnly, format);
        Assert.That(whole.GetProperty("statements").GetArrayLength(), Is.GreaterThan(0));
        Assert.That(scraped.GetProperty("statements").GetArrayLength(), Is.EqualTo(0));
        foreach (var field in new[] { "id", "title", "authors", "language", "text" })
        {
            Assert.That(scraped.GetProperty(field).GetRawText(), Is.EqualTo(whole.GetProperty(field).GetRawText()), field);
        }

        static JsonElement Article(string output, string format) =>
            format == "json" ? JsonDocument.Parse(output).RootElement[0] : JsonDocument.Parse(output.Split('\n')[0]).RootElement;
    }

    [Test]
    public void Extract_AFileGivenAsTheOutputFolder_IsAUsageError_NotACrash()
    {
        var input = WriteFile("a.txt", TestArticles.RiverTown);

        var (exit, _, stderr) = Run("", "extract", input, "--output-dir", input);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.StartWith("claimextract: ").And.Contain("is a file"));
    }

    [Test]
    [Category("Model")]
    public void Extract_OutputThatCannotBeWritten_ExitsWith3_WithOneLine_NotAStackTrace()
    {
        var input = WriteFile("a.txt", TestArticles.RiverTown);
        using var stdout = new FullDisk();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["extract", input], () => Stream.Null, stdout, stderr);

        Assert.That(exit, Is.EqualTo(3));
        Assert.That(stderr.ToString().Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr.ToString(), Does.StartWith("claimextract: cannot write the output: ").And.Contain("No space left"));
    }

    /// <summary>An output stream on a full disk: every write fails.</summary>
    private sealed class FullDisk : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("No space left on device");
    }

    [Test]
    public void ExtractHelp_NamesEveryKindOfInputTheReadmeDoes()
    {
        var (exit, stdout, _) = Run("", "extract", "--help");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain(".warc").And.Contain(".arc").And.Contain("URL").And.Contain("@list").And.Contain(".ndjson").And.Contain(".xhtml"));
    }

    [Test]
    public void Schema_PrintsTheJsonSchema()
    {
        var (exit, stdout, _) = Run("", "schema");

        Assert.That(exit, Is.EqualTo(0));
        using var json = JsonDocument.Parse(stdout);
        Assert.That(json.RootElement.GetProperty("$schema").GetString(), Does.Contain("2020-12"));
    }

    [Test]
    public void Help_ListsTheCommands()
    {
        var help = Run("", "--help");
        Assert.That(help.Exit, Is.EqualTo(0));
        Assert.That(help.Stdout, Does.Contain("extract").And.Contain("schema"));
    }

    [Test]
    [Category("Model")]
    public void Extract_OutputOrderIsInputOrder_WhateverTheJobs()
    {
        for (var i = 0; i < 12; i++)
        {
            WriteFile($"doc{i:D2}.txt", $"Reporter {i} wrote this.\n\nOfficial Number{i} said the count was {i * 7} and rising fast.");
        }

        var one = Run("", "extract", Folder, "--jobs", "1");
        var four = Run("", "extract", Folder, "--jobs", "4");

        Assert.That(four, Is.EqualTo(one));
        Assert.That(one.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(12));
    }
}
