using System.IO.Compression;
using System.Text;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Sources;

public class DocumentReaderTests : TempFolderTest
{
    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Stream NoStdin() => throw new AssertionException("stdin must not be read");

    [Test]
    public void TextFile_IsTakenExactlyAsDecoded()
    {
        var path = WriteFile("a.txt", Encoding.UTF8.GetBytes("Title\r\n\r\n“Quote,” she said.\n"));

        var item = DocumentReader.Read(path, NoStdin).Single();

        Assert.That(item.Document!.Content, Is.EqualTo(new DocumentContent.PlainText("Title\r\n\r\n“Quote,” she said.\n")));
        Assert.That(item.Id, Is.EqualTo(path));
    }

    [Test]
    public void TextFile_InWindows1252_FallsBackWithoutLosingCharacters()
    {
        var path = WriteFile("b.txt", [0x93, 0x48, 0x69, 0x94, 0x20, 0xE9]);

        var item = DocumentReader.Read(path, NoStdin).Single();

        Assert.That(((DocumentContent.PlainText)item.Document!.Content).Text, Is.EqualTo("“Hi” é"));
    }

    [Test]
    public void MissingFile_GivesAFailedItemNamingIt()
    {
        var path = Path.Combine(Folder, "nope.html");

        var item = DocumentReader.Read(path, NoStdin).Single();

        Assert.That(item.Problem!.Code, Is.EqualTo("CE9001"));
        Assert.That((item.Id, item.Source), Is.EqualTo((path, path)));
    }

    [TestCase("")]
    [TestCase("  \n\t ")]
    public void EmptyFile_GivesAFailedItem(string content)
    {
        var path = WriteFile("empty.html", Encoding.UTF8.GetBytes(content));

        Assert.That(DocumentReader.Read(path, NoStdin).Single().Problem!.Code, Is.EqualTo("CE9003"));
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [TestCase(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [TestCase(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0 }, "gzip")]
    [TestCase(new byte[] { 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0 }, "not text")]
    [TestCase(new byte[] { 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00, 0x00, 0x04 }, "xz")]
    public void BinaryFileNamedHtml_GivesAFailedItemSayingWhatItIs(byte[] bytes, string expected)
    {
        var path = WriteFile("page.html", bytes);

        var problem = DocumentReader.Read(path, NoStdin).Single().Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9005"));
        Assert.That(problem.Message, Does.Contain(expected));
    }

    [TestCase("page.html")]
    [TestCase("article.txt")]
    public void RandomBytes_WithFewZeros_AreRefusedAsBinary_NotReadAsText(string name)
    {
        var bytes = new byte[5000];
        new Random(7).NextBytes(bytes);
        bytes[0] = (byte)'x';   // no magic number
        var path = WriteFile(name, bytes);

        var problem = DocumentReader.Read(path, NoStdin).Single().Problem;

        Assert.That(problem?.Code, Is.EqualTo("CE9005"));
        Assert.That(problem!.Message, Does.Contain("not text"));
    }

    [TestCase("windows-1252", "“Café,” she said.\f\tIt was 5 °C.\r\n")]
    [TestCase("shift_jis", "市長は「来年までに家を建てます」と述べた。\n")]
    [TestCase("utf-8", "Tab\tseparated\vand {ESC}[1mbold{ESC}[0m text.\n")]
    public void TextWithTabsFormFeedsAndEscapes_InAnyCharset_IsNotRefusedAsBinary(string charset, string text)
    {
        // {ESC} stands for U+001B: a test case whose arguments hold it is not discovered (not run, not reported).
        text = text.Replace("{ESC}", "\u001b", StringComparison.Ordinal);
        var path = WriteFile("article.txt", Encoding.GetEncoding(charset).GetBytes(string.Concat(Enumerable.Repeat(text, 40))));

        Assert.That(DocumentReader.Read(path, NoStdin).Single().Problem, Is.Null);
    }

    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    public void Utf16HtmlWithoutBom_IsReadAsHtml_NotRefusedAsBinary(string encoding)
    {
        var path = WriteFile("page.html", Encoding.GetEncoding(encoding).GetBytes("<html><body><p>“Déjà vu,” she said.</p></body></html>"));

        var item = DocumentReader.Read(path, NoStdin).Single();

        Assert.That(item.Problem, Is.Null);
        Assert.That(item.Document!.Content, Is.TypeOf<DocumentContent.HtmlBytes>());
    }

    [Test]
    public void JsonLines_GiveOneItemPerRecord_AndBadLinesBecomeFailedItems()
    {
        var lines = string.Join('\n',
            """{"id": "a1", "text": "He said it.", "url": "https://example.org/a1", "title": "A", "published": "2020-01-02"}""",
            "",
            """{"id": "a2", "html": "<p>Hi</p>"}""",
            """{"id": "a3"}""",
            "{not json",
            """{"id": "a5", "text": "   "}""");
        var path = WriteFile("batch.jsonl", Encoding.UTF8.GetBytes(lines));

        var items = DocumentReader.Read(path, NoStdin).ToList();

        Assert.That(items.Select(i => (i.Id, i.Problem?.Code)), Is.EqualTo(new (string, string?)[]
        {
            ("a1", null), ("a2", null), ("a3", "CE9004"), ($"{path}:5", "CE9004"), ("a5", "CE9003"),
        }));
        Assert.That(items[0].Document, Is.EqualTo(new InputDocument("a1", $"{path}:1", new DocumentContent.PlainText("He said it."))
        {
            Url = "https://example.org/a1", Title = "A", Published = "2020-01-02",
        }));
        Assert.That(items[1].Document!.Content, Is.EqualTo(new DocumentContent.HtmlText("<p>Hi</p>")));
    }

    [Test]
    public void GzippedHtml_IsDecompressed()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("<html><p>x</p></html>"u8);
        }

        var path = WriteFile("page.html.gz", buffer.ToArray());

        var content = (DocumentContent.HtmlBytes)DocumentReader.Read(path, NoStdin).Single().Document!.Content;

        Assert.That(Encoding.UTF8.GetString(content.Bytes), Is.EqualTo("<html><p>x</p></html>"));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.ToArray();
    }

