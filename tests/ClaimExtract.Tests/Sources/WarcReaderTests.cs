using System.IO.Compression;
using System.Text;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Sources;

public class WarcReaderTests : TempFolderTest
{
    private const string Html = "<!doctype html><html><head><title>T</title></head><body><p>“Hello,” she said.</p></body></html>";

    private static string WarcioFile(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Sources", "warc", name);

    // Expected from reading each file with zcat/less: the HTML responses and resources they hold, and how many
    // damaged stretches. example-trunc.warc declares its response 2 bytes short, which then stand between records.
    // The two whole-file gzips ("non-chunked", "bad.warc.gz.bad") are damage to warcio,
    // which cannot index them; their records are sound and read here.
    private static readonly object[] WarcioFiles =
    [
        new object[] { "bad.arc", Array.Empty<string>(), 3 },
        new object[] { "example-bad-non-chunked.warc.gz", new[] { "http://example.com/" }, 0 },
        new object[] { "example-bad.warc.gz.bad", new[] { "http://example.com?example=1" }, 0 },
        new object[] { "example-digest.warc", Array.Empty<string>(), 0 },
        new object[] { "example-iana.org-chunked.warc", new[] { "http://www.iana.org/" }, 0 },
        new object[] { "example-resource.warc.gz", new[] { "http://example.com/" }, 0 },
        new object[] { "example-space-in-target-uri.warc.gz", Array.Empty<string>(), 0 },
        new object[] { "example-space-in-url.arc", new[] { "http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False" }, 0 },
        new object[] { "example-trunc.warc", new[] { "http://example.com/" }, 1 },
        new object[] { "example-wget-bad-target-uri.warc.gz", new[] { "http://example.com/" }, 0 },
        new object[] { "example-wrong-chunks.warc.gz", new[] { "http://example.com/" }, 0 },
        new object[] { "example.arc", new[] { "http://example.com/" }, 0 },
        new object[] { "example.arc.gz", new[] { "http://example.com/" }, 0 },
        new object[] { "example.warc", new[] { "http://example.com/" }, 0 },
        new object[] { "example.warc.gz", new[] { "http://example.com/" }, 0 },
        new object[] { "post-test.warc.gz", Array.Empty<string>(), 0 },
    ];

    [Test]
    public void WarcioFiles_AreAllCovered()
    {
        var files = Directory.GetFiles(Path.GetDirectoryName(WarcioFile("x"))!)
            .Select(Path.GetFileName)
            .Where(f => f is not ("LICENSE" or "NOTICE" or "SOURCE.txt" or ".gitattributes"));

        Assert.That(files, Is.EquivalentTo(WarcioFiles.Select(c => ((object[])c)[0])));
    }

    [TestCaseSource(nameof(WarcioFiles))]
    public void WarcioFile_GivesItsHtmlRecords_AndDamageAsErrors(string file, string[] urls, int errors)
    {
        var items = WarcReader.Read(WarcioFile(file)).ToList();

        Assert.That(items.Where(i => i.Document is not null).Select(i => i.Document!.Url), Is.EqualTo(urls));
        Assert.That(items.Where(i => i.Problem is not null).Select(i => i.Problem!.Code), Is.EqualTo(Enumerable.Repeat("CE9006", errors)));
        foreach (var document in items.Select(i => i.Document).OfType<InputDocument>())
        {
            var html = Encoding.UTF8.GetString(((DocumentContent.HtmlBytes)document.Content).Bytes);
            Assert.That(html, Does.Contain("<title>").IgnoreCase.And.Contain("</html>").IgnoreCase, document.Id);
        }
    }

    [TestCaseSource(nameof(WarcioFiles))]
    public void WarcioFile_Mangled_NeverThrows_AndEnds(string file, string[] urls, int errors)
    {
        var original = File.ReadAllBytes(WarcioFile(file));
        var random = new Random(file.Length * 7919);
        for (var round = 0; round < 300; round++)
        {
            var bytes = original.ToList();
            var at = random.Next(bytes.Count);
            switch (round % 4)
            {
                case 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 1:
                    for (var k = 0; k < 1 + random.Next(8); k++)
                    {
                        bytes[random.Next(bytes.Count)] ^= (byte)(1 + random.Next(255));
                    }

                    break;
                case 2:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(40)).Select(_ => (byte)random.Next(256)));
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(200)));
                    break;
            }

            var items = WarcReader.Read(new MemoryStream(bytes.ToArray()), file).ToList();

            // Damage can lose pages but never invent them.
            Assert.That(items.Count(i => i.Document is not null), Is.LessThanOrEqualTo(urls.Length), $"round {round}");
        }
    }

    [Test]
    public void WarcRecord_KeepsRecordIdDateAndCharset()
    {
        var document = WarcReader.Read(WarcioFile("example-resource.warc.gz")).Single().Document!;

        Assert.That(document.Id, Is.EqualTo("urn:uuid:6e7f60da-2c7b-11e7-aaf7-0242ac120007"));
        Assert.That(document.Source, Does.EndWith("example-resource.warc.gz@802"));
        Assert.That(document.Fetched, Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        Assert.That(document.DeclaredCharset, Is.EqualTo("utf-8"));
    }

    [Test]
    public void ArcRecord_GetsPathAndOffsetAsId_AndIsoDate()
    {
        var document = WarcReader.Read(WarcioFile("example.arc")).Single().Document!;

        Assert.That(document.Id, Is.EqualTo(WarcioFile("example.arc") + "@151").And.EqualTo(document.Source));
        Assert.That(document.Fetched, Is.EqualTo("2014-02-16T05:02:21Z"));
    }

    [Test]
    [Category("Model")]
    public void ArticleFromAnArchive_CarriesTheCaptureDate_AndOneFromAFileNone()
    {
        var archived = new ClaimPipeline().Process(WarcReader.Read(WarcioFile("example.arc")).Single().Document!);
        var file = new ClaimPipeline().Process(new InputDocument("p.html", "p.html", new DocumentContent.HtmlText(Html)));

        Assert.That(archived.Fetched, Is.EqualTo("2014-02-16T05:02:21Z"));
        Assert.That(file.Fetched, Is.Null);
    }

    [Test]
    public void Ids_AreStableAcrossReads_AndGzipAndPlainAgree()
    {
        var plain = WarcReader.Read(WarcioFile("example.warc")).Select(i => i.Id).ToList();
        var again = WarcReader.Read(WarcioFile("example.warc")).Select(i => i.Id).ToList();
        var gzip = WarcReader.Read(WarcioFile("example.warc.gz")).Select(i => i.Id).ToList();

        Assert.That(plain, Is.EqualTo(again).And.EqualTo(gzip).And.EqualTo(new[] { "urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005" }));
    }

    [Test]
    public void ChunkedAndGzipEncodedResponse_IsDecoded()
    {
        var body = Chunk(GzipBytes(Encoding.UTF8.GetBytes(Html)), 7);
        var warc = new WarcBuilder().Response("http://a.example/1", "Content-Type: text/html; charset=windows-1252\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", body);

        var document = ReadBuilt(warc).Single().Document!;

        Assert.That(HtmlOf(document), Is.EqualTo(Html));
        Assert.That(document.DeclaredCharset, Is.EqualTo("windows-1252"));
        Assert.That(document.Url, Is.EqualTo("http://a.example/1"));
    }

    [Test]
    [Category("Corpus")]
    public void ZytePages_ThroughAGzippedWarcWithChunkedGzipResponses_ComeBackByteForByte()
    {
        var shared = RepositoryPaths.SharedData;
        if (shared is null)
        {
            Assert.Ignore("../shared/data is not beside the repository");
        }

        var pages = Directory.GetFiles(Path.Combine(shared, "zyte", "html"), "*.html.gz").Order(StringComparer.Ordinal)
            .Select(p => (Url: "https://zyte.example/" + Path.GetFileName(p), Html: DecompressGzip(File.ReadAllBytes(p))))
            .ToList();
        var warc = new WarcBuilder { Gzip = true };
        foreach (var (url, html) in pages)
        {
            warc.Record("request", url, "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray());
            warc.Response(url, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip", Chunk(GzipBytes(html), 4000));
        }

        var documents = ReadBuilt(warc.Build(), "zyte.warc.gz").Select(i => i.Document!).ToList();

        Assert.That(documents.Select(d => d.Url), Is.EqualTo(pages.Select(p => p.Url)));
        var differing = documents.Where((d, i) => !((DocumentContent.HtmlBytes)d.Content).Bytes.AsSpan().SequenceEqual(pages[i].Html)).Select(d => d.Url);
        Assert.That(differing, Is.Empty);
    }

    [TestCase("br")]
    [TestCase("deflate")]
    [TestCase("gzip")]
    public void ContentEncodings_AreDecoded(string coding)
    {
        var bytes = Encoding.UTF8.GetBytes(Html);
        var encoded = coding switch
        {
            "br" => Compress(bytes, s => new BrotliStream(s, CompressionLevel.Optimal, true)),
            "deflate" => Compress(bytes, s => new ZLibStream(s, CompressionLevel.Optimal, true)),
            _ => GzipBytes(bytes),
        };
        var warc = new WarcBuilder().Response("http://a.example/", $"Content-Type: text/html\r\nContent-Encoding: {coding}", encoded);

        Assert.That(HtmlOf(ReadBuilt(warc).Single().Document!), Is.EqualTo(Html));
    }

    [Test]
    public void NonHtmlAndUnsuccessfulResponses_AndOtherRecordTypes_AreSkippedSilently()
    {
        var warc = new WarcBuilder()
            .Record("warcinfo", null, "application/warc-fields", "software: test\r\n"u8.ToArray())
            .Response("http://a.example/img", "Content-Type: image/png", [0x89, 0x50, 0x4E, 0x47])
            .Response("http://a.example/api", "Content-Type: application/json", "{\"a\": 1}"u8.ToArray())
            .Response("http://a.example/gone", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html), status: "404 Not Found")
            .Record("request", "http://a.example/", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n"u8.ToArray())
            .Record("metadata", "http://a.example/", "application/warc-fields", "outlinks: x\r\n"u8.ToArray())
            .Response("http://a.example/page", "Content-Type: application/octet-stream", Encoding.UTF8.GetBytes(Html));
        var counts = new WarcReadCounts();

        var items = WarcReader.Read(new MemoryStream(warc.Build()), "t.warc", counts: counts).ToList();

        Assert.That(items.Select(i => i.Document?.Url), Is.EqualTo(new[] { "http://a.example/page" }));
        Assert.That((counts.Records, counts.Documents, counts.SkippedTypes, counts.SkippedNotHtml, counts.Errors), Is.EqualTo((7L, 1L, 3L, 3L, 0L)));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void TruncatedLastRecord_GivesItsPredecessors_ThenAnErrorNamingItsOffset(bool gzip)
    {
        var warc = new WarcBuilder { Gzip = gzip }
            .Response("http://a.example/1", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html))
            .Response("http://a.example/2", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));
        var bytes = warc.Build();
        var cut = bytes[..(bytes.Length - 40)];

        var items = ReadBuilt(cut, "cut.warc").ToList();

        Assert.That(items[0].Document!.Url, Is.EqualTo("http://a.example/1"));
        Assert.That(items, Has.Count.EqualTo(2));
        Assert.That(items[1].Problem!.Code, Is.EqualTo("CE9006"));
        Assert.That(items[1].Problem!.Message, Does.Contain($"offset {warc.Offsets[1]}"));
        Assert.That(items[1].Source, Is.EqualTo($"cut.warc@{warc.Offsets[1]}"));
    }

    [Test]
    public void GarbageBetweenPlainRecords_IsOneError_AndReadingGoesOn()
    {
        var warc = new WarcBuilder()
            .Response("http://a.example/1", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html))
            .Raw("this is not a record\r\nnor is this\r\n"u8.ToArray())
            .Response("http://a.example/2", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));

        var items = ReadBuilt(warc).ToList();

        Assert.That(items.Select(i => i.Document?.Url ?? i.Problem!.Code), Is.EqualTo(new[] { "http://a.example/1", "CE9006", "http://a.example/2" }));
    }

    [Test]
    public void WrongContentLength_IsReported_AndTheNextRecordIsFound()
    {
        var warc = new WarcBuilder()
            .Response("http://a.example/1", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html), lengthDelta: +30)
            .Response("http://a.example/2", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html))
            .Response("http://a.example/3", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));

        var items = ReadBuilt(warc).ToList();

        // The first record swallows the head of the second, whose rest is then stray bytes: 2 is lost, 3 is read.
        Assert.That(items.Select(i => i.Problem?.Code ?? i.Document!.Url), Is.EqualTo(new[] { "http://a.example/1", "CE9006", "http://a.example/3" }));
    }

    [Test]
    public void GarbageBetweenGzipMembers_AndACorruptMember_AreErrors_AndReadingResumesAtTheNextMember()
    {
        var warc = new WarcBuilder { Gzip = true };
        for (var i = 1; i <= 4; i++)
        {
            warc.Response($"http://a.example/{i}", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html + new string('x', 3000 * i)));
        }

        var bytes = warc.Build().ToList();
        // Corrupt the end of the deflate data of member 3 (index 2), then put garbage between members 1 and 2.
        for (var k = 40; k > 20; k--)
        {
            bytes[(int)warc.Offsets[3] - k] ^= 0x5A;
        }

        bytes.InsertRange((int)warc.Offsets[1], "GARBAGE!"u8.ToArray());

        var items = ReadBuilt(bytes.ToArray(), "g.warc.gz").ToList();

        Assert.That(items.Select(i => i.Problem?.Code ?? i.Document!.Url), Is.EqualTo(new[] { "http://a.example/1", "CE9006", "http://a.example/2", "CE9006", "http://a.example/4" }));
        Assert.That(items[1].Problem!.Message, Does.Contain($"offset {warc.Offsets[1]}"));
        Assert.That(items[3].Source, Is.EqualTo($"g.warc.gz@{warc.Offsets[2] + 8}"));
        Assert.That(items[4].Source, Is.EqualTo($"g.warc.gz@{warc.Offsets[3] + 8}"));
    }

    [Test]
    public void CorruptFirstGzipMember_IsAnError_AndTheRestIsRead()
    {
        var warc = new WarcBuilder { Gzip = true }
            .Response("http://a.example/1", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html))
            .Response("http://a.example/2", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));
        var bytes = warc.Build();
        for (var k = 12; k < 40; k++)
        {
            bytes[k] ^= 0xA5;
        }

        var items = ReadBuilt(bytes, "t.warc.gz").ToList();

        Assert.That(items.Select(i => i.Problem?.Code ?? i.Document!.Url), Is.EqualTo(new[] { "CE9006", "http://a.example/2" }));
        Assert.That(items[0].Source, Is.EqualTo("t.warc.gz@0"));
    }

    [Test]
    public void RecordOverTheCap_IsAnError_AndTheNextIsRead()
    {
        var warc = new WarcBuilder()
            .Response("http://a.example/big", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html + new string(' ', 5000)))
            .Response("http://a.example/small", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));

        var items = WarcReader.Read(new MemoryStream(warc.Build()), "t.warc", new WarcReaderOptions { MaxRecordBytes = 2000 }).ToList();

        Assert.That(items.Select(i => i.Problem?.Code ?? i.Document!.Url), Is.EqualTo(new[] { "CE9007", "http://a.example/small" }));
    }

    [Test]
    public void GzipBodyOverTheCapWhenDecoded_IsAnError()
    {
        var bomb = GzipBytes(Encoding.UTF8.GetBytes(Html + new string(' ', 100_000)));
        var warc = new WarcBuilder().Response("http://a.example/", "Content-Type: text/html\r\nContent-Encoding: gzip", bomb);

        var item = WarcReader.Read(new MemoryStream(warc.Build()), "t.warc", new WarcReaderOptions { MaxRecordBytes = 20_000 }).Single();

        Assert.That(item.Problem!.Message, Does.Contain("more than 20000 bytes"));
    }

    [Test]
    public void Reading_IsLazy_TheFirstDocumentComesBeforeTheFileIsRead()
    {
        var warc = new WarcBuilder { Gzip = true };
        for (var i = 0; i < 20_000; i++)
        {
            warc.Response($"http://a.example/{i}", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html + i));
        }

        var bytes = warc.Build();
        var stream = new CountingStream(bytes);

        var first = WarcReader.Read(stream, "big.warc.gz").First();

        // Read-ahead is bounded by the buffers (a few hundred kilobytes), not by the file.
        Assert.That(bytes, Has.Length.GreaterThan(4_000_000));
        Assert.That(first.Document!.Url, Is.EqualTo("http://a.example/0"));
        Assert.That(stream.BytesRead, Is.LessThan(1_000_000));
    }

    [Test]
    public void ArcVersion2_IsReadByItsTenFieldHeaders()
    {
        var http = Encoding.UTF8.GetBytes("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + Html);
        var version = "2 0 Example\nURL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length\n"u8.ToArray();
        var arc = new List<byte>();
        arc.AddRange(Encoding.ASCII.GetBytes($"filedesc://x.arc 0.0.0.0 20240102030405 text/plain 200 - - 0 x.arc {version.Length}\n"));
        arc.AddRange(version);
        arc.AddRange("\n"u8.ToArray());
        arc.AddRange(Encoding.ASCII.GetBytes($"http://a.example/v2 10.0.0.1 20240102030406 text/html 200 ABCDEF - 0 x.arc {http.Length}\n"));
        arc.AddRange(http);
        arc.AddRange("\n"u8.ToArray());

        var document = ReadBuilt(arc.ToArray(), "x.arc").Single().Document!;

        Assert.That((document.Url, document.Fetched), Is.EqualTo(("http://a.example/v2", "2024-01-02T03:04:06Z")));
        Assert.That(HtmlOf(document), Is.EqualTo(Html));
    }

    [TestCase("123456789", 0xCBF43926u)]
    [TestCase("", 0u)]
    [TestCase("The quick brown fox jumps over the lazy dog", 0x414FA339u)]
    public void Crc32_GivesTheStandardCheckValues_WholeOrInPieces(string text, uint expected)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        var split = Math.Min(bytes.Length, 5);

        Assert.That(Crc32.Update(0, bytes), Is.EqualTo(expected));
        Assert.That(Crc32.Update(Crc32.Update(0, bytes.AsSpan(0, split)), bytes.AsSpan(split)), Is.EqualTo(expected));
    }

    [Test]
    public void EmptyArchive_IsAnEmptyInputError()
    {
        var path = WriteFile("empty.warc.gz", []);

        var item = WarcReader.Read(path).Single();

        Assert.That((item.Id, item.Problem!.Code), Is.EqualTo((path, "CE9003")));
    }

    [Test]
    public void NotAnArchive_GivesOneError()
    {
        var items = WarcReader.Read(new MemoryStream("<html>hi</html>"u8.ToArray()), "x.warc").ToList();

        Assert.That(items.Single().Problem!.Code, Is.EqualTo("CE9006"));
    }

    [Test]
    public void DocumentReader_ReadsArchivesByExtension_AlsoInFolders()
    {
        var warc = new WarcBuilder { Gzip = true }.Response("http://a.example/1", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));
        Directory.CreateDirectory(Path.Combine(Folder, "crawl"));
        var path = WriteFile(Path.Combine("crawl", "a.warc.gz"), warc.Build());
        WriteFile(Path.Combine("crawl", "b.html"), Encoding.UTF8.GetBytes(Html));

        var direct = DocumentReader.Read(path, () => throw new AssertionException("no stdin")).ToList();
        var folder = DocumentReader.Read(Path.Combine(Folder, "crawl"), () => throw new AssertionException("no stdin")).ToList();

        Assert.That(direct.Single().Document!.Url, Is.EqualTo("http://a.example/1"));
        Assert.That(folder.Select(i => i.Document!.Url ?? Path.GetFileName(i.Id)), Is.EqualTo(new[] { "http://a.example/1", "b.html" }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void DocumentReader_SniffsArchivesOnStandardInput(bool gzip)
    {
        var warc = new WarcBuilder { Gzip = gzip }.Response("http://a.example/1", "Content-Type: text/html", Encoding.UTF8.GetBytes(Html));

        var items = DocumentReader.Read("-", () => new MemoryStream(warc.Build())).ToList();

        Assert.That(items.Single().Document!.Url, Is.EqualTo("http://a.example/1"));
        Assert.That(items.Single().Source, Is.EqualTo("-@0"));
    }

    [Test]
    public void DocumentReader_SniffsArchivesWithUnknownExtensions()
    {
        var items = DocumentReader.Read(WarcioFile("example-bad.warc.gz.bad"), () => throw new AssertionException("no stdin")).ToList();

        Assert.That(items.Single().Document!.Url, Is.EqualTo("http://example.com?example=1"));
    }

    private static IEnumerable<SourceItem> ReadBuilt(WarcBuilder warc) => ReadBuilt(warc.Build(), "t.warc");

    private static IEnumerable<SourceItem> ReadBuilt(byte[] bytes, string name) => WarcReader.Read(new MemoryStream(bytes), name);

    private static string HtmlOf(InputDocument document) => Encoding.UTF8.GetString(((DocumentContent.HtmlBytes)document.Content).Bytes);

    private static byte[] DecompressGzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static byte[] GzipBytes(byte[] bytes) => Compress(bytes, s => new GZipStream(s, CompressionLevel.Fastest, true));

    private static byte[] Compress(byte[] bytes, Func<Stream, Stream> open)
    {
        using var output = new MemoryStream();
        using (var compressor = open(output))
        {
            compressor.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Chunk(byte[] body, int size)
    {
        using var output = new MemoryStream();
        for (var i = 0; i < body.Length; i += size)
        {
            var n = Math.Min(size, body.Length - i);
            output.Write(Encoding.ASCII.GetBytes($"{n:x}\r\n"));
            output.Write(body, i, n);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    /// <summary>Writes WARC files record by record, plain or one gzip member per record, remembering where each record starts.</summary>
    private sealed class WarcBuilder
    {
        private readonly List<byte[]> _parts = [];
        private long _length;
        private int _serial;

        public bool Gzip { get; init; }

        public List<long> Offsets { get; } = [];

        public WarcBuilder Response(string uri, string headers, byte[] body, string status = "200 OK", int lengthDelta = 0)
        {
            byte[] http = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\n{headers}\r\n\r\n"), .. body];
            return Record("response", uri, "application/http; msgtype=response", http, lengthDelta);
        }

        public WarcBuilder Record(string type, string? uri, string contentType, byte[] block, int lengthDelta = 0)
        {
            var head = new StringBuilder("WARC/1.0\r\n")
                .Append($"WARC-Type: {type}\r\n")
                .Append($"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{++_serial:D12}>\r\n")
                .Append("WARC-Date: 2024-05-06T07:08:09Z\r\n");
            if (uri is not null)
            {
                head.Append($"WARC-Target-URI: {uri}\r\n");
            }

            head.Append($"Content-Type: {contentType}\r\nContent-Length: {block.Length + lengthDelta}\r\n\r\n");
            byte[] record = [.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8];
            Offsets.Add(_length);
            return Raw(Gzip ? GzipBytes(record) : record);
        }

        public WarcBuilder Raw(byte[] bytes)
        {
            _parts.Add(bytes);
            _length += bytes.Length;
            return this;
        }

        public byte[] Build()
        {
            var all = new byte[_length];
            var at = 0;
            foreach (var part in _parts)
            {
                part.CopyTo(all, at);
                at += part.Length;
            }

            return all;
        }
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = base.Read(buffer);
            BytesRead += n;
            return n;
        }
    }
}
