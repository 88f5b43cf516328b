using System.Collections.Frozen;

namespace ClaimExtract.Speakers;

/// <summary>
/// Relatives by blood named by their relation to someone the article names (branch descr123): "his son", "Lind's daughter", "her late
/// father" is the one other person the article names with the owner's surname whom "he" (a son, a brother, a father ...) or "she" (a
/// daughter, a sister, a mother ...) may refer to, as <see cref="Spouse"/> finds "his wife". With no such person, or more than one, the
/// resolver answers as before (the relative is someone the article does not name; the owner is never the relative). Only a relative
/// the resolver left unnamed is looked for: a name it found already ("his brother" after "his brother Alastair Roe") stands.
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Family nouns of one sex (true: a man's) outside a spouse's: "cousin" says nothing of the sex and is left out.
    private static readonly FrozenDictionary<string, bool> RelativeSex = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase)
    {
        ["son"] = true, ["brother"] = true, ["father"] = true, ["grandson"] = true, ["grandfather"] = true, ["nephew"] = true, ["uncle"] = true,
        ["daughter"] = false, ["sister"] = false, ["mother"] = false, ["granddaughter"] = false, ["grandmother"] = false, ["niece"] = false,
        ["aunt"] = false,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>A relative the resolver left unnamed (<paramref name="resolved"/> a person's or unknown, no name) named by <see cref="FamilyMember"/>; else <paramref name="resolved"/>.</summary>
    private ResolvedSpeaker WithFamilyMember(Span mention, ResolvedSpeaker resolved) =>
        resolved.Name is null && resolved.Kind is SpeakerKind.Person or SpeakerKind.Unknown
        && FamilyMember(mention, Written(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { } relative
            ? new ResolvedSpeaker(relative, SpeakerKind.Person)
            : resolved;

    /// <summary>
    /// For a mention "OWNER [modifier] NOUN" (<paramref name="words"/>; OWNER "his", "her" or a capitalised name's possessive, the modifier
    /// one lower-case word such as "late" or "older", NOUN a family noun of <see cref="RelativeSex"/>): the one other person whose full name
    /// ends in the owner's surname, whom the noun's pronoun may refer to and whom the article names as a subject somewhere (one who acts,
    /// not a name it only mentions: "he changed his name, Rafael Roe," is the owner's own old name, not his father's); null for any other
    /// mention, an owner the article does not name in full, or no such person or more than one.
    /// </summary>
    private string? FamilyMember(Span mention, string[] words)
    {
        if (words.Length is < 2 or > 3 || !RelativeSex.TryGetValue(EntityIndex.StripPossessive(words[^1]).TrimEnd(',', '.', ';', ':'), out var male)
            || words.Length == 3 && !words[1].All(c => char.IsLower(c) || c == '-'))
        {
            return null;
        }

        var owner = words[0];
        var pronoun = owner.ToLowerInvariant();
        var ownerName = pronoun is "his" or "her"
            ? _entities.ResolvePronoun(mention.Start, _sentenceAt(mention.Start), pronoun == "his")
            : EntityIndex.EndsPossessive(owner) && owner.Length > 2 && char.IsUpper(owner[0]) ? _entities.ResolveName(EntityIndex.StripPossessive(owner)) : null;
        if (ownerName is null || !ownerName.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var surname = ownerName[(ownerName.LastIndexOf(' ') + 1)..];
        var relatives = _entities.Mentions.Select(m => m.FullName).Distinct(StringComparer.Ordinal)
            .Where(n => n != ownerName && n.Contains(' ', StringComparison.Ordinal) && n.EndsWith(" " + surname, StringComparison.Ordinal)
                        && !_entities.IsPlace(n) && _entities.MayBe(n, male) && FirstNameGender.IsPersonName(n))
            .Take(2)
            .ToList();
        return relatives.Count == 1 && _entities.Mentions.Any(m => m.FullName == relatives[0] && m.IsSubject) ? relatives[0] : null;
    }
}
