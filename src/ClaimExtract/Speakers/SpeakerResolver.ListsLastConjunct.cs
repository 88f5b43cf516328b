using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A person's full name written as the last conjunct of a list that opens its sentence is that person, not the end of an apposition to
/// the list's first name (branch quirks123): in "Roe, Vale, Ohio Gov. Tom Lusk and Sen. Ann Lind of Kentucky all appeared", the mention
/// "Sen. Ann Lind" is Ann Lind. <see cref="AppositionHead"/> reads a mention after the sentence's opening name and a comma as that
/// name's apposition ("Ann Roe, an organizer with the Harbour Coalition, said"); it already leaves alone a full name opening a part
/// after a comma, and this leaves alone one opening after "and" or "or" (over titles), which joins a list rather than closing an
/// apposition.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Whether <paramref name="mention"/> opens right after "and" or "or" (titles aside) and writes the full name of a person other than
    /// <paramref name="head"/>: its own name by the index, of two words or more, a person's by its given name.
    /// </summary>
    private bool IsListsLastNamedConjunct(Span mention, string head)
    {
        var at = mention.Start;
        while (true)
        {
            while (at > 0 && _text[at - 1] == ' ')
            {
                at--;
            }

            var wordStart = at;
            while (wordStart > 0 && (char.IsLetter(_text[wordStart - 1]) || _text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            if (wordStart < at && Lexicon.Titles.Contains(_text[wordStart..at]))
            {
                at = wordStart;
                continue;
            }

            if (_text[wordStart..at] is not ("and" or "or"))
            {
                return false;
            }

            break;
        }

        var written = mention.Of(_text).Trim();
        return written.Length > 0 && char.IsUpper(written[0]) && !EntityIndex.EndsPossessive(written)
               && _entities.ResolveName(written) is { } own && own != head && own.Contains(' ', StringComparison.Ordinal) && FirstNameGender.IsPersonName(own);
    }
}
