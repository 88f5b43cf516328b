using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimExtract.Html;
using ClaimExtract.Sources;

namespace ClaimExtract.Evaluation;

/// <summary>
/// The Zyte article-extraction benchmark on disk (<c>html/&lt;id&gt;.html.gz</c> and
/// <c>ground-truth.json</c> <c>{id: {articleBody, url}}</c>): reads the truth, runs our extractor on
/// the pages, and reads or writes predictions in the formats the reference scorer accepts.
/// </summary>
public static partial class ExtractionBenchmark
{
    /// <summary>The ground truth: page id → article body.</summary>
    public static Dictionary<string, string> ReadTruth(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in json.RootElement.EnumerateObject())
        {
            truth[page.Name] = page.Value.GetProperty("articleBody").GetString() ?? "";
        }

        return truth;
    }

    /// <summary>A page id from a path or document id: the file name without <c>.html</c> or <c>.html.gz</c>.</summary>
    public static string PageId(string pathOrId) => HtmlSuffixRegex().Replace(Path.GetFileName(pathOrId), "");

    /// <summary>Our extractor's text for every page under <paramref name="htmlFolder"/>, by page id, <paramref name="jobs"/> pages at once.</summary>
    public static Dictionary<string, string> Extract(string htmlFolder, HtmlArticleExtractor extractor, int jobs)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return DocumentReader.Read(htmlFolder, () => Stream.Null)
            .AsParallel()
            .WithDegreeOfParallelism(jobs)
            .Select(item => (Id: PageId(item.Id), Text: item.Document is null ? "" : extractor.Extract(item.Document).Text))
            .ToDictionary(p => p.Id, p => p.Text, StringComparer.Ordinal);
    }

    /// <summary>
    /// Predictions as the reference scorer reads them: one JSON object <c>{id: {"articleBody": text}}</c>
    /// (or <c>{id: text}</c>, optionally wrapped in <c>{"output": ...}</c>), or JSON Lines of objects with
    /// <c>id</c> and <c>articleBody</c> (or <c>text</c>); optionally gzipped.
    /// </summary>
    public static Dictionary<string, string> ReadPredictions(string path)
    {
        string raw;
        using (var file = File.OpenRead(path))
        using (Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file)
        using (var reader = new StreamReader(stream, new UTF8Encoding(false, true)))
        {
            raw = reader.ReadToEnd();
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        JsonDocument? whole = null;
        try
        {
            whole = JsonDocument.Parse(raw);
        }
        catch (JsonException)
        {
            // Not one JSON value: JSON Lines.
        }

        using (whole)
        {
            var root = whole?.RootElement;
            if (root is { ValueKind: JsonValueKind.Object } obj)
            {
                if (obj.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object)
                {
                    obj = output;
                }

                foreach (var page in obj.EnumerateObject())
                {
                    result[page.Name] = page.Value.ValueKind == JsonValueKind.Object ? BodyOf(page.Value) : TruthyString(page.Value);
                }

                return result;
            }
        }

        foreach (var line in raw.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var record = JsonDocument.Parse(line);
            var id = record.RootElement.GetProperty("id");
            result[PageId(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText())] = BodyOf(record.RootElement);
        }

        return result;
    }

    /// <summary>Writes predictions as JSON Lines <c>{"id", "articleBody"}</c>, in id order, readable by the reference scorer.</summary>
    public static void WritePredictions(IReadOnlyDictionary<string, string> predictions, Stream output)
    {
        ArgumentNullException.ThrowIfNull(predictions);
        foreach (var (id, text) in predictions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            using (var writer = new Utf8JsonWriter(output))
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("articleBody", text);
                writer.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    // The scorer's `v.get("articleBody") or v.get("text") or ""`: an empty or non-string body falls through.
    private static string BodyOf(JsonElement record)
    {
        foreach (var name in new[] { "articleBody", "text" })
        {
            if (record.TryGetProperty(name, out var value) && TruthyString(value) is { Length: > 0 } body)
            {
                return body;
            }
        }

        return "";
    }

    private static string TruthyString(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    [GeneratedRegex(@"\.html(\.gz)?$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex HtmlSuffixRegex();
}
