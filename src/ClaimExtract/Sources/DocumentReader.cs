using System.IO.Compression;
using System.IO.Enumeration;
using System.Text;
using System.Text.Json;

namespace ClaimExtract.Sources;

/// <summary>
/// Reads inputs into <see cref="SourceItem"/>s: HTML files (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>),
/// text files (<c>.txt</c>), JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>), each optionally gzipped
/// (<c>.gz</c>), web archives (<c>.warc</c>, <c>.arc</c>, optionally <c>.gz</c>; see <see cref="WarcReader"/>),
/// folders (recursively, in name order), standard input (<c>-</c>, sniffed: a web archive, plain or
/// gzipped, by its first bytes, then <c>&lt;</c> is HTML, <c>{</c> is JSON Lines, anything else text), URLs (<c>http://</c>, <c>https://</c>;
/// fetched by a <see cref="UrlFetcher"/>, one at a time as the items are enumerated), and lists
/// (<c>@list.txt</c>: one path, folder or URL a line, as given on the command line; blank lines and lines
/// starting with <c>#</c> skipped). A file that cannot be read yields one failed item naming it; nothing
/// throws for bad input.
/// </summary>
public static class DocumentReader
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    /// <summary>
    /// Reads one command-line input; <paramref name="openStdin"/> is called for <c>-</c>, and URLs are fetched
    /// with <paramref name="fetcher"/> (<see cref="UrlFetcher.Shared"/> when null). A page or text file larger
    /// than <paramref name="maxDocumentBytes"/> is refused (CE9008) before it is read.
    /// </summary>
    public static IEnumerable<SourceItem> Read(string input, Func<Stream> openStdin, UrlFetcher? fetcher = null, long maxDocumentBytes = long.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(openStdin);
        if (input == "-")
        {
            return ReadStdin(openStdin);
        }

        if (UrlFetcher.IsUrl(input))
        {
            return ReadUrl(input, fetcher);
        }

        if (input.Length > 1 && input[0] == '@')
        {
            return ReadList(input[1..], openStdin, fetcher, maxDocumentBytes);
        }

        if (Directory.Exists(input))
        {
            return ReadDirectory(input, openStdin);
        }

        return WarcReader.IsArchivePath(input) ? WarcReader.Read(input) : ReadFile(input, maxDocumentBytes);
    }

    private static IEnumerable<SourceItem> ReadUrl(string url, UrlFetcher? fetcher)
    {
        yield return (fetcher ?? UrlFetcher.Shared).Fetch(url);
    }

    /// <summary>
    /// Reads the inputs a list file names, lazily; lists do not name other lists or standard input. Up to
    /// <see cref="UrlFetcherOptions.Concurrency"/> URLs are fetched at once ahead of the entry being read
    /// (the per-host delay still holds), and the items come out in the order of the list.
    /// </summary>
    private static IEnumerable<SourceItem> ReadList(string path, Func<Stream> openStdin, UrlFetcher? fetcher, long maxDocumentBytes)
    {
        var name = "@" + path;
        if (!File.Exists(path))
        {
            yield return SourceItem.Failed(name, name, ProblemCodes.InputNotFound());
            yield break;
        }

        StreamReader? reader = null;
        string? error = null;
        try
        {
            reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = e.Message;
        }

        if (reader is null)
        {
            yield return SourceItem.Failed(name, name, ProblemCodes.InputUnreadable(error ?? "cannot open"));
            yield break;
        }

        fetcher ??= UrlFetcher.Shared;
        var pending = new Queue<ListEntry>();
        using var abandon = new CancellationTokenSource();
        using (reader)
        {
            try
            {
                var lineNumber = 0;
                while (true)
                {
                    string? line;
                    try
                    {
                        line = reader.ReadLine();
                    }
                    catch (IOException e)
                    {
                        pending.Enqueue(new ListEntry(null, null, SourceItem.Failed(name, name, ProblemCodes.InputUnreadable(e.Message))));
                        line = null;
                    }

                    if (line is null)
                    {
                        break;
                    }

                    lineNumber++;
                    var entry = line.Trim();
                    if (entry.Length == 0 || entry[0] == '#')
                    {
                        continue;
                    }

                    if (entry == "-" || entry[0] == '@')
                    {
                        var source = $"{name}:{lineNumber}";
                        pending.Enqueue(new ListEntry(null, null, SourceItem.Failed(entry, source, ProblemCodes.UnsupportedInput("a list names files, folders and URLs, not standard input or other lists"))));
                    }
                    else
                    {
                        pending.Enqueue(UrlFetcher.IsUrl(entry) ? new ListEntry(null, fetcher.FetchAsync(entry, abandon.Token), null) : new ListEntry(entry, null, null));
                    }

                    while (pending.Count >= fetcher.Options.Concurrency)
                    {
                        foreach (var item in Items(pending.Dequeue()))
                        {
                            yield return item;
                        }
                    }
                }

                while (pending.Count > 0)
                {
                    foreach (var item in Items(pending.Dequeue()))
                    {
                        yield return item;
                    }
                }
            }
            finally
            {
                abandon.Cancel();   // the reader stopped early: fetches still running are not wanted
            }
        }

        IEnumerable<SourceItem> Items(ListEntry entry) =>
            entry.Fetch is { } fetch ? [fetch.GetAwaiter().GetResult()]
            : entry.Done is { } done ? [done]
            : Read(entry.Input!, openStdin, fetcher, maxDocumentBytes);
    }

    /// <summary>A list's entry waiting its turn: a path to read, a URL being fetched, or an item made already.</summary>
    private sealed record ListEntry(string? Input, Task<SourceItem>? Fetch, SourceItem? Done);

    private static IEnumerable<SourceItem> ReadDirectory(string directory, Func<Stream> openStdin)
    {
        foreach (var file in FilesIn(directory, include: null))
        {
            foreach (var item in Read(file, openStdin))
            {
                yield return item;
            }
        }
    }

    /// <summary>
    /// The inputs that one command-line input stands for: a folder's readable files (recursively, in
    /// ordinal name order, those <paramref name="include"/> accepts by their path relative to the
    /// folder, with <c>/</c> separators), or the input itself.
    /// </summary>
    public static IEnumerable<string> Expand(string input, Func<string, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input != "-" && Directory.Exists(input) ? FilesIn(input, include) : [input];
    }

    // Symbolic links to folders are not followed (as find and grep -r do not): a link to the folder itself
    // or to one above it otherwise read the same files again at every depth, until the path grew too long.
    private static IEnumerable<string> FilesIn(string directory, Func<string, bool>? include) =>
        new FileSystemEnumerable<string>(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        }
            .Where(f => KindOf(f) is not null || WarcReader.IsArchivePath(f))
            .Where(f => include is null || include(Path.GetRelativePath(directory, f).Replace(Path.DirectorySeparatorChar, '/')))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<SourceItem> ReadStdin(Func<Stream> openStdin) => ReadStream("-", openStdin, kind: null);

    private static IEnumerable<SourceItem> ReadFile(string path, long maxDocumentBytes = long.MaxValue)
    {
        if (!File.Exists(path))
        {
            return [SourceItem.Failed(path, path, ProblemCodes.InputNotFound())];
        }

        // One page or text is one document: one larger than the limit is refused without reading it.
        if (KindOf(path) is InputKind.Html or InputKind.Text && !path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            && new FileInfo(path).Length is var length && length > maxDocumentBytes)
        {
            return [SourceItem.Failed(path, path, ProblemCodes.InputTooLarge(length, maxDocumentBytes))];
        }

        return ReadStream(path, () => OpenFile(path), KindOf(path));
    }

    /// <summary>How long opening one file may take: opening a named pipe (FIFO) that nothing writes to never returns.</summary>
    private static readonly TimeSpan OpenLimit = TimeSpan.FromSeconds(10);

    private static Stream OpenFile(string path)
    {
        var file = OpenWithin(path, OpenLimit);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new CheckedGzipStream(file) : file;
    }

    /// <summary>
    /// Opens a file on a thread of its own and waits for it at most <paramref name="limit"/>: a named pipe
    /// with no writer (or a hung network mount) in a folder otherwise blocks the whole batch, past Ctrl-C.
    /// The thread left waiting is a background one; it ends with the process.
    /// </summary>
    private static FileStream OpenWithin(string path, TimeSpan limit)
    {
        // A file with a size is a regular file (a pipe or a character device reads 0): it opens at once, on this thread,
        // without a thread started per file of a large batch.
        if (new FileInfo(path).Length > 0)
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }

        var open = Task.Factory.StartNew(() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (Task.WaitAny([open], limit) < 0)
        {
            _ = open.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw new IOException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"not opened within {limit.TotalSeconds:0} s (a named pipe or a device that nothing writes to?)"));
        }

        return open.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Reads one input. JSON Lines are streamed a line at a time, so a dump of any size is read in
    /// constant memory; a page or a text file is read whole (it is one document). Failures to open or
    /// read become one failed item naming the input (and the line reached, for JSON Lines).
    /// </summary>
    private static IEnumerable<SourceItem> ReadStream(string name, Func<Stream> open, InputKind? kind)
    {
        Stream? stream = null;
        byte[] head = [];
        string? error = null;
        string? cut = null;
        try
        {
            stream = open();
            head = ReadUpTo(stream, HeadLength, out cut);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error = e.Message;
        }

        if (error is not null)
        {
            stream?.Dispose();
            yield return SourceItem.Failed(name, name, ProblemCodes.InputUnreadable(error));
            yield break;
        }

        using (stream)
        {
            if (kind is null && IsArchive(head))
            {
                foreach (var item in WarcReader.Read(new ConcatenatedStream(head, stream!), name))
                {
                    yield return item;
                }

                yield break;
            }

            kind ??= Sniff(head);
            if (cut is not null)
            {
                // A .gz file damaged within its first bytes: a page or text is lost whole, a JSON Lines
                // file keeps the records before the damage and ends with a failed item at it.
                var items = kind == InputKind.JsonLines
                    ? StreamJsonLines(name, new ConcatenatedStream(head, stream!))
                    : [SourceItem.Failed(name, name, ProblemCodes.InputUnreadable(cut))];
                foreach (var item in items)
                {
                    yield return item;
                }

                yield break;
            }

            if (kind != InputKind.JsonLines || head.Length < HeadLength)
            {
                byte[] bytes = head;
                if (head.Length == HeadLength)
                {
                    try
                    {
                        bytes = ReadRest(head, stream!);
                    }
                    catch (Exception e) when (e is IOException or InvalidDataException)
                    {
                        error = e.Message;
                    }
                }

                var items = error is null ? FromBytes(name, bytes, kind.Value) : [SourceItem.Failed(name, name, ProblemCodes.InputUnreadable(error))];
                foreach (var item in items)
                {
                    yield return item;
                }

                yield break;
            }

            if (BinaryKind(head) is { } binary)
            {
                yield return SourceItem.Failed(name, name, ProblemCodes.UnsupportedInput($"binary content ({binary}), not HTML, text or JSON Lines"));
                yield break;
            }

            foreach (var item in StreamJsonLines(name, new ConcatenatedStream(head, stream!)))
            {
                yield return item;
            }
        }
    }

    private const int HeadLength = 1 << 16;

    /// <summary>
    /// Up to <paramref name="count"/> bytes from the start of the stream. When a damaged .gz file fails after
    /// giving some bytes, those are returned and <paramref name="cut"/> says what is wrong (reading on
    /// fails again with it); a stream that fails at once throws.
    /// </summary>
    private static byte[] ReadUpTo(Stream stream, int count, out string? cut)
    {
        cut = null;
        var buffer = new byte[count];
        var filled = 0;
        while (filled < count)
        {
            int n;
            try
            {
                n = stream.Read(buffer, filled, count - filled);
            }
            catch (InvalidDataException e) when (filled > 0 && stream is CheckedGzipStream)
            {
                cut = e.Message;
                break;
            }

            if (n == 0)
            {
                break;
            }

            filled += n;
        }

        return filled == count ? buffer : buffer[..filled];
    }

    /// <summary>
    /// The head and the rest of the stream in one array: allocated once at its size when the stream
    /// knows its length (a file), else grown as the bytes come. A file that grows or shrinks while
    /// it is read still gives exactly the bytes read.
    /// </summary>
    private static byte[] ReadRest(byte[] head, Stream stream)
    {
        if (stream.CanSeek && stream.Length - stream.Position is var left && left >= 0 && left <= Array.MaxLength - head.Length)
        {
            var bytes = new byte[head.Length + left];
            head.CopyTo(bytes, 0);
            var filled = stream.ReadAtLeast(bytes.AsSpan(head.Length), (int)left, throwOnEndOfStream: false);
            var next = stream.ReadByte();
            if (next < 0)
            {
                return filled == left ? bytes : bytes[..(head.Length + filled)];
            }

            using var grown = new MemoryStream();
            grown.Write(bytes, 0, head.Length + filled);
            grown.WriteByte((byte)next);
            stream.CopyTo(grown);
            return grown.ToArray();
        }

        using var whole = new MemoryStream();
        whole.Write(head);
        stream.CopyTo(whole);
        return whole.ToArray();
    }

    private static IEnumerable<SourceItem> FromBytes(string name, byte[] bytes, InputKind kind)
    {
        if (IsBlank(bytes))
        {
            return [SourceItem.Failed(name, name, ProblemCodes.InputEmpty())];
        }

        if (BinaryKind(bytes) is { } binary)
        {
            return [SourceItem.Failed(name, name, ProblemCodes.UnsupportedInput($"binary content ({binary}), not HTML, text or JSON Lines"))];
        }

        return kind switch
        {
            InputKind.Html => [SourceItem.Of(new InputDocument(name, name, new DocumentContent.HtmlBytes(bytes)))],
            InputKind.Text => [SourceItem.Of(new InputDocument(name, name, new DocumentContent.PlainText(TextDecoding.Decode(bytes))))],
            _ => StreamJsonLines(name, new MemoryStream(bytes)),
        };
    }

    /// <summary>JSON Lines, one record a line, UTF-8 (a BOM is honoured); blank lines are skipped.</summary>
    private static IEnumerable<SourceItem> StreamJsonLines(string name, Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0L;
        var records = 0L;
        while (true)
        {
            string? line;
            string? error = null;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                line = null;
                error = e.Message;
            }

            if (error is not null)
            {
                var source = $"{name}:{lineNumber + 1}";
                yield return SourceItem.Failed(source, source, ProblemCodes.InputUnreadable(error));
                yield break;
            }

            if (line is null)
            {
                break;
            }

            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            records++;
            yield return ParseJsonLine(name, lineNumber, line);
        }

        if (records == 0)
        {
            yield return SourceItem.Failed(name, name, ProblemCodes.InputEmpty());
        }
    }

    /// <summary>Parses one JSON Lines record <c>{"id", "html" | "text", "url"?, "title"?, "published"?}</c>.</summary>
    public static SourceItem ParseJsonLine(string name, long lineNumber, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var source = $"{name}:{lineNumber}";
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return SourceItem.Failed(source, source, ProblemCodes.BadJsonLine("not a JSON object"));
            }

            var id = Str(root, "id") ?? source;
            var html = Str(root, "html");
            var text = Str(root, "text");
            if (html is null && text is null)
            {
                return SourceItem.Failed(id, source, ProblemCodes.BadJsonLine("needs an \"html\" or a \"text\" field"));
            }

            if (string.IsNullOrWhiteSpace(html ?? text))
            {
                return SourceItem.Failed(id, source, ProblemCodes.InputEmpty());
            }

            DocumentContent content = html is not null ? new DocumentContent.HtmlText(html) : new DocumentContent.PlainText(text!);
            return SourceItem.Of(new InputDocument(id, source, content)
            {
                Url = Str(root, "url"),
                Title = Str(root, "title"),
                Published = Str(root, "published"),
            });
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string with a lone surrogate escape ("\ud800"), which no UTF-8 output can carry.
            return SourceItem.Failed(source, source, ProblemCodes.BadJsonLine(e.Message));
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static InputKind? KindOf(string path)
    {
        var p = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(p);
        if (HtmlExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase))
        {
            return InputKind.Html;
        }

        if (TextExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase))
        {
            return InputKind.Text;
        }

        return JsonLinesExtensions.Contains(ext, StringComparer.OrdinalIgnoreCase) ? InputKind.JsonLines : null;
    }

    /// <summary>Whether bytes of unknown kind (standard input, a file without a known extension) start a web archive, plain or gzipped.</summary>
    private static bool IsArchive(byte[] head)
    {
        ReadOnlySpan<byte> start = head;
        if (start.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            var inflated = new byte[16];
            try
            {
                using var gzip = new GZipStream(new MemoryStream(head), CompressionMode.Decompress);
                start = inflated.AsSpan(0, gzip.ReadAtLeast(inflated, inflated.Length, throwOnEndOfStream: false));
            }
            catch (InvalidDataException)
            {
                return false;
            }
        }

        return start.StartsWith("WARC/"u8) || start.StartsWith("filedesc://"u8);
    }

    private static InputKind Sniff(byte[] bytes)
    {
        var preview = TextDecoding.Decode(bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).ToArray()).TrimStart();
        return preview.StartsWith('<') ? InputKind.Html : preview.StartsWith('{') ? InputKind.JsonLines : InputKind.Text;
    }

    /// <summary>What a binary file is, from its magic number or from NUL bytes in its first kilobyte (UTF-16 text has them too: with a BOM, or at every other byte); null for text.</summary>
    private static string? BinaryKind(byte[] bytes)
    {
        ReadOnlySpan<byte> b = bytes;
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
        {
            return "a PNG image";
        }

        if (b.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }

        if (b.StartsWith("GIF8"u8))
        {
            return "a GIF image";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "gzip data; name the file .gz to have it decompressed";
        }

        if (b.StartsWith("PK\x03\x04"u8))
        {
            return "a ZIP archive";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) || b.StartsWith("BZh"u8) || b.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]))
        {
            return "xz, bzip2 or zstd data; decompress it first";
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || Html.HtmlDecoder.SniffUtf16(b) is not null)
        {
            return null;
        }

        // Text in any of the charsets read (UTF-8, windows-1252, Shift_JIS, ...) has no control bytes but
        // tab, line breaks, form feed and escape; random or compressed bytes have one in ten.
        var head = b[..Math.Min(b.Length, 1024)];
        var nuls = 0;
        var controls = 0;
        foreach (var x in head)
        {
            nuls += x == 0 ? 1 : 0;
            controls += x < 0x20 && x is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B) ? 1 : 0;
        }

        return nuls > head.Length / 10 || controls > head.Length / 20 ? "bytes that are not text" : null;
    }

    private static bool IsBlank(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not (0x20 or 0x09 or 0x0A or 0x0D or 0xEF or 0xBB or 0xBF or 0xFE or 0xFF or 0x00))
            {
                return false;
            }
        }

        return true;
    }

    private enum InputKind
    {
        Html,
        Text,
        JsonLines,
    }
}

/// <summary>Decodes plain text and JSON Lines: a BOM when there is one, else UTF-8, else windows-1252 (never throws, never drops bytes).</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}

/// <summary>Bytes already read from a stream, then the rest of it: lets a reader look at the head of stdin and still stream all of it. Disposing of it disposes of the rest.</summary>
internal sealed class ConcatenatedStream(byte[] head, Stream rest) : ForwardReadStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        if (_position < head.Length)
        {
            var n = Math.Min(buffer.Length, head.Length - _position);
            head.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
