using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Two more shapes of an organisation's "they" (branch orgs123; the first, a "they" after the organisation's own report, is
/// SpeakerResolver.OrganisationsThey.cs):
/// - "Harbex Music have twice denied it. / “We never did,” they said": British news gives an organisation a plural verb; the sentence
///   before the quotation opening with a name and "have", "are" or "were" makes that name the "they" that closes the quotation;
/// - "The endorsement was one the Roe campaign had long sought because they hope to ...": a "they" after "because", "since" or
///   "although", with only lower-case words (no plural) back to "the SURNAME campaign" or "administration", is that campaign.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// For "they" closing a quotation: the name that opens the sentence right before the quotation when "have", "are" or "were" follows it,
    /// expanded to the fullest form the article writes; null when the name is a person's, a place, a plural ("Companies have") or a pronoun.
    /// </summary>
    private string? OrganisationWithPluralVerb(Span mention)
    {
        var opening = QuotationOpening(mention.Start);
        if (opening == mention.Start)
        {
            return null;
        }

        var end = opening;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            return null;
        }

        var start = SentenceStart(end - 1, 0);
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        var words = new List<string>();
        var at = start;
        while (at < end && char.IsUpper(_text[at]))
        {
            var wordEnd = at;
            while (wordEnd < end && (char.IsLetterOrDigit(_text[wordEnd]) || _text[wordEnd] is '&' or '-' or '.'))
            {
                wordEnd++;
            }

            words.Add(_text[at..wordEnd]);
            at = wordEnd < end && _text[wordEnd] == ' ' ? wordEnd + 1 : end;
        }

        if (words.Count > 0 && words[0] == "The")
        {
            words.RemoveAt(0);
        }

        if (words.Count == 0 || NextWord(at - 1) is not ("have" or "are" or "were") || words[^1].EndsWith('s') || words[^1].EndsWith('.')
            || Lexicon.PersonPronouns.Contains(words[0].ToLowerInvariant()) || words[0] is "It" or "You")
        {
            return null;
        }

        var name = string.Join(' ', words);
        return _entities.IsPlace(name) || EntityIndex.IsStateName(name.ToLowerInvariant()) || _entities.ResolveName(name) is { } person && _entities.IsPersonFullName(person)
            ? null
            : _entities.ExpandOrganization(name);
    }

    /// <summary>
    /// For "they" right after "because", "since" or "although": the campaign or administration of "the SURNAME campaign" written at most six
    /// lower-case words before it in its sentence, none of them a plural ("has", "was", "is" and "as" are not); null otherwise.
    /// </summary>
    private string? CampaignBeforeItsThey(Span mention)
    {
        var (start, end) = WordBoundsBefore(mention.Start);
        if (_text[start..end] is not ("because" or "since" or "although"))
        {
            return null;
        }

        for (var taken = 0; taken < 7; taken++)
        {
            (start, end) = WordBoundsBefore(start);
            var word = _text[start..end];
            if (word.Length == 0)
            {
                return null;
            }

            if (PersonalOrganizationNouns.Contains(word))
            {
                var (ownerStart, ownerEnd) = WordBoundsBefore(start);
                var (articleStart, articleEnd) = WordBoundsBefore(ownerStart);
                return taken > 0 && ownerEnd > ownerStart && _text[articleStart..articleEnd] is "the" or "The"
                    ? OwnedOrganization(["the", _text[ownerStart..ownerEnd], word])
                    : null;
            }

            if (!char.IsLower(word[0]) || word.EndsWith('s') && word is not ("has" or "was" or "is" or "as" or "does"))
            {
                return null;
            }
        }

        return null;
    }
}
