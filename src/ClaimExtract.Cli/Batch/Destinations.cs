using System.Text.Json;
using ClaimExtract.Output;

namespace ClaimExtract.Cli.Batch;

/// <summary>A document read from one input file (a folder's file, a WARC, a JSON Lines file, an argument).</summary>
internal sealed record BatchItem(Sources.SourceItem Item, string Input);

/// <summary>Where a batch writes its articles; every destination leaves nothing half-written behind.</summary>
internal interface IArticleDestination : IDisposable
{
    /// <summary>Whether a previous run already wrote this document (only ever true with <c>--resume</c>).</summary>
    bool IsDone(BatchItem item);

    /// <summary>Writes one article; <paramref name="jsonLine"/>, when given, is the article already rendered by <see cref="ArticleWriters.JsonLine"/> (JSON Lines output only).</summary>
    void Write(BatchItem item, Article article, byte[]? jsonLine);

    /// <summary>Finishes the output; until then nothing is in place under its final name (except with <c>--resume</c>, where each record is).</summary>
    void Complete();

    public static string Extension(OutputFormat format) => format switch
    {
        OutputFormat.Json => ".json",
        OutputFormat.Jsonl => ".jsonl",
        _ => ".csv",
    };

    /// <summary>Writes an article with its writer, or, when it was rendered already, its bytes as they are (and flushes, as the JSON Lines writer does).</summary>
    internal static void Write(IArticleWriter writer, Stream stream, Article article, byte[]? jsonLine)
    {
        if (jsonLine is null)
        {
            writer.Write(article);
            return;
        }

        stream.Write(jsonLine);
        stream.Flush();
    }
}

/// <summary>Standard output or one file (temporary name, renamed when complete).</summary>
internal sealed class StreamDestination(OutputSink sink, IArticleWriter writer) : IArticleDestination
{
    public static StreamDestination Open(OutputFormat format, string? path, Stream stdout)
    {
        var sink = OutputSink.Open(path, stdout);
        return new StreamDestination(sink, ArticleWriters.Create(format, sink.Stream));
    }

    public bool IsDone(BatchItem item) => false;

    public void Write(BatchItem item, Article article, byte[]? jsonLine) => IArticleDestination.Write(writer, sink.Stream, article, jsonLine);

    public void Complete()
    {
        writer.Complete();
        writer.Dispose();
        sink.Commit();
    }

    public void Dispose()
    {
        writer.Dispose();
        sink.Dispose();
    }
}

/// <summary>
/// A JSON Lines file that a run appends to record by record (each line flushed whole), so that
/// <c>--resume</c> can read which documents it holds, cut off a line a killed run left unfinished,
/// and write the rest: the result is byte for byte the file of an uninterrupted run.
/// </summary>
internal sealed class ResumableJsonLinesDestination : IArticleDestination
{
    private readonly FileStream _stream;
    private readonly IArticleWriter _writer;
    private readonly HashSet<string> _done;

    private ResumableJsonLinesDestination(FileStream stream, HashSet<string> done)
    {
        _stream = stream;
        _done = done;
        _writer = ArticleWriters.Create(OutputFormat.Jsonl, stream);
    }

    public int AlreadyWritten => _done.Count;

