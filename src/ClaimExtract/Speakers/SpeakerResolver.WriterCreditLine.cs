namespace ClaimExtract.Speakers;

/// <summary>
/// The writer a review's credit line names ("Tested by: Ana Ruiz", "Reviewed by: Ana Ruiz" opening a line, as product reviews print
/// above the text): the person who tested the thing and writes the review's "I" (branch persons119). The page's byline on such a site is
/// often its editor's, who did not write the review (data/names/GUIDE.md: a review's "Tested by:" line names the writer of its "I").
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The person a line opening with "Tested by:" or "Reviewed by:" names, the first such line of <paramref name="text"/>: two to four
    /// capitalised words or initials on the same line, the first a given name the first-name table knows (<see
    /// cref="FirstNameGender.IsGivenName(string)"/>), up to the first word that is not part of a name or is a label ending in a colon
    /// ("Tested by: Ana Ruiz RRP: 40 euros" → "Ana Ruiz"); null when there is none ("Reviewed by: The Test Kitchen", "tested by" inside a
    /// sentence, "Reviewed by the board" with no colon).
    /// </summary>
    public static string? WriterOfCreditLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The pattern reads only the lines that hold "by:" near their opening, and only the credit's first words of each: run over the
        // whole text, its line anchor made a page of one 800,000-character line (4 MB of entities) cost seconds
        // (BadInputCorpusTests); an ordinal search costs a pass.
        for (var at = text.IndexOf("by:", StringComparison.Ordinal); at >= 0; at = text.IndexOf("by:", at + 3, StringComparison.Ordinal))
        {
            var before = Math.Min(at, LabelReach + 1);
            var lineStart = text.LastIndexOf('\n', at - 1 < 0 ? 0 : at - 1, before) + 1;
            if (lineStart == 0 && at > LabelReach)
            {
                continue;
            }

            var lineEnd = text.IndexOf('\n', at);
            var end = Math.Min(lineEnd < 0 ? text.Length : lineEnd, at + NameReach);
            var match = CreditLinePattern().Match(text, lineStart, end - lineStart);
            if (!match.Success)
            {
                continue;
            }

            var name = WithPlainSpaces(match.Groups["name"].Value);
            var first = name.Split(' ').FirstOrDefault(w => w.TrimEnd('.').Length > 1);
            return first is not null && FirstNameGender.IsGivenName(first) ? name : null;
        }

        return null;
    }

    // How far before its "by:" a credit line may open (the label "Reviewed " and some leading spaces), and how far after it the name's
    // words are read (four words and a following label).
    private const int LabelReach = 40;
    private const int NameReach = 200;

    // A line's opening "Tested by:" or "Reviewed by:", then the name's words on that line; a word right before a colon is the next
    // label's ("RRP:", "Photos:"), not the name's.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\S\n]*(?:Tested|Reviewed)[^\S\n]by:[^\S\n]*(?<name>(?:[A-Z]\.[^\S\n]?)*[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[^\S\n](?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!:))){1,3})(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.Multiline, PatternTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CreditLinePattern();
}
