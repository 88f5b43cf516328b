using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ClaimExtract.Cli;

namespace ClaimExtract.Tests.Batch;

/// <summary>The batch options of <c>claimextract extract</c>, run in-process on articles written by the test.</summary>
[Category("Model")]
public class BatchCliTests : TempFolderTest
{
    internal static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, () => new MemoryStream(), stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>A JSON Lines file of <paramref name="count"/> small text articles, every <paramref name="badEvery"/>th one broken.</summary>
    internal static string WriteArticles(string path, int count, int badEvery = 0)
    {
        var lines = Enumerable.Range(0, count).Select(i => badEvery > 0 && i % badEvery == badEvery - 1
            ? $$"""{"id": "doc-{{i}}", "html": ""}"""
            : JsonSerializer.Serialize(new { id = $"doc-{i}", text = Article(i) }));
        File.WriteAllLines(path, lines);
        return path;
    }

    internal static string Article(int i) =>
        $"Council vote {i}\n\nMayor Dana Quill{i} said on Monday that the bridge would reopen in {2030 + (i % 7)}.\n\n“We will pay for it,” Quill{i} told reporters.";

    private static string[] Ids(string jsonLines) =>
        jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();

    [Test]
    public void FetchOptions_SetTheUserAgent_AndCanIgnoreRobotsTxt()
    {
        using var server = new Sources.LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt"
            ? Sources.LoopbackServer.Respond(c, 200, "text/plain", "User-agent: *\nDisallow: /\n"u8.ToArray())
            : Sources.LoopbackServer.Respond(c, 200, "text/html", Encoding.UTF8.GetBytes($"<html><body><p>{Article(1)}</p></body></html>")));
        var list = Path.Combine(Folder, "urls.txt");
        File.WriteAllText(list, $"{server.BaseUrl}/a\n{server.BaseUrl}/b\n");

        var obeyed = Run("extract", "@" + list, "--host-delay", "0", "--user-agent", "labbot/2.1 (+mailto:lab@example.org)");
        var ignored = Run("extract", "@" + list, "--host-delay", "0", "--ignore-robots", "--fetches", "2");

