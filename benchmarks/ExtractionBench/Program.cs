using System.Diagnostics;
using System.IO.Compression;
using ClaimExtract.Html;
using ClaimExtract.Sources;
using HtmlAgilityPack;

// One mode per process, so that each is timed whole (start-up, reading, gunzip, decoding and the work):
//   ExtractionBench parse|extract|smartreader PAGES_FOLDER [JOBS]
// parse:       HtmlAgilityPack's HtmlDocument.LoadHtml on each page, nothing else (the floor).
// extract:     claimextract's article extraction (main text and metadata).
// smartreader: SmartReader (a C# port of Mozilla Readability) on the same decoded pages.
// Every mode reads, gunzips and decodes the pages the same way; the checksum of what each mode
// produced goes to stdout so the work cannot be optimised away.
if (args.Length is < 2 or > 3 || args[0] is not ("parse" or "extract" or "smartreader"))
{
    Console.Error.WriteLine("usage: ExtractionBench parse|extract|smartreader PAGES_FOLDER [JOBS]");
    return 2;
}

var mode = args[0];
var jobs = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
var files = Directory.GetFiles(args[1], "*.html*").Order(StringComparer.Ordinal).ToArray();
var extractor = new HtmlArticleExtractor();
var clock = Stopwatch.StartNew();
var checksum = files.AsParallel().WithDegreeOfParallelism(jobs).Sum(file =>
{
    var html = HtmlDecoder.Decode(Read(file)).Html;
    return mode switch
    {
        "parse" => Parse(html),
        "extract" => extractor.Extract(html).Text.Length,
        _ => new SmartReader.Reader("https://example.org/" + Path.GetFileName(file), html).GetArticle().TextContent?.Length ?? 0,
    };
});
Console.WriteLine($"{mode} pages={files.Length} jobs={jobs} checksum={checksum} in-process_ms={clock.ElapsedMilliseconds}");
return 0;

static long Parse(string html)
{
    var document = new HtmlDocument { OptionCheckSyntax = false };
    document.LoadHtml(html);
    return document.DocumentNode.ChildNodes.Count;
}

static byte[] Read(string file)
{
    using var stream = File.OpenRead(file);
    if (!file.EndsWith(".gz", StringComparison.Ordinal))
    {
        return File.ReadAllBytes(file);
    }

    using var gzip = new GZipStream(stream, CompressionMode.Decompress);
    using var memory = new MemoryStream();
    gzip.CopyTo(memory);
    return memory.ToArray();
}
