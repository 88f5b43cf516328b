using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Where a relative "who" finds its antecedent when the words right before it are not the name: a second "who" joined by "and" or "but"
/// to a first ("Sen. Ann Roe of Ohio, who voted against the bill, and who has since"), and a time phrase between the name and the comma
/// ("re-elect Sen. Tom Lind this year, who backed").
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The antecedent of the relative pronoun at <paramref name="pronounStart"/> read past a coordinating "and"/"but" (the earlier "who"
    /// of the sentence's antecedent) or past up to three time words ("this year", "last week", "on Monday", "in the morning") after a
    /// capitalised word (the antecedent before them); null when
    /// neither stands there.
    /// </summary>
    private Span? AntecedentPastCoordinationOrTime(int pronounStart)
    {
        var end = pronounStart;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        var start = WordStart(end);
        if (start < end && _text[start..end] is "and" or "but" && EarlierWho(start) is { } earlier && earlier < start)
        {
            return Antecedent(earlier);
        }

        // Back over the comma, then over the time words.
        var afterComma = end;
        while (afterComma > 0 && (char.IsWhiteSpace(_text[afterComma - 1]) || _text[afterComma - 1] == ','))
        {
            afterComma--;
        }

        if (afterComma == end)
        {
            return null;
        }

        var timeStart = afterComma;
        for (var n = 0; n < 3; n++)
        {
            var wordStart = WordStart(timeStart);
            if (wordStart == timeStart || !Lexicon.TimeWords.Contains(_text[wordStart..timeStart].ToLowerInvariant()))
            {
                break;
            }

            timeStart = wordStart;
            if (timeStart < 2 || _text[timeStart - 1] != ' ')
            {
                return null;
            }

            timeStart--;
        }

        if (timeStart == afterComma || timeStart < 1)
        {
            return null;
        }

        // "on Monday", "in the morning" opened by a preposition: the preposition is the phrase's too.
        if (WordStart(timeStart) is var prepositionStart && prepositionStart < timeStart && _text[prepositionStart..timeStart] is "on" or "in" or "at" or "the"
            && prepositionStart > 1 && _text[prepositionStart - 1] == ' ')
        {
            timeStart = prepositionStart - 1;
            if (WordStart(timeStart) is var secondStart && secondStart < timeStart && _text[secondStart..timeStart] is "in" && secondStart > 1 && _text[secondStart - 1] == ' ')
            {
                timeStart = secondStart - 1;
            }
        }

        var nameEnd = timeStart;
        var nameStart = WordStart(nameEnd);
        return nameStart < nameEnd && char.IsUpper(_text[nameStart]) && !Lexicon.TimeWords.Contains(_text[nameStart..nameEnd].ToLowerInvariant())
            ? Antecedent(nameEnd)
            : null;
    }
}
