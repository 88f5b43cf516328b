using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace ClaimExtract.Html;

/// <summary>HTML decoded to text, with the encoding used and any difficulty met.</summary>
/// <param name="Html">The decoded HTML.</param>
/// <param name="EncodingName">The WebName of the encoding used (<c>utf-8</c>, <c>windows-1252</c>, ...).</param>
/// <param name="Problems">CE1002 when the bytes did not fit the declared charset or no charset was declared and they are not UTF-8.</param>
public sealed record DecodedHtml(string Html, string EncodingName, IReadOnlyList<Problem> Problems);

/// <summary>
/// Decodes HTML bytes as a browser would, in this order: a byte order mark; the charset of the
/// transport (an HTTP Content-Type, or just its charset); UTF-16 without a byte order mark, seen from
/// its zero bytes; a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first 4 KB
/// (a meta that says UTF-16 means UTF-8, as in WHATWG: a page that could be read as ASCII to find the
/// meta is not UTF-16); UTF-8 when the bytes are valid UTF-8; else windows-1252. Labels follow WHATWG
/// (<c>iso-8859-1</c> and <c>us-ascii</c> mean windows-1252). Invalid bytes never throw and are never
/// dropped: they become U+FFFD and the result carries a CE1002 warning.
/// </summary>
public static partial class HtmlDecoder
{
    private const int SniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static HtmlDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedHtml Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Lenient(bytes[3..], Encoding.UTF8, "byte order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            // UTF-16 markup has a NUL beside every ASCII character; without any, the BOM lies (a page saved
            // as bytes after a UTF-16 BOM): decoding as UTF-16 would turn it all into CJK-looking nonsense.
            if (!bytes[2..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0) && bytes.Length > 2)
            {
                var rest = WithoutByteOrderMark(bytes[2..], declaredCharset);
                return rest with { Problems = [ProblemCodes.EncodingFallback(rest.EncodingName, "the byte order mark says UTF-16 but the bytes are not"), .. rest.Problems] };
            }

            return Lenient(bytes[2..], bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode, "byte order mark");
        }

