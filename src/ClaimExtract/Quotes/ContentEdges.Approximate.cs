using System.Text.RegularExpressions;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact59 (docs/quotes.md, "exact59"): when the cue tagger ends the cue with "about" or "at" that
/// belongs to an approximate quantity in the content ("said [about] half of ...", "predicted [about] one-third of ...",
/// "identified [at] least $130 million ..."), the preposition goes back into the content and out of the cue
/// (<see cref="StartAtApproximateQuantity"/>).
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>
    /// The attributions with <see cref="ApproximateQuantityStart"/> applied: the content starts at the cue's last word and the
    /// cue ends before it. On PolNeAR train (simulated on main's output): 11 statements moved, 5 spans made exact, none unmade,
    /// no match lost (docs/quotes.md, "exact59").
    /// </summary>
    public static List<Attribution> StartAtApproximateQuantity(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (ApproximateQuantityStart(doc, a, out var cueEnd) is { } start)
            {
                var content = new Span(start, a.Content.End);
                var cue = new Span(a.Cue!.Value.Start, cueEnd);
                attributions[i] = a with { Content = content, Parts = [content], Cue = cue, CueText = cue.Of(doc.Document.Text) };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, right after a cue of two words or more)
    /// starts when the cue's last word is "about" and the content opens with a number, an amount, "half" or a fraction
    /// ("about 1,500", "about $58 million", "about half", "about one-third"; not a year, "about 2016", nor a bare "one": "clear
    /// about one thing"), or the
    /// cue's last word is "at" and the content opens with "least" or "most". The start of that last word of the cue, with
    /// <paramref name="cueEnd"/> the end of the word before it. Null when it does not apply.
    /// </summary>
    internal static int? ApproximateQuantityStart(TokenizedDocument doc, Attribution a, out int cueEnd)
    {
        ArgumentNullException.ThrowIfNull(doc);
        cueEnd = -1;
        if (!TokensRightAfterCue(doc, a, out var cueLast, out var first) || cueLast < 1)
        {
            return null;
        }

        var t = doc.Tokens;
        var prep = t[cueLast].Lower;
        var before = t[cueLast - 1];
        if (prep is not ("about" or "at") || !before.IsWord || before.Span.Start < a.Cue!.Value.Start || a.Content.End - t[first].Span.Start < 15)
        {
            return null;
        }

        var text = doc.Document.Text;
        var opening = text.AsSpan(a.Content.Start, Math.Min(40, a.Content.End - a.Content.Start));
        var fits = prep == "about" ? ApproximateAmount().IsMatch(opening) : AtLeastOrMost().IsMatch(opening);
        if (!fits)
        {
            return null;
        }

        cueEnd = before.Span.End;
        return t[cueLast].Span.Start;
    }

    [GeneratedRegex(@"^(?:\$?(?!(?:19|20)\d\d\b)\d|(?:half|a (?:third|quarter|fifth|half|dozen)|one-(?:third|quarter|fifth|half|sixth|tenth)|one (?:in|out of) \d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|a thousand|a million|a billion)(?:-\w+)?)\b)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex ApproximateAmount();

    [GeneratedRegex(@"^(?:least|most)\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex AtLeastOrMost();
}
