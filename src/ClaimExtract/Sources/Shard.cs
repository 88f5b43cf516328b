using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimExtract.Sources;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> of a batch: a document belongs to the shard its id
/// hashes to (SHA-256 of the UTF-8 id, first 8 bytes, modulo the count). The hash depends on the id
/// alone, so N machines running shards 0..N-1 of the same inputs write, together, exactly the
/// records of one run, each once.
/// </summary>
public readonly record struct Shard
{
    public Shard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        Index = index;
        Count = count;
    }

    public int Index { get; }

    public int Count { get; }

    /// <summary>Whether the document with this id is in this shard.</summary>
    public bool Contains(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        if (Count == 1)
        {
            return true;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(documentId), hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)Count == (ulong)Index;
    }

    /// <summary>Parses <c>K/N</c> with 0 ≤ K &lt; N (a Slurm array index <c>0..N-1</c> fits as it is).</summary>
    public static bool TryParse(string text, out Shard shard, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        shard = default;
        var parts = text.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"'{text}' is not a shard: write K/N, e.g. 0/4 for the first of four.";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"'{text}' is not a shard: K must be at least 0 and less than N ({count}).";
            return false;
        }

        shard = new Shard(index, count);
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
