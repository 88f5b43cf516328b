using System.IO.Compression;
using System.Text;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Sources;

/// <summary>JSON Lines inputs are streamed: a dump of any size is read a record at a time.</summary>
public class StreamingReaderTests : TempFolderTest
{
    /// <summary>An endless JSON Lines stream: reading it whole would never finish.</summary>
    private sealed class EndlessJsonLines : Stream
    {
        private byte[] _pending = [];
        private int _offset;
        private long _next;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _pending = Encoding.UTF8.GetBytes($$"""{"id": "r{{_next++}}", "text": "Ana Ruiz said the wall would be built."}""" + "\n");
                _offset = 0;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Test]
    public void Stdin_JsonLines_AreStreamed()
    {
        var first = DocumentReader.Read("-", () => new EndlessJsonLines()).Take(3).ToList();

        Assert.That(first.Select(i => i.Id), Is.EqualTo(new[] { "r0", "r1", "r2" }));
    }

    [Test]
    public void TruncatedGzip_JsonLines_GiveTheRecordsBeforeTheBreak_ThenOneFailure()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 2_000).Select(i => $$"""{"id": "d{{i}}", "text": "Line {{i}} of a dump that was cut short by a full disk."}"""));
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(lines));
        }

        var path = WriteFile("dump.jsonl.gz", packed.ToArray()[..(int)(packed.Length / 2)]);

        var items = DocumentReader.Read(path, () => Stream.Null).ToList();

        Assert.That(items.SkipLast(1), Has.All.Matches<SourceItem>(i => i!.Document is not null));
        Assert.That(items.SkipLast(1).Select(i => i.Id), Is.EqualTo(Enumerable.Range(0, items.Count - 1).Select(i => $"d{i}")));
        // .NET reads a gzip stream cut short as ending there: the cut line is a bad record.
        Assert.That(items[^1].Problem?.Code, Is.AnyOf("CE9002", "CE9004"));
        Assert.That(items[^1].Source, Does.StartWith(path + ":"));
    }

    [Test]
    public void LargeJsonLinesFile_IsReadInFull_AcrossTheReadersBuffer()
    {
        var path = Path.Combine(Folder, "big.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, 5_000).Select(i => $$"""{"id": "b{{i}}", "text": "{{new string('x', i % 97)}} said nothing."}"""));

        var ids = DocumentReader.Read(path, () => Stream.Null).Select(i => i.Id).ToList();

        Assert.That(ids, Is.EqualTo(Enumerable.Range(0, 5_000).Select(i => $"b{i}")));
    }

    [Test]
    public void BlankJsonLinesFile_IsOneEmptyInputFailure()
    {
        var path = WriteFile("blank.jsonl", Encoding.UTF8.GetBytes("\n  \n\n"));

        var items = DocumentReader.Read(path, () => Stream.Null).ToList();

        Assert.That(items.Select(i => i.Problem?.Code), Is.EqualTo(new[] { "CE9003" }));
    }
}
