using System.Text.RegularExpressions;

namespace ClaimExtract.Quotes;

/// <summary>
/// An entry of a reading list in a newsletter: a linked article's headline in quotation marks, its byline, and an excerpt in
/// quotation marks after a colon (<c>—"Harbour trust sells the old pier," by the Gazette's Mia Lund: "The trust voted on
/// Monday ..."</c>). Neither quotation is a statement: the headline is a title (issue 4: titles in quotation marks are not
/// statements), the excerpt the article's own words, which PolNeAR does not annotate. A quotation with no cue goes when a byline
/// ("by", an outlet's possessive, a capitalised name) follows it, or when it follows a quotation's byline and its colon. On
/// PolNeAR train (precision54, docs/quotes.md) 18 drops in one newsletter, no match lost. Run after every model, before
/// <see cref="ContinuedQuotation"/> (an excerpt must not join the statement before it): no learned model reads its output.
/// </summary>
internal static partial class ReadingList
{
    /// <summary>How far around a quotation its byline is looked for.</summary>
    private const int Reach = 120;

    /// <summary>The attributions without the headlines and excerpts of a reading list (see the class); the list itself when none is one.</summary>
    public static List<Attribution> Apply(string text, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attributions);
        return AttributionFilter.Without(attributions, i => IsEntry(text, attributions[i]));
    }

    /// <summary>Whether <paramref name="a"/> is a quotation with no cue that a byline follows, or that follows a quotation's byline.</summary>
    public static bool IsEntry(string text, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(a);
        if (a.Cue is not null || a.Type != QuoteType.Direct)
        {
            return false;
        }

        var before = Math.Max(0, a.Content.Start - Reach);
        return BylineAfter().IsMatch(text.AsSpan(a.Content.End, Math.Min(Reach, text.Length - a.Content.End)))
            || BylineBefore().IsMatch(text.AsSpan(before, a.Content.Start - before));
    }

    // "by", an optional "the", an outlet of up to five capitalised words in the possessive ("Times'", "The Wall Street Journal's"),
    // and a capitalised name.
    private const string Byline = @"by[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\w.&-]*[ \t]+){0,4}?\p{Lu}[\w.&-]*(?:['’]s|s['’])[ \t]+\p{Lu}[\w.'’-]*(?:[ \t]+\p{Lu}[\w.'’-]*){0,3}";

    /// <summary>A byline right after a headline's closing mark and comma: <c>," by Variety's Ana Cruz</c>.</summary>
    [GeneratedRegex(@"^[”""’']?[ \t]*,?[ \t]*[”""’']?[ \t]*" + Byline, RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex BylineAfter();

    /// <summary>A quotation's byline and the colon that opens its excerpt: <c>," by Variety's Ana Cruz: </c>.</summary>
    [GeneratedRegex(@"[”""’'][ \t]*,?[ \t]*" + Byline + @"[ \t]*:[ \t]*[“""]?$", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex BylineBefore();
}
