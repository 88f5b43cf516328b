using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Branch names57: an organisation's document, and "the newspaper" after "a ... newspaper" the next sentence names.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Months and days: "a June poll", "a Wednesday editorial" are dated documents, not an organisation's.</summary>
    private static readonly HashSet<string> DateWords = new(
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        StringComparer.Ordinal);

    /// <summary>
    /// "the Pew Research Center analysis shows", "a POLITICO analysis found", "the Heritage Foundation website says": a lower-case document
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
    /// "A Baton Rouge newspaper called on Roe to act. The Courier had chided ... . The newspaper said": "the" and an organisation noun with
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
}
