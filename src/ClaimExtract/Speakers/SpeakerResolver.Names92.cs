using System.Collections.Frozen;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Branch names92: a thing a person has ("His message", "her financial disclosure") speaks with that person's name.</summary>
internal sealed partial class SpeakerResolver
{
    // Nouns of a person beside another that the person and group lexicons leave out ("his colleague wrote").
    private static readonly FrozenSet<string> CompanionNouns = new[] { "colleague", "ally", "allies", "partner", "companion", "classmate", "roommate" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "His message long has been that he is a winner", "His remarks indicated", "her financial disclosure suggests": a mention that
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

        var written = mention.Of(_text);
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
}
