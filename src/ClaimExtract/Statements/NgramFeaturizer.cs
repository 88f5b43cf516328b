using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimExtract.Statements;

/// <summary>
/// The statement model's n-gram features computed here, from the dictionaries the ML.NET featurizer saved (its
/// slot names), instead of by a prediction engine: ML.NET's FeaturizeText as <c>claimextract train</c> configures it
/// (lower case, punctuation and numbers kept, words split at spaces, word 1–2-grams and character 3-grams with
/// start and end markers, counts, each block L2-normalised, character block first), then the linear features.
/// Only texts whose every character ML.NET's normaliser leaves as it is (after lower-casing ASCII) are taken:
/// printable ASCII without '|' (which the slot names use as separator) and common punctuation beyond it.
/// The caller falls back to the ML.NET engine for the rest (accented letters, control characters, '|'), so the
/// result is the engine's in every case (tested against it on thousands of sentences).
/// </summary>
internal sealed class NgramFeaturizer
{
    private const char Start = '\u0002';
    private const char End = '\u0003';

    // Character trigrams in an open-addressing table (a packed trigram is never 0, the empty mark): a lookup per
    // character, so it must be cheap.
    private readonly ulong[] _charKeys;
    private readonly int[] _charSlots;
    private readonly int _charShift;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    private NgramFeaturizer(Dictionary<ulong, int> chars, Dictionary<string, int> words, int lexicalStart, int length)
    {
        var bits = 4;
        while (1 << bits < chars.Count * 2)
        {
            bits++;
        }

        _charKeys = new ulong[1 << bits];
        _charSlots = new int[1 << bits];
        _charShift = 64 - bits;
        foreach (var (key, slot) in chars)
        {
            var h = Hash(key);
            while (_charKeys[h] != 0)
            {
                h = (h + 1) & (_charKeys.Length - 1);
            }

            _charKeys[h] = key;
            _charSlots[h] = slot;
        }

        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        LexicalStart = lexicalStart;
        Length = length;
    }

    /// <summary>Where the linear features start in the feature vector.</summary>
    public int LexicalStart { get; }

    /// <summary>The length of the feature vector.</summary>
    public int Length { get; }

    /// <summary>
    /// Reads the dictionaries from the slot names of the featurizer's output (<c>Features</c> = <c>TextFeatures</c>
    /// [character 3-grams, then word n-grams] + <c>Lexical</c>); null if the layout is not that one, in which case
    /// the ML.NET engine does all the work.
    /// </summary>
    public static NgramFeaturizer? TryCreate(DataViewSchema featurizerOutput)
    {
        if (featurizerOutput.GetColumnOrNull("Features") is not { } features || featurizerOutput.GetColumnOrNull("TextFeatures") is not { } text
            || featurizerOutput.GetColumnOrNull("Lexical") is not { } lexical
            || features.Type is not VectorDataViewType { Size: > 0 } featureType || text.Type is not VectorDataViewType { Size: > 0 } textType
            || lexical.Type is not VectorDataViewType { Size: StatementText.FeatureCount } || featureType.Size != textType.Size + StatementText.FeatureCount
            || !text.HasSlotNames())
        {
            return null;
        }

        VBuffer<ReadOnlyMemory<char>> names = default;
        text.GetSlotNames(ref names);
        var chars = new Dictionary<ulong, int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        var inWords = false;
        foreach (var slot in names.DenseValues())
        {
            var name = slot.ToString();
            if (name.StartsWith("Char.", StringComparison.Ordinal) && !inWords)
            {
                // A trigram of characters: "a|b|c", with "<␠>" for a space and "<␂>", "<␃>" for the markers. A trigram of
                // any character the fast path does not take (a '|', a control character) is left out: it never matches.
                if (TryCharKey(name.AsSpan(5), out var key))
                {
                    chars[key] = i;
                }
            }
            else if (name.StartsWith("Word.", StringComparison.Ordinal))
            {
                inWords = true;
                words[name[5..]] = i;
            }
            else
            {
                return null;
            }

            i++;
        }

        return new NgramFeaturizer(chars, words, textType.Size, featureType.Size);
    }

