namespace ClaimExtract.Text;

internal sealed partial class WordTable
{
    /// <summary>
    /// The strings of the common English words, made once per process and shared by every article's table (speed112): a form new to
    /// an article that is one of them ("said", "the", "government") takes the shared string instead of a string of its own, and a
    /// capitalised form whose lower case is one ("The", "Government") takes it as its lower case. Each article made a string for each
    /// of its distinct words (and a second for a capitalised one's lower case): nearly all of the bytes the tokens allocated, and with
    /// them the fresh memory the allocator clears and the kernel maps, a quarter of the quote and speaker stage's time on the Zyte
    /// pages. The words are the whole words of the sentence-vector table's vocabulary (<c>Embeddings/minilm-vectors.bin</c>, the
    /// uncased WordPiece vocabulary of all-MiniLM-L6-v2: about 24,000 words of two or more ASCII characters, which hold about
    /// seven tenths of the bytes of an article's distinct words), read once without the table's vectors. A fixed list, not one
    /// learned from the articles read: what an article shares does not depend on the articles before it. The strings are equal to
    /// those the article would make (only which string object a form holds changes), so nothing a reader compares changes.
    /// </summary>
    internal static class CommonWords
    {
        private const string EmbeddedTable = "ClaimExtract.Embeddings.minilm-vectors.bin";

        // An open-addressing table of the words by their hash (WordTable.Hash): each slot holds a word's index + 1, or 0 when free.
        private static readonly Table Words = Table.Read();

        /// <summary>The words, each its own lower case.</summary>
        public static IReadOnlyList<string> All => Words.Strings;

        /// <summary>The common word written as <paramref name="span"/> (whose <see cref="Hash"/> is <paramref name="hash"/>), or null.</summary>
        public static string? Find(ReadOnlySpan<char> span, int hash)
        {
            var words = Words;
            for (var slot = hash & words.Mask; words.Slots[slot] != 0; slot = (slot + 1) & words.Mask)
            {
                var at = words.Slots[slot] - 1;
                if (words.Hashes[at] == hash && span.SequenceEqual(words.Strings[at]))
                {
                    return words.Strings[at];
                }
            }

            return null;
        }

        /// <summary>
        /// The common word that is <paramref name="value"/>'s lower case (<see cref="Token.LowerInvariant"/>), with its <see cref="Hash"/>
        /// in <paramref name="lowerHash"/>, when <paramref name="value"/> is all ASCII with a capital ("The", "NASA"); else null (a word
        /// with no capital is its own lower case, and one outside ASCII is never a common word's).
        /// </summary>
        public static string? LowerCaseOf(string value, out int lowerHash)
        {
            lowerHash = 0;
            var h = 2166136261u;
            var upper = false;
            foreach (var c in value)
            {
                if (c >= 0x80)
                {
                    return null;
                }

                var lowered = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                upper |= lowered != c;
                h = (h ^ lowered) * 16777619u;
            }

            if (!upper)
            {
                return null;
            }

            var hash = (int)(h ^ (h >> 15));
            var words = Words;
            for (var slot = hash & words.Mask; words.Slots[slot] != 0; slot = (slot + 1) & words.Mask)
            {
                var at = words.Slots[slot] - 1;
                if (words.Hashes[at] == hash && LowersTo(value, words.Strings[at]))
                {
                    lowerHash = hash;
                    return words.Strings[at];
                }
            }

            return null;
        }

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

        private sealed class Table
        {
            public readonly string[] Strings;
            public readonly int[] Hashes;
            public readonly int[] Slots;
            public readonly int Mask;

            private Table(List<string> words)
            {
                Strings = [.. words];
                Hashes = new int[Strings.Length];
                Slots = new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, Strings.Length * 2))];
                Mask = Slots.Length - 1;
                for (var i = 0; i < Strings.Length; i++)
                {
                    var hash = Hashes[i] = Hash(Strings[i]);
                    var slot = hash & Mask;
                    while (Slots[slot] != 0)
                    {
                        slot = (slot + 1) & Mask;
                    }

                    Slots[slot] = i + 1;
                }
            }

            // The vocabulary's whole words (no "##" continuation, no "[UNK]" and the like) of two or more ASCII characters and no capital
            // (the vocabulary is uncased: each is its own lower case), each once; none when the library holds no table.
            public static Table Read()
            {
                var words = new List<string>();
                using var stream = typeof(CommonWords).Assembly.GetManifestResourceStream(EmbeddedTable);
                if (stream is not null)
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var word in Embeddings.SentenceVectors.ReadVocabulary(stream))
                    {
                        if (word.Length >= 2 && !word.StartsWith("##", StringComparison.Ordinal) && word[0] != '['
                            && System.Text.Ascii.IsValid(word) && !word.Any(char.IsAsciiLetterUpper) && seen.Add(word))
                        {
                            words.Add(word);
                        }
                    }
                }

                return new Table(words);
            }
        }
    }
}