    public static ResumableJsonLinesDestination Open(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the output folder does not exist.");
        }

        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 1 << 16);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var kept = ReadCompleteRecords(stream, id => done.Add(id));
        stream.SetLength(kept);
        stream.Seek(kept, SeekOrigin.Begin);
        return new ResumableJsonLinesDestination(stream, done);
    }

    /// <summary>Reads whole lines that hold a JSON object with an <c>id</c>; returns the length of the prefix they make up.</summary>
    internal static long ReadCompleteRecords(Stream stream, Action<string> onId)
    {
        stream.Seek(0, SeekOrigin.Begin);
        long kept = 0;
        var line = new MemoryStream();
        int b;
        long position = 0;
        var buffered = new BufferedStream(stream, 1 << 16);
        while ((b = buffered.ReadByte()) >= 0)
        {
            position++;
            if (b != '\n')
            {
                line.WriteByte((byte)b);
                continue;
            }

            if (IdOf(line.GetBuffer().AsSpan(0, (int)line.Length)) is not { } id)
            {
                break;
            }

            onId(id);
            kept = position;
            line.SetLength(0);
        }

        return kept;
    }

    private static string? IdOf(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            using var json = JsonDocument.ParseValue(ref reader);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public bool IsDone(BatchItem item) => _done.Contains(item.Item.Id);

    public void Write(BatchItem item, Article article, byte[]? jsonLine) => IArticleDestination.Write(_writer, _stream, article, jsonLine);

    public void Complete()
    {
        _writer.Complete();
        _stream.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}

/// <summary>
/// A folder with one file per article (named from its id) or per input file (named from its path),
/// each written under a temporary name and renamed into place when complete. With
/// <c>--resume</c>, documents (or inputs) whose file exists are skipped.
/// </summary>
internal sealed class DirectoryDestination : IArticleDestination
{
    private readonly string _directory;
    private readonly OutputFormat _format;
    private readonly bool _perInput;
    private readonly bool _resume;
    private readonly string _extension;
    private OpenFile? _current;

    public DirectoryDestination(string directory, OutputFormat format, bool perInput, bool resume)
    {
        Directory.CreateDirectory(directory);
        _directory = Path.GetFullPath(directory);
        _format = format;
        _perInput = perInput;
        _resume = resume;
        _extension = IArticleDestination.Extension(format);
        if (resume)
        {
            OutputSink.SweepStale(_directory);   // what a killed run of this machine was writing
        }
    }

    /// <summary>The file a document (or its input) is written to; always directly inside the folder.</summary>
    public string PathOf(BatchItem item) => Path.Combine(_directory, SafeFileName.From(_perInput ? item.Input : item.Item.Id, _extension));

    public bool IsDone(BatchItem item) => _resume && File.Exists(PathOf(item));

    public void Write(BatchItem item, Article article, byte[]? jsonLine)
    {
        var path = PathOf(item);
        if (_current is not null && _current.Path != path)
        {
            _current.Commit();
            _current = null;
        }

        _current ??= new OpenFile(path, _format);
        _current.Write(article, jsonLine);
        if (!_perInput)
        {
            _current.Commit();
            _current = null;
        }
    }

    public void Complete()
    {
        _current?.Commit();
        _current = null;
    }

    public void Dispose()
    {
        _current?.Dispose();
        _current = null;
    }

    private sealed class OpenFile : IDisposable
    {
        private readonly OutputSink _sink;

        public OpenFile(string path, OutputFormat format)
        {
            Path = path;
            _sink = OutputSink.Open(path, Stream.Null);
            Writer = ArticleWriters.Create(format, _sink.Stream);
        }

        public string Path { get; }

        public IArticleWriter Writer { get; }

        public void Write(Article article, byte[]? jsonLine) => IArticleDestination.Write(Writer, _sink.Stream, article, jsonLine);

        public void Commit()
        {
            Writer.Complete();
            Writer.Dispose();
            _sink.Commit();
        }

        public void Dispose()
        {
            Writer.Dispose();
            _sink.Dispose();
        }
    }
}

/// <summary>
/// <c>--errors FILE</c>: one JSON line per failed document (input, id, source, stage, code, message),
/// flushed as it happens. With <c>--resume</c> the file is appended to, and a document already in it
/// is not written again.
/// </summary>
internal sealed class ErrorLog : IDisposable
{
    private readonly FileStream _stream;
    private readonly HashSet<string> _logged = new(StringComparer.Ordinal);

    public ErrorLog(string path, bool resume)
    {
        _stream = new FileStream(path, resume ? FileMode.OpenOrCreate : FileMode.Create, FileAccess.ReadWrite, FileShare.Read);
        if (resume)
        {
            var kept = ResumableJsonLinesDestination.ReadCompleteRecords(_stream, id => _logged.Add(id));
            _stream.SetLength(kept);
            _stream.Seek(kept, SeekOrigin.Begin);
        }
    }

    public void Write(BatchItem item, Article article)
    {
        if (!_logged.Add(article.Id))
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            var problem = article.Problems.First(p => p.Severity == ProblemSeverity.Error);
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("input", item.Input);
            json.WriteString("source", article.Source);
            json.WriteString("stage", problem.Stage);
            json.WriteString("code", problem.Code);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        _stream.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        _stream.Flush();
    }

    public void Dispose() => _stream.Dispose();
}