    /// <summary>Whether every character of <paramref name="text"/> is one the fast path reproduces exactly.</summary>
    public static bool Covers(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            var ok = c is >= ' ' and <= '~' and not '|' || c is >= '\u00a0' and <= '\u00bf' || c is >= '\u2010' and <= '\u2027' || c is >= '\u2030' and <= '\u205e' || c == '\u20ac';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts per slot, reused from one statement to the next (one per thread at a time).</summary>
    public sealed class Scratch(int length)
    {
        public readonly int[] Counts = new int[length];
        public int[] Touched = new int[256];
        public int TouchedCount;
        public int[] Indices = new int[256];
        public float[] Values = new float[256];
        public int Count;

        /// <summary>The indices of the vector <see cref="Featurize"/> wrote last.</summary>
        public ReadOnlySpan<int> IndexSpan => Indices.AsSpan(0, Count);

        /// <summary>Its values.</summary>
        public ReadOnlySpan<float> ValueSpan => Values.AsSpan(0, Count);

        public void Add(int index, float value)
        {
            if (Count == Indices.Length)
            {
                Array.Resize(ref Indices, Count * 2);
                Array.Resize(ref Values, Count * 2);
            }

            Indices[Count] = index;
            Values[Count++] = value;
        }
    }

    /// <summary>
    /// The sparse feature vector of <paramref name="modelText"/> (which <see cref="Covers"/> must accept) and its linear
    /// features, indices ascending within each block: n-gram counts, each block scaled to unit length.
    /// </summary>
    public void Featurize(string modelText, float[] lexical, Scratch scratch)
    {
        scratch.Count = 0;
        Span<char> lower = modelText.Length <= 512 ? stackalloc char[modelText.Length] : new char[modelText.Length];
        for (var k = 0; k < modelText.Length; k++)
        {
            var c = modelText[k];
            lower[k] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        // Character trigrams over [start marker, text, end marker].
        var n = lower.Length;
        for (var j = 0; j < n; j++)
        {
            var a = j == 0 ? Start : lower[j - 1];
            var c = j + 1 < n ? lower[j + 1] : End;
            var slot = CharSlot(Pack(a, lower[j], c));
            if (slot >= 0)
            {
                Count(scratch, slot);
            }
        }

        AddNormalised(scratch);

        // Word unigrams and bigrams of the tokens between spaces.
        Span<char> pair = stackalloc char[0];
        var previousStart = -1;
        var previousLength = 0;
        var position = 0;
        while (position < n)
        {
            if (lower[position] == ' ')
            {
                position++;
                continue;
            }

            var start = position;
            while (position < n && lower[position] != ' ')
            {
                position++;
            }

            var token = lower[start..position];
            if (_wordLookup.TryGetValue(token, out var slot))
            {
                Count(scratch, slot);
            }

            if (previousStart >= 0)
            {
                var length = previousLength + 1 + token.Length;
                if (pair.Length < length)
                {
                    pair = new char[Math.Max(length, 64)];
                }

                lower.Slice(previousStart, previousLength).CopyTo(pair);
                pair[previousLength] = '|';
                token.CopyTo(pair[(previousLength + 1)..]);
                if (_wordLookup.TryGetValue(pair[..length], out var bigram))
                {
                    Count(scratch, bigram);
                }
            }

            previousStart = start;
            previousLength = token.Length;
        }

        AddNormalised(scratch);
        for (var k = 0; k < lexical.Length; k++)
        {
            if (lexical[k] != 0)
            {
                scratch.Add(LexicalStart + k, lexical[k]);
            }
        }
    }

    private static void Count(Scratch scratch, int slot)
    {
        if (scratch.Counts[slot]++ == 0)
        {
            if (scratch.TouchedCount == scratch.Touched.Length)
            {
                Array.Resize(ref scratch.Touched, scratch.TouchedCount * 2);
            }

            scratch.Touched[scratch.TouchedCount++] = slot;
        }
    }

    /// <summary>Moves the counts of one block into the vector, scaled to unit length, and clears them.</summary>
    private static void AddNormalised(Scratch scratch)
    {
        var touched = scratch.Touched.AsSpan(0, scratch.TouchedCount);
        if (touched.IsEmpty)
        {
            return;
        }

        var counts = scratch.Counts;
        var sum = 0f;
        foreach (var slot in touched)
        {
            var count = counts[slot];
            sum += count * count;
        }

        var scale = 1 / MathF.Sqrt(sum);
        foreach (var slot in touched)
        {
            scratch.Add(slot, counts[slot] * scale);
            counts[slot] = 0;
        }

        scratch.TouchedCount = 0;
    }

    private int CharSlot(ulong key)
    {
        var h = Hash(key);
        while (true)
        {
            var k = _charKeys[h];
            if (k == key)
            {
                return _charSlots[h];
            }

            if (k == 0)
            {
                return -1;
            }

            h = (h + 1) & (_charKeys.Length - 1);
        }
    }

    private int Hash(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _charShift);

    private static ulong Pack(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    private static bool TryCharKey(ReadOnlySpan<char> name, out ulong key)
    {
        key = 0;
        Span<char> parsed = stackalloc char[3];
        var count = 0;
        foreach (var part in name.Split('|'))
        {
            if (count == 3 || !TryChar(name[part], out var c))
            {
                return false;
            }

            parsed[count++] = c;
        }

        key = Pack(parsed[0], parsed[1], parsed[2]);
        return count == 3;
    }

    private static bool TryChar(ReadOnlySpan<char> name, out char c)
    {
        c = '\0';
        if (name.Length == 1)
        {
            c = name[0];
            return c != '|';
        }

        // Control pictures: "<␠>" is a space, "<␂>" and "<␃>" the start and end markers.
        if (name.Length == 3 && name[0] == '<' && name[2] == '>' && name[1] is >= '\u2400' and <= '\u2420')
        {
            c = (char)(name[1] - '\u2400');
            return true;
        }

        return false;
    }
}
