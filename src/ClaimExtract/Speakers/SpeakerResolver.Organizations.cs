using System.Text.RegularExpressions;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Organisations named by what they publish or how the article writes them: a publication ("The Post"), an organisation's document
/// ("a POLITICO analysis"), "the newspaper" after "a ... newspaper" the next sentence names, and an acronym ("the FBI") spelt out as the
/// article spells it, as data/names/GUIDE.md names organisations by their proper name.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "The Post reported", "the Riverside Post noted", "The Drudge Report says": a mention whose words after its article are all
    /// capitalised and whose head is a word that is both a document noun and an organisation word (<see cref="Lexicon.DocumentNouns"/> and
    /// <see cref="Lexicon.OrganizationWords"/>: "Post", "Report", "Review") is a publication, not a document, named as the article names
    /// it in full before ("The Post" after "The Riverside Post" → "Riverside Post"). Null otherwise: a lower-case head ("the post", "a
    /// report"), one word alone (a headline's "Report:" is the document it opens with), a capitalised common word opening the mention
    /// ("Recent Report"), or a head that is a given name ("Bill").
    /// </summary>
    private string? PublicationName(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        // The head is the last word's last part after a space (as the split below gives it), read first (speed105): most mentions end in
        // no document noun, and their words are not joined and split out again.
        var last = words[^1];
        if (!Lexicon.DocumentNouns.Contains(EntityIndex.StripPossessive(last[(last.LastIndexOf(' ') + 1)..])))
        {
            return null;
        }

        var name = WithoutArticle(words).Split(' ');
        var head = EntityIndex.StripPossessive(name[^1]);
        if (!Lexicon.DocumentNouns.Contains(head) || !Lexicon.OrganizationWords.Contains(head) || FirstNameGender.IsGivenName(head)
            || name.Any(w => !char.IsUpper(w[0])) || name.Length > 1 && !WrittenMidSentence(name[0]))
        {
            return null;
        }

        return _entities.ExpandOrganization(string.Join(' ', name[..^1].Append(head)));
    }

    /// <summary>Months and days: "a June poll", "a Wednesday editorial" are dated documents, not an organisation's.</summary>
    private static readonly HashSet<string> DateWords = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        StringComparer.Ordinal);

    /// <summary>
    /// "the Vexo Survey Institute study finds", "a Ledger review found", "the Delmar Trust website says": a lower-case document
    /// noun after a capitalised run (an article, number words or lower-case modifiers before it: "a fresh CNN-ORC poll") is the document of
    /// the organisation the run names, and the organisation is the speaker's name. Null when the run is a person's name or surname ("one
    /// Clinton ad", "the Sanders campaign website"), a place or a state ("Iowa poll"), a month or a day ("a June poll"), a capitalised
    /// common word that the article never writes capitalised inside a sentence ("Recent polling", "Exit polls"), or follows a possessive
    /// ("the school’s Facebook post").
    /// </summary>
    private string? OrganizationOfItsDocument(string[] words)
    {
        var head = words[^1];
        if (words.Length < 2 || !char.IsLower(head[0]) || !IsDocumentNoun(head.ToLowerInvariant()))
        {
            return null;
        }

        var first = 0;
        while (first < words.Length - 1 && (char.IsLower(words[first][0]) || char.IsDigit(words[first][0]) || words[first].ToLowerInvariant() is "a" or "an" or "the" or "one" or "this" or "that"))
        {
            if (words[first].EndsWith("’s", StringComparison.Ordinal) || words[first].EndsWith("'s", StringComparison.Ordinal))
            {
                return null;
            }

            first++;
        }

        var run = words[first..^1];
        if (run.Length == 0 || run.Any(w => !char.IsUpper(w[0]) || EntityIndex.IsAffiliation(w) || w.EndsWith("’s", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) || DateWords.Contains(w))
            || Lexicon.Titles.Contains(run[0]))
        {
            return null;
        }

        // One word is an organisation's when written in capitals ("CNN", "FEC"; not "TV") or when the article writes it as the end of a
        // longer organisation's name ("Pew" for "the Pew Research Center"); not a capitalised common word or a place ("a new Web video",
        // "a key Benghazi email").
        var name = string.Join(' ', run);
        var expanded = _entities.ExpandOrganization(name);
        if (run.Length == 1 && (name.Length < 2 || name is "TV" or "US" or "U.S." || !name.All(c => char.IsUpper(c) || c is '-' or '/' or '.' || char.IsDigit(c)) && expanded == name))
        {
            return null;
        }

        if (!WrittenMidSentence(name) || _entities.IsPlace(name) || EntityIndex.IsStateName(name.ToLowerInvariant())
            || _entities.ResolveName(name) is { } person && (_entities.IsPersonFullName(person) || _entities.Mentions.Any(m => m.FullName == person)))
        {
            return null;
        }

        return expanded;
    }

    /// <summary>
    /// "A Delmar newspaper urged Roe to act. The Courier had chided ... . The newspaper said": "the" and an organisation noun with
    /// no organisation written as a subject near it is the organisation the article's last indefinite description with that noun is ("a
    /// ... newspaper" followed by a sentence opening with the organisation's name). Null when the last such description is followed by
    /// no organisation's name, or there is none.
    /// </summary>
    private string? OrganizationOfAnEarlierDescription(int position, string head)
    {
        for (var at = position - 1; at >= 0; at--)
        {
            at = _text.LastIndexOf(head, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var end = at + head.Length;
            if (at > 0 && char.IsLetterOrDigit(_text[at - 1]) || end < _text.Length && char.IsLetter(_text[end]))
            {
                continue;
            }

            var written = new Span(at, end);
            if (IsIndefiniteDescription(written, [head]))
            {
                return OrganizationOpeningNextSentence(written) is { } organization && _entities.ExpandOrganization(organization) is var expanded
                       && NoOtherOrganizationOpens(written.End, position, expanded) ? expanded : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether no sentence from <paramref name="from"/> to <paramref name="to"/> opens with the name of an organisation other than
    /// <paramref name="organization"/> ("The Ledger said in a statement ... . The newspaper said": the Ledger, not a newspaper described
    /// before it).
    /// </summary>
    private bool NoOtherOrganizationOpens(int from, int to, string organization)
    {
        var sentence = _sentenceAt(from);
        for (var at = from; at < to; at++)
        {
            if (char.IsWhiteSpace(_text[at]) || _sentenceAt(at) == sentence)
            {
                continue;
            }

            sentence = _sentenceAt(at);
            // A person's surname opening a sentence ("Obama did visit") is no other organisation.
            if (OrganizationOpening(at, presentTense: false) is { } other && _entities.ExpandOrganization(other) != organization
                && !(_entities.ResolveName(other) is { } person && _entities.Mentions.Any(m => m.FullName == person)))
            {
                return false;
            }
        }

        return true;
    }

    // The spelt-out name of each acronym asked for in this article (AcronymExpansion), null where the article writes none.
    private Dictionary<string, string?>? _acronymExpansions;

    // The article's capitalised runs (CapitalisedRun), found once and read by every acronym and short form asked about: a MatchCollection
    // finds its matches as they are first read and keeps them.
    private MatchCollection? _capitalisedRuns;

    private MatchCollection CapitalisedRuns => _capitalisedRuns ??= CapitalisedRun().Matches(_text);

    // The article's hyphenated names (HyphenatedName), in text order, found once and read by every acronym asked about (speed123: the text
    // was read again for each acronym a run of words does not spell out).
    private List<string>? _hyphenatedNames;

    private List<string> HyphenatedNames => _hyphenatedNames ??= HyphenatedName().Matches(_text).Select(m => m.Value).ToList();

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

        return CachedAcronymExpansion(name) is { } expansion ? new ResolvedSpeaker(expansion, SpeakerKind.Organization) : resolved;
    }

    /// <summary><see cref="AcronymExpansion"/> of <paramref name="acronym"/> ("FBI", "F.B.I."), worked out once per article.</summary>
    private string? CachedAcronymExpansion(string acronym)
    {
        _acronymExpansions ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_acronymExpansions.TryGetValue(acronym, out var expansion))
        {
            _acronymExpansions[acronym] = expansion = AcronymExpansion(acronym.Replace(".", "", StringComparison.Ordinal));
        }

        return expansion;
    }

    /// <summary>
    /// The words the article spells <paramref name="letters"/> out with: a run of capitalised words on one line, joined by single spaces
    /// and the function words "of", "and", "for", "on", "the", "&amp;" inside it, whose capitalised words' initials are the letters
    /// ("Federal Bureau of Investigation" for FBI, "National Association for the Advancement of Colored People"), without a possessive;
    /// the one written most often, of two the first. Words in capitals ("UN Security") spell out nothing. Without such a run, a hyphenated
    /// name (<see cref="HyphenatedExpansion"/>) or a name the article writes beside the acronym (<see cref="TiedAcronymExpansion"/>: "the
    /// Caldonian Farmers' League, or CFL"), else one word that holds its letters (<see cref="OneWordExpansion"/>: "Dornwerk" for DW). Null
    /// when there is none.
    /// </summary>
    private string? AcronymExpansion(string letters)
    {
        if (letters.Length == 0)
        {
            return null;
        }

        Dictionary<string, int>? counts = null;
        string? best = null;
        foreach (Match run in CapitalisedRuns)
        {
            // A spelling out opens at a word of the acronym's first letter: a run without one is passed over before its words are split
            // out (speed105: most runs of an article have none).
            if (!OpensAWord(run.ValueSpan, letters[0]))
            {
                continue;
            }

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
                        var (from, to) = WholeNameAround(words, i, j);
                        var expansion = EntityIndex.StripPossessive(string.Join(' ', words[from..(to + 1)]).TrimEnd('’', '\''));
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

        return best ?? HyphenatedExpansion(letters) ?? TiedAcronymExpansion(letters) ?? OneWordExpansion(letters);
    }

    /// <summary>
    /// The one hyphenated name the article writes whose capitalised parts' initials are <paramref name="letters"/> ("Hewlett-Packard" for
    /// HP, "Rolls-Royce" for RR): a company named after its founders is shortened to their initials as a run of words is (branch orgnames119,
    /// on a train article that writes "Hewlett-Packard" twice and "HP" throughout). Only a word standing alone, not inside a capitalised run
    /// (a person's double-barrelled surname, "Ann Holtz-Eakin"), and only when the article writes one such word. Null otherwise.
    /// </summary>
    private string? HyphenatedExpansion(string letters)
    {
        string? found = null;
        foreach (var word in HyphenatedNames)
        {
            var parts = word.Split('-');
            if (parts.Length != letters.Length || parts.Where((part, k) => part[0] != letters[k]).Any())
            {
                continue;
            }

            if (found is not null && found != word)
            {
                return null;
            }

            found = word;
        }

        return found;
    }

    // Whether a word of the run (its words are parted by single spaces) opens with the letter.
    private static bool OpensAWord(ReadOnlySpan<char> run, char letter)
    {
        for (var at = run.IndexOf(letter); at >= 0; at = run[(at + 1)..].IndexOf(letter) is >= 0 and var next ? at + 1 + next : -1)
        {
            if (at == 0 || run[at - 1] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    // A capitalised word of two or more capitalised parts joined by hyphens, with no capitalised word on either side over a space.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?<!\p{Lu}\p{Ll}* )\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\p{L}\p{N}-])(?! \p{Lu})", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex HyphenatedName();

    [GeneratedRegex(@"^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})$", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex AcronymPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:of|and|for|on|the|&) )*\p{Lu}\p{Ll}[\p{L}'’-]*)+", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex CapitalisedRun();
}
