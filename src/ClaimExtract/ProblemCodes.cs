using System.Globalization;

namespace ClaimExtract;

/// <summary>
/// Every problem code and its message, in one place. Codes are stable across releases:
/// <c>CE1xxx</c> HTML and article extraction, <c>CE2xxx</c> text, <c>CE3xxx</c> quotes and speakers,
/// <c>CE4xxx</c> statements, <c>CE9xxx</c> input and output.
/// </summary>
public static class ProblemCodes
{
    /// <summary>No main article text could be found in the page.</summary>
    public static Problem NoArticleBody(string detail) =>
        new("CE1001", ProblemSeverity.Error, "html", $"no article text found: {detail}");

    /// <summary>The bytes were not valid in the encoding they claimed; a fallback encoding was used.</summary>
    public static Problem EncodingFallback(string used, string reason) =>
        new("CE1002", ProblemSeverity.Warning, "html", $"decoded as {used}: {reason}");

    /// <summary>The page looks like an index, a 404 or another non-article page.</summary>
    public static Problem NotAnArticle(string detail) =>
        new("CE1003", ProblemSeverity.Warning, "html", $"page may not be an article: {detail}");

    /// <summary>The page nests elements deeper than the parser's bound.</summary>
    public static Problem TooDeeplyNested(int bound) =>
        new("CE1004", ProblemSeverity.Error, "html", $"elements are nested more than {bound} deep; the page is not parsed");

    /// <summary>Elements nested deeper than the bound were flattened before parsing; their text is kept.</summary>
    public static Problem NestingFlattened(int bound, int elements) =>
        new("CE1005", ProblemSeverity.Warning, "html", $"{elements} elements nested more than {bound} deep were flattened; their text is kept");

    /// <summary>The input record's publication date could not be read as a date; the page's, if any, is used.</summary>
    public static Problem BadPublishedDate(string value) =>
        new("CE1006", ProblemSeverity.Warning, "html", $"the record's published date \"{value}\" is not a date; left out");

    /// <summary>The text stage found no sentences.</summary>
    public static Problem EmptyText() =>
        new("CE2001", ProblemSeverity.Error, "text", "the article text is empty");

    /// <summary>A quotation mark was opened and never closed.</summary>
    public static Problem UnclosedQuote(int paragraph) =>
        new("CE3001", ProblemSeverity.Info, "quotes", $"quotation opened in paragraph {paragraph} is never closed");

    /// <summary>The text is not English prose: no statements are looked for (see <c>Lexicon.IsEnglishProse</c>).</summary>
    public static Problem NotEnglishProse() =>
        new("CE3002", ProblemSeverity.Info, "quotes", "the text is not English prose (under one word in eight is a common English word); statements are looked for in English text only");

    /// <summary>The input could not be found.</summary>
    public static Problem InputNotFound() =>
        new("CE9001", ProblemSeverity.Error, "source", "no such file or folder");

    /// <summary>The input could not be read.</summary>
    public static Problem InputUnreadable(string reason) =>
        new("CE9002", ProblemSeverity.Error, "source", $"cannot read: {reason}");

    /// <summary>The input has no content.</summary>
    public static Problem InputEmpty() =>
        new("CE9003", ProblemSeverity.Error, "source", "the input is empty");

    /// <summary>A JSON Lines record is malformed.</summary>
    public static Problem BadJsonLine(string reason) =>
        new("CE9004", ProblemSeverity.Error, "source", $"bad JSON Lines record: {reason}");

    /// <summary>The input's kind is not supported.</summary>
    public static Problem UnsupportedInput(string reason) =>
        new("CE9005", ProblemSeverity.Error, "source", $"unsupported input: {reason}");

    /// <summary>A WARC or ARC record (or a stretch of the file) is damaged; reading goes on at the next record.</summary>
    public static Problem CorruptArchiveRecord(string detail) =>
        new("CE9006", ProblemSeverity.Error, "source", $"damaged web archive: {detail}");

    /// <summary>An HTML record in a web archive is larger than the reader's cap.</summary>
    public static Problem ArchiveRecordTooLarge(long length, long cap) =>
        new("CE9007", ProblemSeverity.Error, "source", $"web archive record of {length} bytes is larger than the cap of {cap} bytes; skipped");

    /// <summary>The document is larger than the pipeline's limit; it is not processed.</summary>
    public static Problem InputTooLarge(long bytes, long limit) =>
        new("CE9008", ProblemSeverity.Error, "source", FormattableString.Invariant($"the document has {bytes:N0} bytes, more than the limit of {limit:N0} (--max-bytes)"));

    /// <summary>The document used up its time budget, or a pattern match its own; it gets no statements.</summary>
    public static Problem TimeBudgetExceeded(string stage, string reason) =>
        new("CE9009", ProblemSeverity.Error, stage, $"stopped: {reason} (--timeout)");

    /// <summary>A stage ran on past twice the time budget without returning; the batch abandoned the document and went on.</summary>
    public static Problem TimedOut(TimeSpan after) =>
        new("CE9901", ProblemSeverity.Error, "batch", string.Create(CultureInfo.InvariantCulture, $"abandoned after {after.TotalSeconds:0.#} s without an answer (twice the time budget, --timeout)"));

    /// <summary>A URL input is malformed or has a scheme other than http and https.</summary>
    public static Problem BadUrl(string reason) =>
        new("CE9101", ProblemSeverity.Error, "source", $"cannot fetch: {reason}");

    /// <summary>The server answered a URL with an error status (after retries for 5xx, 408 and 429).</summary>
    public static Problem HttpStatus(int status, string? reason) =>
        new("CE9102", ProblemSeverity.Error, "source", $"the server answered HTTP {status}{(string.IsNullOrWhiteSpace(reason) ? "" : " " + reason)}");

    /// <summary>No complete answer came within the timeout, on any attempt.</summary>
    public static Problem FetchTimeout(TimeSpan timeout, int retries) =>
        new("CE9103", ProblemSeverity.Error, "source", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"timed out: no complete answer within {timeout.TotalSeconds:0.###} s, {retries + 1} attempt(s)"));

    /// <summary>The connection failed (name resolution, refused connection, TLS, broken transfer), on every attempt.</summary>
    public static Problem FetchFailed(string reason) =>
        new("CE9104", ProblemSeverity.Error, "source", $"fetch failed: {reason}");

    /// <summary>The response body is larger than the fetcher's cap.</summary>
    public static Problem ResponseTooLarge(long cap) =>
        new("CE9105", ProblemSeverity.Error, "source", $"the response is larger than the cap of {cap} bytes; abandoned");

    /// <summary>The URL redirects more times than allowed.</summary>
    public static Problem TooManyRedirects(int max) =>
        new("CE9106", ProblemSeverity.Error, "source", $"more than {max} redirects");

    /// <summary>The site's robots.txt forbids fetching the URL (or could not be fetched, which forbids all).</summary>
    public static Problem RobotsDisallowed(string detail) =>
        new("CE9107", ProblemSeverity.Error, "source", $"not fetched: {detail}");

    /// <summary>The fetched content is neither HTML nor plain text.</summary>
    public static Problem UnsupportedContentType(string mediaType) =>
        new("CE9108", ProblemSeverity.Error, "source", $"the content type {mediaType} is neither HTML nor plain text");

    /// <summary>An unexpected failure inside a stage; the document is reported and the batch goes on.</summary>
    public static Problem InternalError(string stage, string reason) =>
        new("CE9900", ProblemSeverity.Error, stage, $"internal error: {reason}");
}
