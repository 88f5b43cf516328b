namespace ClaimExtract.Sources;

/// <summary>The content of an input document, as it arrived.</summary>
public abstract record DocumentContent
{
    private DocumentContent()
    {
    }

    /// <summary>HTML as bytes; the HTML stage detects the encoding.</summary>
    public sealed record HtmlBytes(byte[] Bytes) : DocumentContent;

    /// <summary>HTML already decoded (e.g. from a JSON Lines record).</summary>
    public sealed record HtmlText(string Html) : DocumentContent;

    /// <summary>Plain article text; offsets index into it exactly as given.</summary>
    public sealed record PlainText(string Text) : DocumentContent;
}

/// <summary>A document to process, with what its source already knows about it.</summary>
/// <param name="Id">The article id written to the output.</param>
/// <param name="Source">Where it came from (path, <c>-</c>, <c>path:line</c>).</param>
/// <param name="Content">The HTML or text.</param>
public sealed record InputDocument(string Id, string Source, DocumentContent Content)
{
    /// <summary>A URL known from the source; it wins over the page's own canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>A title known from the source; it wins over the page's.</summary>
    public string? Title { get; init; }

    /// <summary>A publication date known from the source; it wins over the page's.</summary>
    public string? Published { get; init; }

    /// <summary>When the page was fetched (a web archive's capture date, ISO 8601), if known.</summary>
    public string? Fetched { get; init; }

    /// <summary>A charset named by the transport (an HTTP Content-Type header), tried before the page's own.</summary>
    public string? DeclaredCharset { get; init; }
}

/// <summary>One item read from an input: a document, or the problem that kept it from being read (exactly one of them is set).</summary>
public sealed record SourceItem(string Id, string Source, InputDocument? Document, Problem? Problem)
{
    /// <summary>An item holding a document to process.</summary>
    public static SourceItem Of(InputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.Source, document, null);
    }

    /// <summary>An item that could not be read: <see cref="ClaimPipeline.Process(SourceItem)"/> turns it into a failed article carrying <paramref name="problem"/>.</summary>
    public static SourceItem Failed(string id, string source, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(id, source, null, problem);
    }
}
