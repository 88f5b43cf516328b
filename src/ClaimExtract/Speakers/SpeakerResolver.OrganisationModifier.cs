using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation's name is not run on into the words beside it (branch runon119). A lower-case word opens no organisation's name: "according to the state-run Kelvar News Agency" is
/// `Kelvar News Agency`, "the so-called Islamic State" `Islamic State`, as data/names/GUIDE.md names an organisation by its proper name.
/// A lower-case name ("the self-styled reform candidate") and one whose capitalised words are fewer than two and not after a
/// hyphenated modifier ("both the Democratic") keep the name they have, as do a description opened by a determiner other than an article
/// ("another leading Supreme Court advocate") and a person's name before "of" ("a study by Ann Roe of the Acme Institute"). A capitalised run with an owner's possessive inside it
/// ("NASA's Goddard Space Flight Center") is the owner and its thing, not one name: "the agency" after it is the owner, "the center" the thing.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Lower-case words that may stand inside a capitalised organisation's name ("Bank of Tarvonia", "Fish and Game Office").</summary>
    private static readonly HashSet<string> InsideNameWords = new(["of", "and", "for", "the", "on", "&"], StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="resolved"/> with the lower-case words that open an organisation's name dropped, when the rest is a capitalised name:
    /// its first and last words capitalised, lower-case words inside it only connectors ("of", "and"), and at least two words, or one after
    /// a hyphenated modifier ("state-run Xinhua", "the state-owned Kelvar Broadcasting Corporation" → `Kelvar Broadcasting Corporation`).
    /// </summary>
    private ResolvedSpeaker WithoutLowerCaseOpening(ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name is not { Length: > 0 } name || !char.IsLower(name[0]))
        {
            return resolved;
        }

        var words = name.Split(' ');
        var opening = 0;
        while (opening < words.Length && IsLowerCaseWord(words[opening]))
        {
            opening++;
        }

        if (opening == words.Length || !char.IsUpper(words[opening][0]) || !char.IsUpper(words[^1][0]))
        {
            return resolved;
        }

        // "another leading Supreme Court advocate": a determiner other than an article makes the words a description, not a name's modifiers.
        for (var k = 0; k < opening; k++)
        {
            if (Lexicon.Determiners.Contains(words[k]) && words[k] is not ("the" or "a" or "an"))
            {
                return resolved;
            }
        }

        var connector = -1;
        for (var k = opening + 1; k < words.Length; k++)
        {
            if (!char.IsUpper(words[k][0]) && !InsideNameWords.Contains(words[k]))
            {
                return resolved;
            }

            if (connector < 0 && InsideNameWords.Contains(words[k]))
            {
                connector = k;
            }
        }

        // "a study by Ann Roe of the Kelvar Institute of Labour": a person of an organisation is no organisation's name.
        var named = string.Join(' ', words[opening..(connector < 0 ? words.Length : connector)]);
        if (_entities.ResolveName(named) is { } person && _entities.IsPersonFullName(person))
        {
            return resolved;
        }

        return words.Length - opening >= 2 || words[opening - 1].Contains('-')
            ? new ResolvedSpeaker(string.Join(' ', words[opening..]), SpeakerKind.Organization)
            : resolved;
    }

    /// <summary>Whether <paramref name="word"/> is letters (and hyphens) in lower case only: "state-run", "so-called", not "eBay" or "3M".</summary>
    private static bool IsLowerCaseWord(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c) && c != '-')
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// For a capitalised run (<paramref name="words"/> <paramref name="first"/> to <paramref name="last"/>, <paramref name="run"/> without
    /// possessive endings) with an owner's possessive before its last word, the organisation a description with <paramref name="noun"/>
    /// means: the thing owned when the noun is its head ("ZNSA's Delta Flight Center ... the center" → `Delta Flight Center`) or the owner is
    /// a person's name ("Obama's Justice Department"); the owner otherwise ("... the agency" → `ZNSA`). Null when the run has no possessive
    /// inside or its owner is a place ("Russia's Foreign Ministry" stays one run).
    /// </summary>
    private string? OwnerOrThing(string[] words, int first, int last, string[] run, string? noun)
    {
        var owner = -1;
        for (var k = first; k < last; k++)
        {
            if (EntityIndex.EndsPossessive(words[k]))
            {
                owner = k - first + 1;
                break;
            }
        }

        if (owner < 0)
        {
            return null;
        }

        // A place's institution is named with the place, as before ("Russia's Foreign Ministry").
        var ownerName = string.Join(' ', run[..owner]);
        if (_entities.IsPlace(ownerName) || EntityIndex.IsStateName(ownerName.ToLowerInvariant()))
        {
            return null;
        }

        return noun is null || string.Equals(noun, run[^1], StringComparison.OrdinalIgnoreCase)
               || _entities.ResolveName(ownerName) is { } person && _entities.IsPersonFullName(person)
            ? string.Join(' ', run[owner..])
            : ownerName;
    }
}
