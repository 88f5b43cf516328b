namespace ClaimExtract.Sources;

/// <summary>
/// A <c>.gz</c> input file decompressed, with every gzip member checked against its trailer (CRC-32 and
/// size): a file cut short, or corrupt, throws <see cref="InvalidDataException"/> where the damage starts,
/// so the reader reports it. (A <see cref="System.IO.Compression.GZipStream"/> ends without a word at the
/// point where a truncated file stops, and what it gave looks like a whole document.)
/// </summary>
internal sealed class CheckedGzipStream(Stream file) : ForwardReadStream
{
    private readonly GzipArchiveInput _input = new(file);
    private string? _damage;

    public override int Read(Span<byte> buffer)
    {
        // Damage is final: every read after it fails the same way (the reader resuming at a later member is for archives).
        if (_damage is not null)
        {
            throw new InvalidDataException(_damage);
        }

        if (buffer.IsEmpty)
        {
            return 0;
        }

        var n = _input.Read(buffer);
        if (n == 0 && _input.TakeDamage() is { } damage)
        {
            _damage = $"damaged gzip file: {damage.Message}";
            throw new InvalidDataException(_damage);
        }

        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _input.Dispose();
        }

        base.Dispose(disposing);
    }
}
