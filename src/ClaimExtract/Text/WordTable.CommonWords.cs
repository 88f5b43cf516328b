namespace ClaimExtract.Text;

internal sealed partial class WordTable
{
    /// <summary>
    /// The strings of the most frequent English words, made once per process and shared by every article's table (speed112): a form
    /// new to an article that is one of them, or one of them capitalised ("said", "the", "The", "Government"), takes the shared string
    /// instead of a string of its own, and an ASCII form that opens with a capital and whose lower case is one ("THE", "GOVERNMENT")
    /// takes it as its lower case. Each article made a string for each of its distinct words (and a second for a capitalised one's lower case): most of
    /// the bytes its tokens allocated, and with them fresh memory for the allocator to clear and the kernel to map, which is where a
    /// quarter of the quote and speaker stage's time goes on the Zyte pages. The words are the <see cref="Size"/> most frequent whole
    /// words of the sentence-vector table's vocabulary (<c>Embeddings/minilm-vectors.bin</c>, the uncased WordPiece vocabulary of
    /// all-MiniLM-L6-v2, ranked by its tokens' smooth-inverse-frequency weights; two or more ASCII characters), read once without the
    /// table's vectors; a larger list shares a little more but its look-ups miss the cache more. A fixed list, not one learned from
    /// the articles read: what an article shares does not depend on the articles before it. The strings are equal to those the article
    /// would make (only which string object a form holds changes), so nothing a reader compares changes.
    /// </summary>
    internal static class CommonWords
    {
        /// <summary>How many words are shared (and as many capitalised).</summary>
        public const int Size = 2000;

        private const string EmbeddedTable = "ClaimExtract.Embeddings.minilm-vectors.bin";

        private static readonly Table Words = Table.Read();

        /// <summary>The table, which each article's word table keeps in a field (no static read per form).</summary>
        public static Table Shared => Words;

        /// <summary>The words, most frequent first, each its own lower case.</summary>
        public static IReadOnlyList<string> All => new ArraySegment<string>(Words.Strings, 0, Words.LowerCount);

        /// <summary>The words written with a capital first letter ("Government", "Said"), one for each word that opens with a letter.</summary>
        public static IReadOnlyList<string> Capitalised => new ArraySegment<string>(Words.Strings, Words.LowerCount, Words.Strings.Length - Words.LowerCount);

        /// <summary>The common word, or a common word capitalised, written as <paramref name="span"/> (whose <see cref="Hash"/> is <paramref name="hash"/>), or null.</summary>
        public static string? Find(ReadOnlySpan<char> span, int hash) => Words.Find(span, hash);

        /// <summary>
        /// The common word that is <paramref name="value"/>'s lower case (<see cref="Token.LowerInvariant"/>), with its <see cref="Hash"/>
        /// in <paramref name="lowerHash"/>, when <paramref name="value"/> is all ASCII and opens with a capital ("The", "NASA"); else null
        /// (a word with no capital is its own lower case, one outside ASCII is never a common word's, and "iPhone" is left to be made).
        /// </summary>
        public static string? LowerCaseOf(string value, out int lowerHash) => Words.LowerCaseOf(value, out lowerHash);

        // Whether ASCII value lowered A–Z is word.
        private static bool LowersTo(string value, string word)
        {
            if (value.Length != word.Length)
            {
                return false;
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != word[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The words and their slots.</summary>
        internal sealed class Table
        {
            public readonly string[] Strings;

            // An open-addressing table of the strings by their hash (WordTable.Hash): each slot holds a string's hash and its index + 1
            // side by side (one cache line read per probe), or an index of 0 when free.
            public readonly (int Hash, int Index)[] Slots;
            public readonly int Mask;

            // The first LowerCount strings are the words; the others, the words capitalised.
            public readonly int LowerCount;

            /// <summary>See <see cref="CommonWords.Find"/>.</summary>
            public string? Find(ReadOnlySpan<char> span, int hash)
            {
                var words = this;
                for (var slot = hash & words.Mask; words.Slots[slot].Index != 0; slot = (slot + 1) & words.Mask)
                {
                    if (words.Slots[slot].Hash == hash && span.SequenceEqual(words.Strings[words.Slots[slot].Index - 1]))
                    {
                        return words.Strings[words.Slots[slot].Index - 1];
                    }
                }

                return null;
            }

            /// <summary>See <see cref="CommonWords.LowerCaseOf"/>.</summary>
            public string? LowerCaseOf(string value, out int lowerHash)
            {
                lowerHash = 0;
                if (!char.IsAsciiLetterUpper(value[0]))
                {
                    // Most new forms: a lower-case word (its own lower case), a number, a mark.
                    return null;
                }

                var h = 2166136261u;
                foreach (var c in value)
                {
                    if (c >= 0x80)
                    {
                        return null;
                    }

                    h = (h ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c)) * 16777619u;
                }

                var hash = (int)(h ^ (h >> 15));
                var words = this;
                for (var slot = hash & words.Mask; words.Slots[slot].Index != 0; slot = (slot + 1) & words.Mask)
                {
                    var at = words.Slots[slot].Index - 1;
                    if (words.Slots[slot].Hash == hash && at < words.LowerCount && LowersTo(value, words.Strings[at]))
                    {
                        lowerHash = hash;
                        return words.Strings[at];
                    }
                }

                return null;
            }

            private Table(List<string> words, int lowerCount)
            {
                Strings = [.. words];
                LowerCount = lowerCount;
                Slots = new (int, int)[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Strings.Length * 2))];
                Mask = Slots.Length - 1;
                for (var i = 0; i < Strings.Length; i++)
                {
                    var hash = Hash(Strings[i]);
                    var slot = hash & Mask;
                    while (Slots[slot].Index != 0)
                    {
                        slot = (slot + 1) & Mask;
                    }

                    Slots[slot] = (hash, i + 1);
                }
            }

            // The vocabulary's Size most frequent whole words (the lowest weights, ties in the vocabulary's order; no "##" continuation,
            // no "[UNK]" and the like) of two or more ASCII characters and no capital (the vocabulary is uncased: each is its own lower
            // case), each once, then each of them that opens with a letter capitalised (a sentence's first word, a name: "The", "Trump");
            // none when the library holds no table.
            public static Table Read()
            {
                var words = new List<string>();
                using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(EmbeddedTable);
                if (stream is not null)
                {
                    var (vocabulary, weights) = Embeddings.SentenceVectors.ReadVocabulary(stream);
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    words.AddRange(Enumerable.Range(0, vocabulary.Length)
                        .Where(i => vocabulary[i] is { Length: >= 2 } word && !word.StartsWith("##", StringComparison.Ordinal) && word[0] != '['
                                    && System.Text.Ascii.IsValid(word) && !word.Any(char.IsAsciiLetterUpper))
                        .OrderBy(i => weights[i])
                        .ThenBy(i => i)
                        .Select(i => vocabulary[i])
                        .Where(seen.Add)
                        .Take(Size));
                }

                var lowerCount = words.Count;
                for (var i = 0; i < lowerCount; i++)
                {
                    if (char.IsAsciiLetterLower(words[i][0]))
                    {
                        words.Add(string.Create(words[i].Length, words[i], static (span, word) =>
                        {
                            word.CopyTo(span);
                            span[0] = (char)(word[0] & ~0x20);
                        }));
                    }
                }

                return new Table(words, lowerCount);
            }
        }
    }
}
