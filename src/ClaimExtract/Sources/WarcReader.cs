namespace ClaimExtract.Sources;

/// <summary>Settings for <see cref="WarcReader"/>.</summary>
public sealed record WarcReaderOptions
{
    /// <summary>The largest record block (and decoded HTML body) read into memory; larger HTML records become CE9007 errors. Default 32 MiB.</summary>
    public long MaxRecordBytes { get; init; } = 32L << 20;

    internal void Validate()
    {
        if (MaxRecordBytes is <= 0 or > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRecordBytes), MaxRecordBytes, "must be between 1 and 2^31-1 bytes");
        }
    }
}

/// <summary>What a <see cref="WarcReader"/> pass saw; filled in as the items are enumerated.</summary>
public sealed class WarcReadCounts
{
    /// <summary>Records read, of every type, damaged ones included.</summary>
    public long Records { get; internal set; }

    /// <summary>HTML documents yielded.</summary>
    public long Documents { get; internal set; }

    /// <summary>Records of types that never hold a page (request, metadata, revisit, warcinfo, ...), skipped.</summary>
    public long SkippedTypes { get; internal set; }

    /// <summary>Response and resource records skipped because they are not HTML or not a successful (2xx) response.</summary>
    public long SkippedNotHtml { get; internal set; }

    /// <summary>Error items yielded (damaged records, undecodable or oversized HTML).</summary>
    public long Errors { get; internal set; }
}

/// <summary>
/// Reads web archives: WARC (1.0, 1.1) and ARC (v1, v2), plain or gzipped (one gzip member per record, as
/// wget, Heritrix, warcio and Common Crawl write them, or the whole file as one member), recognised by their
/// bytes, not their name. Streams: records are read lazily one at a time and only HTML records are kept in
/// memory, up to <see cref="WarcReaderOptions.MaxRecordBytes"/>.
/// <list type="bullet">
/// <item><c>response</c> records (and ARC records) with an HTTP 2xx response whose payload is HTML
/// (Content-Type <c>text/html</c> or <c>application/xhtml+xml</c>, or sniffed when the type says nothing), and
/// <c>resource</c> records with HTML, become documents: chunked transfer-encoding and Content-Encoding gzip,
/// deflate and br are undone; <c>WARC-Target-URI</c> is the URL, <c>WARC-Date</c> the fetch date, the HTTP
/// charset the declared charset.</item>
/// <item>Other record types (request, metadata, revisit, warcinfo, conversion, continuation) and non-HTML or
/// non-2xx responses are skipped without a word (see <see cref="WarcReadCounts"/>).</item>
/// <item>A damaged stretch (record cut short, malformed header, stray bytes, corrupt gzip) becomes one failed
/// item (CE9006) naming the file and offset, and reading goes on at the next record.</item>
/// </list>
/// Document ids are the <c>WARC-Record-ID</c> without its angle brackets (<c>urn:uuid:…</c>), which the WARC
/// standard makes globally unique and which stays the same however the file is named, moved or split (the
/// same record copied into two files is one document, with one id); ARC records, and WARC records without
/// one, get their source as id, <c>&lt;path&gt;@&lt;offset&gt;</c> with the path as given, like the ids of other
/// inputs without one. Sources are <c>&lt;path&gt;@&lt;offset&gt;</c>; for gzipped files the offset is that of
/// the gzip member the record starts in, as CDX indexes give it.
/// </summary>
public static class WarcReader
{
    private static readonly string[] ArchiveSuffixes = [".warc", ".warc.gz", ".arc", ".arc.gz"];
    private static readonly string[] DocumentTypes = ["response", "resource"];

    /// <summary>Whether a path names a web archive by its extension (<c>.warc</c>, <c>.arc</c>, each optionally <c>.gz</c>).</summary>
    public static bool IsArchivePath(string path) =>
        ArchiveSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads the HTML documents of an archive file, lazily; a file that cannot be opened gives one failed item.</summary>
    public static IEnumerable<SourceItem> Read(string path, WarcReaderOptions? options = null, WarcReadCounts? counts = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new WarcReaderOptions();
        options.Validate();
        return ReadFile(path, options, counts ?? new WarcReadCounts());
    }

    /// <summary>Reads the HTML documents of an archive from a stream, lazily, and disposes of it when done; <paramref name="name"/> names it in sources and ids.</summary>
    public static IEnumerable<SourceItem> Read(Stream stream, string name, WarcReaderOptions? options = null, WarcReadCounts? counts = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        options ??= new WarcReaderOptions();
        options.Validate();
        return ReadStream(() => stream, name, options, counts ?? new WarcReadCounts());
    }

