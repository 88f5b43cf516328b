using System.Buffers.Binary;
using System.IO.Compression;

namespace ClaimExtract.Sources;

/// <summary>
/// The bytes of a WARC or ARC file, decompressed when it is gzipped. <see cref="Read"/> returns 0 at the end of
/// the file and also where the file is damaged: then <see cref="TakeDamage"/> says what was wrong, and reading
/// goes on after the damage.
/// </summary>
internal interface IArchiveInput : IDisposable
{
    /// <summary>Reads decompressed bytes; 0 at the end of the file or at damage.</summary>
    int Read(Span<byte> buffer);

    /// <summary>After <see cref="Read"/> returned 0: what was damaged (then reading resumes past it), or null at the true end.</summary>
    ArchiveDamage? TakeDamage();

    /// <summary>The file offset to report for a position in the decompressed bytes: the position itself, or the start of its gzip member.</summary>
    long OffsetOf(long position);
}

/// <summary>Damage found in an archive file.</summary>
/// <param name="Message">What is wrong, and where.</param>
/// <param name="Offset">The file offset of the damaged gzip member, or of the damaged bytes.</param>
/// <param name="SpoilsDelivered">True when bytes already read came from the damaged member (it failed its checksum or broke off), false when the damage lies between members.</param>
internal sealed record ArchiveDamage(string Message, long Offset, bool SpoilsDelivered);

/// <summary>An uncompressed archive: positions are file offsets.</summary>
internal sealed class PlainArchiveInput(Stream stream) : IArchiveInput
{
    public int Read(Span<byte> buffer) => stream.Read(buffer);

    public ArchiveDamage? TakeDamage() => null;

    public long OffsetOf(long position) => position;

    public void Dispose() => stream.Dispose();
}

/// <summary>
/// A gzip file decompressed member by member, as WARC writers make them (one member per record), though a
/// record may span members and a whole file may be one member. Each member is inflated by its own
/// <see cref="DeflateStream"/>; its end is found from its trailer (CRC-32 and size, which also check it), so the
/// reader knows where every member starts: that offset names records in messages, and after a corrupt or
/// truncated member, or bytes between members that are not gzip, reading resumes at the next member header.
/// (One <see cref="GZipStream"/> over the whole file reads concatenated members too, but stops without a word at
/// the first bytes between members that are not a gzip header, and cannot resume after corrupt data.)
/// </summary>
internal sealed class GzipArchiveInput : IArchiveInput
{
    // The inflater is fed at most this much at a time, so its end lies in the last piece it was given.
    private const int FeedSize = 4096;
    private const int HeaderLimit = 1 << 16;

    private readonly CompressedBuffer _input;
    private readonly Queue<(long Position, long Offset)> _members = new();
    private DeflateStream? _inflater;
    private long _memberStart;
    private uint _crc;
    private long _memberSize;
    private long _position;
    private ArchiveDamage? _damage;

    public GzipArchiveInput(Stream stream) => _input = new CompressedBuffer(stream);

    public int Read(Span<byte> buffer)
    {
        if (_damage is not null || buffer.IsEmpty)
        {
            return 0;
        }

        while (true)
        {
            if (_inflater is null && !StartMember())
            {
                return 0;
            }

            int n;
            try
            {
                n = _inflater!.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                return Damaged(new($"corrupt gzip data in the member at offset {_memberStart}: {e.Message}", _memberStart, true), _memberStart + 1);
            }

            if (n > 0)
            {
                _crc = Crc32.Update(_crc, buffer[..n]);
                _memberSize += n;
                _position += n;
                return n;
            }

            if (!EndMember())
            {
                return 0;
            }
        }
    }

    public ArchiveDamage? TakeDamage()
    {
        var damage = _damage;
        _damage = null;
        return damage;
    }

    public long OffsetOf(long position)
    {
        while (_members.Count > 1 && _members.ElementAt(1).Position <= position)
        {
            _members.Dequeue();
        }

        return _members.TryPeek(out var member) && member.Position <= position ? member.Offset : position;
    }

    public void Dispose()
    {
        _inflater?.Dispose();
        _input.Dispose();
    }

