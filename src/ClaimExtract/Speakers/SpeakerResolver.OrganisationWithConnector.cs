using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Organisations the resolver read as a person, and descriptions of an organisation with a word before their noun (branch orgnames117, from
/// the Zyte names set's first block): "the Centre for Tide Research" is the centre, not a person "Tide Research"; "Apple" alone is not
/// "Apple Thunderbolt", a product the article writes later; "the production company" is the organisation "the company" would be.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Words that join the capitalised words of an organisation's name ("Centre for Tide Research", "Bank of Harbourside").</summary>
    private static readonly HashSet<string> NameConnectors = new(["for", "of", "on"], StringComparer.Ordinal);

    /// <summary>
    /// "according to the Centre for Tide Research", "said the Institute for Harbour Studies": "the", a capitalised word that is no title
    /// ("the Secretary of State Ann Roe" is a person's role), a connector ("for", "of", "on") and capitalised words, where the index reads a
    /// person only in the words after the connector ("Tide Research"), is the organisation the whole names, as fully as the article names
    /// it. Null otherwise (the person stands: "the wife of Tom Lind" has no capitalised word before the connector).
    /// </summary>
    private string? OrganizationWithConnector(string[] words, string? person)
    {
        if (person is null || words.Length < 4 || words[0] is not ("the" or "The") || Lexicon.Titles.Contains(words[1]) || !char.IsUpper(words[1][0]))
        {
            return null;
        }

        var connector = Array.FindIndex(words, 2, w => NameConnectors.Contains(w));
        if (connector < 0 || connector == words.Length - 1
            || words.Where((w, i) => i > 0 && i != connector).Any(w => !char.IsUpper(w[0]))
            || person != string.Join(' ', words[(connector + 1)..].Select(EntityIndex.StripPossessive)))
        {
            return null;
        }

        return _entities.ExpandOrganization(string.Join(' ', words[1..].Select(EntityIndex.StripPossessive)));
    }

    /// <summary>
    /// Modifiers of an organisation noun that make it another organisation than the one named before ("Boeing ... . The parent company
    /// said" is not Boeing, nor is "the combined company" after a merger the company that bought the other).
    /// </summary>
    private static readonly HashSet<string> OtherOrganizationModifiers = new(
        ["parent", "rival", "other", "competing", "sister", "subsidiary", "former", "new", "acquiring", "holding", "partner", "another", "combined", "merged", "joint"], StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="words"/> are "the", one lower-case modifier that names no other organisation, and a noun of
    /// <see cref="SubjectOrganizationNouns"/> ("the production company", "the tech company"; not "the parent company", "the rival firm"):
    /// read as "the company" is.
    /// </summary>
    private static bool ModifiedSubjectOrganizationNoun(string[] words) =>
        words.Length == 3 && words[0] is "the" or "The" && char.IsLower(words[1][0]) && words[1].All(c => char.IsLetter(c) || c == '-')
        && !OtherOrganizationModifiers.Contains(words[1]) && SubjectOrganizationNouns.Contains(words[2]);

    /// <summary>
    /// Whether the article writes <paramref name="fullName"/> before <paramref name="position"/>, or <paramref name="position"/> is in the
    /// text's first line: a person named by a given name alone ("Bernie said") is one the article has named in full before, or one its
    /// headline names so ("Bernie: the plan is sound", before the body's "Bernie Lind"); "Apple says", written long before "the $49 Apple
    /// Thunderbolt 2 adapter", is not a person "Apple Thunderbolt".
    /// </summary>
    private bool WrittenBefore(string fullName, int position)
    {
        var at = _text.IndexOf(fullName, StringComparison.Ordinal);
        var firstLineEnd = _text.IndexOf('\n', StringComparison.Ordinal);
        return at >= 0 && (at < position || firstLineEnd < 0 || position < firstLineEnd);
    }
}