    private static IEnumerable<SourceItem> ReadFile(string path, WarcReaderOptions options, WarcReadCounts counts)
    {
        if (!File.Exists(path))
        {
            counts.Errors++;
            return [SourceItem.Failed(path, path, ProblemCodes.InputNotFound())];
        }

        return ReadStream(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), path, options, counts);
    }

    private static IEnumerable<SourceItem> ReadStream(Func<Stream> open, string name, WarcReaderOptions options, WarcReadCounts counts)
    {
        IArchiveInput? input = null;
        string? openError = null;
        try
        {
            input = Open(open());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            openError = e.Message;
        }

        if (input is null)
        {
            counts.Errors++;
            yield return SourceItem.Failed(name, name, openError is null ? ProblemCodes.InputEmpty() : ProblemCodes.InputUnreadable(openError));
            yield break;
        }

        using var reader = new ArchiveRecordReader(input, type => DocumentTypes.Contains(type), options.MaxRecordBytes);
        using var records = reader.ReadAll().GetEnumerator();
        while (true)
        {
            ArchiveRecord record;
            string? ioError = null;
            try
            {
                if (!records.MoveNext())
                {
                    yield break;
                }

                record = records.Current;
            }
            catch (IOException e)
            {
                // The file became unreadable (a disk or network error): what was read stands, the rest is reported.
                ioError = e.Message;
                record = null!;
            }

            if (ioError is not null)
            {
                counts.Errors++;
                yield return SourceItem.Failed(name, name, ProblemCodes.InputUnreadable(ioError));
                yield break;
            }

            counts.Records++;
            if (ToItem(record, name, options, counts) is { } item)
            {
                if (item.Problem is null)
                {
                    counts.Documents++;
                }
                else
                {
                    counts.Errors++;
                }

                yield return item;
            }
        }
    }

    /// <summary>Opens the file as gzip or plain, by its first two bytes; null (the stream disposed of) when it is empty.</summary>
    private static IArchiveInput? Open(Stream stream)
    {
        try
        {
            var magic = new byte[2];
            var n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            if (n == 0)
            {
                stream.Dispose();
                return null;
            }

            Stream replayed = new ConcatenatedStream(magic[..n], stream);
            return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GzipArchiveInput(replayed) : new PlainArchiveInput(new BufferedStream(replayed, 1 << 16));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static SourceItem? ToItem(ArchiveRecord record, string name, WarcReaderOptions options, WarcReadCounts counts)
    {
        var source = $"{name}@{record.Offset}";
        var id = record.RecordId ?? source;
        if (record.Damage is not null && !HoldsWholePayload(record))
        {
            return SourceItem.Failed(id, source, ProblemCodes.CorruptArchiveRecord(record.Damage));
        }

        if (!DocumentTypes.Contains(record.Type))
        {
            counts.SkippedTypes++;
            return null;
        }

        if (record.TooLarge)
        {
            return SourceItem.Failed(id, source, ProblemCodes.ArchiveRecordTooLarge(record.Length, options.MaxRecordBytes));
        }

        var block = record.Block!;
        var body = block;
        var contentType = record.ContentType;
        string? contentEncoding = null;
        if (HttpPayload.ParseHead(block) is { } head)
        {
            if (head.Status is < 200 or > 299 or 204 or 206)
            {
                counts.SkippedNotHtml++;
                return null;
            }

            contentType = head.ContentType;
            contentEncoding = head.ContentEncoding;
            body = block[head.BodyStart..];
            if (head.TransferEncoding?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
            {
                body = HttpPayload.Dechunk(body) ?? body;
            }
        }
        else if (record.Type == "response" && HttpPayload.MediaType(contentType) == "application/http")
        {
            return SourceItem.Failed(id, source, ProblemCodes.CorruptArchiveRecord($"record at offset {record.Offset} ({record.TargetUri}) does not hold an HTTP response"));
        }

        var (decoded, error) = HttpPayload.Decode(body, contentEncoding, options.MaxRecordBytes);
        if (decoded is null)
        {
            if (!HttpPayload.LooksLikeHtml(body))
            {
                return HttpPayload.IsHtml(contentType, []) || HttpPayload.MediaType(contentType) is ""
                    ? SourceItem.Failed(id, source, ProblemCodes.CorruptArchiveRecord($"record at offset {record.Offset} ({record.TargetUri}): {error}"))
                    : Skip(counts);
            }

            // Stored already decoded under its original Content-Encoding header.
            decoded = body;
        }

        if (!HttpPayload.IsHtml(contentType, decoded))
        {
            return Skip(counts);
        }

        return SourceItem.Of(new InputDocument(id, source, new DocumentContent.HtmlBytes(decoded))
        {
            Url = record.TargetUri,
            Fetched = record.Date,
            DeclaredCharset = HttpPayload.Charset(contentType),
        });
    }

    /// <summary>
    /// Whether a record that the end of the file cut short still holds its whole HTTP payload, as its HTTP
    /// Content-Length proves (hand-edited archives such as warcio's example-space-in-url.arc declare a record
    /// length a few bytes longer than the record). A payload without a length, or shorter, is an error.
    /// </summary>
    private static bool HoldsWholePayload(ArchiveRecord record) =>
        record.Block is { } block
        && HttpPayload.ParseHead(block) is { ContentLength: { } length, TransferEncoding: null } head
        && block.Length - head.BodyStart >= length;

    private static SourceItem? Skip(WarcReadCounts counts)
    {
        counts.SkippedNotHtml++;
        return null;
    }
}
