using System.Globalization;

namespace ClaimExtract.Html;

/// <summary>
/// Plain scans for the few fixed word lists the HTML stage matches on every page, matching exactly as the
/// <c>RegexOptions.IgnoreCase</c> alternations they replace (<c>(article|body|...)</c>, <c>\b(writer|...)\b</c>).
/// Why not the generated regexes: the regex source generator keeps the vectorised search tables of every regex
/// in the assembly (the quote and statement stages' too) in one class, so the first page's first regex that
/// needs one builds all thirty of them, about 13 ms of each process's start-up; these scans need none.
/// </summary>
internal static class WordScan
{
    /// <summary>Whether <paramref name="text"/> holds any of <paramref name="words"/> (lower-case ASCII), ignoring case as the regex does.</summary>
    internal static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (IndexOf(text, word, 0) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> holds any of <paramref name="words"/> (lower-case ASCII, starting and ending with a letter) as a whole word: <c>\b(w1|w2|...)\b</c>.</summary>
    internal static bool ContainsAnyWord(string text, string[] words)
    {
        foreach (var word in words)
        {
            for (var at = IndexOf(text, word, 0); at >= 0; at = IndexOf(text, word, at + 1))
            {
                var end = at + word.Length;
                if ((at == 0 || !IsBoundaryWordChar(text[at - 1])) && (end == text.Length || !IsBoundaryWordChar(text[end])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first index at or after <paramref name="start"/> where <paramref name="word"/> (lower-case ASCII) stands, ignoring case, or -1.</summary>
    internal static int IndexOf(string text, string word, int start)
    {
        // Only a position holding the word's first letter (either case, and the Kelvin sign for k) can start a match: a
        // vectorised search jumps to the next one.
        var first = word[0];
        var last = text.Length - word.Length;
        for (var i = start; i <= last; i++)
        {
            var candidates = text.AsSpan(i, last - i + 1);
            var found = first is >= 'a' and <= 'z'
                ? first == 'k' ? candidates.IndexOfAny('k', 'K', '\u212A') : candidates.IndexOfAny(first, (char)(first - 32))
                : candidates.IndexOf(first);
            if (found < 0)
            {
                return -1;
            }

            i += found;
            if (At(text, i, word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="word"/> (lower-case ASCII) stands at <paramref name="index"/>, ignoring case.</summary>
    internal static bool At(string text, int index, string word)
    {
        if (index + word.Length > text.Length)
        {
            return false;
        }

        for (var j = 0; j < word.Length; j++)
        {
            if (!Same(text[index + j], word[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="c"/> matches <paramref name="lower"/> under the regex's invariant case folding: an ASCII letter matches
    /// its two cases, and 'k' also the Kelvin sign (U+212A); any other character only itself.</summary>
    private static bool Same(char c, char lower) =>
        lower is >= 'a' and <= 'z' ? (c | 0x20) == lower || lower == 'k' && c == '\u212A' : c == lower;

    /// <summary>A word character for <c>\b</c>: letters, non-spacing marks, decimal digits, connector punctuation, and the zero-width (non-)joiner.</summary>
    internal static bool IsBoundaryWordChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                   or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
                   or UnicodeCategory.ConnectorPunctuation
               || c is '\u200C' or '\u200D';
    }

    /// <summary>
    /// Words grouped by their first letter, for a text searched for any of many words: each position of the text is tried
    /// only against the words that start with its letter. Built from a plain array (no <c>SearchValues</c>: the vectorised
    /// multi-string search is JIT-compiled in every process, about 15 ms before its first answer).
    /// </summary>
    internal sealed class FirstLetterIndex
    {
        private readonly string[][] _byLetter = new string[26][];

        /// <param name="words">Lower-case ASCII words, each starting with a letter.</param>
        public FirstLetterIndex(string[] words)
        {
            for (var letter = 0; letter < 26; letter++)
            {
                var group = new List<string>();
                foreach (var word in words)
                {
                    if (word.Length == 0 || word[0] is < 'a' or > 'z')
                    {
                        throw new ArgumentException($"not a lower-case word: '{word}'", nameof(words));
                    }

                    if (word[0] - 'a' == letter)
                    {
                        group.Add(word);
                    }
                }

                _byLetter[letter] = [.. group];
            }
        }

        /// <summary>Whether <paramref name="text"/> holds any of the words, ignoring case as <see cref="WordScan"/> does.</summary>
        public bool FoundIn(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var letter = (text[i] | 0x20) - 'a';
                if ((uint)letter >= 26u)
                {
                    continue;
                }

                foreach (var word in _byLetter[letter])
                {
                    if (At(text, i, word))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
