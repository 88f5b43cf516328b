using System.Text.RegularExpressions;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// An acronym made of letters of one word, a company named by one compound word and shortened to the letters its parts begin with: "DW"
/// for "Dornwerk", "VW" for "Volkswagen". data/names/GUIDE.md names such an organisation by the name the article writes in full (the third
/// Zyte block labels a carmaker's "VW says" by its one-word name, four rows on one page; branch orgs122). Read only when no run of
/// words, hyphenated name or tie spells the acronym out (<see cref="AcronymExpansion"/>).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// For an acronym of two or three letters, the one word the article writes standing alone (no capitalised word beside it) at least
    /// twice, that opens with the acronym's first letter and holds its other letters in order ("Dornwerk" for DW), and that is a name: not
    /// written in lower case anywhere in the article ("While" for WH), no group of people ("Islamists" for ISIS on train, which four letters
    /// leave out too), no person's name or given name ("Clinton" for CNN), no place, US state or nationality ("California" for CIA).
    /// Null when there is none or more than one.
    /// </summary>
    private string? OneWordExpansion(string letters)
    {
        if (letters.Length is < 2 or > 3)
        {
            return null;
        }

        var rest = letters[1..].ToLowerInvariant();
        Dictionary<string, int>? counts = null;
        foreach (var value in WordsStandingAlone)
        {
            if (value[0] == letters[0] && value.Length > letters.Length && HoldsInOrder(value.AsSpan(1), rest))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }

        var names = counts?.Where(c => c.Value >= 2).Select(c => c.Key).ToList();
        if (names is not [var name] || WrittenInLowerCase(name) || Lexicon.IsGroupNoun(name.ToLowerInvariant()) || FirstNameGender.IsGivenName(name) || _entities.IsPlace(name)
            || EntityIndex.IsStateName(name.ToLowerInvariant()) || IsNationality(name)
            || _entities.ResolveName(name) is { } person && _entities.IsPersonFullName(person))
        {
            return null;
        }

        return name;
    }

    // Whether the letters are found in the word in order (not necessarily side by side).
    private static bool HoldsInOrder(ReadOnlySpan<char> word, string letters)
    {
        var found = 0;
        foreach (var c in word)
        {
            if (found < letters.Length && c == letters[found])
            {
                found++;
            }
        }

        return found == letters.Length;
    }

    // Whether the text writes the word in lower case as a whole word ("while", "these"); ProperOnly asks it too.
    private bool WrittenInLowerCase(string word)
    {
        var lower = word.ToLowerInvariant();
        for (var at = _text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(_text[at - 1])) && (end == _text.Length || !char.IsLetter(_text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // The article's words standing alone (WordStandingAlone), in text order, found once and read by every acronym of two or three letters
    // asked about (speed123: the text was read again, a match and a group per word, for each such acronym).
    private List<string>? _wordsStandingAlone;

    private List<string> WordsStandingAlone => _wordsStandingAlone ??= WordStandingAlone().Matches(_text).Select(m => m.Groups["word"].Value).ToList();

    // A capitalised word of four letters or more, its possessive aside, with no capitalised word before or after it over a space.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’.-])(?<!\p{Lu}[\p{L}'’.-]* )(?<word>\p{Lu}\p{Ll}{3,})(?:['’]s)?(?![\p{L}\p{N}-])(?! \p{Lu})", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex WordStandingAlone();
}
