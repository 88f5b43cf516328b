using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Name runs made whole or cut to size before they become mentions: a letter mis-decoded from UTF-8 as Latin-1 ("PeÃ±a", "FranÃ§ois")
/// joined back into one word, and a headline's capitalised run cut to the name the body writes inside it ("Ann Roe Wins Ohio" → "Ann Roe").
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// The tokens with each word a mis-decoded letter cut in three joined again: text written in UTF-8 and read as Latin-1 turns "ñ" into
    /// "Ã±" and "é" into "Ã©" (the "Ã" precomposed or an "A" with a combining tilde), and the tokenizer ends the word at the sign
    /// ("PeÃ", "±", "a"), so a name such as "Enrique PeÃ±a Nieto" was indexed as "Enrique PeÃ" and "Nieto". The index alone reads the
    /// joined words (its mentions are spans of the text, so nothing else sees them); null when the article has no such letter.
    /// <paramref name="sentenceOfToken"/> and <paramref name="quoted"/> come back for the joined tokens.
    /// </summary>
    private static List<Token>? JoinMisDecodedLetters(string text, List<Token> tokens, ref int[] sentenceOfToken, ref bool[] quoted)
    {
        // The tokens are the text's: without an "Ã" or a combining tilde in it (nearly every article), no token ends in one (IsMisDecodedSign).
        if (!text.AsSpan().ContainsAny('Ã', '\u0303'))
        {
            return null;
        }

        return JoinRuns(text, tokens, ref sentenceOfToken, ref quoted, i =>
        {
            var last = i;
            while (IsMisDecodedSign(text, tokens, last + 1) && last + 2 < tokens.Count && tokens[last + 2].IsWord
                   && tokens[last + 2].Span.Start == tokens[last + 1].Span.End && char.IsLetter(tokens[last + 2].Value[0])
                   && tokens[last].IsWord && tokens[last + 1].Span.Start == tokens[last].Span.End)
            {
                last += 2;
            }

            return last;
        }, quotedOfRun: i => i);
    }

    /// <summary>
    /// The tokens with each run that <paramref name="lastOfRun"/> finds (given a token's index, the index of the run's last token, or the
    /// same index when no run starts there) joined into one word token whose value is the run's text; null when no run is found, so the
    /// caller keeps its lists. <paramref name="sentenceOfToken"/> and <paramref name="quoted"/> come back for the joined tokens: a run
    /// takes its first token's sentence and the quoted flag of the token <paramref name="quotedOfRun"/> names. Shared by
    /// <see cref="JoinMisDecodedLetters"/> and <see cref="JoinQuotedNicknames"/>.
    /// </summary>
    private static List<Token>? JoinRuns(string text, List<Token> tokens, ref int[] sentenceOfToken, ref bool[] quoted,
        Func<int, int> lastOfRun, Func<int, int> quotedOfRun)
    {
        List<Token>? joined = null;
        List<int>? sentences = null;
        List<bool>? quotes = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var last = lastOfRun(i);
            if (last > i && joined is null)
            {
                joined = new List<Token>(tokens.Count);
                sentences = new List<int>(tokens.Count);
                quotes = new List<bool>(tokens.Count);
                for (var k = 0; k < i; k++)
                {
                    joined.Add(tokens[k]);
                    sentences.Add(sentenceOfToken[k]);
                    quotes.Add(quoted[k]);
                }
            }

            if (joined is not null)
            {
                var span = new Span(tokens[i].Span.Start, tokens[last].Span.End);
                joined.Add(last > i ? new Token(span, text[span.Start..span.End], true) : tokens[i]);
                sentences!.Add(sentenceOfToken[i]);
                quotes!.Add(quoted[last > i ? quotedOfRun(i) : i]);
            }

            i = last + 1;
        }

        if (joined is not null)
        {
            sentenceOfToken = [.. sentences!];
            quoted = [.. quotes!];
        }

        return joined;
    }

    /// <summary>Whether token <paramref name="k"/> is the sign (U+00A0–U+00BF) of a mis-decoded letter: right after an "Ã" that ends the word before it.</summary>
    private static bool IsMisDecodedSign(string text, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || k == 0 || tokens[k].IsWord || tokens[k].Span.Length != 1 || text[tokens[k].Span.Start] is < '\u00A0' or > '\u00BF')
        {
            return false;
        }

        var before = tokens[k - 1].Value;
        return before.EndsWith('Ã') || before.EndsWith("A\u0303", StringComparison.Ordinal);
    }

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
