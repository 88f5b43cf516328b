using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A relative "which" after an organisation's name written "X of Y": "the Vexo Chamber of Commerce, which said", "the ACLU of Delmar,
/// which released a statement". <see cref="Antecedent"/> reads the words after "of" as the place of the name before it ("Sen. Ann Roe of
/// Ohio, who"), right for a person's "who"; but "which" never stands for a person, so the words after "of" are the organisation's own
/// name, and the speaker is the whole of it, not `Vexo Chamber` typed a person (branch names116).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The organisation named "X of [the] Y" right before the comma that precedes the "which" at <paramref name="pronounStart"/>, expanded as
    /// the article writes it in full: X and Y each one to four capitalised words one space apart ("U.S. Chamber", "Commerce"), X opening
    /// after a lower-case word or a possessive ("Tom Hale's Atlas of Delmar Roads" gives "Atlas of Delmar Roads"), no word of them a
    /// possessive but Y's last. Null when no comma stands before "which", when X opens with a given name or a title ("Sen. Ann Roe of
    /// Ohio, which"), or when the words are not laid out so.
    /// </summary>
    private string? OrganizationOfNameBeforeWhich(int pronounStart)
    {
        var end = pronounStart;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        if (end == 0 || _text[end - 1] != ',')
        {
            return null;
        }

        end--;
        var placeStart = CapitalisedWordsBefore(end, out var placeWords);
        if (placeWords == 0 || placeStart < 4 || _text[placeStart - 1] != ' ')
        {
            return null;
        }

        var ofEnd = placeStart - 1;
        var ofStart = WordStart(ofEnd);
        var article = _text[ofStart..ofEnd] == "the";
        if (article)
        {
            ofEnd = ofStart - 1;
            ofStart = ofEnd > 0 && _text[ofEnd] == ' ' ? WordStart(ofEnd) : ofEnd;
        }

        if (_text[ofStart..ofEnd] != "of" || ofStart < 2 || _text[ofStart - 1] != ' ')
        {
            return null;
        }

        var holderStart = CapitalisedWordsBefore(ofStart - 1, out var holderWords);
        if (holderWords == 0)
        {
            return null;
        }

        var holder = _text[holderStart..(ofStart - 1)];
        var first = holder.Split(' ')[0];
        if (FirstNameGender.IsGivenName(first) || Lexicon.Titles.Contains(first.ToLowerInvariant()))
        {
            return null;
        }

        return _entities.ExpandOrganization(holder + " of " + (article ? "the " : "") + EntityIndex.StripPossessive(_text[placeStart..end]));
    }

    /// <summary>
    /// The start of the capitalised words (at most four, one space apart, none a possessive but the last, nor "The") that end at
    /// <paramref name="end"/>, with their count in <paramref name="count"/> (0 and <paramref name="end"/> when the word there is not capitalised).
    /// A word before them that ends a sentence ("Monday." before "Voters for Reform") is not theirs; initials ("U.S.", "J.") are.
    /// </summary>
    private int CapitalisedWordsBefore(int end, out int count)
    {
        count = 0;
        var start = end;
        var i = end;
        while (count < 4)
        {
            var wordStart = WordStart(i);
            if (wordStart == i || !char.IsUpper(_text[wordStart]) || _text[wordStart..i] == "The"
                || count > 0 && (EntityIndex.EndsPossessive(_text[wordStart..i]) || EndsASentence(_text[wordStart..i])))
            {
                break;
            }

            start = wordStart;
            count++;
            if (wordStart < 2 || _text[wordStart - 1] != ' ')
            {
                break;
            }

            i = wordStart - 1;
        }

        return start;
    }

    /// <summary>A word with one full stop, at its end, after two letters or more ("Monday.", "Sen."): a sentence's end, not initials ("U.S.", "J.").</summary>
    private static bool EndsASentence(string word) => word.Length > 2 && word[^1] == '.' && word.IndexOf('.') == word.Length - 1;
}
