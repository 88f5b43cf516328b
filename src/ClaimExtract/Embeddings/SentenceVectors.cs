using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace ClaimExtract.Embeddings;

/// <summary>
/// Static sentence vectors (the Model2Vec idea, Tulkens and van Dongen 2024): a vector for every WordPiece token of the
/// vocabulary, distilled once from a pretrained sentence transformer (all-MiniLM-L6-v2; <c>tools/ClaimExtract.Distill</c>),
/// reduced by PCA and quantised to one signed byte a dimension with a scale per dimension, and a weight per token
/// (smooth inverse frequency). A text's vector is the weighted mean of its tokens' vectors, L2-normalised:
/// no transformer at run time, a few microseconds a sentence.
/// </summary>
internal sealed class SentenceVectors
{
    /// <summary>The first bytes of a table file.</summary>
    public static ReadOnlySpan<byte> Magic => "CXSV"u8;

    private const int Version = 1;

    /// <summary>The dimensions of the vector the statement model reads (the table's leading principal components).</summary>
    public const int ModelDimensions = 128;

    private const string EmbeddedTable = "ClaimExtract.Embeddings.minilm-vectors.bin";

    private static readonly Lazy<SentenceVectors> LazyDefault = new(() =>
    {
        using var stream = typeof(SentenceVectors).Assembly.GetManifestResourceStream(EmbeddedTable)
            ?? throw new InvalidOperationException($"the sentence-vector table {EmbeddedTable} is not embedded in the library; run scripts/distill-embeddings.sh");
        var table = Read(stream);
        return table.Dimensions >= ModelDimensions ? table
            : throw new InvalidDataException($"the embedded sentence-vector table has {table.Dimensions} dimensions, the model reads {ModelDimensions}");
    });

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly sbyte[] _vectors;
    private readonly float[] _scales;
    private readonly float[] _weights;

    private SentenceVectors(WordPieceTokenizer tokenizer, int dimensions, sbyte[] vectors, float[] scales, float[] weights)
    {
        Tokenizer = tokenizer;
        Dimensions = dimensions;
        _vectors = vectors;
        _scales = scales;
        _weights = weights;
    }

    /// <summary>The table embedded in the library (<c>Embeddings/minilm-vectors.bin</c>), loaded once.</summary>
    public static SentenceVectors Default => LazyDefault.Value;

    /// <summary>The tokenizer of the table's vocabulary.</summary>
    public WordPieceTokenizer Tokenizer { get; }

    /// <summary>The length of a vector.</summary>
    public int Dimensions { get; }

    /// <summary>The weight of a token in a sentence's mean.</summary>
    public float Weight(int id) => _weights[id];

