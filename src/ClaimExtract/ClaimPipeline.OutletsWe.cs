using ClaimExtract.Text;

namespace ClaimExtract;

// The writer's "we": the outlet that publishes the page (branch orgnames117).
public sealed partial class ClaimPipeline
{
    /// <summary>
    /// Whether <paramref name="mention"/> is the writer's "we" ("we", "We", "we’re", "we’ve", "we’d", "we’ll", straight or curly apostrophe)
    /// outside quotation marks: a review or a news page speaking for its outlet ("We saw read speeds of 3,000 megabytes per second", "as
    /// we've said before"), which data/names/GUIDE.md names by the outlet where the page names it (the Zyte names set's laptop review gave
    /// ten statements to such a "we", none named). A quotation's "we" is its speaker's, and those mentions stand inside the marks.
    /// </summary>
    internal static bool WritersFirstPersonPlural(string text, TokenizedDocument tokens, Span mention)
    {
        var written = text.AsSpan(mention.Start, mention.Length);
        if (!(written is "we" or "We" || written.Length is >= 4 and <= 5 && written[..2] is "we" or "We" && written[2] is '’' or '\'' && written[3..] is "re" or "ve" or "d" or "ll"))
        {
            return false;
        }

        var k = tokens.IndexAtOrAfter(mention.Start);
        return k < tokens.Tokens.Count && !tokens.Quoted[k];
    }

    /// <summary>
    /// The page's publisher (its metadata's site name: "AppleInsider") when the text writes it as whole words ("across the entire
    /// AppleInsider staff"), so that the reader of the text knows whose "we" it is; null when the page names no publisher or the text never
    /// writes it ("Harbour Daily" in the metadata of a page that never names itself), or it is shorter than three characters. A blog's
    /// site name is read as the organisation it is named after ("The Harbour Trust Blog" → "Harbour Trust": <see cref="BlogsOrganisation"/>).
    /// </summary>
    internal static string? PublisherNamedInText(string text, string? publisher)
    {
        var name = BlogsOrganisation(publisher) ?? publisher?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length < 3)
        {
            return null;
        }

        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return name;
            }
        }

        return null;
    }
}
