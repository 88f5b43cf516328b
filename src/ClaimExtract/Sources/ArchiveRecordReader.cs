using System.Globalization;
using System.Text;

namespace ClaimExtract.Sources;

/// <summary>One record of a WARC or ARC file, or what kept a stretch of the file from being read as one.</summary>
internal sealed record ArchiveRecord
{
    /// <summary>The file offset of the record (for gzip files, of the gzip member it starts in).</summary>
    public required long Offset { get; init; }

    /// <summary>The WARC-Type (<c>response</c>, <c>resource</c>, ...); <c>response</c> for ARC records.</summary>
    public string? Type { get; init; }

    public string? RecordId { get; init; }

    public string? TargetUri { get; init; }

    /// <summary>The capture date as ISO 8601 (<c>2017-03-06T04:03:53Z</c>).</summary>
    public string? Date { get; init; }

    /// <summary>The record's own Content-Type (for WARC <c>response</c> records, <c>application/http</c>).</summary>
    public string? ContentType { get; init; }

    /// <summary>The record block, read when the record was wanted and not larger than the cap; for a record cut short by the end of the file, the bytes there are.</summary>
    public byte[]? Block { get; init; }

    /// <summary>The declared block length.</summary>
    public long Length { get; init; }

    /// <summary>Why the record, or the bytes at <see cref="Offset"/>, could not be read; null when it was.</summary>
    public string? Damage { get; init; }

    /// <summary>Set when the record was wanted but its block is larger than the cap.</summary>
    public bool TooLarge { get; init; }
}

/// <summary>
/// Reads WARC (1.0, 1.1) and ARC (v1, v2) records one at a time from an <see cref="IArchiveInput"/>, with memory
/// bounded by the largest block it is asked to keep. Blocks of unwanted records are skipped, not stored.
/// Damage (a record cut short, a malformed header, bytes between records that belong to none, corrupt gzip
/// data) becomes a record with <see cref="ArchiveRecord.Damage"/> set, and reading goes on at the next record:
/// the next gzip member, or the next line that starts a record.
/// </summary>
internal sealed class ArchiveRecordReader : IDisposable
{
    private const int MaxLine = 1 << 16;
    private readonly IArchiveInput _input;
    private readonly Func<string?, bool> _wanted;
    private readonly long _maxBlock;
    private readonly byte[] _buffer = new byte[MaxLine * 2];
    private int _head;
    private int _tail;
    private long _bufferPosition;
    private bool _atEnd;
    private ArchiveDamage? _damage;
    private bool _isArc;
    private int _arcVersion = 1;

    // After a malformed header the bytes up to the next record are that record's, not reported again.
    private bool _resyncing;

    // A record read whole is held back until the bytes after it are known: a gzip member that turns out
    // corrupt (failing its checksum, or inflating to more than the record) spoils the record it holds.
    private ArchiveRecord? _held;

    // Where bytes that belong to no record began, or -1.
    private long _junkStart = -1;

    /// <param name="input">The decompressed file.</param>
    /// <param name="wanted">Whether records of a WARC-Type are kept (their blocks read); ARC records are <c>response</c>.</param>
    /// <param name="maxBlock">The largest block kept; larger wanted records come back with <see cref="ArchiveRecord.TooLarge"/>.</param>
    public ArchiveRecordReader(IArchiveInput input, Func<string?, bool> wanted, long maxBlock)
    {
        _input = input;
        _wanted = wanted;
        _maxBlock = maxBlock;
    }

    private long Position => _bufferPosition + _head;

