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
        var match = CreditLinePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var name = WithPlainSpaces(match.Groups["name"].Value);
        var first = name.Split(' ').FirstOrDefault(w => w.TrimEnd('.').Length > 1);
        return first is not null && FirstNameGender.IsGivenName(first) ? name : null;
    }

    // A line's opening "Tested by:" or "Reviewed by:", then the name's words on that line; a word right before a colon is the next
    // label's ("RRP:", "Photos:"), not the name's.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^\S\n]*(?:Tested|Reviewed)[^\S\n]by:[^\S\n]*(?<name>(?:[A-Z]\.[^\S\n]?)*[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[^\S\n](?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!:))){1,3})(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.Multiline, PatternTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex CreditLinePattern();
}
