using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A generational suffix written after a full name ("Martin T. Kowalski Jr. said", "Ann Roe, Sr., wrote"): the name runs end before
/// "Jr." and "Sr." (a capitalised abbreviation is no name word), so the person was named without it, where "Harry Hurt III" keeps its
/// "III" (branch names107). The suffix belongs to the name the article writes in full; it is put back on that name when it is given as a
/// statement's speaker (<see cref="WithGenerationalSuffix"/>), not inside the index, whose surname and gender look-ups read the name's
/// last word.
/// </summary>
internal sealed partial class EntityIndex
{
    // The suffix written after each full name, by the name's key; null when the article writes none.
    private Dictionary<string, string>? _suffixes;

    /// <summary>
    /// The suffix ("Jr." or "Sr.", as written, with or without its period) the article writes right after each capitalised run of two
    /// words or more ("Martin T. Kowalski Jr.", "Martin T. Kowalski, Jr.,"), by the run's key. A name the article also writes without that
    /// suffix is two people as often as one (a father and his son: "Rep. Duncan Hunter ... His father, Duncan Hunter Sr.", "Brent Bozell
    /// III ... his father, Brent Bozell, Jr."), so it has none: written bare, with another suffix ("Sr.", "III"), or with the suffix's
    /// possessive. Null when there is none (nearly every article: the text is searched first).
    /// </summary>
    private static Dictionary<string, string>? GenerationalSuffixes(string text, List<Token> tokens, List<(int First, int Last, bool Titled)> sequences, List<string> names)
    {
        if (!text.Contains("Jr", StringComparison.Ordinal) && !text.Contains("Sr", StringComparison.Ordinal))
        {
            return null;
        }

        Dictionary<string, string>? suffixes = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (last > first && !EndsPossessive(tokens[last].Value) && SuffixAfter(text, tokens, last) is { } suffix)
            {
                (suffixes ??= new Dictionary<string, string>(StringComparer.Ordinal)).TryAdd(Key(names[q]), suffix);
            }
        }

        if (suffixes is null)
        {
            return null;
        }

        // The same name written otherwise: bare, as a possessive, before the other suffix, or with "II", "III" or "IV" in its run.
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (last <= first)
            {
                continue;
            }

            var suffix = EndsPossessive(tokens[last].Value) ? null : SuffixAfter(text, tokens, last);
            var key = Key(names[q]);
            if (suffixes.TryGetValue(key, out var known) && (suffix is null || suffix.TrimEnd('.') != known.TrimEnd('.')))
            {
                suffixes.Remove(key);
            }

            if (last > first + 1 && tokens[last].Value is "II" or "III" or "IV")
            {
                suffixes.Remove(Key(NameText(text, tokens, first, last - 1)));
            }
        }

        return suffixes.Count > 0 ? suffixes : null;
    }

    /// <summary>
    /// The suffix token right after token <paramref name="last"/>: after one space ("Kowalski Jr."), or after a comma and one space
    /// ("Kowalski, Jr."); null when there is none.
    /// </summary>
    private static string? SuffixAfter(string text, List<Token> tokens, int last)
    {
        var at = last + 1;
        if (at < tokens.Count && tokens[at].Value == "," && tokens[at].Span.Start == tokens[last].Span.End)
        {
            last = at++;
        }

        if (at >= tokens.Count || tokens[at].Span.Start != tokens[last].Span.End + 1 || text[tokens[last].Span.End] != ' '
            || tokens[at].Value is not ("Jr." or "Sr." or "Jr" or "Sr"))
        {
            return null;
        }

        return tokens[at].Value;
    }

    /// <summary>
    /// <paramref name="fullName"/> with the generational suffix the article writes after it ("Martin T. Kowalski" → "Martin T. Kowalski
    /// Jr."), or <paramref name="fullName"/> when the article writes none or the name already ends with a suffix.
    /// </summary>
    public string WithGenerationalSuffix(string fullName)
    {
        if (_suffixes is null || !_suffixes.TryGetValue(Key(fullName), out var suffix))
        {
            return fullName;
        }

        var lastWord = fullName[(fullName.LastIndexOf(' ') + 1)..].TrimEnd('.', ',');
        return lastWord is "Jr" or "Sr" or "II" or "III" or "IV" ? fullName : fullName + " " + suffix;
    }
}
