namespace ClaimExtract.Text;

/// <summary>A word or a punctuation mark of an article, with its span.</summary>
/// <param name="Span">Where it is in the article text.</param>
/// <param name="Value">The text of the token.</param>
/// <param name="IsWord">True for words and numbers (letters, digits, inner apostrophes, hyphens and periods), false for punctuation.</param>
public sealed record Token(Span Span, string Value, bool IsWord)
{
    /// <summary>Whether the word starts with an upper-case letter.</summary>
    public bool IsCapitalized => IsWord && Value.Length > 0 && char.IsUpper(Value[0]);

    /// <summary>A token whose lower case is known already (a common word's shared string).</summary>
    internal Token(Span span, string value, bool isWord, string lower)
        : this(span, value, isWord)
    {
        Lower = lower;
    }

    /// <summary>The lower-cased value, computed once: the attribution finder reads it many times per token.</summary>
    public string Lower
    {
        get => field ??= LowerInvariant(Value);
        private init;
    }

    /// <summary>
    /// The same string as <see cref="string.ToLowerInvariant"/> gives, without its call into the culture data for the
    /// common words: a word of ASCII letters, digits and General Punctuation marks (U+2000–U+206F: ’ “ ” — …, none of
    /// which has a case) is lowered A–Z only, as the invariant casing does; any other character takes the full call.
    /// </summary>
    internal static string LowerInvariant(string value)
    {
        var upper = -1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x80)
            {
                if (c is < '\u2000' or > '\u206F')
                {
                    return value.ToLowerInvariant();
                }
            }
            else if (upper < 0 && char.IsAsciiLetterUpper(c))
            {
                upper = i;
            }
        }

        if (upper < 0)
        {
            return value;
        }

        return string.Create(value.Length, (value, upper), static (span, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(span);
            for (var i = first; i < span.Length; i++)
            {
                var c = source[i];
                span[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
        });
    }
}

/// <summary>Cuts text into <see cref="Token"/>s: words (with inner ' ’ - . such as "it’s", "U.S.", "China-US") and single punctuation marks.</summary>
public static class Tokenizer
{
    // Titles whose period belongs to the word ("Mr. Clarke"), as does an initial's ("Donald J. Trump"); SentenceSplitter knows them too.
    private static readonly System.Collections.Frozen.FrozenSet<string> TitleAbbreviations = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "St", "Jr", "Sr", "Adm", "Maj", "Supt", "Mt", "Ft"],
        StringComparer.Ordinal);

    // Looked up without a string for the word (every word before a period is).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleAbbreviationSpans =
        TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // The most common words of news text, as written in lower case and capitalised, each with its lower case: a word token
    // that is one of them shares these strings instead of taking a string of its own (and, capitalised, another for its
    // lower case). About half the word tokens of an article are one of these.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Value, string Lower)> CommonWords = BuildCommonWords(
        ["the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "about", "into", "over", "after",
         "before", "than", "that", "this", "these", "those", "which", "who", "what", "when", "where", "how", "why", "if", "not", "no", "so",
         "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could", "should",
         "may", "might", "must", "said", "says", "say", "told", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
         "my", "your", "him", "them", "us", "me", "there", "here", "also", "more", "most", "some", "all", "one", "two", "new", "up", "out",
         "just", "only", "other", "even", "now", "then", "while", "because", "according", "last", "year", "years", "people", "president",
         "trump", "clinton", "s", "t", "mr", "like", "time", "first", "going", "many", "against", "think", "make", "get", "made", "any", "much",
         "during", "very", "week", "both", "back", "way", "still", "well", "since", "want", "called", "know", "including", "between", "three",
         "down", "same", "long", "whether", "right", "take", "next", "through", "far", "big", "work", "day", "see", "off", "world", "saying",
         "won", "part", "another", "own", "need", "such", "night", "change", "money", "asked", "good", "top", "never", "show", "come", "go",
         "under", "point", "least", "too", "got", "added", "left", "times", "lead", "second", "four", "help", "every", "working", "early",
         "months", "put", "though", "state", "former", "campaign", "party", "support", "house", "government", "public", "percent", "million",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "it’s", "it's", "he’s", "don’t"]);

    private static readonly System.Collections.Frozen.FrozenDictionary<string, (string Value, string Lower)>.AlternateLookup<ReadOnlySpan<char>> CommonWordSpans =
        CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int MaxCommonWordLength = CommonWords.Keys.Max(w => w.Length);

    // The strings of the punctuation marks below U+2100 (commas, periods, quotation marks, dashes), each made when first
    // met and then shared: a fifth of an article's tokens are such marks, and each took a string of its own. (Two threads
    // may both make one; either string is kept, and they are equal.)
    private static readonly string?[] OneCharacter = new string?[0x2100];

    /// <summary>Tokens of <paramref name="text"/> inside <paramref name="within"/>.</summary>
    public static List<Token> Tokenize(string text, Span within)
    {
        var tokens = new List<Token>();
        TokenizeInto(text, within, tokens);
        return tokens;
    }

    /// <summary>Adds the tokens of <paramref name="text"/> inside <paramref name="within"/> to <paramref name="tokens"/> (a whole article's list, grown once).</summary>
    internal static void TokenizeInto(string text, Span within, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = within.Start;
        while (i < within.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i++;
                while (i < within.End)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d) || char.GetUnicodeCategory(d) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
                    {
                        i++;
                    }
                    else if (d is '\'' or '’' or '-' or '.' or '&' && i + 1 < within.End && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i += 2;
                    }
                    else if (d == '.' && (IsDottedAbbreviation(text, start, i) || TitleAbbreviationSpans.Contains(text.AsSpan(start, i - start))
                                          || i - start == 1 && char.IsUpper(text[start]) && i + 2 < within.End && text[i + 1] == ' ' && char.IsUpper(text[i + 2])))
                    {
                        // "U.S." keeps its final period.
                        i++;
                        break;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(Word(text, start, i));
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < within.End ? 2 : 1;
            tokens.Add(new Token(new Span(i, i + length), length == 1 && c < OneCharacter.Length ? OneCharacter[c] ??= text.Substring(i, 1) : text.Substring(i, length), false));
            i += length;
        }
    }

    // A word token: a common word's shared strings, else a string of its own.
    private static Token Word(string text, int start, int end)
    {
        var span = new Span(start, end);
        if (end - start <= MaxCommonWordLength && CommonWordSpans.TryGetValue(text.AsSpan(start, end - start), out var common))
        {
            return new Token(span, common.Value, true, common.Lower);
        }

        return new Token(span, text[start..end], true);
    }

    // Each word as written in lower case and capitalised (the key and the value's Value are one string), with its lower case.
    private static System.Collections.Frozen.FrozenDictionary<string, (string Value, string Lower)> BuildCommonWords(string[] words)
    {
        var table = new Dictionary<string, (string Value, string Lower)>(StringComparer.Ordinal);
        foreach (var lower in words)
        {
            var capitalised = char.ToUpperInvariant(lower[0]) + lower[1..];
            table[lower] = (lower, lower);
            table[capitalised] = (capitalised, lower);
        }

        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(table, StringComparer.Ordinal);
    }

    private static bool IsDottedAbbreviation(string text, int start, int period)
    {
        // Letters separated by periods: U.S, U.K, D.C, a.m
        var word = text.AsSpan(start, period - start);
        return word.Length >= 3 && word.Contains('.') && word.Length <= 7;
    }
}
