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

    // The most characters between the marks of a title in the addressee or medium of a cue.
    private const int MaximumTitleLength = 100;

    // The words a title may leave in lower case: articles, short prepositions and conjunctions.
    private static readonly FrozenSet<string> SmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "from", "by", "as", "is", "it", "up", "nor", "vs", "via"],
        StringComparer.Ordinal);

    // The words right before a title in the addressee or medium of a cue: a form of "tell" ("told “Morning Desk” that"), "on"
    // ("said on “Morning Desk” that", "On “Morning Desk,” Ruiz said"), "to" and "with" ("spoke to “Morning Desk”", "in an
    // interview with “Morning Desk,” Ruiz pointed to ...").
    private static readonly FrozenSet<string> AddresseeOrMediumWords = FrozenSet.ToFrozenSet(["told", "tell", "tells", "telling", "on", "to", "with"], StringComparer.OrdinalIgnoreCase);

    // The words whose "’s" is a contracted "is" or "has", not a possessive ("said it’s “A Total Disgrace” that ...": what was said).
    private static readonly FrozenSet<string> ContractedWords = FrozenSet.ToFrozenSet(
        ["it", "that", "this", "what", "there", "here", "he", "she", "who", "where", "when", "why", "how", "let", "everyone", "everybody",
            "everything", "nothing", "nobody", "someone", "somebody", "something"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Where a title in quotation marks in the addressee or medium of a cue ends (the offset right after its closing mark): a
    /// broadcaster's show or a paper's column named after a possessive ("Ana Ruiz told the Ledger’s “Morning Desk” that the ferry
    /// would run", "said on Fox’s “Sunday Morning Futures” that") or right after "told", "on", "to" or "with" ("Ruiz told “Morning
    /// Desk” that", "said on “Morning Desk” that", "in an interview with “Morning Desk,” Ruiz said"). Issue 4: such a title is
    /// not a statement, and it is not where the content opens (speakers112 found a sentence shaped "she told the Ledger’s
    /// “Morning Desk” that she agrees ..." read as the quotation “Morning Desk” said by "that she"). The mark at <paramref
    /// name="open"/> is an opening double mark after a space and a word: one ending in "’s" or "'s", not a pronoun or the like
    /// whose "’s" is a contracted "is" (<see cref="ContractedWords"/>: "said it’s “A Total Disgrace” that" is what was said), or
    /// one of <see cref="AddresseeOrMediumWords"/>; the quotation closes in its line after one to <see cref="MaximumWords"/>
    /// words, each capitalised but for the short words a title leaves in lower case. Null when the mark opens no such title.
    /// </summary>
    public static int? EndInAddresseeOrMedium(string text, int open)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (open < 3 || open >= text.Length || text[open] is not ('“' or '"') || text[open - 1] != ' ')
        {
            return null;
        }

        var wordStart = open - 1;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '’' or '\''))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, open - 1 - wordStart);
        var possessive = word.Length > 2 && word[^1] == 's' && word[^2] is '’' or '\'' && char.IsLetterOrDigit(word[^3])
            && !ContractedWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..^2]);
        if (!possessive && !AddresseeOrMediumWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return null;
        }

        var closing = text[open] == '“' ? '”' : '"';
        var close = text.IndexOf(closing, open + 1, Math.Min(MaximumTitleLength, text.Length - open - 1));
        if (close < 0 || text.AsSpan(open + 1, close - open - 1).ContainsAny("\n“\""))
        {
            return null;
        }

        var words = 0;
        foreach (var range in text.AsSpan(open + 1, close - open - 1).SplitAny(" \t\u00a0"))
        {
            var titleWord = text.AsSpan(open + 1, close - open - 1)[range].Trim("‘’'.,!?;:–—-()");
            if (titleWord.IsEmpty)
            {
                continue;
            }

            if (++words > MaximumWords || !(char.IsUpper(titleWord[0]) || char.IsDigit(titleWord[0]) || words > 1 && SmallWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(titleWord)))
            {
                return null;
            }
        }

        return words > 0 ? close + 1 : null;
    }

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
