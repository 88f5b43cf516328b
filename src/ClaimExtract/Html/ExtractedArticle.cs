namespace ClaimExtract.Html;

/// <summary>
/// What the HTML stage hands to the rest of the pipeline: the main article text and its metadata.
/// The DOM never leaves the HTML stage.
/// </summary>
/// <param name="Text">The main text; paragraphs separated by one blank line (<c>"\n\n"</c>), no leading or trailing whitespace.
/// Quotation marks are kept exactly as written.</param>
/// <param name="Title">The headline, without a trailing " | Site Name".</param>
/// <param name="Authors">Author names, without "By".</param>
/// <param name="Published">Publication time as ISO 8601 (with offset when the page gives one), or null.</param>
/// <param name="Publisher">The publishing organisation or site name.</param>
/// <param name="Url">The canonical URL, when the page names one.</param>
/// <param name="Language">A BCP 47 language tag such as <c>en</c> or <c>en-US</c>.</param>
/// <param name="Problems">Expected difficulties met on the way (encoding fallback, no body ...).</param>
public sealed record ExtractedArticle(
    string Text,
    string? Title,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Publisher,
    string? Url,
    string? Language,
    IReadOnlyList<Problem> Problems);
