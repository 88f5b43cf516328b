using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation written as its proper name before the noun of its kind: "the Vexo Courier newspaper", "the People's Ledger
/// newspaper", "the Harbour Media company". The name before the noun is the speaker's name (data/names/GUIDE.md names organisations
/// by their proper name, as "the New York Times" is `New York Times`), not nobody as before (branch names113).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Organisation nouns (<see cref="Lexicon.OrganizationNouns"/>) of a kind that "the" and a proper name may stand before: a
    /// newspaper, a broadcaster, a company; not "the Hale campaign" or "the Obama administration" (their owner's: PersonalOrganization).</summary>
    private static readonly HashSet<string> NamedBeforeNouns = new(
        ["newspaper", "network", "channel", "outlet", "company", "firm", "group"], StringComparer.Ordinal);

    /// <summary>
    /// "Today, the People's Courier newspaper calls it ...": the capitalised words between "the" (in the mention or right before it: the
    /// speaker's span may start after it) and a lower-case organisation noun (<see cref="NamedBeforeNouns"/>) are the organisation's name, expanded as the article writes it in full. Null when a word there is
    /// not capitalised ("the KGB planted newspaper"), is a party word, a month or a day ("the Democratic group", "the June company"), the
    /// first is a title, the last is a possessive ("the Velmar Times's company"), the words are a place, a state, a person's name or a
    /// surname the index gives a person ("the Hale company" after "Tom Hale", left to the owner's rules), or one word that is not the end
    /// of a longer name the article writes ("the Local newspaper"; "the BLM group" with no spelling out stays unnamed, as before).
    /// </summary>
    private string? OrganizationNamedBeforeItsNoun(Span mention, string[] words)
    {
        var definite = words[0].Equals("the", StringComparison.OrdinalIgnoreCase);
        if (words.Length < (definite ? 3 : 2) || !NamedBeforeNouns.Contains(words[^1])
            || !definite && !WordBefore(mention.Start).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var run = words[(definite ? 1 : 0)..^1];
        if (run.Any(w => !char.IsUpper(w[0]) || EntityIndex.IsAffiliation(EntityIndex.StripPossessive(w)) || DateWords.Contains(w))
            || Lexicon.Titles.Contains(run[0]) || EntityIndex.EndsPossessive(run[^1]))
        {
            return null;
        }

        var name = string.Join(' ', run);
        var expanded = _entities.ExpandOrganization(name);
        if (run.Length == 1 && expanded == name)
        {
            return null;
        }

        if (_entities.IsPlace(name) || EntityIndex.IsStateName(name.ToLowerInvariant())
            || _entities.ResolveName(name) is { } person && (_entities.IsPersonFullName(person) || person != name && _entities.Mentions.Any(m => m.FullName == person)))
        {
            return null;
        }

        return expanded;
    }
}
