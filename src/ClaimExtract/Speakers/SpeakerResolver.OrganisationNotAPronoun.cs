using System.Text.RegularExpressions;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A name the article shows to be an organisation's is no referent of "he" or "she" (branch names106): "“...,” said Ann Roe, a partner
/// at Harbour Strategies, a consulting firm. (He was referring to ...)" is Ann Roe, not Harbour Strategies, the latest name before the
/// pronoun. The entity index reads capitalised runs as people; this tells it which of them the article names as an organisation:
/// one written with an apposition headed by an organisation noun ("Harbour Strategies, a consulting firm."), or one the resolver itself
/// reads as an organisation when it is the mention ("Former Harbour Corp CEO Ann Roe": "Harbour Corp").
/// </summary>
internal sealed partial class SpeakerResolver
{
    // By full name, made when a pronoun first asks: every "he" and "she" of the article asks it of the names before it.
    private Dictionary<string, bool>? _namesAnOrganisation;

    /// <summary>
    /// Whether <paramref name="fullName"/>, a name the entity index holds, is an organisation's by the article: written somewhere as
    /// "NAME, a|an [up to three words] NOUN" with NOUN an organisation noun that ends the apposition (a mark or "that", "which", a
    /// participle after it: "Harbour Strategies, a Republican consulting firm.", "Lind Realty, a firm focused on ..."), the words between
    /// naming no person or group ("Ann Roe, a spokeswoman for the firm," is not); or resolved as an organisation where the article writes
    /// it. Answers are kept by name.
    /// </summary>
    private bool NamesAnOrganisation(string fullName)
    {
        _namesAnOrganisation ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_namesAnOrganisation.TryGetValue(fullName, out var organisation))
        {
            organisation = ApposedOrganisationNoun(fullName) || ReadAsOrganisation(fullName);
            _namesAnOrganisation[fullName] = organisation;
        }

        return organisation;
    }

    private bool ApposedOrganisationNoun(string fullName)
    {
        foreach (Match m in Regex.Matches(_text, @"(?<!\w)" + Regex.Escape(fullName) + @", (?:a|an) ((?:[\w’'-]+ ){0,3})([a-z]+)(?=[,.;:)—]| (?:that|which|based|focused|founded|owned|run)\b)",
                     RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(PatternTimeout.Milliseconds)))
        {
            var between = m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (IsOrganizationNoun(m.Groups[2].Value)
                && !between.Any(w => char.IsLower(w[0]) && (Lexicon.PersonNouns.Contains(w) || Lexicon.IsGroupNoun(w) || Lexicon.Prepositions.Contains(w))
                                     || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private bool ReadAsOrganisation(string fullName)
    {
        // A name opening with a given name is a person's however a mention of it reads ("Bob", the base chief the article names only so).
        if (FirstNameGender.IsGivenName(fullName.Split(' ')[0]))
        {
            return false;
        }

        var at = Regex.Match(_text, @"(?<!\w)" + Regex.Escape(fullName) + @"(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(PatternTimeout.Milliseconds));
        return at.Success && Resolve(new Span(at.Index, at.Index + at.Length)).Kind == SpeakerKind.Organization;
    }
}
