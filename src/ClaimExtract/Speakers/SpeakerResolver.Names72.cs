using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Branch names72: a headline's speaker run with words around a person's name ("Lee Park Just Explained") is the person.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The span of the person's name inside a headline's capitalised speaker run of three words or more ("Lee Park Just", "Pundit Lee Park
    /// Just", "Ann Roe Fully"): the longest run of two words or more inside it that opens with a given name and is a person's full name of the
    /// article (the body writes it), no given name cut off its front; null when the run is itself a person's name or holds none. Not when
    /// the run ends in a role noun after the name ("Ann Roe Campaign Chief", "... To Fire General": the role's holder is someone else) nor
    /// when a headline's function word comes before the name ("Claim That Ann Roe Is ...": the name is not the subject).
    /// </summary>
    private Span? PersonInsideHeadlineRun(Span mention, string[] words, string written)
    {
        if (words.Length < 3 || !InHeadline(mention, words) || _entities.IsPersonFullName(written))
        {
            return null;
        }

        var end = EntityIndex.StripPossessive(words[^1]).ToLowerInvariant();
        if (Lexicon.PersonNouns.Contains(end) || EntityIndex.IsRoleWord(end))
        {
            return null;
        }

        var starts = new int[words.Length];
        for (int w = 0, at = 0; w < words.Length; w++)
        {
            starts[w] = at = written.IndexOf(words[w], at, StringComparison.Ordinal);
            at += words[w].Length;
        }

        Span? best = null;
        var bestWords = 0;
        for (var a = 0; a < words.Length - 1; a++)
        {
            if (a > 0 && FirstNameGender.IsGivenName(EntityIndex.StripPossessive(words[a - 1])))
            {
                break;
            }

            if (EntityIndex.HeadlineFunctionWords.Contains(words[a].ToLowerInvariant()))
            {
                break;
            }

            if (!FirstNameGender.IsGivenName(words[a]))
            {
                continue;
            }

            for (var b = words.Length - 1; b > a; b--)
            {
                if ((a, b) != (0, words.Length - 1) && b - a + 1 > bestWords
                    && _entities.IsPersonFullName(string.Join(' ', words[a..(b + 1)]).TrimEnd(',', ':', ';')))
                {
                    best = new Span(mention.Start + starts[a], mention.Start + starts[b] + words[b].Length);
                    bestWords = b - a + 1;
                }
            }
        }

        return best;
    }
}