        return WithoutByteOrderMark(bytes, declaredCharset);
    }

    private static DecodedHtml WithoutByteOrderMark(ReadOnlySpan<byte> bytes, string? declaredCharset)
    {
        if (ForLabel(CharsetOf(declaredCharset)) is { } transport)
        {
            return Lenient(bytes, transport, "charset of the transport");
        }

        if (SniffUtf16(bytes) is { } utf16)
        {
            return Lenient(bytes, utf16, "UTF-16 without a byte order mark");
        }

        if (MetaEncoding(bytes) is { } declared)
        {
            return Lenient(bytes, declared, "declared charset");
        }

        try
        {
            return new DecodedHtml(StrictUtf8.GetString(bytes), "utf-8", []);
        }
        catch (DecoderFallbackException) when (IsTruncatedUtf8(bytes))
        {
            // A download cut inside a character: the rest is UTF-8, and windows-1252 would garble all of it.
            return new DecodedHtml(Encoding.UTF8.GetString(bytes), "utf-8",
                [ProblemCodes.EncodingFallback("utf-8 with U+FFFD for the last character", "the bytes end inside a UTF-8 character")]);
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = Encoding.GetEncoding(1252);
            return new DecodedHtml(windows1252.GetString(bytes), windows1252.WebName,
                [ProblemCodes.EncodingFallback(windows1252.WebName, "no charset declared and the bytes are not UTF-8")]);
        }
    }

    /// <summary>The encoding for a charset label, or null when the label is unknown.</summary>
    public static Encoding? ForLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" => "shift_jis",
            "gb2312" or "gbk" or "x-gbk" or "cp936" => "gbk",
            "unicode" or "utf-16" => "utf-16le",
            _ => name,
        };
        try
        {
            var encoding = name == "gbk" ? Encoding.GetEncoding(936) : Encoding.GetEncoding(name);
            // UTF-7 is disabled in .NET (decoding throws NotSupportedException) and banned from the web (WHATWG).
            return encoding.CodePage == 65000 ? null : encoding;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The charset of a Content-Type value (<c>text/html; charset=ISO-8859-2</c>), or the value itself when it is a bare label.</summary>
    private static string? CharsetOf(string? contentType)
    {
        if (contentType is null || !contentType.Contains('=', StringComparison.Ordinal))
        {
            return contentType;
        }

        var match = CharsetParameterRegex().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// UTF-16 without a byte order mark: markup is mostly ASCII, so most byte pairs are a printable ASCII
    /// byte and a zero — zero second in little-endian, first in big-endian — and the other byte of a pair
    /// is almost never zero. Binary data with many zeros does not look like that.
    /// </summary>
    internal static Encoding? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 8)
        {
            return null;
        }

        int littleEndianAscii = 0, bigEndianAscii = 0, evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var (first, second) = (sample[i], sample[i + 1]);
            evenZeros += first == 0 ? 1 : 0;
            oddZeros += second == 0 ? 1 : 0;
            littleEndianAscii += second == 0 && IsPrintableAscii(first) ? 1 : 0;
            bigEndianAscii += first == 0 && IsPrintableAscii(second) ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return littleEndianAscii * 10 > pairs * 4 && evenZeros * 20 < pairs ? Encoding.Unicode
            : bigEndianAscii * 10 > pairs * 4 && oddZeros * 20 < pairs ? Encoding.BigEndianUnicode
            : null;
    }

    private static bool IsPrintableAscii(byte b) => b is >= 0x20 and < 0x7F or 0x09 or 0x0A or 0x0D;

    private static DecodedHtml Lenient(ReadOnlySpan<byte> bytes, Encoding encoding, string reason)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return new DecodedHtml(strict.GetString(bytes), encoding.WebName, []);
        }
        catch (DecoderFallbackException)
        {
            var replacing = (Encoding)encoding.Clone();
            replacing.DecoderFallback = encoding is UTF8Encoding or UnicodeEncoding or UTF32Encoding ? new DecoderReplacementFallback("\uFFFD") : new KeepAsciiReplacementFallback();
            return new DecodedHtml(replacing.GetString(bytes), encoding.WebName,
                [ProblemCodes.EncodingFallback(encoding.WebName + " with U+FFFD for invalid bytes", $"bytes invalid in the {reason}")]);
        }
    }

    /// <summary>
    /// U+FFFD for invalid bytes, but an ASCII byte that a multi-byte decoder took as the trail of a broken
    /// pair is given back as itself (as WHATWG decoders do): .NET's Shift_JIS, GBK and EUC-KR decoders
    /// would otherwise swallow the "&lt;" or the letter after a stray lead byte.
    /// </summary>
    private sealed class KeepAsciiReplacementFallback : DecoderFallback
    {
        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer();

        private sealed class Buffer : DecoderFallbackBuffer
        {
            private readonly StringBuilder _chars = new();
            private int _next;

            public override int Remaining => _chars.Length - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                _chars.Clear();
                _next = 0;
                _chars.Append('\uFFFD');
                for (var i = 1; i < bytesUnknown.Length; i++)
                {
                    _chars.Append(bytesUnknown[i] < 0x80 ? (char)bytesUnknown[i] : '\uFFFD');
                }

                return true;
            }

            public override char GetNextChar() => _next < _chars.Length ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset()
            {
                _chars.Clear();
                _next = 0;
            }
        }
    }

    /// <summary>Whether the bytes are valid UTF-8 up to an incomplete character at the very end.</summary>
    private static bool IsTruncatedUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        return Utf8.ToUtf16(bytes, chars, out _, out _, replaceInvalidSequences: false, isFinalBlock: false) == System.Buffers.OperationStatus.NeedMoreData;
    }

    /// <summary>
    /// The encoding a <c>&lt;meta&gt;</c> declares. A page whose meta could be read as ASCII is not UTF-16 or
    /// UTF-32 whatever it says, so those labels mean UTF-8, as browsers take them (WHATWG "prescan").
    /// </summary>
    private static Encoding? MetaEncoding(ReadOnlySpan<byte> bytes) => ForLabel(SniffMetaCharset(bytes)) switch
    {
        UnicodeEncoding or UTF32Encoding => Encoding.UTF8,
        var encoding => encoding,
    };

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = MetaCharsetRegex().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    // <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">, in either attribute order.
    [GeneratedRegex(@"<meta\b[^>]{0,300}?\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]{1,40})", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex MetaCharsetRegex();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?\s*([A-Za-z0-9_\-:.]{1,40})", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex CharsetParameterRegex();
}
