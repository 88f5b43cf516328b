namespace ClaimExtract.Speakers;

/// <summary>
/// A surname the index cannot complete, where the article writes it after a given name in a place the index reads no names from: a
/// headline in title case ("Salma Hayek Described Her Experience"; the index takes each word of such a line alone) or a transcript's
/// speaker labels in capitals ("KATE BOULDUAN:"; words in capitals read as acronyms). The article's fullest form is that given name and
/// surname, as written.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// For a one-word mention resolved to nothing but its own word (<paramref name="name"/>), the article's "GIVEN NAME" where GIVEN is a
    /// word the first-name table knows, written in the same case as the surname (both capitalised, or both in capitals), right before it:
    /// when the article writes exactly one such given name before it, in capitals or on a line in title case (where the index reads no
    /// names); null otherwise ("Jeb Bush" and "George Bush": no answer).
    /// </summary>
    private string? FullerFormWritten(string name)
    {
        if (name.Length < 2 || !char.IsUpper(name[0]) || name.Contains(' ', StringComparison.Ordinal) || !name.All(c => char.IsLetter(c) || c is '-' or '\''))
        {
            return null;
        }

        var capitals = AllCapitals(name);
        string? found = null;
        for (var at = _text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            // The whole word, right after one space and a capitalised word ("Salma Hayek", "KATE BOULDUAN").
            var after = at + name.Length;
            if (at < 3 || _text[at - 1] != ' ' || after < _text.Length && char.IsLetterOrDigit(_text[after]))
            {
                continue;
            }

            var givenStart = at - 1;
            while (givenStart > 0 && (char.IsLetter(_text[givenStart - 1]) || _text[givenStart - 1] is '\'' or '’' or '-'))
            {
                givenStart--;
            }

            if (givenStart == at - 1 || givenStart > 0 && (char.IsLetterOrDigit(_text[givenStart - 1]) || _text[givenStart - 1] == '.'))
            {
                continue;
            }

            // The word's first letter and case read in place before it is cut out (speed122): most words before a surname fail them.
            var givenSpan = _text.AsSpan(givenStart, at - 1 - givenStart);
            if (!char.IsUpper(givenSpan[0]) || AllCapitals(givenSpan) != capitals)
            {
                continue;
            }

            var given = givenSpan.ToString();
            // A capitalised common word before a surname is no given name, even where the table knows it ("Will", "Mark", "Rose").
            if (!FirstNameGender.IsGivenName(given) || _entities.WrittenInLowerCase(given) || !capitals && !InTitleCaseLine(at))
            {
                continue;
            }

            var full = given + " " + name;
            if (found is not null && found != full)
            {
                return null;
            }

            found = full;
        }

        return found;
    }

    // Whether every letter of the word is a capital.
    private static bool AllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // The marks a word of a title-case line is read without.
    private const string TitleCaseTrim = "“”\"‘’'.,:!?";

    /// <summary>Whether the line around <paramref name="at"/> is in title case: every word of four letters or more capitalised, at least three of them.</summary>
    /// <remarks>The line's words read in place (speed122; they were split, trimmed and listed as strings).</remarks>
    private bool InTitleCaseLine(int at)
    {
        var start = _text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = _text.IndexOf('\n', at);
        var line = _text.AsSpan(start, (end < 0 ? _text.Length : end) - start);
        var count = 0;
        var allCapitalised = true;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim(TitleCaseTrim);
            if (word.Length < 4 || !IsAllLetters(word))
            {
                continue;
            }

            count++;
            allCapitalised &= char.IsUpper(word[0]);
        }

        return count >= 3 && allCapitalised;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
