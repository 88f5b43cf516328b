namespace ClaimExtract.Speakers;

/// <summary>
/// The article's capitalised runs ("Federal Bureau of Investigation", "The State Department", "Black Lives Matter"): two or more capitalised
/// words joined by single spaces and the function words "of", "and", "for", "on", "the", "&amp;", each word a capital, a lower-case letter,
/// then letters, apostrophes and hyphens, the first not right after a letter, digit, apostrophe or hyphen. The acronym and short-form
/// questions (<see cref="AcronymExpansion"/>, <see cref="FullNameOfShortForm"/>) read them in order: found as far as a question reads them
/// (a short form reads only the runs before it) by a scan of the text that skips to the next capital (the runs <see cref="CapitalisedRun"/>
/// matches, found without the regular expression's engine), each run's words split when first read and kept (speed108: every question
/// split every run it read again).
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The runs found so far, where the scan goes on from, and each run's words by the run's number (split when first read).
    private readonly List<Span> _capitalisedRuns = [];
    private CapitalisedRunScan _capitalisedRunScan;
    private List<string[]?>? _capitalisedRunWords;

    /// <summary>Whether the article has a run of number <paramref name="run"/> (0 the first), the scan going on as far as it.</summary>
    private bool HasCapitalisedRun(int run)
    {
        while (_capitalisedRuns.Count <= run && _capitalisedRunScan.Next(_text) is { } next)
        {
            _capitalisedRuns.Add(next);
        }

        return run < _capitalisedRuns.Count;
    }

    /// <summary>The words of run <paramref name="run"/> (one <see cref="HasCapitalisedRun"/> said is there: its text split at its spaces), kept once split.</summary>
    private string[] CapitalisedRunWords(int run)
    {
        var words = _capitalisedRunWords ??= [];
        while (words.Count <= run)
        {
            words.Add(null);
        }

        return words[run] ??= _capitalisedRuns[run].Of(_text).Split(' ');
    }

    /// <summary>The spans of <paramref name="text"/> that <see cref="CapitalisedRun"/> matches, in order ("Ann Roe of the Federal Reserve Board said" → "Ann Roe of the Federal Reserve Board").</summary>
    internal static List<Span> CapitalisedRunsOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runs = new List<Span>();
        var scan = default(CapitalisedRunScan);
        while (scan.Next(text) is { } run)
        {
            runs.Add(run);
        }

        return runs;
    }

    /// <summary>
    /// Where a scan for capitalised runs stands: the next place a run may open. The scan skips to the next capital A–Z or character outside
    /// ASCII (a capital of another script) by a vectorised search, so it reads only the places a capital stands. The pattern never backtracks
    /// to a shorter match: a word's letters run to a character no word holds, and the words "of", "and", ... between two capitalised words
    /// are lower case or "&amp;", so a capitalised word never stands where a function word might; each match is the longest from the first
    /// place its opening word may start.
    /// </summary>
    private struct CapitalisedRunScan
    {
        // The ASCII characters that are no capital: the search skips them.
        private static readonly System.Buffers.SearchValues<char> NoAsciiCapital = System.Buffers.SearchValues.Create(
            string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is < 'A' or > 'Z')));

        private int _at;

        /// <summary>The next run of <paramref name="text"/>, or null at its end.</summary>
        public Span? Next(string text)
        {
            while (_at + 1 < text.Length)
            {
                var i = text.AsSpan(_at).IndexOfAnyExcept(NoAsciiCapital) is >= 0 and var k ? _at + k : text.Length;
                if (i + 1 >= text.Length)
                {
                    break;
                }

                _at = i + 1;
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
                    // The place right after a match follows a letter: no match opens there.
                    _at = runEnd + 1;
                    return new Span(i, runEnd);
                }
            }

            _at = text.Length;
            return null;
        }
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
