using System.Text.RegularExpressions;

namespace ClaimExtract.Speakers;

/// <summary>
/// An acronym the article ties to its name by how it writes the two side by side, when the letters are not the name's initials: "the
/// Caldonian Farmers' League, or CFL," (a party's acronym in its own language), "Caldonia's Ministry of Farms, Water and Energy
/// (MOFWE)" (a letter for "of"). data/names/GUIDE.md names such an organisation by the name the article spells out ("The SVP" →
/// `Swiss People’s Party` in train11's labels, "MOTIE" → the ministry's spelt-out name in the first Zyte block's). A bare
/// acronym speaker ("the CFL said") whose name the resolver ran on into a word before it ("Eurosceptic CFL", an adjective the article
/// writes before the acronym once) is named by that spelt-out name too (branch orgnames120).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The name the article ties to <paramref name="letters"/> by writing it just before the acronym in parentheses ("Caldonian Farmers'
    /// League (CFL)", "... (or CFL)"), before ", or" and the acronym ("Caldonian Farmers' League, or CFL"), or after the acronym and a
    /// comma and "the" ("CFL, the Caldonian Farmers' League,", the name's first word of the acronym's first letter, not a list's next
    /// item such as "the DOJ, AG Roe, and ..."): the longest run of capitalised words there (joined by spaces, commas and the
    /// function words "of", "and", "for", "on", "the", "&amp;") that opens with a word of the acronym's first letter, without a leading
    /// article and a possessive owner before it ("Caldonia's Ministry of Trade" → "Ministry of Trade"). Null when the article writes no
    /// such tie, when it ties two different names, or when the name is a person's full name ("Anna Roe (AR)").
    /// </summary>
    private string? TiedAcronymExpansion(string letters)
    {
        if (letters.Length < 2 || _text.IndexOf(letters, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        string? found = null;
        Regex[] shapes = [AcronymInParentheses(), AcronymAfterOr(), NameAfterAcronym()];
        for (var k = 0; k < shapes.Length; k++)
        {
            // A shape is read over the text only when the text writes the acronym as that shape needs it: most acronyms ("CNN", "NATO")
            // are tied by none, and each shape's matches for other acronyms cost a match object each (branch speed120).
            if (!WritesTieShape(letters, k))
            {
                continue;
            }

            foreach (Match tie in shapes[k].Matches(_text))
            {
                // After the acronym, the name itself opens with its first letter (no tail of a longer run is read there).
                var run = tie.Groups["name"].Value;
                if (tie.Groups["acronym"].Value != letters || k == 2 && run[0] != letters[0] || NameOpeningWith(run, letters[0]) is not { } name)
                {
                    continue;
                }

                if (found is not null && found != name)
                {
                    return null;
                }

                found = name;
            }
        }

        return found is not null && !(_entities.ResolveName(found) is { } person && _entities.IsPersonFullName(person)) ? found : null;
    }

    /// <summary>
    /// Whether the text writes <paramref name="letters"/> as tie shape <paramref name="shape"/> of <see cref="TiedAcronymExpansion"/>
    /// needs it: " (CFL)" or " (or CFL)" (0), ", or CFL" (1), "CFL, the " (2).
    /// </summary>
    private bool WritesTieShape(string letters, int shape) => shape switch
    {
        0 => _text.Contains(" (" + letters + ")", StringComparison.Ordinal) || _text.Contains(" (or " + letters + ")", StringComparison.Ordinal),
        1 => _text.Contains(", or " + letters, StringComparison.Ordinal),
        _ => _text.Contains(letters + ", the ", StringComparison.Ordinal),
    };

    // A run of capitalised words joined by single spaces, commas and the function words inside an organisation's name.
    // A full stop only inside a word ("U.S.") or, in the shapes before the acronym, at the run's end ("Co."), never between two words.
    private const string NameRunPattern = @"\p{Lu}" + NameWordTail + @"(?:,? (?:(?:of|and|for|on|the|&) )*\p{Lu}" + NameWordTail + @")*";

    // The letters of a capitalised word after its capital.
    private const string NameWordTail = @"(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*";

    /// <summary>
    /// The longest tail of <paramref name="run"/> that opens with a capitalised word of <paramref name="letter"/>, after the run's
    /// possessive owner if any ("Caldonia's Ministry of Trade" → "Ministry of Trade"), without a leading article or a closing possessive;
    /// null when no word opens with the letter or the tail is an acronym itself.
    /// </summary>
    private static string? NameOpeningWith(string run, char letter)
    {
        var words = run.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length < 2 || words[i][0] != letter || words[i] is "The" or "A" or "An" && i < words.Length - 1)
            {
                continue;
            }

            // "Mexico's Ministry of Trade (MOT)": the owner is no part of the name when the words after it open with the letter too;
            // "Swiss People's Party (SVP)" keeps its possessive word.
            var owner = words.Length - i < 3 ? -1 : Array.FindLastIndex(words, words.Length - 2, words.Length - 1 - i, EntityIndex.EndsPossessive);
            var from = owner >= 0 && owner < words.Length - 2 && words[owner + 1][0] == letter ? owner + 1 : i;
            var name = EntityIndex.StripPossessive(string.Join(' ', words[from..]).TrimEnd(','));
            return AcronymPattern().IsMatch(name) ? null : name;
        }

        return null;
    }

    /// <summary>
    /// <paramref name="resolved"/> for a mention that is an acronym alone, with or without "the" and a possessive ("the CFL", "CFL's"),
    /// named by the article's spelt-out name for it (<see cref="CachedAcronymExpansion"/>, which reads <see cref="TiedAcronymExpansion"/>
    /// when the letters are no run's initials) when the resolver gave no name, the acronym, or a longer run ending in the acronym
    /// ("Eurosceptic CFL", "Caldonian CFL"); unchanged otherwise, and when the acronym was read as a person (a name of its own).
    /// </summary>
    private ResolvedSpeaker WithBareAcronymTied(Span mention, ResolvedSpeaker resolved)
    {
        if (!MayBeBareAcronym(mention))
        {
            return resolved;
        }

        var written = WrittenWithoutArticle(mention);
        var acronym = EntityIndex.StripPossessive(written);
        if (acronym.Contains(' ', StringComparison.Ordinal) || !AcronymPattern().IsMatch(acronym))
        {
            return resolved;
        }

        var runOn = resolved.Name is { } name && name.EndsWith(" " + acronym, StringComparison.Ordinal);
        var bare = resolved.Name is null || resolved.Name == acronym && resolved.Kind != SpeakerKind.Person;
        if (!runOn && !bare)
        {
            return resolved;
        }

        return CachedAcronymExpansion(acronym) is { } expansion && expansion != resolved.Name
            ? new ResolvedSpeaker(expansion, SpeakerKind.Organization)
            : resolved;
    }

    // "Caldonian Farmers' League (CFL)", "... (or CFL)".
    [GeneratedRegex(@"(?<name>" + NameRunPattern + @"\.?) \((?:or )?(?<acronym>[A-Z]{2,6})\)", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex AcronymInParentheses();

    // "Caldonian Farmers' League, or CFL".
    [GeneratedRegex(@"(?<name>" + NameRunPattern + @"\.?), or (?<acronym>[A-Z]{2,6})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex AcronymAfterOr();

    // "CFL, the Caldonian Farmers' League," (no comma inside the name: a list's next item is no name).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<acronym>[A-Z]{2,6}), the (?<name>\p{Lu}" + NameWordTail + @"(?: (?:(?:of|and|for|on|the|&) )*\p{Lu}" + NameWordTail + @")*)(?=[,;)]|\.(?:\s|$))", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex NameAfterAcronym();
}
