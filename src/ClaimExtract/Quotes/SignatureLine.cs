using System.Text.RegularExpressions;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Words signed on the line after them, as pages lay out an embedded post, a pull quote or a fact-check's claim:
/// <code>
/// Thank you all for coming out tonight.
/// — Rep. Ann Roe (@annroe) November 19, 2019
/// </code>
/// The paragraph before a signature line ("— NAME", with the account and date of an embedded post, a date, or "on DAY ..." as fact-checks
/// write it) is a direct statement of the name: the account's own words. A bare "— NAME" signs only a paragraph that is one quotation
/// (a pull quote); without a handle or a date, a dash and a name at an article's end is more often the writer's byline.
/// Attributions the quote stage found inside the signed paragraph give way to it.
/// </summary>
internal static partial class SignatureLine
{
    /// <summary>The longest signed paragraph that is not one quotation: an embedded post, not an article's paragraph.</summary>
    private const int MaximumPostLength = 600;

    /// <summary>The attributions with each signed paragraph as a direct statement of its signer, in text order.</summary>
    public static List<Attribution> Apply(TextDocument document, IReadOnlyList<QuotedSpan> quotes, List<Attribution> attributions)
    {
        var text = document.Text;
        List<Attribution>? signed = null;
        for (var p = 1; p < document.Paragraphs.Count; p++)
        {
            var line = document.Paragraphs[p];
            var first = line.Start;
            if (first >= line.End || text[first] is not ('—' or '–') || Signer(text, line) is not { } signer)
            {
                continue;
            }

            var before = Trimmed(text, document.Paragraphs[p - 1]);
            if (before.Length == 0 || text[before.Start] is '—' or '–' && Signer(text, before) is not null)
            {
                continue;
            }

            var quotation = quotes.FirstOrDefault(q => q.Outer == before);
            if (quotation is null && (!signer.Dated || before.Length > MaximumPostLength))
            {
                continue;
            }

            var content = quotation?.Inner ?? before;
            (signed ??= []).Add(new Attribution(content, QuoteType.Direct, null, null, signer.Name, null));
        }

        if (signed is null)
        {
            return attributions;
        }

        var paragraphs = signed.Select(s => document.Paragraphs[document.ParagraphAt(s.Content.Start)]).ToList();
        attributions.RemoveAll(a => paragraphs.Any(p => p.Contains(a.Content)));
        attributions.AddRange(signed);
        attributions.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return attributions;
    }

    /// <summary>The signer's name on a signature line, and whether the line carries a handle or a date; null for any other line.</summary>
    internal static (Span Name, bool Dated)? Signer(string text, Span line)
    {
        // Only lines that open with a dash come here, and they are few: the line is matched as a string of its own, whole.
        var trimmed = Trimmed(text, line);
        var match = SignaturePattern().Match(text.Substring(trimmed.Start, trimmed.Length));
        if (!match.Success)
        {
            return null;
        }

        // "— White House Correspondent Ann Roe." closes a sentence of a list or a credit, not a signature: a name ends in a letter.
        var name = match.Groups["name"];
        if (!char.IsLetter(name.Value[^1]))
        {
            return null;
        }

        return (new Span(trimmed.Start + name.Index, trimmed.Start + name.Index + name.Length), match.Groups["tail"].Length > 0);
    }

    private static Span Trimmed(string text, Span span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Span(start, end);
    }

    // "— NAME", NAME one to six capitalised words, titles or initials (with particles: "de", "van", "al"); then an embedded
    // post's "(@handle) Month D, YYYY" (emoji may stand before the handle), a date, or a fact-check's "on Sunday, ...".
    [GeneratedRegex(
        @"^[—–] ?(?<name>\p{Lu}[\p{L}’'.-]*(?: (?:\p{Lu}[\p{L}’'.-]*|de|van|von|bin|al|da|di|la|le)){0,5})"
        + @"(?<tail>\s*[^\p{L}\p{N}\s(]{0,12}\s*\(@\w+\)(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})?"
        + @"|,? (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}"
        + @"| on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b[^\n]*)?$",
        RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex SignaturePattern();
}
