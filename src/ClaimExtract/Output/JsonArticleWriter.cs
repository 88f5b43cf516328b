using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ClaimExtract.Output;

/// <summary>
/// Writes articles as JSON: indented inside one array (<c>json</c>), or one compact object a line
/// (<c>jsonl</c>). Non-ASCII text is written as UTF-8, not escaped, so quotation marks stay readable.
/// </summary>
internal sealed class JsonArticleWriter : IArticleWriter
{
    private static readonly JsonSerializerOptions Options = new(OutputJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonTypeInfo<Article> ArticleInfo = (JsonTypeInfo<Article>)Options.GetTypeInfo(typeof(Article));

    private readonly Stream _stream;
    private readonly bool _indented;
    private readonly Utf8JsonWriter _writer;
    private bool _started;
    private bool _completed;

    public JsonArticleWriter(Stream stream, bool indented)
    {
        _stream = stream;
        _indented = indented;
        _writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = Options.Encoder });
    }

    public void Write(Article article)
    {
        if (_indented)
        {
            if (!_started)
            {
                _writer.WriteStartArray();
                _started = true;
            }

            JsonSerializer.Serialize(_writer, article, ArticleInfo);
            _writer.Flush();
            return;
        }

        _stream.Write(Line(article));
        _stream.Flush();
    }

    /// <summary>One article as a JSON Lines record: compact JSON and a line feed, the bytes this writer writes in <c>jsonl</c> mode.</summary>
    public static byte[] Line(Article article)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            JsonSerializer.Serialize(writer, article, ArticleInfo);
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    public void Complete()
    {
        if (_completed)
        {
            return;
        }

        _completed = true;
        if (_indented)
        {
            if (!_started)
            {
                _writer.WriteStartArray();
            }

            _writer.WriteEndArray();
            _writer.Flush();
            _stream.WriteByte((byte)'\n');
        }

        _stream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}
