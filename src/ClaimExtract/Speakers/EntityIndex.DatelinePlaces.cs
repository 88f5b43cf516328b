using System.Text.RegularExpressions;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// The place of a dateline ("DUBAI, United Arab Emirates — ...", "AMES, Iowa (AP) — ...") says where the story was filed; it is no
/// longer form of a name the article writes ("Emirates" the airline is not the state its dateline names, branch orgs122 on the third Zyte
/// block: an airline's "it" was widened to the dateline's country). <see cref="ExpandOrganization"/> passes over that sequence; the same
/// place written again in the body still widens a name as before.
/// </summary>
internal sealed partial class EntityIndex
{
    // The position in _sequences of the dateline's place, -1 when the article opens no line with a dateline (most articles).
    private int _datelinePlace = -1;

    /// <summary>
    /// The position in <paramref name="sequences"/> of the place of the first dateline the article writes: a line that opens with a city in
    /// capitals, a comma, the place's capitalised words, and a dash (after an agency's name in parentheses or not); -1 when there is none.
    /// </summary>
    private static int DatelinePlace(string text, List<Token> tokens, List<(int First, int Last, bool Titled)> sequences)
    {
        if (Dateline().Match(text) is not { Success: true } dateline)
        {
            return -1;
        }

        var place = dateline.Groups["place"];
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (tokens[first].Span.Start == place.Index && tokens[last].Span.End == place.Index + place.Length)
            {
                return q;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:\p{Lu}[\p{Lu}.'’-]+ )*\p{Lu}[\p{Lu}.'’-]+, (?<place>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*) (?:\([^)\n]*\) )?[—–-]", RegexOptions.Multiline | RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex Dateline();
}
