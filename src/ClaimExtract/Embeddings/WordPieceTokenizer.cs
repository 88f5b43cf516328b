using System.Globalization;
using System.Text;

namespace ClaimExtract.Embeddings;

/// <summary>
/// BERT's uncased WordPiece tokenizer (the one all-MiniLM-L6-v2 uses): the text is cleaned (control characters dropped,
/// white space of any kind a separator), lower-cased and stripped of accents, split at white space and around every
/// punctuation character and every CJK ideograph, and each word is cut greedily into the longest vocabulary pieces
/// from its start, continuation pieces prefixed with <c>##</c>; a word that cannot be cut (or longer than 100
/// characters) is <c>[UNK]</c>. Token ids only: no special tokens, no truncation.
/// </summary>
internal sealed class WordPieceTokenizer
{
    private const int MaxWordLength = 100;

    private readonly Dictionary<string, int> _vocab;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<string, int> _continuations;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuationLookup;

    /// <summary>Builds the tokenizer from the vocabulary, one token a line, the line number being the id.</summary>
    public WordPieceTokenizer(IReadOnlyList<string> vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        _vocab = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        _continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            var token = vocabulary[i];
            _vocab.TryAdd(token, i);
            if (token.Length > 2 && token.StartsWith("##", StringComparison.Ordinal))
            {
                _continuations.TryAdd(token[2..], i);
            }
        }

        UnknownId = _vocab.TryGetValue("[UNK]", out var unknown) ? unknown : throw new ArgumentException("the vocabulary has no [UNK] token", nameof(vocabulary));
        _lookup = _vocab.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuationLookup = _continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        Vocabulary = vocabulary;
    }

    /// <summary>The vocabulary, by id.</summary>
    public IReadOnlyList<string> Vocabulary { get; }

    /// <summary>The id of <c>[UNK]</c>.</summary>
    public int UnknownId { get; }

    /// <summary>The id of a token of the vocabulary, or -1.</summary>
    public int IdOf(string token) => _vocab.TryGetValue(token, out var id) ? id : -1;

    /// <summary>The token ids of a text.</summary>
    public List<int> Encode(string text)
    {
        var ids = new List<int>();
        Encode(text, ids);
        return ids;
    }

    /// <summary>The tokens of a text, as strings (for tests and inspection).</summary>
    public List<string> Tokenize(string text) => [.. Encode(text).Select(i => Vocabulary[i])];

    /// <summary>Appends the token ids of <paramref name="text"/> to <paramref name="ids"/>; allocates nothing for ASCII text.</summary>
    public void Encode(ReadOnlySpan<char> text, List<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);

        // The word being read, lower-cased; a word longer than MaxWordLength is unknown whatever follows.
        Span<char> word = stackalloc char[MaxWordLength + 8];
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128)
            {
                // ASCII: the common case, without normalisation.
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                {
                    Append(word, ref length, c);
                }
                else if (c is >= 'A' and <= 'Z')
                {
                    Append(word, ref length, (char)(c + 32));
                }
                else if (c is ' ' or '\t' or '\n' or '\r')
                {
                    Flush(word, ref length, ids);
                }
                else if (c < 32 || c == 127)
                {
                    // Control characters are dropped.
                }
                else
                {
                    // Every other printable ASCII character is punctuation to BERT.
                    Flush(word, ref length, ids);
                    Append(word, ref length, c);
                    Flush(word, ref length, ids);
                }

                continue;
            }

            var pair = i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]);
            var rune = pair ? new Rune(c, text[i + 1]) : Rune.IsValid(c) ? new Rune(c) : Rune.ReplacementChar;
            i += pair ? 1 : 0;
            AppendNonAscii(rune, word, ref length, ids);
        }

        Flush(word, ref length, ids);
    }

    private static void Append(Span<char> word, ref int length, char c)
    {
        // Past the buffer the characters are not kept, only counted: the word is unknown anyway.
        if (length < word.Length)
        {
            word[length] = c;
        }

        length++;
    }

    private void AppendNonAscii(Rune rune, Span<char> word, ref int length, List<int> ids)
    {
        if (rune.Value == 0xFFFD)
        {
            return;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (Rune.IsWhiteSpace(rune) || category == UnicodeCategory.SpaceSeparator)
        {
            Flush(word, ref length, ids);
            return;
        }

        if (category is UnicodeCategory.Control or UnicodeCategory.Format)
        {
            return;
        }

        if (IsPunctuation(category) || IsCjk(rune.Value))
        {
            Flush(word, ref length, ids);
            AppendNormalised(rune, word, ref length);
            Flush(word, ref length, ids);
            return;
        }

        AppendNormalised(rune, word, ref length);
    }

    /// <summary>Lower case, decomposed, without combining marks (BERT's <c>do_lower_case</c> with accent stripping).</summary>
    private static void AppendNormalised(Rune rune, Span<char> word, ref int length)
    {
        var lower = Rune.ToLowerInvariant(rune).ToString();
        var decomposed = lower.IsNormalized(NormalizationForm.FormD) ? lower : lower.Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                Append(word, ref length, c);
            }
        }
    }

    private static bool IsPunctuation(UnicodeCategory category) => category is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    private static bool IsCjk(int cp) => cp is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x2A6DF)
        or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF) or (>= 0xF900 and <= 0xFAFF)
        or (>= 0x2F800 and <= 0x2FA1F);

    /// <summary>Cuts the word read so far into pieces, appends their ids and empties it.</summary>
    private void Flush(Span<char> word, ref int length, List<int> ids)
    {
        if (length == 0)
        {
            return;
        }

        if (length > MaxWordLength)
        {
            ids.Add(UnknownId);
            length = 0;
            return;
        }

        ReadOnlySpan<char> text = word[..length];
        length = 0;
        var mark = ids.Count;
        var start = 0;
        while (start < text.Length)
        {
            var found = -1;
            var end = text.Length;
            for (; end > start; end--)
            {
                var piece = text[start..end];
                if (start == 0 ? _lookup.TryGetValue(piece, out found) : _continuationLookup.TryGetValue(piece, out found))
                {
                    break;
                }

                found = -1;
            }

            if (found < 0)
            {
                // No piece fits: the whole word is unknown.
                ids.RemoveRange(mark, ids.Count - mark);
                ids.Add(UnknownId);
                return;
            }

            ids.Add(found);
            start = end;
        }
    }
}
