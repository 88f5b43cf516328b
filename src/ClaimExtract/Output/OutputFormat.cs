namespace ClaimExtract.Output;

/// <summary>The output formats.</summary>
public enum OutputFormat
{
    /// <summary>One JSON array of article objects, indented.</summary>
    Json,

    /// <summary>One article object per line.</summary>
    Jsonl,

    /// <summary>One row per statement, with the article's id, url, title and published date on each row.</summary>
    Csv,
}

/// <summary>Writes articles as they are finished, in one of the <see cref="OutputFormat"/>s.</summary>
public interface IArticleWriter : IDisposable
{
    /// <summary>Writes one article.</summary>
    void Write(Article article);

    /// <summary>Ends the output (closing a JSON array) and flushes it.</summary>
    void Complete();
}

/// <summary>Creates the writer for a format.</summary>
public static class ArticleWriters
{
    /// <summary>A writer of <paramref name="format"/> on <paramref name="stream"/> (UTF-8, no BOM), which it leaves open.</summary>
    public static IArticleWriter Create(OutputFormat format, Stream stream) => format switch
    {
        OutputFormat.Json => new JsonArticleWriter(stream, indented: true),
        OutputFormat.Jsonl => new JsonArticleWriter(stream, indented: false),
        OutputFormat.Csv => new CsvStatementWriter(stream),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
    };

    /// <summary>
    /// One article as a JSON Lines record (compact JSON and a line feed): exactly what the <c>jsonl</c>
    /// writer writes for it. Thread-safe, so that a batch can render records on its workers and only
    /// copy bytes in order.
    /// </summary>
    public static byte[] JsonLine(Article article) => JsonArticleWriter.Line(article);
}
