using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A phrase of time that stands between a subject and its verb ("Ana Ruiz on Monday hit the trail, ... and accusing", "Tom Hale, whose
/// views ..., last year proposed", "the board earlier in the day voted"): the rules after the ranker that find a subject by the verb
/// after it, or the verb by the mark of the aside before it, read over the phrase (branch speakers103).
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Tokens of a phrase of time between a subject and its verb ("earlier in the day", "on Monday", "last year").
    private const int MaxTimePhrase = 4;

    // The words a phrase of time between a subject and its verb is made of; it ends with one of TimePhraseNouns.
    private static readonly System.Collections.Frozen.FrozenSet<string> TimePhraseWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["on", "in", "the", "last", "this", "next", "earlier", "later", "early", "late"], StringComparer.Ordinal);

    // The nouns a phrase of time ends with ("on Monday", "last year", "earlier today", "later in the week").
    private static readonly System.Collections.Frozen.FrozenSet<string> TimePhraseNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "day", "week",
         "weekend", "month", "year", "morning", "afternoon", "evening", "night"], StringComparer.Ordinal);

    /// <summary>
    /// The first token of a phrase of time that ends on token <paramref name="j"/> (a noun of <c>TimePhraseNouns</c>, with up to
    /// <see cref="MaxTimePhrase"/> words before it: "last year", "earlier in the day", "on Monday"), outside quotation marks;
    /// <paramref name="j"/> + 1 when none ends there.
    /// </summary>
    internal static int TimePhraseEndingAt(TokenizedDocument doc, int j)
    {
        var t = doc.Tokens;
        if (j < 0 || j >= t.Count || !t[j].IsWord || doc.Quoted[j] || !TimePhraseNouns.Contains(t[j].Lower))
        {
            return j + 1;
        }

        var first = j;
        while (first - 1 >= 0 && j - (first - 1) < MaxTimePhrase && t[first - 1].IsWord && !doc.Quoted[first - 1]
               && (TimePhraseWords.Contains(t[first - 1].Lower) || TimePhraseNouns.Contains(t[first - 1].Lower)))
        {
            first--;
        }

        return first;
    }
}
