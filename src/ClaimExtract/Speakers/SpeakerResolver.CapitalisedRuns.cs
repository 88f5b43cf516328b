namespace ClaimExtract.Speakers;

/// <summary>
/// The article's capitalised runs ("Federal Bureau of Investigation", "The State Department", "Black Lives Matter"): two or more capitalised
/// words joined by single spaces and the function words "of", "and", "for", "on", "the", "&amp;", each word a capital, a lower-case letter,
/// then letters, apostrophes and hyphens, the first not right after a letter, digit, apostrophe or hyphen. The acronym and short-form
/// questions (<see cref="AcronymExpansion"/>, <see cref="FullNameOfShortForm"/>) read them: found once per article by one scan of the
/// text (the runs <see cref="CapitalisedRun"/> matches, found without the regular expression's engine), each run's words split when first read
/// and kept (speed108: every question split every run it read again).
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The runs, found when first asked; and each run's words, by the run's number, split when first read.
    private List<Span>? _capitalisedRuns;
    private string[]?[]? _capitalisedRunWords;

    private List<Span> CapitalisedRuns => _capitalisedRuns ??= CapitalisedRunsOf(_text);

    /// <summary>The words of run <paramref name="run"/> of <see cref="CapitalisedRuns"/> (its text split at its spaces), kept once split.</summary>
    private string[] CapitalisedRunWords(int run)
    {
        var words = _capitalisedRunWords ??= new string[]?[CapitalisedRuns.Count];
        return words[run] ??= CapitalisedRuns[run].Of(_text).Split(' ');
    }

    /// <summary>
    /// The spans of <paramref name="text"/> that <see cref="CapitalisedRun"/> matches, in order ("Ann Roe of the Federal Reserve Board
    /// said" → "Ann Roe of the Federal Reserve Board"). The pattern never backtracks to a shorter match: a word's letters run to a character
    /// no word holds, and the words "of", "and", ... between two capitalised words are lower case or "&amp;", so a capitalised word never
    /// stands where a function word might; each match is the longest from the first place its opening word may start.
    /// </summary>
    internal static List<Span> CapitalisedRunsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<Span>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!OpensCapitalisedWord(text, i) || i > 0 && (char.IsLetter(text[i - 1]) || char.IsNumber(text[i - 1]) || text[i - 1] is '\'' or '’' or '-'))
            {
                continue;
            }

            var end = CapitalisedWordEnd(text, i);
            var runEnd = -1;
            while (end < text.Length && text[end] == ' ')
            {
                var next = end + 1;
                while (FunctionWordLength(text, next) is > 0 and var length && next + length < text.Length && text[next + length] == ' ')
                {
                    next += length + 1;
                }

                if (!OpensCapitalisedWord(text, next))
                {
                    break;
                }

                end = runEnd = CapitalisedWordEnd(text, next);
            }

            if (runEnd > 0)
            {
                runs.Add(new Span(i, runEnd));
                // The place after a match is after a letter: no match opens there.
                i = runEnd;
            }
        }

        return runs;
    }

    // A capital and a lower-case letter at `at` (the pattern's \p{Lu}\p{Ll}).
    private static bool OpensCapitalisedWord(string text, int at) => at + 1 < text.Length && char.IsUpper(text[at]) && char.IsLower(text[at + 1]);

    // The end of the capitalised word opening at `at`: past its first two letters, the letters, apostrophes and hyphens after them.
    private static int CapitalisedWordEnd(string text, int at)
    {
        var end = at + 2;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '’' or '-'))
        {
            end++;
        }

        return end;
    }

    // The length of the function word the pattern lets stand between capitalised words ("of", "and", "for", "on", "the", "&") at `at`, or 0.
    private static int FunctionWordLength(string text, int at)
    {
        var rest = text.AsSpan(Math.Min(at, text.Length));
        return rest.StartsWith("of", StringComparison.Ordinal) || rest.StartsWith("on", StringComparison.Ordinal) ? 2
            : rest.StartsWith("and", StringComparison.Ordinal) || rest.StartsWith("for", StringComparison.Ordinal) || rest.StartsWith("the", StringComparison.Ordinal) ? 3
            : rest.StartsWith("&", StringComparison.Ordinal) ? 1
            : 0;
    }
}
