namespace ClaimExtract.Text;

/// <summary>A word or a punctuation mark of an article, with its span.</summary>
public readonly record struct Token
{
    // A struct of 24 bytes held in its article's list (speed92tok): as an object it took 40 bytes and a list slot of 8 more,
    // 37% of what a TokenizedDocument allocated (6.1 of 16.6 MB per round of the Zyte pages, 153,708 tokens).
    // The span's end and IsWord share one field (a non-word's end is stored complemented, negative; speed90tok).
    // Spans are offsets into a text, never negative, so the sign is free.
    private readonly int _start;
    private readonly int _endOrNotWord;
    private readonly string _value;
    private readonly string _lower;

    /// <summary>A token.</summary>
    /// <param name="Span">Where it is in the article text.</param>
    /// <param name="Value">The text of the token.</param>
    /// <param name="IsWord">True for words and numbers (letters, digits, inner apostrophes, hyphens and periods), false for punctuation.</param>
    public Token(Span Span, string Value, bool IsWord)
        : this(Span, Value, IsWord, LowerInvariant(Value))
    {
    }

    // With the lower case already known (the form's, from the article's WordTable).
    internal Token(Span span, string value, bool isWord, string lower)
    {
        _start = span.Start;
        _endOrNotWord = isWord ? span.End : ~span.End;
        _value = value;
        _lower = lower;
    }

    /// <summary>Where it is in the article text.</summary>
    public Span Span
    {
        // x ^ (x >> 31) is ~x for a negative x and x otherwise: no branch to mispredict on the marks among the words.
        get => new(_start, _endOrNotWord ^ (_endOrNotWord >> 31));
        init => (_start, _endOrNotWord) = (value.Start, _endOrNotWord >= 0 ? value.End : ~value.End);
    }

    // The span's start alone (TokenizedDocument.IndexAtOrAfter reads it of many tokens).
    internal int Start => _start;

    /// <summary>The text of the token.</summary>
    public string Value
    {
        get => _value;
        init => (_value, _lower) = (value, LowerInvariant(value));
    }

    /// <summary>True for words and numbers (letters, digits, inner apostrophes, hyphens and periods), false for punctuation.</summary>
    public bool IsWord
    {
        get => _endOrNotWord >= 0;
        init => _endOrNotWord = value == _endOrNotWord >= 0 ? _endOrNotWord : ~_endOrNotWord;
    }

    /// <summary>The span, value and IsWord, as the positional record this was deconstructed into.</summary>
    public void Deconstruct(out Span Span, out string Value, out bool IsWord) => (Span, Value, IsWord) = (this.Span, this.Value, this.IsWord);

    /// <summary>Whether the word starts with an upper-case letter.</summary>
    public bool IsCapitalized => IsWord && Value.Length > 0 && char.IsUpper(Value[0]);

    /// <summary>The lower-cased value, computed once (when the token is made; a struct keeps no lazy field): the attribution finder reads it many times per token.</summary>
    public string Lower => _lower;

    /// <summary>
    /// The same string as <see cref="string.ToLowerInvariant"/> gives, without its call into the culture data for the
    /// common words: a word of ASCII letters, digits and General Punctuation marks (U+2000–U+206F: ’ “ ” — …, none of
    /// which has a case) is lowered A–Z only, as the invariant casing does; any other character takes the full call.
    /// </summary>
    internal static string LowerInvariant(string value) => LowerInvariantAscii(value, out _);

    /// <summary>
    /// <see cref="LowerInvariant(string)"/>, and whether <paramref name="value"/> is all ASCII (as <c>System.Text.Ascii.IsValid</c>
    /// answers), read in the same pass over its characters.
    /// </summary>
    internal static string LowerInvariantAscii(string value, out bool ascii)
    {
        var upper = -1;
        ascii = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x80)
            {
                ascii = false;
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
    /// <remarks>With <paramref name="words"/>, each token's string and lower case are its form's in the article's table (one string per form).</remarks>
    internal static void TokenizeInto(string text, Span within, List<Token> tokens, WordTable? words = null)
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
                    if (i - start == 4 && IsGluedClockTime(text, start, i, within.End))
                    {
                        // "9:52PM" ends before the heading glued to it ("9:52PMRuiz Says").
                        break;
                    }

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

                if (words is null)
                {
                    tokens.Add(new Token(new Span(start, i), text[start..i], true));
                }
                else
                {
                    var value = words.Add(text, start, i - start, null, out var lower);
                    tokens.Add(new Token(new Span(start, i), value, true, lower));
                }

                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < within.End ? 2 : 1;
            if (words is null)
            {
                tokens.Add(new Token(new Span(i, i + length), length == 1 && c < OneCharacter.Length ? OneCharacter[c] ??= text.Substring(i, 1) : text.Substring(i, length), false));
            }
            else
            {
                var value = words.Add(text, i, length, length == 1 && c < OneCharacter.Length ? OneCharacter[c] ??= text.Substring(i, 1) : null, out var lower);
                tokens.Add(new Token(new Span(i, i + length), value, false, lower));
            }

            i += length;
        }
    }

    /// <summary>
    /// Whether the word from <paramref name="start"/> is a clock time's minutes and "AM"/"PM" ("52PM" after "9:") with a capitalised word
    /// glued on at <paramref name="at"/> ("9:52PMRuiz Says ..."): a live blog's time stamp run into its next heading when the page is
    /// flattened. The glued word opens with a capital and goes on in lower case, so a time before a word in capitals ("9:52PMEST") and a
    /// word that is no time ("PMBank", "66AMBulance": no colon before it) stay whole.
    /// </summary>
    private static bool IsGluedClockTime(string text, int start, int at, int end) =>
        start > 0 && text[start - 1] == ':' && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1])
        && text[start + 2] is 'A' or 'P' or 'a' or 'p' && text[start + 3] is 'M' or 'm'
        && char.IsUpper(text[at]) && at + 1 < end && char.IsLower(text[at + 1]);

    private static bool IsDottedAbbreviation(string text, int start, int period)
    {
        // Letters separated by periods: U.S, U.K, D.C, a.m
        var word = text.AsSpan(start, period - start);
        return word.Length >= 3 && word.Contains('.') && word.Length <= 7;
    }
}