        Assert.That(obeyed.Exit, Is.EqualTo(1));
        Assert.That(obeyed.Stderr, Does.Contain("CE9107"));
        Assert.That(ignored.Exit, Is.EqualTo(0), ignored.Stderr);
        Assert.That(Ids(ignored.Stdout), Is.EqualTo(new[] { server.BaseUrl + "/a", server.BaseUrl + "/b" }));
        var requests = server.Requests.ToList();
        Assert.That(requests.Where(r => r.PathAndQuery == "/robots.txt").Select(r => r.UserAgent), Is.EqualTo(new[] { "labbot/2.1 (+mailto:lab@example.org)" }));
        Assert.That(requests.Count(r => r.PathAndQuery != "/robots.txt"), Is.EqualTo(2), "only the run that ignores robots.txt fetches the pages");
    }

    [TestCase("--fetches", "0")]
    [TestCase("--host-delay", "-1")]
    [TestCase("--user-agent", " ")]
    public void BadFetchOptions_AreUsageErrors(string option, string value)
    {
        var (exit, _, stderr) = Run("extract", "-", option, value);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(option));
    }

    [Test]
    public void Resume_IntoAFolder_SweepsTheTemporaryFilesOfKilledRunsOnThisMachineOnly()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 2);
        var outDir = Directory.CreateDirectory(Path.Combine(Folder, "out")).FullName;
        var host = string.Concat(Environment.MachineName.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));
        using var gone = System.Diagnostics.Process.Start("true")!;
        gone.WaitForExit();
        var stale = Path.Combine(outDir, $".doc-0.jsonl.{host}-{gone.Id}.tmp");
        var running = Path.Combine(outDir, $".doc-1.jsonl.{host}-1.tmp");   // process 1 always runs
        var otherMachine = Path.Combine(outDir, $".doc-1.jsonl.elsewhere-{gone.Id}.tmp");
        foreach (var file in new[] { stale, running, otherMachine })
        {
            File.WriteAllText(file, "{\"id\": \"half");
        }

        var (exit, _, stderr) = Run("extract", input, "--output-dir", outDir, "--resume");

        Assert.That(exit, Is.EqualTo(0), stderr);
        Assert.That(File.Exists(stale), Is.False, "a killed run's file is swept");
        Assert.That(File.Exists(running) && File.Exists(otherMachine), Is.True, "a running process's file and another machine's are kept");
        Assert.That(Directory.GetFiles(outDir, "*.jsonl").Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "doc-0.jsonl", "doc-1.jsonl" }));
    }

    [Test]
    public void OutputDir_WritesOneFilePerArticle_AndOnlyThere()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 5);
        var outDir = Path.Combine(Folder, "out");

        var (exit, stdout, _) = Run("extract", input, "--output-dir", outDir);

        Assert.That(exit, Is.Zero);
        Assert.That(stdout, Is.Empty);
        var files = Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.That(files, Is.EqualTo(Enumerable.Range(0, 5).Select(i => $"doc-{i}.jsonl").Order(StringComparer.Ordinal)));
        Assert.That(Ids(File.ReadAllText(Path.Combine(outDir, "doc-3.jsonl"))), Is.EqualTo(new[] { "doc-3" }));
    }

    [Test]
    public void OutputDir_PerInput_WritesOneFilePerInputFile_InInputOrder()
    {
        var a = WriteArticles(Path.Combine(Folder, "a.jsonl"), 3);
        var b = WriteArticles(Path.Combine(Folder, "b.jsonl"), 2);
        var outDir = Path.Combine(Folder, "out");

        var (exit, _, _) = Run("extract", a, b, "--output-dir", outDir, "--per", "input", "--format", "csv");

        Assert.That(exit, Is.Zero);
        var files = Directory.GetFiles(outDir);
        Assert.That(files, Has.Length.EqualTo(2));
        Assert.That(files, Has.All.EndsWith(".csv"));
        Assert.That(files.Select(File.ReadAllText), Has.All.StartsWith("article_id,"));
    }

    [Test]
    public void OutputDir_NamesFromHostileIds_StayInsideTheFolder()
    {
        var input = Path.Combine(Folder, "in.jsonl");
        File.WriteAllLines(input, new[] { "../../escaped", "/tmp/absolute", "..", "a/b/c" }.Select(id => JsonSerializer.Serialize(new { id, text = Article(1) })));
        var outDir = Path.Combine(Folder, "out");

        var (exit, _, _) = Run("extract", input, "--output-dir", outDir);

        Assert.That(exit, Is.Zero);
        Assert.That(Directory.GetFiles(outDir), Has.Length.EqualTo(4));
        Assert.That(Directory.GetFileSystemEntries(Folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "in.jsonl", "out" }));
    }

    [Test]
    public void Errors_FileHasOneRecordPerFailedDocument_AndOkPlusFailedIsRead()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 30, badEvery: 10);
        var errors = Path.Combine(Folder, "errors.jsonl");

        var (exit, stdout, stderr) = Run("extract", input, "--errors", errors, "--stats");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(Ids(stdout), Has.Length.EqualTo(30));
        var records = File.ReadAllLines(errors).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.That(records.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(new[] { "doc-9", "doc-19", "doc-29" }));
        Assert.That(records.Select(r => r.GetProperty("code").GetString()), Has.All.EqualTo("CE9003"));
        Assert.That(records.Select(r => r.GetProperty("input").GetString()), Has.All.EqualTo(input));
        Assert.That(records.Select(r => r.GetProperty("stage").GetString()), Has.All.Not.Empty);
        Assert.That(stderr, Does.Contain("30 read: 27 ok, 3 failed"));
    }

    [Test]
    public void Shards_TogetherWriteExactlyTheRecordsOfOneRun()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 40, badEvery: 7);
        var whole = Run("extract", input).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var parts = Enumerable.Range(0, 3)
            .SelectMany(k => Run("extract", input, "--shard", $"{k}/3").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        Assert.That(parts, Is.EquivalentTo(whole));
        Assert.That(whole, Has.Length.EqualTo(40));
    }

    [Test]
    public void Resume_AfterAnInterruptedRun_GivesTheFileOfAnUninterruptedOne()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 20, badEvery: 6);
        var full = Path.Combine(Folder, "full.jsonl");
        Assert.That(Run("extract", input, "-o", full).Exit, Is.EqualTo(1));
        var expected = File.ReadAllBytes(full);

        // What a killed run leaves: some whole records and half of the next one.
        var partial = Path.Combine(Folder, "partial.jsonl");
        var lines = File.ReadAllLines(full);
        File.WriteAllText(partial, string.Join('\n', lines.Take(7)) + "\n" + lines[7][..(lines[7].Length / 2)]);

        var (exit, _, stderr) = Run("extract", input, "-o", partial, "--resume", "--stats");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(File.ReadAllBytes(partial), Is.EqualTo(expected));
        Assert.That(stderr, Does.Contain("7 already done"));
    }

    [Test]
    public void Resume_OutputDir_SkipsArticlesAlreadyWritten()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 6);
        var outDir = Path.Combine(Folder, "out");
        Assert.That(Run("extract", input, "--output-dir", outDir).Exit, Is.Zero);
        File.Delete(Path.Combine(outDir, "doc-2.jsonl"));
        File.WriteAllText(Path.Combine(outDir, "doc-4.jsonl"), "kept\n");

        var (exit, _, stderr) = Run("extract", input, "--output-dir", outDir, "--resume", "--stats");

        Assert.That(exit, Is.Zero);
        Assert.That(stderr, Does.Contain("6 read: 1 ok, 0 failed, 5 already done"));
        Assert.That(File.Exists(Path.Combine(outDir, "doc-2.jsonl")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(outDir, "doc-4.jsonl")), Is.EqualTo("kept\n"));
    }

    [TestCase("--resume")]
    [TestCase("--resume", "-o", "x.json", "--format", "json")]
    [TestCase("--per", "input")]
    [TestCase("-o", "x.jsonl", "--output-dir", "d")]
    [TestCase("--shard", "2/2")]
    public void BadCombinations_AreUsageErrors(params string[] options)
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 1);

        var (exit, stdout, stderr) = Run(["extract", input, .. options]);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("claimextract: "));
    }

    [Test]
    public void MaxBytes_TurnsALargerDocumentIntoAnErrorRecord_AndTheRestGoOn()
    {
        var input = Path.Combine(Folder, "in.jsonl");
        File.WriteAllLines(input, [
            JsonSerializer.Serialize(new { id = "small", text = Article(1) }),
            JsonSerializer.Serialize(new { id = "large", text = string.Concat(Enumerable.Repeat(Article(2) + "\n\n", 40)) }),
        ]);

        var (exit, stdout, stderr) = Run("extract", input, "--max-bytes", "2k");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(Ids(stdout), Is.EqualTo(new[] { "small", "large" }));
        Assert.That(stderr, Does.Contain("[CE9008]").And.Contain("2,048"));
    }

    [Test]
    public void MaxBytes_RefusesALargerPageFile_BeforeReadingIt()
    {
        var page = Path.Combine(Folder, "big.html");
        File.WriteAllText(page, "<html><body>" + string.Concat(Enumerable.Repeat($"<p>{Article(3)}</p>", 30)) + "</body></html>");
        var small = Path.Combine(Folder, "small.txt");
        File.WriteAllText(small, Article(4));

        var (exit, stdout, stderr) = Run("extract", page, small, "--max-bytes", "1k");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(Ids(stdout), Is.EqualTo(new[] { page, small }));
        Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(stderr, Does.Contain(page).And.Contain("[CE9008]"));
    }

    [TestCase("65536", 65536L)]
    [TestCase("500k", 512_000L)]
    [TestCase("64M", 67_108_864L)]
    [TestCase("1G", 1_073_741_824L)]
    [TestCase("0", null)]
    [TestCase("-5", null)]
    [TestCase("12T", null)]
    [TestCase("lots", null)]
    public void ParseSize_ReadsBytesWithOptionalUnits(string text, long? bytes)
    {
        Assert.That(ExtractCommand.ParseSize(text), Is.EqualTo(bytes));
    }

    [Test]
    public void IncludeAndExclude_FilterTheFilesOfAFolder()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "in", "drafts"));
        File.WriteAllText(Path.Combine(Folder, "in", "a.txt"), Article(1));
        File.WriteAllText(Path.Combine(Folder, "in", "b.html"), $"<p>{Article(2)}</p>");
        File.WriteAllText(Path.Combine(Folder, "in", "drafts", "c.txt"), Article(3));

        var (_, stdout, _) = Run("extract", Path.Combine(Folder, "in"), "--include", "**/*.txt", "--exclude", "drafts/**");

        Assert.That(Ids(stdout).Select(Path.GetFileName), Is.EqualTo(new[] { "a.txt" }));
    }

    [Test]
    public void Output_IsTheSame_WhateverTheJobs()
    {
        var input = WriteArticles(Path.Combine(Folder, "in.jsonl"), 40, badEvery: 9);

        var one = Run("extract", input, "-j", "1").Stdout;
        var three = Run("extract", input, "-j", "3").Stdout;

        Assert.That(three, Is.EqualTo(one));
    }
}

