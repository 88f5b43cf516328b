using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A role title before a surname alone agrees with the article's honorifics (branch names110). In an article that writes "President
/// Obama" and "Mr. Obama" but names only Michelle Obama in full, the honorific pass (<see cref="Agreeing"/>) already makes "Mr. Obama" the
/// surname alone, not Michelle Obama; "President Obama" kept her name, and so did every role read off it, so that "The president said"
/// resolved to Michelle Obama.
/// </summary>
internal sealed partial class EntityIndex
{
    // "President Obama" → "Obama" where the honorifics decided it (by surname key); null when no titled surname was changed.
    private Dictionary<string, string>? _titledSurnames;

    /// <summary>
    /// Gives each surname written after a role title (not an honorific: "President Obama", "Mayor Pruitt") the person the article's
    /// honorifics of the other sex name, when the full name it resolved to is of one sex (<see cref="SexOf"/>), every honorific of the
    /// other sex before that surname names one and the same other person, the title is no noun of that full name's sex
    /// ("Congresswoman"), and either no honorific of the full name's own sex is written before the surname or the titled mention comes
    /// before the article first names that person (news style names a person in full before "Mrs. X" or a title). Changes the mention's
    /// name and the name its roles are read with (<paramref name="firstFullNames"/>); returns the names given, by surname key, for the
    /// same titled form written as a speaker (<see cref="ResolveName(string)"/>), or null when none changed.
    /// </summary>
    private static Dictionary<string, string>? AgreeTitledSurnames(
        List<Token> tokens, List<PersonMention> mentions, List<(int Gender, string? Surname)> honorificOf, List<int> mentionFirst,
        List<string> firstFullNames, Func<Dictionary<string, int>> votes)
    {
        // Most articles write no honorific at all: nothing to agree with.
        if (!honorificOf.Exists(h => h.Gender != 0))
        {
            return null;
        }

        Dictionary<string, string>? given = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (honorificOf[i] is not (0, { } surname) || mentionFirst[i] == 0 || tokens[mentionFirst[i] - 1] is not { IsWord: true } title
                || !Lexicon.Titles.Contains(title.Value) || HonorificGender(title.Lower) != 0)
            {
                continue;
            }

            var full = mentions[i].FullName;
            if (!honorificOf.Exists(h => h.Gender != 0 && h.Surname == surname) || SexOf(full, surname, votes()) is not (not 0 and var sex)
                || GenderOfNoun(title.Lower) == sex || OtherHonorificPerson(mentions, honorificOf, surname, -sex) is not { } other || other == full)
            {
                continue;
            }

            var ownHonorific = honorificOf.Exists(h => h.Gender == sex && h.Surname == surname);
            if (ownHonorific && mentions.FindIndex(m => m.FullName == full) < i)
            {
                continue;
            }

            mentions[i] = mentions[i] with { FullName = other };
            firstFullNames[i] = other;
            (given ??= new Dictionary<string, string>(StringComparer.Ordinal))[surname] = other;
        }

        return given;
    }

    /// <summary>The one person every mention of <paramref name="surname"/> after an honorific of <paramref name="gender"/> names; null when there is none or more than one.</summary>
    private static string? OtherHonorificPerson(List<PersonMention> mentions, List<(int Gender, string? Surname)> honorificOf, string surname, int gender)
    {
        string? person = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (honorificOf[k].Gender == gender && honorificOf[k].Surname == surname)
            {
                if (person is not null && person != mentions[k].FullName)
                {
                    return null;
                }

                person = mentions[k].FullName;
            }
        }

        return person;
    }
}
