using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A name the article shows to be an organisation's is no referent of "he" or "she" (branch names106): "“...,” said Ann Roe, a partner
/// at Harbour Strategies, a consulting firm. (He was referring to ...)" is Ann Roe, not Harbour Strategies, the latest name before the
/// pronoun. The entity index reads capitalised runs as people; this tells it which of them the article names as an organisation:
/// one written with an apposition headed by an organisation noun ("Harbour Strategies, a consulting firm."), or one the resolver itself
/// reads as an organisation where the article writes it ("Former Harbour-Lake CEO Ann Roe named ... “...,” she said": "Harbour-Lake").
/// </summary>
internal sealed partial class SpeakerResolver
{
    // By full name, made when a pronoun first asks: every "he" and "she" of the article asks it of the names before it.
    private Dictionary<string, bool>? _namesAnOrganisation;

    /// <summary>
    /// Whether <paramref name="fullName"/>, a name the entity index holds, is an organisation's by the article: written somewhere as
    /// "NAME, a|an [up to three words] NOUN" with NOUN an organisation noun that ends the apposition (a mark or "that", "which", a
    /// participle after it: "Harbour Strategies, a Republican consulting firm.", "Lind Realty, a firm focused on ..."), the words between
    /// naming no person or group ("Ann Roe, a spokeswoman for the firm," is not); or, for a name that opens with no given name, resolved
    /// as an organisation at its first whole-word occurrence. Answers are kept by name.
    /// </summary>
    private bool NamesAnOrganisation(string fullName)
    {
        _namesAnOrganisation ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_namesAnOrganisation.TryGetValue(fullName, out var organisation))
        {
            // Resolving the name may resolve a pronoun near it, which asks this again: the question in progress answers "no".
            _namesAnOrganisation[fullName] = false;
            organisation = ApposedOrganisationNoun(fullName) || DescribedAsOrganisationBefore(fullName) || ReadAsOrganisation(fullName);
            _namesAnOrganisation[fullName] = organisation;
        }

        return organisation;
    }

    /// <summary>Whether the article writes "<paramref name="fullName"/>, a|an [words] NOUN" with an organisation noun ending the apposition.</summary>
    private bool ApposedOrganisationNoun(string fullName)
    {
        for (var at = WholeWordIndex(fullName, 0); at >= 0; at = WholeWordIndex(fullName, at + 1))
        {
            // Read in place first (speed122): the words below open with a comma right after the name, one space and "a" or "an"; most
            // places the name is written fail this, and are passed over without reading their words into strings.
            var from = at + fullName.Length;
            if (from + 2 >= _text.Length || _text[from] != ',' || _text[from + 1] != ' ' || _text[from + 2] != 'a')
            {
                continue;
            }

            var words = WordsAfter(from, 7);
            if (words.Count < 4 || words[0] != (",", false) || words[1] is not ("a" or "an", true))
            {
                continue;
            }

            // The longest run of up to three words between the article and the noun that lets the noun end the apposition.
            for (var between = Math.Min(3, words.Count - 4); between >= 0; between--)
            {
                var run = words.Skip(2).Take(between).ToList();
                var noun = words[2 + between];
                if (!run.All(w => w.SpaceBefore && IsWordItem(w.Word)) || !noun.SpaceBefore || !noun.Word.All(char.IsAsciiLetterLower)
                    || !EndsApposition(words, 2 + between))
                {
                    continue;
                }

                if (IsOrganizationNoun(noun.Word)
                    && !run.Any(w => char.IsLower(w.Word[0]) && (Lexicon.PersonNouns.Contains(w.Word) || Lexicon.IsGroupNoun(w.Word) || Lexicon.Prepositions.Contains(w.Word))
                                     || w.Word.EndsWith("'s", StringComparison.Ordinal) || w.Word.EndsWith("’s", StringComparison.Ordinal)))
                {
                    return true;
                }

                break;
            }
        }

        return false;
    }

    private static bool IsWordItem(string item) => item.All(c => IsWordChar(c) || c is '’' or '\'' or '-');

    // Whether word i of a run WordsAfter read ends an apposition: a mark right after it (",", ".", ";", ":", ")", "—"), or, after one
    // space, "that", "which" or a participle that goes on to describe the organisation ("based", "focused", "founded", "owned", "run").
    private static bool EndsApposition(List<(string Word, bool SpaceBefore)> words, int i) =>
        i + 1 < words.Count && (!words[i + 1].SpaceBefore && words[i + 1].Word is "," or "." or ";" or ":" or ")" or "—"
                                || words[i + 1].SpaceBefore && words[i + 1].Word is "that" or "which" or "based" or "focused" or "founded" or "owned" or "run");

    /// <summary>
    /// Up to <paramref name="count"/> items of the text from <paramref name="from"/>: words of letters, digits, apostrophes and hyphens,
    /// or single marks, each with whether one plain space (and nothing else) stands before it; reading stops at any other spacing.
    /// </summary>
    private List<(string Word, bool SpaceBefore)> WordsAfter(int from, int count)
    {
        var items = new List<(string, bool)>();
        var i = from;
        while (items.Count < count && i < _text.Length)
        {
            var space = _text[i] == ' ';
            if (space)
            {
                i++;
                if (i >= _text.Length || char.IsWhiteSpace(_text[i]))
                {
                    break;
                }
            }
            else if (char.IsWhiteSpace(_text[i]))
            {
                break;
            }

            var start = i;
            while (i < _text.Length && (IsWordChar(_text[i]) || _text[i] is '’' or '\'' or '-'))
            {
                i++;
            }

            if (i == start)
            {
                i++;
            }

            items.Add((_text[start..i], space));
        }

        return items;
    }

    /// <summary>Where the text writes <paramref name="name"/> as whole words at or after <paramref name="from"/>, or -1.</summary>
    private int WholeWordIndex(string name, int from)
    {
        for (var at = _text.IndexOf(name, from, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !IsWordChar(_text[at - 1])) && (end >= _text.Length || !IsWordChar(_text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whether the resolver reads <paramref name="fullName"/>, where the article first writes it, as an organisation's name.</summary>
    private bool ReadAsOrganisation(string fullName)
    {
        // A name opening with a given name is a person's however a mention of it reads ("Bob", the base chief the article names only so).
        if (FirstNameGender.IsGivenName(fullName.Split(' ')[0]))
        {
            return false;
        }

        var at = WholeWordIndex(fullName, 0);
        return at >= 0 && Resolve(new Span(at, at + fullName.Length)).Kind == SpeakerKind.Organization;
    }
}
