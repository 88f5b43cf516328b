using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A title in quotation marks taken for a statement: a film, song, book, show or campaign named in the text ("starred in “How the
/// Grinch Stole Christmas,”", "was voted off “Dancing with the Stars.”", "the “Jeb Can Fix It” bus tour"). Issue 4: titles in
/// quotation marks are not statements. A quotation with no cue whose four to ten words are all capitalised, but for the short
/// words a title leaves in lower case, is one, unless a colon before it in its sentence introduces it as what someone said (a
/// headline's "Ryan: ‘No Place In A Presidential Campaign’"). The words of a sentence are rarely all capitalised; on PolNeAR train
/// 4 of the 26 such quotations are statements, and on the Zyte pages the film, song and festival names.
/// </summary>
internal static class QuotedTitle
{
    private const int MinimumWords = 4;
    private const int MaximumWords = 10;

    // The words a title may leave in lower case: articles, short prepositions and conjunctions.
    private static readonly FrozenSet<string> SmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "from", "by", "as", "is", "it", "up", "nor", "vs", "via"],
        StringComparer.Ordinal);

    /// <summary>Whether <paramref name="a"/> is a quotation with no cue that is a title, not a statement.</summary>
    public static bool Is(TextDocument document, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(a);
        if (a.Cue is not null || a.Type != QuoteType.Direct || a.PartCount != 1)
        {
            return false;
        }

        var text = document.Text;
        var words = 0;
        foreach (var range in text.AsSpan(a.Content.Start, a.Content.Length).SplitAny(" \n\t\u00a0"))
        {
            var word = text.AsSpan(a.Content.Start, a.Content.Length)[range].Trim("“”\"‘’'.,!?;–—-()");
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaximumWords || !(char.IsUpper(word[0]) || char.IsDigit(word[0]) || words > 1 && SmallWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            {
                return false;
            }
        }

        if (words < MinimumWords)
        {
            return false;
        }

        var sentence = document.Sentences[document.SentenceAt(a.Content.Start)].Span;
        return sentence.Start >= a.Content.Start || !text.AsSpan(sentence.Start, a.Content.Start - sentence.Start).Contains(':');
    }
}