/// <summary>The real process, killed midway and resumed; and the GNU parallel recipe of docs/scale-out.md.</summary>
[Category("Model")]
[Category("Process")]
public class BatchProcessTests : TempFolderTest
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "claimextract.dll");

    private static Process Start(string arguments)
    {
        var info = new ProcessStartInfo("dotnet", $"\"{Cli}\" {arguments}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        return Process.Start(info)!;
    }

    private static int RunToEnd(string arguments)
    {
        using var process = Start(arguments);
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the run did not finish");
        return process.ExitCode;
    }

    [Test]
    public void KilledMidway_ThenResumed_WritesTheOutputOfAnUninterruptedRun()
    {
        var input = BatchCliTests.WriteArticles(Path.Combine(Folder, "in.jsonl"), 3_000, badEvery: 50);
        var full = Path.Combine(Folder, "full.jsonl");
        var resumed = Path.Combine(Folder, "resumed.jsonl");
        Assert.That(RunToEnd($"extract \"{input}\" -o \"{full}\" -j 2"), Is.EqualTo(1));

        using (var victim = Start($"extract \"{input}\" -o \"{resumed}\" --resume -j 2"))
        {
            var clock = Stopwatch.StartNew();
            while (!victim.HasExited && LineCount(resumed) < 200 && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(5);
            }

            Assume.That(victim.HasExited, Is.False, "the run ended before it could be killed");
            victim.Kill(entireProcessTree: true);
            victim.WaitForExit();
        }

        var written = LineCount(resumed);
        Assert.That(written, Is.InRange(200, 2_999), "killed midway");
        Assert.That(RunToEnd($"extract \"{input}\" -o \"{resumed}\" --resume -j 2"), Is.EqualTo(1));

        Assert.That(File.ReadAllBytes(resumed), Is.EqualTo(File.ReadAllBytes(full)));
    }

    [Test]
    public void StdoutPipeClosedByItsReader_StopsTheRun_WithStatus141_AndNoStackTrace()
    {
        var input = BatchCliTests.WriteArticles(Path.Combine(Folder, "in.jsonl"), 3_000, badEvery: 0);
        var status = Path.Combine(Folder, "status");
        var stderr = Path.Combine(Folder, "stderr");
        var script = $"""
            dotnet "{Cli}" extract "{input}" -j 2 2> "{stderr}" | head -1 > /dev/null
            echo "${"{"}PIPESTATUS[0]{"}"}" > "{status}"
            """;
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { UseShellExecute = false })!;
        Assert.That(shell.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the run did not finish");

        // Before, Console's stream ignored EPIPE: the run went on through all 3,000 articles and exited 0.
        Assert.That(File.ReadAllText(status).Trim(), Is.EqualTo("141"));
        Assert.That(File.ReadAllText(stderr), Is.Empty);
    }

    private static int LineCount(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var count = 0;
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            count += b == '\n' ? 1 : 0;
        }

        return count;
    }

    [Test]
    public void GnuParallelRecipe_ShardsTogether_EqualOneRun()
    {
        var parallel = new[] { "/usr/bin/parallel", "/usr/local/bin/parallel" }.FirstOrDefault(File.Exists);
        Assume.That(parallel, Is.Not.Null, "GNU parallel is not installed (.ci/run installs it)");
        var input = BatchCliTests.WriteArticles(Path.Combine(Folder, "in.jsonl"), 60, badEvery: 11);
        var whole = Path.Combine(Folder, "whole.jsonl");
        RunToEnd($"extract \"{input}\" -o \"{whole}\"");

        // The recipe of docs/scale-out.md, on this machine instead of over ssh.
        var script = $"""
            seq 0 3 | parallel -j 2 'dotnet "{Cli}" extract "{input}" --shard {"{}"}/4 -o "{Folder}/part-{"{}"}.jsonl"'
            cat "{Folder}"/part-*.jsonl > "{Folder}/union.jsonl"
            """;
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { UseShellExecute = false })!;
        Assert.That(shell.WaitForExit(TimeSpan.FromMinutes(3)), Is.True);

        var union = File.ReadAllLines(Path.Combine(Folder, "union.jsonl"));
        Assert.That(union, Is.EquivalentTo(File.ReadAllLines(whole)));
        Assert.That(union, Has.Length.EqualTo(60));
    }
}

