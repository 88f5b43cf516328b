using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Descriptions that name someone the article wrote before: a thing a person has ("His message", "her financial disclosure") speaks
/// with that person's name; "the state", "the city", "the town" is the state or the town the article names before it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Nouns of a person beside another that the person and group lexicons leave out ("his colleague wrote").
    private static readonly FrozenSet<string> CompanionNouns = new[] { "colleague", "ally", "allies", "partner", "companion", "classmate", "roommate" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Her pitch for years has been that she is a fixer", "His remarks indicated", "her financial disclosure suggests": a mention that
    /// opens with "his" or "her" and that the resolver names no one by and gives no kind (no person, group, organisation or document
    /// noun heads it) is the pronoun's person, as "Trump's remarks" is cut to "Trump's" and PolNeAR's source for "Much of Beck's ire"
    /// is Beck. Null otherwise ("his advisers" is a group, "his campaign" an organisation, "his wife" a relation: their own rules).
    /// </summary>
    private ResolvedSpeaker? PossessorOfThing(Span mention, ResolvedSpeaker resolved)
    {
        if (resolved.Name is not null || resolved.Kind != SpeakerKind.Unknown)
        {
            return null;
        }

        var written = Written(mention);
        var space = written.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || written[..space] is not ("his" or "her" or "His" or "Her"))
        {
            return null;
        }

        // "his colleague wrote", "his supporters remain": a person or people beside the possessor are someone else, not the possessor.
        foreach (var word in written[(space + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = EntityIndex.StripPossessive(word).ToLowerInvariant();
            if (Lexicon.PersonNouns.Contains(lower) || Lexicon.IsGroupNoun(lower) || Lexicon.OrganizationNouns.Contains(lower) || RelationNouns.Contains(lower)
                || CompanionNouns.Contains(lower) || lower.Length > 4 && lower.EndsWith('s') && (IsAgentNoun(lower[..^1]) || CompanionNouns.Contains(lower[..^1])))
            {
                return null;
            }
        }

        var possessor = Resolve(new Span(mention.Start, mention.Start + space), roleNoun: false);
        return possessor.Name is null ? null : possessor;
    }

    private static readonly FrozenSet<string> UsStates = new[]
    {
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii",
        "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
        "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
        "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    }.ToFrozenSet(StringComparer.Ordinal);

    // The states' names, longest first ("West Virginia" before "Virginia").
    private const string StateAlternation = "North Carolina|South Carolina|Massachusetts|New Hampshire|West Virginia|North Dakota|Pennsylvania|Rhode Island|South Dakota|Connecticut|Mississippi|California|New Jersey|New Mexico|Washington|Louisiana|Minnesota|Tennessee|Wisconsin|Arkansas|Colorado|Delaware|Illinois|Kentucky|Maryland|Michigan|Missouri|Nebraska|New York|Oklahoma|Virginia|Alabama|Arizona|Florida|Georgia|Indiana|Montana|Vermont|Wyoming|Alaska|Hawaii|Kansas|Nevada|Oregon|Idaho|Maine|Texas|Iowa|Ohio|Utah";

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?:" + StateAlternation + @")(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex StateName();

    // "Dayton, Ohio,": a town before a comma and a state.
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(\p{Lu}[\p{Ll}.]+(?: \p{Lu}[\p{Ll}.]+)?), (?:" + StateAlternation + @")(?=[,.;)])", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex TownBeforeState();

    // "Dayton police", "Dayton Mayor Ann Roe", "mayor of Dayton": a town by its offices.
    [GeneratedRegex(@"(?<![\p{L}\p{N}-])(?!(?:The|A|An|This|That|Its|His|Her|Their) )(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:’s|'s)? (?:[Mm]ayor|[Pp]olice|[Aa]lderman|[Aa]ldermen|[Cc]ity [Cc]ouncil)\b|\b(?:[Mm]ayor|[Cc]ity|[Tt]own) of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}-])", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex TownByItsOffices();

    /// <summary>
    /// "The state conceded it got the count wrong", "The city is seeking", "The town released a statement": "the" and "state" is the US state
    /// the article names last before it; "the" and "city" or "town" is the town it names most often before it as a town: before a comma
    /// and a state ("Dayton, Ohio"), or by its offices ("Dayton police", "Dayton Mayor Ann Roe", "mayor of Dayton"). Null for other
    /// mentions, or when the article names no such place before (the caller goes on as before).
    /// </summary>
    private string? PlaceOfTheDescription(Span mention, string[] words)
    {
        if (words.Length != 2 || words[0] is not ("the" or "The") || words[1] is not ("state" or "city" or "town"))
        {
            return null;
        }

        var before = _text[..mention.Start];
        if (words[1] == "state")
        {
            var states = StateName().Matches(before);
            return states.Count > 0 ? states[^1].Value : null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in TownBeforeState().Matches(before))
        {
            counts[m.Groups[1].Value] = counts.GetValueOrDefault(m.Groups[1].Value) + 1;
        }

        foreach (Match m in TownByItsOffices().Matches(before))
        {
            var town = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            if (!UsStates.Contains(town) && town is not ("The" or "A" or "New" or "City" or "State" or "Town" or "Former" or "Deputy" or "Acting" or "Vice")
                && !Lexicon.Titles.Contains(town) && !Lexicon.PersonNouns.Contains(town.ToLowerInvariant()))
            {
                counts[town] = counts.GetValueOrDefault(town) + 1;
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).First().Key;
    }
}