    /// <summary>Parses the member header at the current offset; false at the end of the file or at damage.</summary>
    private bool StartMember()
    {
        var start = _input.Offset;
        _input.Ensure(HeaderLimit);
        var available = _input.Available;
        if (available.IsEmpty)
        {
            return false;
        }

        var headerLength = HeaderLength(available);
        if (headerLength <= 0)
        {
            if (!available.ContainsAnyExcept((byte)0) && _input.AtEnd(available.Length))
            {
                // Zero padding at the end of a file (block-aligned copies) is not damage.
                _input.Advance(available.Length);
                return false;
            }

            Damaged(new(headerLength == 0 ? $"bytes at offset {start} are not gzip data" : $"the gzip member at offset {start} is cut short", start, false), start + 1);
            return false;
        }

        _input.Advance(headerLength);
        _memberStart = start;
        _crc = 0;
        _memberSize = 0;
        _members.Enqueue((_position, start));
        _input.MarkDataStart();
        _inflater = new DeflateStream(new Feeder(_input), CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    /// <summary>Finds the trailer of the member just inflated and moves past it; false at damage.</summary>
    private bool EndMember()
    {
        _inflater!.Dispose();
        _inflater = null;
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, _crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], unchecked((uint)_memberSize));
        var found = _input.FindAfterLastFeed(trailer);
        if (found >= 0)
        {
            _input.Seek(found + trailer.Length);
            return true;
        }

        var reason = _input.AtEnd(0) ? "is cut short" : "fails its checksum";
        Damaged(new($"the gzip member at offset {_memberStart} {reason}", _memberStart, true), _memberStart + 1);
        return false;
    }

    /// <summary>Records damage, disposes of the member being read and moves to the next member header from <paramref name="searchFrom"/>.</summary>
    private int Damaged(ArchiveDamage damage, long searchFrom)
    {
        _damage = damage;
        _inflater?.Dispose();
        _inflater = null;
        _input.Seek(searchFrom);
        _input.Release();
        while (true)
        {
            _input.Ensure(HeaderLimit);
            var available = _input.Available;
            if (available.IsEmpty)
            {
                return 0;
            }

            var at = available.IndexOf((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08]);
            if (at < 0)
            {
                _input.Advance(Math.Max(1, available.Length - 2));
                continue;
            }

            _input.Advance(at);
            if (HeaderLength(_input.Available) != 0)
            {
                return 0;
            }

            _input.Advance(1);
        }
    }

    /// <summary>The length of the gzip header at the start of <paramref name="b"/>: 0 when it is not one, -1 when it is cut short.</summary>
    private static int HeaderLength(ReadOnlySpan<byte> b)
    {
        if (b.Length < 10)
        {
            var magic = Math.Min(3, b.Length);
            return b[..magic].SequenceEqual(((ReadOnlySpan<byte>)[0x1F, 0x8B, 0x08])[..magic]) ? -1 : 0;
        }

        var flags = b[3];
        if (b[0] != 0x1F || b[1] != 0x8B || b[2] != 0x08 || (flags & 0xE0) != 0)
        {
            return 0;
        }

        var n = 10;
        if ((flags & 0x04) != 0)
        {
            if (b.Length < n + 2)
            {
                return -1;
            }

            n += 2 + BinaryPrimitives.ReadUInt16LittleEndian(b[n..]);
        }

        foreach (var zeroTerminated in (ReadOnlySpan<int>)[0x08, 0x10])
        {
            if ((flags & zeroTerminated) != 0)
            {
                var end = n < b.Length ? b[n..].IndexOf((byte)0) : -1;
                if (end < 0)
                {
                    return -1;
                }

                n += end + 1;
            }
        }

        n += (flags & 0x02) != 0 ? 2 : 0;
        return n <= b.Length ? n : -1;
    }

    /// <summary>Hands the inflater at most <see cref="FeedSize"/> bytes a call.</summary>
    private sealed class Feeder(CompressedBuffer input) : ForwardReadStream
    {
        public override int Read(Span<byte> buffer) => input.Feed(buffer, FeedSize);
    }

    /// <summary>
    /// A window over the compressed file that keeps the last piece fed to the inflater, so the reader can step
    /// back to the member's trailer, which the inflater may have been fed past.
    /// </summary>
    private sealed class CompressedBuffer(Stream stream) : IDisposable
    {
        private byte[] _buffer = new byte[1 << 17];
        private long _bufferOffset;
        private int _head;
        private int _tail;
        private long _lastFeed;
        private long _dataStart;
        private bool _eof;

