using System.Text.RegularExpressions;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A surname the entity index leaves as an organisation's word (branch descr123): "Lind added" after "J.J. Lind" or "Tom R.R. Lind"
/// (initials, which the index does not open a name with). When the word is no organisation word of the lexicon and the article writes
/// exactly one given name or initials right before it, mid-sentence and with no capitalised word after it ("last week, J.J. Lind, editor"),
/// that given name (and a given name before the initials) and the surname are the person's name. Not inside a longer capitalised run
/// ("The Nora Pell Show", "Aaron Vell Investigative Radio": guards of earlier rounds). Not a word the article writes after two people's given names ("Jeb Bush", "George W. Bush"), nor
/// after a capitalised word that opens a sentence ("Will Twitter ...", "Even Latino voters"), nor after a word it also writes in lower case,
/// nor a word the article goes on with "which" ("Norton, which declined": a publisher, "W.W. Norton").
/// </summary>
internal sealed partial class SpeakerResolver
{
    [GeneratedRegex(@"^(?:\p{Lu}\.){1,3}$", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex InitialsOnly();

    /// <summary>
    /// For a one-word capitalised mention resolved to an organisation named by that word alone (<paramref name="resolved"/>), the person's
    /// full name the article writes with it (see the type's summary); null otherwise.
    /// </summary>
    private string? SurnameLeftAnOrganisation(Span mention, ResolvedSpeaker resolved)
    {
        var word = EntityIndex.StripPossessive(Written(mention).Trim());
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name != word || word.Length < 3 || !char.IsUpper(word[0])
            || !word.Skip(1).All(char.IsLower) || Lexicon.OrganizationWords.Contains(word) || Lexicon.NotNames.Contains(word)
            || UsStates.Contains(word) || IsNationality(word))
        {
            return null;
        }

        // "Norton, which declined": a word the article goes on with "which" is an organisation's, whatever its initials ("W.W. Norton").
        if (_text.Contains(word + ", which", StringComparison.Ordinal))
        {
            return null;
        }

        string? found = null;
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var after = at + word.Length;
            // The whole word, and not run on into a longer capitalised run ("The Ann Lind Show", "Ann Lind Investigative Radio", a
            // title-case headline's "Jeb Lind Sailed"): a name inside another's lends itself to no one.
            if (at < 3 || _text[at - 1] != ' ' || after < _text.Length && char.IsLetterOrDigit(_text[after])
                || after + 1 < _text.Length && _text[after] == ' ' && char.IsUpper(_text[after + 1]))
            {
                continue;
            }

            var (given, givenStart) = WordEndingAt(at - 1);
            string? full = null;
            if (InitialsOnly().IsMatch(given) && (givenStart == 0 || !char.IsLetterOrDigit(_text[givenStart - 1])))
            {
                // "J.J. Lind", and "Tom R.R. Lind" or "Tom R. Lind" with a given name before the initials; one initial alone is no name's
                // opening ("in 4K. Google said": a sentence's end).
                var (first, firstStart) = WordEndingAt(givenStart - 1);
                (full, givenStart) = IsGivenNameHere(first, firstStart) ? (first + " " + given + " " + word, firstStart)
                    : given.Length > 2 ? (given + " " + word, givenStart)
                    : (null, givenStart);
            }
            else if (IsGivenNameHere(given, givenStart))
            {
                full = given + " " + word;
            }

            if (full is null || OpensSentence(givenStart))
            {
                continue;
            }

            if (found is not null && found != full)
            {
                return null;
            }

            found = full;
        }

        return found;

        // The word ending right before the space at end (letters, full stops, apostrophes, hyphens) and where it starts; empty when none.
        (string Word, int Start) WordEndingAt(int end)
        {
            if (end <= 0 || _text[end] != ' ')
            {
                return ("", end);
            }

            var start = end;
            while (start > 0 && (char.IsLetter(_text[start - 1]) || _text[start - 1] is '.' or '\'' or '’' or '-'))
            {
                start--;
            }

            return (_text[start..end], start);
        }

        bool IsGivenNameHere(string given, int start) =>
            given.Length > 1 && char.IsUpper(given[0]) && given.Skip(1).All(char.IsLower) && FirstNameGender.IsGivenName(given)
            && !_entities.WrittenInLowerCase(given) && !Lexicon.Titles.Contains(given) && !Lexicon.Auxiliaries.Contains(given.ToLowerInvariant())
            && !Lexicon.NotNames.Contains(given) && (start == 0 || !char.IsLetterOrDigit(_text[start - 1]));

        // Whether the word at start opens a sentence, a line or a quotation: the text's start, or a line break, a full stop, a question
        // or exclamation mark, a colon or an opening quotation mark before it.
        bool OpensSentence(int start)
        {
            var k = start - 1;
            while (k >= 0 && _text[k] == ' ')
            {
                k--;
            }

            return k < 0 || _text[k] is '\n' or '.' or '!' or '?' or ':' or '"' or '“' or '‘';
        }
    }
}
