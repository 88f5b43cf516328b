using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ClaimExtract.Sources;

/// <summary>
/// Reads inputs into <see cref="SourceItem"/>s: HTML files (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>),
/// text files (<c>.txt</c>), JSON Lines (<c>.jsonl</c>, <c>.ndjson</c>), each optionally gzipped
/// (<c>.gz</c>), folders (recursively, in name order), and standard input (<c>-</c>, sniffed:
/// <c>&lt;</c> is HTML, <c>{</c> is JSON Lines, anything else text). A file that cannot be read
/// yields one failed item naming it; nothing throws for bad input.
/// </summary>
public static class DocumentReader
{
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];
    private static readonly string[] TextExtensions = [".txt", ".text"];
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    /// <summary>Reads one command-line input; <paramref name="openStdin"/> is called for <c>-</c>.</summary>
    public static IEnumerable<SourceItem> Read(string input, Func<Stream> openStdin)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(openStdin);
        if (input == "-")
        {
            return ReadStdin(openStdin);
        }

        if (Directory.Exists(input))
        {
            return ReadDirectory(input, openStdin);
        }

        return ReadFile(input);
    }

    private static IEnumerable<SourceItem> ReadDirectory(string directory, Func<Stream> openStdin)
    {
        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => KindOf(f) is not null)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var item in Read(file, openStdin))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<SourceItem> ReadStdin(Func<Stream> openStdin)
    {
        byte[] bytes;
        string? error = null;
        try
        {
            using var stdin = openStdin();
            bytes = ReadAll(stdin);
        }
        catch (IOException e)
        {
            bytes = [];
            error = e.Message;
        }

        if (error is not null)
        {
            return [SourceItem.Failed("-", "-", ProblemCodes.InputUnreadable(error))];
        }

        return FromBytes("-", bytes, Sniff(bytes));
    }

    private static IEnumerable<SourceItem> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            return [SourceItem.Failed(path, path, ProblemCodes.InputNotFound())];
        }

        var kind = KindOf(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                bytes = ReadAll(gzip);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return [SourceItem.Failed(path, path, ProblemCodes.InputUnreadable(e.Message))];
        }

        return FromBytes(path, bytes, kind ?? Sniff(bytes));
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
            _ => ReadJsonLines(name, bytes),
        };
    }

    private static IEnumerable<SourceItem> ReadJsonLines(string name, byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes);
        using var reader = new StringReader(text);
        var lineNumber = 0L;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return ParseJsonLine(name, lineNumber, line);
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

    private static InputKind Sniff(byte[] bytes)
    {
        var preview = TextDecoding.Decode(bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).ToArray()).TrimStart();
        return preview.StartsWith('<') ? InputKind.Html : preview.StartsWith('{') ? InputKind.JsonLines : InputKind.Text;
    }

    /// <summary>What a binary file is, from its magic number or from NUL bytes in its first kilobyte (UTF-16 text, which has them, starts with a BOM); null for text.</summary>
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

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        var head = b[..Math.Min(b.Length, 1024)];
        var nuls = 0;
        foreach (var x in head)
        {
            nuls += x == 0 ? 1 : 0;
        }

        return nuls > head.Length / 10 ? "bytes that are not text" : null;
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

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
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
