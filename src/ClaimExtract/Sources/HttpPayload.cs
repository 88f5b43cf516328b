using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ClaimExtract.Sources;

/// <summary>An HTTP response as archived: status, headers and the body as it travelled.</summary>
internal sealed record HttpResponseHead(int Status, string? ContentType, string? TransferEncoding, string? ContentEncoding, long? ContentLength, int BodyStart);

/// <summary>
/// Reads archived HTTP responses: the head, chunked transfer-encoding, Content-Encoding (gzip, deflate, br),
/// and whether the payload is HTML. Pure functions over bytes; failures are messages, not exceptions.
/// </summary>
internal static class HttpPayload
{
    private static readonly string[] HtmlMediaTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>Media types that say nothing about the content, so the bytes are sniffed.</summary>
    private static readonly string[] UninformativeMediaTypes = ["", "application/octet-stream", "unk", "no-type", "unknown/unknown", "application/unknown"];

    /// <summary>Parses the status line and headers at the start of <paramref name="block"/>; null when it is not an HTTP response head.</summary>
    public static HttpResponseHead? ParseHead(ReadOnlySpan<byte> block)
    {
        if (!block.StartsWith("HTTP/"u8))
        {
            return null;
        }

        var headEnd = block.IndexOf("\r\n\r\n"u8);
        var separator = 4;
        var lfOnly = block.IndexOf("\n\n"u8);
        if (headEnd < 0 || (lfOnly >= 0 && lfOnly < headEnd))
        {
            (headEnd, separator) = (lfOnly, 2);
        }

        if (headEnd < 0)
        {
            // A head with no body and no blank line after it.
            headEnd = block.Length;
            separator = 0;
        }

        var lines = Encoding.Latin1.GetString(block[..headEnd]).Split('\n');
        var statusParts = lines[0].Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusParts.Length < 2 || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            return null;
        }

        string? contentType = null, transferEncoding = null, contentEncoding = null;
        long? contentLength = null;
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType ??= value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transferEncoding = value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding = value;
            }
            else if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                contentLength = length;
            }
        }

        return new HttpResponseHead(status, contentType, transferEncoding, contentEncoding, contentLength, Math.Min(block.Length, headEnd + separator));
    }

    /// <summary>The media type of a Content-Type value, lower-case, without parameters.</summary>
    public static string MediaType(string? contentType) =>
        (contentType ?? "").Split(';', 2)[0].Trim().ToLowerInvariant();

    /// <summary>The charset parameter of a Content-Type value, unquoted; null when there is none.</summary>
    public static string? Charset(string? contentType)
    {
        foreach (var parameter in (contentType ?? "").Split(';').Skip(1))
        {
            var eq = parameter.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && parameter[..eq].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                var value = parameter[(eq + 1)..].Trim().Trim('"', '\'').Trim();
                return value.Length > 0 ? value : null;
            }
        }

        return null;
    }

    /// <summary>Whether a payload is HTML: by its media type, or, when that says nothing, by its first bytes.</summary>
    public static bool IsHtml(string? contentType, ReadOnlySpan<byte> body)
    {
        var mediaType = MediaType(contentType);
        if (HtmlMediaTypes.Contains(mediaType))
        {
            return true;
        }

        return UninformativeMediaTypes.Contains(mediaType) && LooksLikeHtml(body);
    }

    /// <summary>True when the bytes start (after a BOM and white space) with a doctype, an <c>html</c>, <c>head</c> or <c>body</c> tag, or a comment.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var b = body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;
        b = b.TrimStart(" \t\r\n"u8);
        b = b[..Math.Min(b.Length, 16)];
        Span<byte> lower = stackalloc byte[b.Length];
        for (var i = 0; i < b.Length; i++)
        {
            lower[i] = b[i] is >= (byte)'A' and <= (byte)'Z' ? (byte)(b[i] + 32) : b[i];
        }

        return lower.StartsWith("<!doctype html"u8) || lower.StartsWith("<html"u8) || lower.StartsWith("<head"u8)
            || lower.StartsWith("<body"u8) || lower.StartsWith("<!--"u8);
    }

    /// <summary>
    /// The body of a chunked message, or null when the bytes are not validly chunked (archives hold bodies that
    /// claim chunking but were stored de-chunked; the caller then takes them as they are). A missing final chunk
    /// is tolerated: the body is what arrived.
    /// </summary>
    public static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length);
        var rest = body;
        while (true)
        {
            var lineEnd = rest.IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                return rest.Trim(" \t\r\n"u8).IsEmpty && output.Length > 0 ? output.ToArray() : null;
            }

            var sizeText = Encoding.Latin1.GetString(rest[..lineEnd]).Trim();
            var semicolon = sizeText.IndexOf(';', StringComparison.Ordinal);
            sizeText = semicolon >= 0 ? sizeText[..semicolon].Trim() : sizeText;
            if (sizeText.Length is 0 or > 15 || !long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size))
            {
                return null;
            }

            rest = rest[(lineEnd + 1)..];
            if (size == 0)
            {
                return output.ToArray();
            }

            if (size > rest.Length)
            {
                // The last chunk is cut short: keep what there is.
                output.Write(rest);
                return output.ToArray();
            }

            output.Write(rest[..(int)size]);
            rest = rest[(int)size..];
            rest = rest.StartsWith("\r\n"u8) ? rest[2..] : rest.StartsWith("\n"u8) ? rest[1..] : rest;
        }
    }

    /// <summary>
    /// Undoes Content-Encoding (<c>gzip</c>, <c>x-gzip</c>, <c>deflate</c> with or without its zlib wrapper,
    /// <c>br</c>; <c>identity</c> and none leave it). Output over <paramref name="maxBytes"/> is an error, as is
    /// an unknown coding. Data cut short gives what it decodes to.
    /// </summary>
    public static (byte[]? Body, string? Error) Decode(byte[] body, string? contentEncoding, long maxBytes)
    {
        var codings = (contentEncoding ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var coding in codings.Reverse())
        {
            var c = coding.ToLowerInvariant();
            if (c is "identity" or "none")
            {
                continue;
            }

            Func<Stream, Stream>? open = c switch
            {
                "gzip" or "x-gzip" => s => new GZipStream(s, CompressionMode.Decompress),
                "deflate" => s => body.Length >= 2 && (body[0] & 0x0F) == 8 && ((body[0] << 8) | body[1]) % 31 == 0
                    ? new ZLibStream(s, CompressionMode.Decompress)
                    : new DeflateStream(s, CompressionMode.Decompress),
                "br" => s => new BrotliStream(s, CompressionMode.Decompress),
                _ => null,
            };
            if (open is null)
            {
                return (null, $"unknown Content-Encoding \"{coding}\"");
            }

            try
            {
                using var decoder = open(new MemoryStream(body));
                using var output = new MemoryStream();
                var buffer = new byte[81920];
                int n;
                while ((n = decoder.Read(buffer)) > 0)
                {
                    if (output.Length + n > maxBytes)
                    {
                        return (null, $"the body decodes to more than {maxBytes} bytes");
                    }

                    output.Write(buffer, 0, n);
                }

                body = output.ToArray();
            }
            catch (InvalidDataException e)
            {
                return (null, $"the body is not valid {coding}: {e.Message}");
            }
        }

        return (body, null);
    }
}
