using ClaimExtract.Embeddings;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimExtract.Statements;

/// <summary>
/// The statement model's n-gram features computed here, from the dictionaries the ML.NET featurizer saved (its
/// slot names), instead of by a prediction engine: ML.NET's FeaturizeText as <c>claimextract train</c> configures it
/// (lower case, punctuation and numbers kept, words split at spaces, word 1–2-grams and character 3-grams with
/// start and end markers, counts, each block L2-normalised, character block first), then the linear features.
/// Only texts whose every character ML.NET's normaliser leaves as it is (after lower-casing ASCII) are taken:
/// printable ASCII without '|' (which the slot names use as separator), line breaks and tabs (ML.NET splits words at spaces
/// only, and names them as control pictures in the trigrams) and common punctuation beyond ASCII.
/// The caller falls back to the ML.NET engine for the rest (accented letters, other control characters, '|'), so the
/// result is the engine's in every case (tested against it on thousands of sentences).
/// </summary>
internal sealed class NgramFeaturizer
{
    private const char Start = '\u0002';
    private const char End = '\u0003';

    // Character trigrams in an open-addressing table of packed entries, trigram (48 bits) above slot (16 bits); a packed
    // trigram is never 0, the empty mark. A lookup per character, so it must be cheap: one array, one cache line.
    private readonly ulong[] _charEntries;
    private readonly int _charShift;

    // Words and word pairs ("w1|w2") in an open-addressing table of entries (a 32-bit hash of the name above the index
    // of the word + 1), the names' characters in one pool: a lookup hashes the span once, reads one entry and compares
    // the characters once, all in this library's own (ahead-of-time compiled) code rather than a generic dictionary's.
    private readonly ulong[] _wordEntries;
    private readonly int _wordShift;
    private readonly int[] _wordSlots;
    private readonly int[] _wordStarts;
    private readonly char[] _wordPool;

    private NgramFeaturizer(Dictionary<ulong, int> chars, Dictionary<string, int> words, int lexicalStart, int length)
        : this([.. chars.Keys], [.. chars.Values], [.. words.Keys.SelectMany(w => w)], Ends(words.Keys), [.. words.Values], lexicalStart, length)
    {
    }

    // 0, then where each word ends in the pool of their characters.
    private static int[] Ends(IEnumerable<string> words)
    {
        var ends = new List<int> { 0 };
        foreach (var w in words)
        {
            ends.Add(ends[^1] + w.Length);
        }

        return [.. ends];
    }

    // charKeys[i] is the packed trigram of slot charSlots[i]; word i is wordPool[wordStarts[i]..wordStarts[i + 1]], of slot wordSlots[i].
    private NgramFeaturizer(ulong[] charKeys, int[] charSlots, char[] wordPool, int[] wordStarts, int[] wordSlots, int lexicalStart, int length)
    {
        var bits = 4;
        while (1 << bits < charKeys.Length + charKeys.Length / 2)
        {
            bits++;
        }

        _charEntries = new ulong[1 << bits];
        _charShift = 64 - bits;
        for (var i = 0; i < charKeys.Length; i++)
        {
            var h = Hash(charKeys[i]);
            while (_charEntries[h] != 0)
            {
                h = (h + 1) & (_charEntries.Length - 1);
            }

            _charEntries[h] = (charKeys[i] << 16) | (uint)charSlots[i];
        }

        bits = 4;
        while (1 << bits < wordSlots.Length * 2)
        {
            bits++;
        }

        _wordEntries = new ulong[1 << bits];
        _wordShift = 32 - bits;
        _wordSlots = wordSlots;
        _wordStarts = wordStarts;
        _wordPool = wordPool;
        for (var index = 0; index < wordSlots.Length; index++)
        {
            var hash = Finish(Step(OffsetBasis, wordPool.AsSpan(wordStarts[index], wordStarts[index + 1] - wordStarts[index])));
            var h = WordPosition(hash);
            while (_wordEntries[h] != 0)
            {
                h = (h + 1) & (_wordEntries.Length - 1);
            }

            _wordEntries[h] = ((ulong)hash << 32) | (uint)(index + 1);
        }

        LexicalStart = lexicalStart;
        Length = length;
    }

    /// <summary>Where the linear features start in the feature vector.</summary>
    public int LexicalStart { get; }

