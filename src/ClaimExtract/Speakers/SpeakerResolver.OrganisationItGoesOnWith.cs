using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A reporting "it" goes on with the organisation its sentence, or the one before, is about (branch orgs121). Company and agency news
/// writes a named organisation as a subject and then carries it on with "it": "Harbex is one of the firms bidding for the port. In a note
/// sent on Monday, it said it would build two cranes." The resolver read such an "it" only after an organisation's own report
/// (<see cref="ReportingOrganizationBefore(Span)"/>: "Harbex said ... . It added"), and named every other "it" nobody, though
/// data/names/GUIDE.md names it by the organisation.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many words an opening phrase before the subject may have ("As of May," "In a note sent on Monday,").</summary>
    private const int MaxOpeningPhraseWords = 6;

    /// <summary>
    /// For "it" with a reporting verb right after it ("it said", "it announced"): the named organisation that opens the mention's
    /// sentence (before the mention, or before the quotation it closes) as the subject of a verb, else the one that opens the sentence before
    /// (<see cref="SubjectOrganisationOpening"/>). Null when neither does: a person, a lower-case noun, a place or an organisation after a
    /// preposition or as an owner opens them ("Tom Lind argued", "The pier was closed", "Shares of Harbex fell", "Harbex's plan"), or
    /// no reporting verb follows ("It was a good year").
    /// </summary>
    private string? OrganisationItGoesOnWith(Span mention)
    {
        var next = NextWord(mention.End);
        if (next is null || !Lexicon.CueVerbs.ContainsKey(next))
        {
            return null;
        }

        // A quotation the "it" closes is read past: "Acme opposed the plan. “Keep the pier open,” it said" goes on with the sentence
        // before the quotation opens.
        var before = QuotationOpening(mention.Start);
        var own = SentenceStart(before, 0);
        return SubjectOrganisationOpening(own, before) ?? SubjectOrganisationOpening(SentenceStart(before, 1), own);
    }

    /// <summary>
    /// The organisation the text from <paramref name="start"/> to <paramref name="end"/> (a sentence, or its part before a mention) opens
    /// with as the subject of a verb: after an opening phrase of up to <see cref="MaxOpeningPhraseWords"/> words and a comma ("As of May,
    /// Dovetron had"), past "the", capitalised words with "of", "for", "and" between them ("the Pilots Guild of Ohio opposed"), then an
    /// auxiliary, a reporting verb or a past form; expanded to the fullest form the article writes. Null for a sentence with "according
    /// to" in it (its report is the source's), a name the article writes only opening a sentence ("Officials gathered"), a person's name
    /// or surname, a place, a state, a group noun, a title, or a name followed by anything else (a possessive, a comma, a noun: "Harbex's
    /// plan", "Harbex tugs").
    /// </summary>
    private string? SubjectOrganisationOpening(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        // "Acme has called for a strike, according to the Pier Monitor, which tracks unions. It said": the sentence's report is the
        // source's, and the "it" after it goes on with the source, not the subject.
        var sentence = _text[start..end];
        if (sentence.Contains("according to", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var words = sentence.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        for (var k = 0; k < Math.Min(MaxOpeningPhraseWords, words.Length - 1); k++)
        {
            if (words[k].EndsWith(','))
            {
                i = k + 1;
                break;
            }
        }

        if (i < words.Length && words[i] is "The" or "the")
        {
            i++;
        }

        var name = new List<string>();
        for (; i < words.Length; i++)
        {
            var word = words[i];
            if (char.IsUpper(word[0]) && word.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '&'))
            {
                name.Add(word);
                continue;
            }

            if (name.Count > 0 && word is "of" or "for" or "and" && i + 1 < words.Length && char.IsUpper(words[i + 1][0]))
            {
                name.Add(word);
                continue;
            }

            break;
        }

        var verb = i < words.Length ? words[i] : "";
        if (name.Count == 0 || !char.IsUpper(name[^1][0]) || verb.Length < 2 || !verb.All(char.IsLower) || verb is "not" or "never"
            || !(Lexicon.Auxiliaries.Contains(verb) || Lexicon.CueVerbs.ContainsKey(verb) || verb.EndsWith("ed", StringComparison.Ordinal)))
        {
            return null;
        }

        var written = string.Join(' ', name);
        if (Lexicon.NotNames.Contains(name[0]) || Lexicon.Titles.Contains(name[0]) || DateWords.Contains(name[0]) || IsPersonPronoun(name[0].ToLowerInvariant())
            || name.Count == 1 && FirstNameGender.IsGivenName(name[0]) || Lexicon.IsGroupNoun(name[^1].ToLowerInvariant())
            || !WrittenMidSentence(written) || _entities.IsPlace(written) || EntityIndex.IsStateName(written.ToLowerInvariant())
            || _entities.ResolveName(written) is { } person
               && (_entities.IsPersonFullName(person) || person != written && 2 * Occurrences(person) >= Occurrences(written)))
        {
            return null;
        }

        return _entities.ExpandOrganization(written);
    }
}