/// <summary>Progress and summary on stderr: shown on a terminal, silent otherwise and with --quiet.</summary>
[Category("Model")]
public class BatchProgressTests : TempFolderTest
{
    private static string Stderr(bool terminal, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        CliApp.Run(args, new CliContext(() => new MemoryStream(), stdout, stderr, terminal, CancellationToken.None));
        return stderr.ToString();
    }

    [Test]
    public void OnATerminal_TheSummaryAccountsForEveryInput()
    {
        var input = BatchCliTests.WriteArticles(Path.Combine(Folder, "in.jsonl"), 12, badEvery: 4);

        var stderr = Stderr(true, "extract", input, "-o", Path.Combine(Folder, "out.jsonl"));

        Assert.That(stderr, Does.Match(@"claimextract: 12 read: 9 ok, 3 failed in [0-9.]+ s \([0-9.]+ documents/s\)"));
    }

    [Test]
    public void NotATerminal_OrQuiet_OnlyFailuresAreWritten()
    {
        var input = BatchCliTests.WriteArticles(Path.Combine(Folder, "in.jsonl"), 12, badEvery: 4);

        var piped = Stderr(false, "extract", input, "-o", Path.Combine(Folder, "a.jsonl"));
        var quiet = Stderr(true, "extract", input, "-o", Path.Combine(Folder, "b.jsonl"), "--quiet");

        foreach (var stderr in new[] { piped, quiet })
        {
            var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines, Has.All.Contains("[CE9003]"));
        }
    }
}