    /// <summary>Reads the file's records; the first non-blank bytes decide WARC (<c>WARC/</c>) or ARC (<c>filedesc://</c>).</summary>
    public IEnumerable<ArchiveRecord> ReadAll()
    {
        while (true)
        {
            SkipBlankLines();
            var start = Position;
            if (StartsWith("filedesc://"u8))
            {
                _isArc = true;
                break;
            }

            if (StartsWith("WARC/"u8))
            {
                break;
            }

            if (TakeDamageRecord() is not { } damage)
            {
                if (_tail > _head)
                {
                    yield return new ArchiveRecord { Offset = _input.OffsetOf(start), Damage = "not a WARC or ARC file: it starts with neither \"WARC/\" nor \"filedesc://\"" };
                }

                yield break;
            }

            // The first gzip member is damaged: what it gave is dropped, and the next member may start the file.
            yield return new ArchiveRecord { Offset = damage.Offset, Damage = damage.Message };
            _head = _tail;
        }

        while (true)
        {
            SkipBlankLines();
            if (_head == _tail && !Fill())
            {
                var damage = TakeDamageRecord();
                if (_held is { } held && damage is { SpoilsDelivered: true } && damage.Offset == held.Offset)
                {
                    yield return held with { Block = null, Damage = $"record at offset {held.Offset} ({Describe(held)}) is damaged: {damage.Message}" };
                    (_held, _junkStart, _resyncing) = (null, -1, true);
                    continue;
                }

                foreach (var pending in TakePending())
                {
                    yield return pending;
                }

                if (damage is null)
                {
                    yield break;
                }

                yield return new ArchiveRecord { Offset = damage.Offset, Damage = damage.Message };
                _resyncing = true;
                continue;
            }

            if (!AtRecordStart())
            {
                _junkStart = _junkStart >= 0 || _resyncing ? _junkStart : Position;
                SkipLine();
                continue;
            }

            _resyncing = false;
            foreach (var pending in TakePending())
            {
                yield return pending;
            }

            var record = _isArc ? ReadArcRecord() : ReadWarcRecord();
            if (record.Damage is null)
            {
                _held = record;
            }
            else
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _input.Dispose();

    /// <summary>The record held back and the stray bytes after it, in file order, once what follows them is known.</summary>
    private List<ArchiveRecord> TakePending()
    {
        var pending = new List<ArchiveRecord>(2);
        if (_held is not null)
        {
            pending.Add(_held);
            _held = null;
        }

        if (_junkStart >= 0)
        {
            pending.Add(Junk(_junkStart, Position));
            _junkStart = -1;
        }

        return pending;
    }

    private ArchiveRecord Junk(long from, long to) =>
        new() { Offset = _input.OffsetOf(from), Damage = $"{to - from} bytes at offset {_input.OffsetOf(from)} belong to no record" };

    /// <summary>The WARC record that starts at the current line.</summary>
    private ArchiveRecord ReadWarcRecord()
    {
        var start = Position;
        var offset = _input.OffsetOf(start);
        SkipLine();
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        while (true)
        {
            var line = ReadLine();
            if (line is null)
            {
                return Cut(offset, fields, "its header");
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line[0] is ' ' or '\t' && last is not null)
            {
                fields[last] += " " + line.Trim();
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                return Malformed(offset, fields, $"header line \"{Shorten(line)}\" has no field name");
            }

            last = line[..colon].Trim();
            fields[last] = line[(colon + 1)..].Trim();
        }

        if (!fields.TryGetValue("Content-Length", out var lengthText) || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return Malformed(offset, fields, lengthText is null ? "no Content-Length" : $"Content-Length \"{Shorten(lengthText)}\" is not a number");
        }

        var type = fields.GetValueOrDefault("WARC-Type");
        var record = new ArchiveRecord
        {
            Offset = offset,
            Type = type,
            RecordId = Unbracket(fields.GetValueOrDefault("WARC-Record-ID")),
            TargetUri = Unbracket(fields.GetValueOrDefault("WARC-Target-URI")),
            Date = fields.GetValueOrDefault("WARC-Date"),
            ContentType = fields.GetValueOrDefault("Content-Type"),
            Length = length,
        };
        return ReadBlock(record);
    }

    /// <summary>An ARC record at the current line (<c>URL IP date type length</c>, v2 with five more fields before the length).</summary>
    private ArchiveRecord ReadArcRecord()
    {
        var offset = _input.OffsetOf(Position);
        var line = ReadLine() ?? "";
        if (line.StartsWith("filedesc:", StringComparison.OrdinalIgnoreCase))
        {
            // The file's own header has the fields of its version: five in v1, ten in v2.
            _arcVersion = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10 ? 2 : 1;
        }

        if (ParseArcHeader(line, _arcVersion) is not { Length: >= 0 } header)
        {
            _resyncing = true;
            return new ArchiveRecord { Offset = offset, Damage = $"malformed ARC header at offset {offset}: \"{Shorten(line)}\"" };
        }

        var isFiledesc = header.Url.StartsWith("filedesc:", StringComparison.OrdinalIgnoreCase);
        var record = ReadBlock(
            new ArchiveRecord
            {
                Offset = offset,
                Type = isFiledesc ? "filedesc" : "response",
                TargetUri = header.Url,
                Date = header.Date,
                ContentType = header.ContentType,
                Length = header.Length,
            },
            keep: isFiledesc);
        if (isFiledesc && record.Block is [(byte)'2', ..])
        {
            // The version block's first line is "<version> <reserved> <origin>"; v2 headers have ten fields.
            _arcVersion = 2;
        }

        return isFiledesc ? record with { Block = null } : record;
    }

    private ArchiveRecord ReadBlock(ArchiveRecord record, bool keep = false)
    {
        var wanted = keep || _wanted(record.Type);
        if (wanted && record.Length > _maxBlock)
        {
            var skipped = Skip(record.Length);
            return skipped < record.Length ? Cut(record, skipped) : record with { TooLarge = true };
        }

        if (!wanted)
        {
            var skipped = Skip(record.Length);
            return skipped < record.Length ? Cut(record, skipped) : record;
        }

        var block = new byte[record.Length];
        var read = ReadInto(block);
        return read < block.Length ? Cut(record, read, block) : record with { Block = block };
    }

    /// <summary>A record whose block breaks off; when the file simply ends, the bytes there are kept as <see cref="ArchiveRecord.Block"/> (see <see cref="WarcReader"/>).</summary>
    private ArchiveRecord Cut(ArchiveRecord record, long read, byte[]? block = null)
    {
        var damage = TakeDamage();
        return record with
        {
            Block = damage is null ? block?[..(int)read] : null,
            Damage = $"record at offset {record.Offset} ({Describe(record)}) is cut short after {read} of {record.Length} bytes: {damage ?? "the file ends"}",
        };
    }

    private ArchiveRecord Cut(long offset, Dictionary<string, string> fields, string part)
    {
        var why = TakeDamage() is { } damage ? damage : "the file ends";
        return new ArchiveRecord { Offset = offset, RecordId = Unbracket(fields.GetValueOrDefault("WARC-Record-ID")), Damage = $"record at offset {offset} is cut short in {part}: {why}" };
    }

    private ArchiveRecord Malformed(long offset, Dictionary<string, string> fields, string reason)
    {
        _resyncing = true;
        return new() { Offset = offset, RecordId = Unbracket(fields.GetValueOrDefault("WARC-Record-ID")), Damage = $"malformed record header at offset {offset}: {reason}" };
    }

    private static string Describe(ArchiveRecord r) => r.TargetUri is null ? r.Type ?? "no type" : $"{r.Type} {r.TargetUri}";

    private static string? Unbracket(string? value) =>
        value is ['<', .. var inner, '>'] ? inner.Trim() : value;

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";

    private bool AtRecordStart()
    {
        if (!_isArc)
        {
            return StartsWith("WARC/"u8);
        }

        if (!_resyncing)
        {
            return true;
        }

        // After a malformed ARC header the block length is unknown: only a line that parses as a header starts a record.
        var end = LineEnd();
        var line = Encoding.UTF8.GetString(_buffer, _head, end - _head).TrimEnd('\n').TrimEnd('\r');
        return ParseArcHeader(line, _arcVersion) is not null;
    }

    /// <summary>Parses an ARC header line from the right, so URLs with spaces survive; null when it is not one, a length of -1 when its length is not a number.</summary>
    internal static (string Url, string? Date, string ContentType, long Length)? ParseArcHeader(string line, int version)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var after = version == 2 ? 9 : 4;
        if (parts.Length < after + 1
            || !parts[^(after - 1)].All(char.IsAsciiDigit)
            || parts[^(after - 1)].Length < 8)
        {
            return null;
        }

        var url = string.Join(' ', parts[..^after]);
        if (!url.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var d = parts[^(after - 1)];
        var date = d.Length >= 14
            ? $"{d[..4]}-{d[4..6]}-{d[6..8]}T{d[8..10]}:{d[10..12]}:{d[12..14]}Z"
            : $"{d[..4]}-{d[4..6]}-{d[6..8]}";
        return (url, date, parts[^(after - 2)], long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : -1);
    }

    private string? TakeDamage() => TakeDamageRecord()?.Message;

    private ArchiveDamage? TakeDamageRecord()
    {
        var damage = _damage;
        _damage = null;
        return damage;
    }

    private bool StartsWith(ReadOnlySpan<byte> prefix)
    {
        Ensure(prefix.Length);
        return _buffer.AsSpan(_head, _tail - _head).StartsWith(prefix);
    }

    private void SkipBlankLines()
    {
        while (Ensure(1) && _buffer[_head] is (byte)'\r' or (byte)'\n')
        {
            _head++;
        }
    }

    /// <summary>The index of the end of the current line (after its LF), within the buffer: a longer line is cut at the buffer's capacity.</summary>
    private int LineEnd()
    {
        var searched = _head;
        while (true)
        {
            var lf = _buffer.AsSpan(searched, _tail - searched).IndexOf((byte)'\n');
            if (lf >= 0)
            {
                return searched + lf + 1;
            }

            if (_tail - _head >= MaxLine)
            {
                return _head + MaxLine;
            }

            var before = _tail - _head;
            if (!Ensure(before + 1))
            {
                return _tail;
            }

            searched = _head + before;
        }
    }

    private void SkipLine() => _head = LineEnd();

    /// <summary>The current line without its line break, or null when the data ends (or is damaged) before it does.</summary>
    private string? ReadLine()
    {
        var end = LineEnd();
        if (end == _head || (_buffer[end - 1] != '\n' && end - _head < MaxLine))
        {
            _head = end;
            return null;
        }

        var line = Encoding.UTF8.GetString(_buffer, _head, end - _head).TrimEnd('\n').TrimEnd('\r');
        _head = end;
        return line;
    }

    private int ReadInto(Span<byte> destination)
    {
        var done = 0;
        while (done < destination.Length)
        {
            if (_head == _tail && !Fill())
            {
                break;
            }

            var n = Math.Min(destination.Length - done, _tail - _head);
            _buffer.AsSpan(_head, n).CopyTo(destination[done..]);
            _head += n;
            done += n;
        }

        return done;
    }

    private long Skip(long count)
    {
        var done = 0L;
        while (done < count)
        {
            if (_head == _tail && !Fill())
            {
                break;
            }

            var n = (int)Math.Min(count - done, _tail - _head);
            _head += n;
            done += n;
        }

        return done;
    }

    /// <summary>Makes <paramref name="count"/> bytes available from the current position; false when the data ends or is damaged first.</summary>
    private bool Ensure(int count)
    {
        while (_tail - _head < count)
        {
            if (!Fill())
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads more bytes into the buffer; false at the end or at damage (kept in <see cref="_damage"/>).</summary>
    private bool Fill()
    {
        if (_atEnd || _damage is not null)
        {
            return false;
        }

        if (_head > 0)
        {
            _buffer.AsSpan(_head, _tail - _head).CopyTo(_buffer);
            _bufferPosition += _head;
            _tail -= _head;
            _head = 0;
        }

        var n = _input.Read(_buffer.AsSpan(_tail));
        if (n > 0)
        {
            _tail += n;
            return true;
        }

        _damage = _input.TakeDamage();
        _atEnd = _damage is null;
        return false;
    }
}