    /// <summary>The length of the feature vector.</summary>
    public int Length { get; }

    /// <summary>
    /// Reads the dictionaries from the slot names of the featurizer's output (<c>Features</c> = <c>TextFeatures</c>
    /// [character 3-grams, then word n-grams] + <c>Lexical</c> + <c>Embedding</c>, then, in a model trained since the sixteenth round,
    /// <c>CorpusLexical</c>, a corpus's own copy of the linguistic features, zeros for every statement, so its slots are never
    /// touched); null if the layout is not that one, in which case the ML.NET engine does all the work.
    /// </summary>
    public static NgramFeaturizer? TryCreate(DataViewSchema featurizerOutput)
    {
        if (featurizerOutput.GetColumnOrNull("Features") is not { } features || featurizerOutput.GetColumnOrNull("TextFeatures") is not { } text
            || featurizerOutput.GetColumnOrNull("Lexical") is not { } lexical
            || features.Type is not VectorDataViewType { Size: > 0 } featureType || text.Type is not VectorDataViewType { Size: > 0 } textType
            || lexical.Type is not VectorDataViewType { Size: StatementText.FeatureCount }
            || featurizerOutput.GetColumnOrNull("Embedding") is not { Type: VectorDataViewType { Size: SentenceVectors.ModelDimensions } }
            || featureType.Size != textType.Size + StatementText.FeatureCount + SentenceVectors.ModelDimensions + CorpusCopySize(featurizerOutput)
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
                    if (i > ushort.MaxValue)
                    {
                        return null;
                    }

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

    /// <summary>
    /// Writes the dictionaries (the character trigrams' packed keys and slots, then the words' and word pairs' characters, ends and
    /// slots, each in slot order) and the vector's layout, for <see cref="Read"/>: the statement model's compact form (see
    /// <see cref="StatementClassifier.WriteCompact"/>).
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(LexicalStart);
        writer.Write(Length);
        var chars = _charEntries.Where(e => e != 0).Select(e => (Key: e >> 16, Slot: (int)(e & 0xffff))).OrderBy(e => e.Slot).ToList();
        writer.Write(chars.Count);
        chars.ForEach(c => writer.Write(c.Key));
        chars.ForEach(c => writer.Write(c.Slot));

        var words = Enumerable.Range(0, _wordSlots.Length).OrderBy(i => _wordSlots[i]).ToList();
        writer.Write(words.Count);
        writer.Write(_wordPool.Length);
        var pool = Utf8.GetBytes(string.Concat(words.Select(i => new string(_wordPool, _wordStarts[i], _wordStarts[i + 1] - _wordStarts[i]))));
        writer.Write(pool.Length);
        writer.Write(pool);

        var end = 0;
        words.ForEach(i => writer.Write(end += _wordStarts[i + 1] - _wordStarts[i]));
        words.ForEach(i => writer.Write(_wordSlots[i]));
    }

    // The words' characters are written as UTF-8 (nearly all ASCII): one that is not valid Unicode fails the write, not the read.
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads what <see cref="Write"/> wrote, checking that every slot lies before the linear features and every word has characters.</summary>
    public static NgramFeaturizer Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lexicalStart = reader.ReadInt32();
        var length = reader.ReadInt32();
        if (lexicalStart <= 0 || (length - (lexicalStart + StatementText.FeatureCount + SentenceVectors.ModelDimensions)) is not (0 or KindTrainingRow.CorpusLexicalCount))
        {
            throw new InvalidDataException($"the n-gram layout ({lexicalStart} n-gram slots in {length}) is not this version's");
        }

        var charKeys = new ulong[Count(reader, lexicalStart)];
        for (var i = 0; i < charKeys.Length; i++)
        {
            charKeys[i] = reader.ReadUInt64() is var key && key != 0 && key >> 48 == 0 ? key : throw new InvalidDataException("a character trigram of the n-gram dictionary is empty or too wide");
        }

        var charSlots = Slots(reader, charKeys.Length, Math.Min(lexicalStart, ushort.MaxValue + 1));
        var wordCount = Count(reader, lexicalStart);
        var poolLength = Count(reader, int.MaxValue);
        var poolByteCount = Count(reader, int.MaxValue);
        var poolBytes = reader.ReadBytes(poolByteCount);
        if (poolBytes.Length != poolByteCount)
        {
            throw new EndOfStreamException();
        }

        var pool = Utf8.GetChars(poolBytes);
        if (pool.Length != poolLength)
        {
            throw new InvalidDataException("the n-gram dictionary's words are cut short");
        }

        var starts = new int[wordCount + 1];
        for (var i = 1; i <= wordCount; i++)
        {
            starts[i] = reader.ReadInt32() is var end && end > starts[i - 1] && end <= pool.Length ? end : throw new InvalidDataException("a word of the n-gram dictionary is empty or ends outside its characters");
        }

        if (starts[wordCount] != pool.Length)
        {
            throw new InvalidDataException("the n-gram dictionary's words do not use all their characters");
        }

        return new NgramFeaturizer(charKeys, charSlots, pool, starts, Slots(reader, wordCount, lexicalStart), lexicalStart, length);

        static int Count(BinaryReader reader, int most) =>
            reader.ReadInt32() is var n && n >= 0 && n <= most ? n : throw new InvalidDataException("the n-gram dictionary's size is out of range");

        static int[] Slots(BinaryReader reader, int count, int below)
        {
            var slots = new int[count];
            for (var i = 0; i < count; i++)
            {
                slots[i] = reader.ReadInt32() is var slot && slot >= 0 && slot < below ? slot : throw new InvalidDataException("an n-gram's slot lies outside the n-gram block");
            }

            return slots;
        }
    }

