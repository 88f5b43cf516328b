using System.Text.RegularExpressions;

namespace ClaimExtract.Speakers;

/// <summary>
/// Branch names94: an organisation named by an acronym ("the FBI", "The S.E.C.", "AP") is named by the words the article spells it out
/// with ("Federal Bureau of Investigation"), as data/names/GUIDE.md names organisations by their proper name.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The spelt-out name of each acronym asked for in this article (AcronymExpansion), null where the article writes none.
    private Dictionary<string, string?>? _acronymExpansions;

    /// <summary>
    /// <paramref name="resolved"/> with an organisation's name that is an acronym of two to six capitals, with or without full stops
    /// ("FBI", "F.B.I."), replaced by the article's expansion of it (<see cref="AcronymExpansion"/>); unchanged otherwise.
    /// </summary>
    private ResolvedSpeaker WithAcronymExpanded(ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name is not { } name || !AcronymPattern().IsMatch(name))
        {
            return resolved;
        }

        _acronymExpansions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_acronymExpansions.TryGetValue(name, out var expansion))
        {
            _acronymExpansions[name] = expansion = AcronymExpansion(name.Replace(".", "", StringComparison.Ordinal));
        }

        return expansion is null ? resolved : new ResolvedSpeaker(expansion, SpeakerKind.Organization);
    }

    /// <summary>
    /// The words the article spells <paramref name="letters"/> out with: a run of capitalised words on one line, joined by single spaces
    /// and the function words "of", "and", "for", "on", "the", "&amp;" inside it, whose capitalised words' initials are the letters
    /// ("Federal Bureau of Investigation" for FBI, "National Association for the Advancement of Colored People"), without a possessive;
    /// the one written most often, of two the first. Words in capitals ("UN Security") spell out nothing. Null when there is none.
    /// </summary>
    private string? AcronymExpansion(string letters)
    {
        Dictionary<string, int>? counts = null;
        string? best = null;
        foreach (Match run in CapitalisedRun().Matches(_text))
        {
            var words = run.Value.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                var initials = 0;
                for (var j = i; j < words.Length && initials < letters.Length; j++)
                {
                    if (!char.IsUpper(words[j][0]))
                    {
                        if (j == i)
                        {
                            break;
                        }

                        continue;
                    }

                    if (words[j][0] != letters[initials++])
                    {
                        break;
                    }

                    if (initials == letters.Length && j > i)
                    {
                        var expansion = EntityIndex.StripPossessive(string.Join(' ', words[i..(j + 1)]).TrimEnd('’', '\''));
                        counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                        var count = counts[expansion] = counts.GetValueOrDefault(expansion) + 1;
                        if (best is null || count > counts[best])
                        {
                            best = expansion;
                        }
                    }
                }
            }
        }

        return best;
    }

    [GeneratedRegex(@"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:of|and|for|on|the|&) )*\p{Lu}\p{Ll}[\p{L}'’-]*)+", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex CapitalisedRun();
}