    /// <summary>Words that do not repeat much, so that half the compressed bytes hold about half the text.</summary>
    private static string Words(int count, int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => new string(Enumerable.Range(0, random.Next(2, 9)).Select(_ => (char)('a' + random.Next(26))).ToArray())));
    }

    [Test]
    public void GzippedHtml_CutShort_GivesAFailedItem_NotAShorterPage()
    {
        var whole = Gzip($"<html><body><p>{Words(20000, 1)}</p></body></html>");
        var path = WriteFile("page.html.gz", whole[..(whole.Length / 2)]);

        var item = DocumentReader.Read(path, NoStdin).Single();

        Assert.That(item.Document, Is.Null);
        Assert.That(item.Problem!.Code, Is.EqualTo("CE9002"));
        Assert.That(item.Problem.Message, Does.Contain("cut short"));
    }

    [Test]
    public void GzippedHtml_WithABadChecksum_GivesAFailedItem()
    {
        var bytes = Gzip("<html><p>x</p></html>");
        bytes[^8] ^= 0xFF;
        var path = WriteFile("page.html.gz", bytes);

        Assert.That(DocumentReader.Read(path, NoStdin).Single().Problem!.Code, Is.EqualTo("CE9002"));
    }

    [TestCase(200)]     // the cut within the first bytes read to tell the kind of input
    [TestCase(2000)]    // the cut in the part streamed after them
    public void GzippedJsonLines_CutShort_KeepsTheWholeRecords_AndEndsWithAFailedItemAtTheCut(int records)
    {
        var lines = Enumerable.Range(1, records).Select(i => $$"""{"id": "r{{i}}", "text": "{{Words(60, i)}}"}""");
        var whole = Gzip(string.Join('\n', lines) + "\n");
        var path = WriteFile("dump.jsonl.gz", whole[..(whole.Length / 2)]);

        var items = DocumentReader.Read(path, NoStdin).ToList();

        var good = items.TakeWhile(i => i.Problem is null).ToList();
        Assert.That(good, Has.Count.GreaterThan(records / 4).And.Count.LessThan(records * 3 / 4));
        Assert.That(good.Select(i => i.Id), Is.EqualTo(Enumerable.Range(1, good.Count).Select(i => $"r{i}")));
        Assert.That(items.Skip(good.Count).Select(i => (i.Problem!.Code, i.Source)), Is.EqualTo(new[] { ("CE9002", $"{path}:{good.Count + 1}") }));
    }

    [Test]
    public void GzippedText_OfSeveralMembers_IsReadWhole()
    {
        var path = WriteFile("a.txt.gz", [.. Gzip("First part. "), .. Gzip("Second part.")]);

        var item = DocumentReader.Read(path, NoStdin).Single();

        Assert.That(item.Document!.Content, Is.EqualTo(new DocumentContent.PlainText("First part. Second part.")));
    }

    [Test]
    public void NamedPipeWithNoWriter_InAFolder_GivesAFailedItem_AndTheRestIsRead()
    {
        Assume.That(File.Exists("/usr/bin/mkfifo"), "mkfifo is not installed");
        WriteFile("a.txt", "First."u8.ToArray());
        var fifo = Path.Combine(Folder, "b.html");
        using (var mkfifo = System.Diagnostics.Process.Start("/usr/bin/mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        WriteFile("c.txt", "Last."u8.ToArray());

        var reading = Task.Run(() => DocumentReader.Read(Folder, NoStdin).ToList());

        Assert.That(reading.Wait(TimeSpan.FromSeconds(60)), Is.True, "reading the folder hung on the named pipe");
        Assert.That(reading.Result.Select(i => (Path.GetFileName(i.Id), i.Problem?.Code)), Is.EqualTo(new (string, string?)[] { ("a.txt", null), ("b.html", "CE9002"), ("c.txt", null) }));
    }

    [Test]
    public void Folder_WithALinkToItself_ReadsEachFileOnce()
    {
        WriteFile("a.txt", "First."u8.ToArray());
        Directory.CreateDirectory(Path.Combine(Folder, "sub"));
        WriteFile(Path.Combine("sub", "b.txt"), "Second."u8.ToArray());
        Directory.CreateSymbolicLink(Path.Combine(Folder, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(Folder, "self"), ".");

        var files = DocumentReader.Expand(Folder).Select(f => Path.GetRelativePath(Folder, f)).ToList();

        Assert.That(files, Is.EqualTo(new[] { "a.txt", Path.Combine("sub", "b.txt") }));
    }

    [Test]
    public void Folder_IsReadRecursivelyInNameOrder_SkippingOtherFiles()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "sub"));
        WriteFile("b.txt", "B said so."u8.ToArray());
        WriteFile(Path.Combine("sub", "a.html"), "<p>A</p>"u8.ToArray());
        WriteFile("notes.md", "# not an input"u8.ToArray());

        var ids = DocumentReader.Read(Folder, NoStdin).Select(i => Path.GetRelativePath(Folder, i.Id)).ToList();

        Assert.That(ids, Is.EqualTo(new[] { "b.txt", Path.Combine("sub", "a.html") }));
    }

    [TestCase("<!doctype html><p>x</p>", typeof(DocumentContent.HtmlBytes))]
    [TestCase("Just words.", typeof(DocumentContent.PlainText))]
    public void Stdin_IsSniffed(string input, Type expected)
    {
        var item = DocumentReader.Read("-", () => new MemoryStream(Encoding.UTF8.GetBytes(input))).Single();

        Assert.That(item.Document!.Content, Is.TypeOf(expected));
        Assert.That(item.Id, Is.EqualTo("-"));
    }
}