    /// <summary>
    /// Reads a table: "CXSV", version, token count, dimensions (32-bit little-endian), then each token as a 16-bit
    /// byte length and its UTF-8 bytes, the dimensions' scales (32-bit floats), the tokens' weights (16-bit floats), and
    /// the vectors (one signed byte a dimension, token after token).
    /// </summary>
    public static SentenceVectors Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        if (bytes.Length < 16 || !bytes[..4].SequenceEqual(Magic) || BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]) != Version)
        {
            throw new InvalidDataException("not a sentence-vector table (version 1)");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        if (count <= 0 || dimensions <= 0)
        {
            throw new InvalidDataException("the sentence-vector table is empty");
        }

        var position = 16;
        var vocabulary = new string[count];
        for (var i = 0; i < count; i++)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(bytes[position..]);
            vocabulary[i] = Encoding.UTF8.GetString(bytes.Slice(position + 2, length));
            position += 2 + length;
        }

        var scales = new float[dimensions];
        for (var d = 0; d < dimensions; d++, position += 4)
        {
            scales[d] = BinaryPrimitives.ReadSingleLittleEndian(bytes[position..]);
        }

        var weights = new float[count];
        for (var i = 0; i < count; i++, position += 2)
        {
            weights[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(bytes[position..]);
        }

        if (bytes.Length - position != count * dimensions)
        {
            throw new InvalidDataException("the sentence-vector table is truncated or too long");
        }

        var vectors = new sbyte[count * dimensions];
        bytes[position..].CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan()));
        return new SentenceVectors(new WordPieceTokenizer(vocabulary), dimensions, vectors, scales, weights);
    }

    /// <summary>Writes a table in the format <see cref="Read"/> reads.</summary>
    public static void Write(Stream stream, IReadOnlyList<string> vocabulary, float[] scales, float[] weights, sbyte[] vectors)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(vectors);
        if (weights.Length != vocabulary.Count || vectors.Length != vocabulary.Count * scales.Length)
        {
            throw new ArgumentException("the weights and vectors do not match the vocabulary and dimensions");
        }

        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(vocabulary.Count);
        writer.Write(scales.Length);
        foreach (var token in vocabulary)
        {
            var utf8 = Encoding.UTF8.GetBytes(token);
            writer.Write(checked((ushort)utf8.Length));
            writer.Write(utf8);
        }

        foreach (var s in scales)
        {
            writer.Write(s);
        }

        foreach (var w in weights)
        {
            writer.Write((Half)w);
        }

        writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(vectors.AsSpan()));
    }

    /// <summary><paramref name="sum"/> += <paramref name="weight"/> × <paramref name="row"/>, 32 bytes at a time where the processor can.</summary>
    private static void Accumulate(Span<float> sum, ReadOnlySpan<sbyte> row, float weight)
    {
        var d = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var w = Vector256.Create(weight);
            ref var target = ref MemoryMarshal.GetReference(sum);
            for (; d + 32 <= row.Length; d += 32)
            {
                var (low, high) = Vector256.Widen(Vector256.Create(row.Slice(d, 32)));
                var (a, b) = Vector256.Widen(low);
                var (c, e) = Vector256.Widen(high);
                ref var at = ref Unsafe.Add(ref target, d);
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref at) + (w * Vector256.ConvertToSingle(a)), ref at);
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref at, 8) + (w * Vector256.ConvertToSingle(b)), ref at, 8);
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref at, 16) + (w * Vector256.ConvertToSingle(c)), ref at, 16);
                Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref at, 24) + (w * Vector256.ConvertToSingle(e)), ref at, 24);
            }
        }

        for (; d < row.Length; d++)
        {
            sum[d] += weight * row[d];
        }
    }

    /// <summary>Scratch space of one thread: token ids and the sum of vectors.</summary>
    public sealed class Scratch
    {
        internal List<int> Ids { get; } = new(64);

        internal float[] Sum { get; set; } = [];
    }

    /// <summary>A new array of <see cref="ModelDimensions"/> holding the text's vector.</summary>
    public float[] Embed(string text)
    {
        var result = new float[ModelDimensions];
        Embed(text, result, t_scratch ??= new Scratch());
        return result;
    }

    /// <summary>
    /// Writes the text's vector into <paramref name="target"/> (its first <see cref="Dimensions"/> places, or fewer if
    /// it is shorter: the leading principal components): the weighted mean of the tokens' vectors, L2-normalised; all
    /// zeros for a text without tokens.
    /// </summary>
    public void Embed(ReadOnlySpan<char> text, Span<float> target, Scratch scratch, bool uniform = false)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        var dims = Math.Min(target.Length, Dimensions);
        if (scratch.Sum.Length < Dimensions)
        {
            scratch.Sum = new float[Dimensions];
        }

        var sum = scratch.Sum.AsSpan(0, dims);
        sum.Clear();
        scratch.Ids.Clear();
        Tokenizer.Encode(text, scratch.Ids);
        var total = 0f;
        foreach (var id in scratch.Ids)
        {
            var w = uniform ? 1f : _weights[id];
            total += w;
            Accumulate(sum, _vectors.AsSpan(id * Dimensions, dims), w);
        }

        target.Clear();
        if (total <= 0)
        {
            return;
        }

        var norm = 0f;
        for (var d = 0; d < dims; d++)
        {
            var v = sum[d] * _scales[d];
            target[d] = v;
            norm += v * v;
        }

        if (norm > 0)
        {
            var inverse = 1 / MathF.Sqrt(norm);
            for (var d = 0; d < dims; d++)
            {
                target[d] *= inverse;
            }
        }
    }
}