        /// <summary>The file offset of the next byte.</summary>
        public long Offset => _bufferOffset + _head;

        public ReadOnlySpan<byte> Available => _buffer.AsSpan(_head, _tail - _head);

        /// <summary>True when the file ends <paramref name="count"/> bytes from here.</summary>
        public bool AtEnd(int count)
        {
            Ensure(count + 1);
            return _tail - _head <= count;
        }

        public void Advance(int count) => _head += count;

        public void MarkDataStart()
        {
            _dataStart = Offset;
            _lastFeed = Offset;
        }

        /// <summary>Keeps nothing behind the current offset: no member is being inflated.</summary>
        public void Release()
        {
            _dataStart = long.MaxValue / 2;
            _lastFeed = long.MaxValue / 2;
        }

        /// <summary>Moves to a file offset, forward or back within what the buffer still holds.</summary>
        public void Seek(long offset)
        {
            while (offset > _bufferOffset + _tail && !_eof)
            {
                _head = _tail;
                Ensure(1);
            }

            _head = (int)Math.Clamp(offset - _bufferOffset, 0, _tail);
        }

        public int Feed(Span<byte> destination, int limit)
        {
            Ensure(1);
            var n = Math.Min(Math.Min(destination.Length, limit), _tail - _head);
            _lastFeed = Offset;
            _buffer.AsSpan(_head, n).CopyTo(destination);
            _head += n;
            return n;
        }

        /// <summary>The file offset of <paramref name="pattern"/> at or after the last piece fed (less its length), or -1.</summary>
        public long FindAfterLastFeed(ReadOnlySpan<byte> pattern)
        {
            Ensure(pattern.Length);
            var from = (int)(Math.Max(_dataStart, _lastFeed - pattern.Length) - _bufferOffset);
            var at = _buffer.AsSpan(from, _tail - from).IndexOf(pattern);
            return at < 0 ? -1 : _bufferOffset + from + at;
        }

        /// <summary>Reads until <paramref name="count"/> bytes are available from the current offset or the file ends, keeping the last piece fed.</summary>
        public void Ensure(int count)
        {
            if (_tail - _head >= count || _eof)
            {
                return;
            }

            var keep = (int)Math.Clamp(Math.Max(_dataStart, _lastFeed - FeedSize) - _bufferOffset, 0, _head);
            if (keep > 0)
            {
                _buffer.AsSpan(keep, _tail - keep).CopyTo(_buffer);
                _bufferOffset += keep;
                _head -= keep;
                _tail -= keep;
            }

            if (_head + count > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _head + count));
            }

            while (_tail - _head < count)
            {
                var n = stream.Read(_buffer.AsSpan(_tail));
                if (n == 0)
                {
                    _eof = true;
                    return;
                }

                _tail += n;
            }
        }

        public void Dispose() => stream.Dispose();
    }
}

/// <summary>CRC-32 (ISO 3309, as in gzip trailers), eight bytes a step ("slicing-by-8").</summary>
internal static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    public static uint Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        var t = Table;
        var c = ~crc;
        while (bytes.Length >= 8)
        {
            var lo = BinaryPrimitives.ReadUInt32LittleEndian(bytes) ^ c;
            var hi = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
            c = t[(7 * 256) + (lo & 0xFF)] ^ t[(6 * 256) + ((lo >> 8) & 0xFF)] ^ t[(5 * 256) + ((lo >> 16) & 0xFF)] ^ t[(4 * 256) + (lo >> 24)]
                ^ t[(3 * 256) + (hi & 0xFF)] ^ t[(2 * 256) + ((hi >> 8) & 0xFF)] ^ t[256 + ((hi >> 16) & 0xFF)] ^ t[hi >> 24];
            bytes = bytes[8..];
        }

        foreach (var b in bytes)
        {
            c = t[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return ~c;
    }

    /// <summary>Table k (k = 0..7) at [k * 256]: the CRC of a byte followed by k zero bytes.</summary>
    private static uint[] BuildTable()
    {
        var table = new uint[8 * 256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        for (var n = 0; n < 256; n++)
        {
            for (var k = 1; k < 8; k++)
            {
                var previous = table[((k - 1) * 256) + n];
                table[(k * 256) + n] = table[previous & 0xFF] ^ (previous >> 8);
            }
        }

        return table;
    }
}
