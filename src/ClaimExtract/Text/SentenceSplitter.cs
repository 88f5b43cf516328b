using System.Collections.Frozen;

namespace ClaimExtract.Text;

/// <summary>
/// Splits a paragraph into sentences. A sentence ends at <c>. ! ?</c> (and any closing quotes or
/// brackets after it) followed by whitespace and a word that can start a sentence, unless the
/// period ends a known abbreviation ("Mr.", "Jan.", "U.S.") or an initial ("J. Smith").
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations after which a period does not end a sentence, lower-cased, without the period.
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "adm",
        "rev", "hon", "pres", "supt", "jr", "sr", "st", "mt", "ft", "messrs", "mme", "mlle",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "inc", "corp", "co", "ltd", "llc", "plc", "bros", "dept", "univ", "assn", "est",
        "no", "nos", "vol", "vols", "pp", "p", "fig", "figs", "approx", "ca", "cf", "vs", "etc", "al",
        "e.g", "i.e", "u.s", "u.k", "u.n", "u.s.a", "e.u", "d.c", "a.m", "p.m", "ph.d", "b.a", "m.a",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
        "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
        "tex", "va", "vt", "wash", "wis", "wyo",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentence spans inside <paramref name="within"/> of <paramref name="text"/>, trimmed.</summary>
    public static IEnumerable<Span> Split(string text, Span within)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = within.Start;
        var i = within.Start;
        while (i < within.End)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < within.End && text[end] is '.' or '!' or '?' or '…')
                {
                    end++;
                }

                while (end < within.End && IsClosing(text[end]))
                {
                    end++;
                }

                if (end < within.End && char.IsWhiteSpace(text[end]) && StartsSentence(text, end, within.End)
                    && !(c == '.' && end == i + 1 && IsAbbreviation(text, start, i)))
                {
                    foreach (var span in Trimmed(text, start, end))
                    {
                        yield return span;
                    }

                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        foreach (var span in Trimmed(text, start, within.End))
        {
            yield return span;
        }
    }

    private static bool IsClosing(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or '›';

    private static bool StartsSentence(string text, int position, int end)
    {
        var j = position;
        while (j < end && char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        if (j >= end)
        {
            return false;
        }

        while (j < end && text[j] is '"' or '“' or '‘' or '\'' or '(' or '[' or '«' or '‹' or '„' or '—' or '-')
        {
            j++;
        }

        return j < end && (char.IsUpper(text[j]) || char.IsDigit(text[j]) || !char.IsLetter(text[j]) && !char.IsPunctuation(text[j]));
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int period)
    {
        var j = period;
        while (j > sentenceStart && !char.IsWhiteSpace(text[j - 1]) && text[j - 1] is not '(' and not '"' and not '“')
        {
            j--;
        }

        var word = text.AsSpan(j, period - j);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("J. Smith", "George W. Bush").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.Contains(word.ToString());
    }

    private static IEnumerable<Span> Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            yield return new Span(start, end);
        }
    }
}