    // The slots of a corpus's own copy of the linguistic features at the end of Features (KindTrainingRow.CorpusLexical, since the
    // sixteenth round): zeros for every statement, so never touched; 0 in a model without it.
    private static int CorpusCopySize(DataViewSchema featurizerOutput) =>
        featurizerOutput.GetColumnOrNull("CorpusLexical") is { Type: VectorDataViewType { Size: KindTrainingRow.CorpusLexicalCount } } ? KindTrainingRow.CorpusLexicalCount : 0;

    /// <summary>Whether every character of <paramref name="text"/> is one the fast path reproduces exactly.</summary>
    public static bool Covers(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            var ok = c is >= ' ' and <= '~' and not '|' || c is '\n' or '\t' || c is >= '\u00a0' and <= '\u00bf' || c is >= '\u2010' and <= '\u2027' || c is >= '\u2030' and <= '\u205e' || c == '\u20ac';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Counts per slot, reused from one statement to the next (one per thread at a time): a small open-addressing table
    /// of the slots one block of one statement touches (at most one a character or two a word), which stays in the
    /// processor's nearest cache, rather than a count for each of the model's slots.
    /// </summary>
    public sealed class Scratch
    {
        // Slot + 1 (0: empty) and its count, at the same position.
        public int[] Keys = new int[1024];
        public int[] Counts = new int[1024];
        public int Shift = 32 - 10;

        // The positions in Keys of the slots touched, in the order they were first touched.
        public int[] Touched = new int[256];
        public int TouchedCount;
        public int[] Indices = new int[256];
        public float[] Values = new float[256];
        public int Count;

        /// <summary>The sentence vector of the statement being featurized, and the tokenizer's scratch space.</summary>
        public float[] Embedding = new float[SentenceVectors.ModelDimensions];
        public SentenceVectors.Scratch Vectors = new();

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

        /// <summary>Makes room for <paramref name="slots"/> distinct slots at a load of at most one half (the table is empty).</summary>
        public void Reserve(int slots)
        {
            if (Keys.Length >= slots * 2)
            {
                return;
            }

            var bits = 10;
            while (1 << bits < slots * 2)
            {
                bits++;
            }

            Keys = new int[1 << bits];
            Counts = new int[1 << bits];
            Shift = 32 - bits;
        }
    }

    /// <summary>
    /// The sparse feature vector of <paramref name="modelText"/> (which <see cref="Covers"/> must accept) and its linear
    /// features and sentence vector, indices ascending within each block: n-gram counts, each block scaled to unit length.
    /// </summary>
    public void Featurize(string modelText, float[] lexical, ReadOnlySpan<float> embedding, Scratch scratch)
    {
        scratch.Count = 0;
        scratch.Reserve(modelText.Length + 2);
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
        var previousStart = -1;
        var previousLength = 0;
        var previousState = 0u;
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
            var state = Step(OffsetBasis, token);
            var slot = WordSlot(Finish(state), token, default);
            if (slot >= 0)
            {
                Count(scratch, slot);
            }

            if (previousStart >= 0)
            {
                var bigram = WordSlot(Finish(Step(Step(previousState, '|'), token)), lower.Slice(previousStart, previousLength), token);
                if (bigram >= 0)
                {
                    Count(scratch, bigram);
                }
            }

            previousStart = start;
            previousLength = token.Length;
            previousState = state;
        }

        AddNormalised(scratch);
        for (var k = 0; k < lexical.Length; k++)
        {
            if (lexical[k] != 0)
            {
                scratch.Add(LexicalStart + k, lexical[k]);
            }
        }

        // The sentence vector, dense, after the linear features.
        var embeddingStart = LexicalStart + StatementText.FeatureCount;
        for (var k = 0; k < embedding.Length; k++)
        {
            if (embedding[k] != 0)
            {
                scratch.Add(embeddingStart + k, embedding[k]);
            }
        }
    }

