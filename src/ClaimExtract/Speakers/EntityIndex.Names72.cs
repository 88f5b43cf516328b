using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Branch names72: a headline's capitalised run is cut to the name the body writes inside it ("Ann Roe Wins Ohio" → "Ann Roe").</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// A headline capitalises its verbs and adverbs as well as its names, so a run of capitals there can hold a name and the words around it
    /// ("Ann Roe Wins Ohio’s Primary", "Senate Confirms Ann Roe As Judge"). Where the run is in the article's first line and is three
    /// words or more, and the body writes a person's name of two words or more inside it (opening with a given name) but never the whole run,
    /// the run is cut to the longest such (the first of equal length): the body's names decide where the headline's begins and ends. A given
    /// name is never cut off the front ("Marine Le Pen" stays whole where the body writes only "Le Pen"), and an organisation's run is left
    /// whole ("NY Daily News" where the body writes "the Daily News").
    /// </summary>
    private static void CutHeadlineRunsToBodyNames(string text, List<Token> tokens, int[] sentenceOfToken, List<(int First, int Last, bool Titled)> sequences)
    {
        var headlineEnd = tokens.Count == 0 ? 0 : HeadlineEnd(text, tokens, sentenceOfToken);
        if (headlineEnd == 0)
        {
            return;
        }

        HashSet<string>? bodyNames = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (first >= headlineEnd)
            {
                break;
            }

            if (last - first < 2)
            {
                continue;
            }

            bodyNames ??= BodyNames(text, tokens, sequences, headlineEnd);
            if (bodyNames.Count == 0 || bodyNames.Contains(Key(NameText(text, tokens, first, last))))
            {
                continue;
            }

            (int First, int Last)? best = null;
            for (var a = first; a < last; a++)
            {
                if (a > first && FirstNameGender.IsGivenName(StripPossessive(tokens[a - 1].Value)))
                {
                    break;
                }

                for (var b = last; b > a; b--)
                {
                    if ((a, b) != (first, last) && (best is null || b - a > best.Value.Last - best.Value.First)
                        && FirstNameGender.IsGivenName(StripPossessive(tokens[a].Value)) && bodyNames.Contains(Key(NameText(text, tokens, a, b))))
                    {
                        best = (a, b);
                    }
                }
            }

            if (best is { } cut)
            {
                sequences[q] = (cut.First, cut.Last, sequences[q].Titled);
            }
        }
    }

    /// <summary>The index of the first token after the article's first line when that line is one sentence (a headline), else 0.</summary>
    private static int HeadlineEnd(string text, List<Token> tokens, int[] sentenceOfToken)
    {
        var end = 1;
        while (end < tokens.Count && sentenceOfToken[end] == sentenceOfToken[0])
        {
            end++;
        }

        if (end >= tokens.Count)
        {
            return 0;
        }

        var gap = text.AsSpan(tokens[end - 1].Span.End, tokens[end].Span.Start - tokens[end - 1].Span.End);
        return gap.Contains('\n') && text.AsSpan(0, tokens[end - 1].Span.End).IndexOf('\n') < 0 ? end : 0;
    }

    /// <summary>The keys of the names of two words or more written after the headline.</summary>
    private static HashSet<string> BodyNames(string text, List<Token> tokens, List<(int First, int Last, bool Titled)> sequences, int headlineEnd)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, last, _) in sequences)
        {
            if (first >= headlineEnd && last > first)
            {
                names.Add(Key(NameText(text, tokens, first, last)));
            }
        }

        return names;
    }
}
