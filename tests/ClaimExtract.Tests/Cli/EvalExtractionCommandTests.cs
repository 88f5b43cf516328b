using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ClaimExtract.Cli;

namespace ClaimExtract.Tests.Cli;

/// <summary><c>claimextract eval extraction</c> on a two-page benchmark of its own, laid out as ../shared/data/zyte is.</summary>
public class EvalExtractionCommandTests : TempFolderTest
{
    private const string Body = "The council approved the new bridge on Monday after a long debate. "
                                + "Residents had asked for it for years, and the mayor said work would start in spring.";

    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = CliApp.Run(args, () => Stream.Null, stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private string Benchmark()
    {
        var html = Path.Combine(Folder, "zyte", "html");
        Directory.CreateDirectory(html);
        foreach (var id in new[] { "a", "b" })
        {
            using var file = File.Create(Path.Combine(html, id + ".html.gz"));
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            gzip.Write(Encoding.UTF8.GetBytes($"<html><body><nav><a href='/'>Home</a></nav><article><h1>Bridge</h1><p>{Body}</p></article></body></html>"));
        }

        var truth = new Dictionary<string, object> { ["a"] = new { articleBody = Body, url = "" }, ["b"] = new { articleBody = "Something else entirely was the article here.", url = "" } };
        File.WriteAllText(Path.Combine(Folder, "zyte", "ground-truth.json"), JsonSerializer.Serialize(truth));
        return Path.Combine(Folder, "zyte");
    }

    [Test]
    public void EvalExtraction_ScoresOurExtractor_PerPageThenSummary()
    {
        var data = Benchmark();

        var (exit, stdout, stderr) = Run("eval", "extraction", "--data", data, "--per-page");

        Assert.That((exit, stderr), Is.EqualTo((0, "")));
        Assert.That(stdout.Split('\n'), Is.EqualTo(new[]
        {
            "a\ttp=1.000\tfp=0.000\tfn=0.000",
            "b\ttp=0.000\tfp=0.862\tfn=0.138",
            "{\"pages\": 2, \"missing\": 0, \"precision\": 0.5, \"recall\": 0.5, \"f1\": 0.5}",
            "",
        }));
    }

    [Test]
    public void EvalExtraction_SavedPredictions_ScoreTheSameWhenReadBack()
    {
        var data = Benchmark();
        var saved = Path.Combine(Folder, "pred.jsonl");

        var (_, direct, _) = Run("eval", "extraction", "--data", data, "--save-predictions", saved);
        var (exit, readBack, _) = Run("eval", "extraction", "--data", data, "--predictions", saved);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(readBack, Is.EqualTo(direct));
        Assert.That(File.ReadAllLines(saved), Has.Length.EqualTo(2));
    }

    [Test]
    public void EvalExtraction_MissingFolder_IsAUsageError()
    {
        var (exit, stdout, stderr) = Run("eval", "extraction", "--data", Path.Combine(Folder, "absent"));

        Assert.That((exit, stdout), Is.EqualTo((2, "")));
        Assert.That(stderr, Does.Contain("absent"));
    }
}