    private static void Count(Scratch scratch, int slot)
    {
        var keys = scratch.Keys;
        var mask = keys.Length - 1;
        var h = (int)(((uint)slot * 0x9E3779B1u) >> scratch.Shift);
        while (true)
        {
            var key = keys[h];
            if (key == slot + 1)
            {
                scratch.Counts[h]++;
                return;
            }

            if (key == 0)
            {
                keys[h] = slot + 1;
                scratch.Counts[h] = 1;
                if (scratch.TouchedCount == scratch.Touched.Length)
                {
                    Array.Resize(ref scratch.Touched, scratch.TouchedCount * 2);
                }

                scratch.Touched[scratch.TouchedCount++] = h;
                return;
            }

            h = (h + 1) & mask;
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
        var keys = scratch.Keys;
        var sum = 0f;
        foreach (var h in touched)
        {
            var count = counts[h];
            sum += count * count;
        }

        var scale = 1 / MathF.Sqrt(sum);
        foreach (var h in touched)
        {
            scratch.Add(keys[h] - 1, counts[h] * scale);
            keys[h] = 0;
            counts[h] = 0;
        }

        scratch.TouchedCount = 0;
    }

    private int CharSlot(ulong key)
    {
        var entries = _charEntries;
        var h = Hash(key);
        while (true)
        {
            var entry = entries[h];
            if (entry >> 16 == key)
            {
                return (int)(entry & 0xffff);
            }

            if (entry == 0)
            {
                return -1;
            }

            h = (h + 1) & (entries.Length - 1);
        }
    }

    /// <summary>
    /// The slot of the word <paramref name="first"/> (when <paramref name="second"/> is empty) or of the pair
    /// "<paramref name="first"/>|<paramref name="second"/>", whose hash is <paramref name="hash"/>; -1 if the model has none.
    /// </summary>
    private int WordSlot(uint hash, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var entries = _wordEntries;
        var h = WordPosition(hash);
        var length = second.IsEmpty ? first.Length : first.Length + 1 + second.Length;
        while (true)
        {
            var entry = entries[h];
            if (entry == 0)
            {
                return -1;
            }

            if ((uint)(entry >> 32) == hash)
            {
                var index = (int)(uint)entry - 1;
                var start = _wordStarts[index];
                if (_wordStarts[index + 1] - start == length)
                {
                    var name = _wordPool.AsSpan(start, length);
                    if (second.IsEmpty
                        ? name.SequenceEqual(first)
                        : name[..first.Length].SequenceEqual(first) && name[first.Length] == '|' && name[(first.Length + 1)..].SequenceEqual(second))
                    {
                        return _wordSlots[index];
                    }
                }
            }

            h = (h + 1) & (entries.Length - 1);
        }
    }

    private int WordPosition(uint hash) => (int)((hash * 0x9E3779B1u) >> _wordShift);

    // FNV-1a over the characters, then a final mix: a hash of a word or of a pair of words taken in one pass.
    private const uint OffsetBasis = 2166136261;

    private static uint Step(uint state, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            state = (state ^ c) * 16777619;
        }

        return state;
    }

    private static uint Step(uint state, char c) => (state ^ c) * 16777619;

    private static uint Finish(uint state)
    {
        state ^= state >> 15;
        state *= 0x2C1B3C6D;
        return state ^ (state >> 12);
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
