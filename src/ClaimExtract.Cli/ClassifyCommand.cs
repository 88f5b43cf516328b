using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using ClaimExtract.Statements;
using ClaimExtract.Statements.Training;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract classify [FILE|-]</c>: labels sentences, given as plain lines or as JSON Lines
/// <c>{"id", "text", "cue"?, "quote_type"?}</c>, and prints <c>{"id", "kind", "kind_confidence", "check_worthy", "scores"}</c> a line.
/// </summary>
internal static class ClassifyCommand
{
    /// <summary>Lines of a file classified in one call to the model.</summary>
    private const int BatchSize = 256;

    /// <summary>The control characters that are not in text: all below U+0020 but tab, line breaks, form feed and escape.</summary>
    private static readonly SearchValues<char> BinaryControls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001c\u001d\u001e\u001f");

    /// <summary>The --model option of classify and of eval statements.</summary>
    internal static Option<string?> ModelOption() =>
        new("--model") { Description = "A model zip written by 'claimextract train --out' (default: the embedded model); its calibration JSON must sit beside it." };

    /// <summary>The classifier a --model value names: that zip with the calibration beside it, or the embedded model when none is given.</summary>
    internal static StatementClassifier LoadClassifier(string? modelPath)
    {
        if (modelPath is null)
        {
            return StatementClassifier.Default;
        }

        var calibrationPath = new StatementTrainingOptions("", "", modelPath).CalibrationPath;
        if (!File.Exists(modelPath) || !File.Exists(calibrationPath))
        {
            throw new UsageException($"{modelPath}: needs the model zip and its calibration {calibrationPath}.");
        }

        try
        {
            return StatementClassifier.Load(modelPath, calibrationPath);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{modelPath}: {e.Message}");
        }
    }

    public static Command Create(Func<Stream> openStdin, Stream stdout, TextWriter stderr)
    {
        var input = new Argument<string>("INPUT") { Description = "A file of sentences (one a line, or JSON Lines), or - for standard input.", DefaultValueFactory = _ => "-" };
        var model = ModelOption();
        var command = new Command("classify", "Classify sentences as promise, retraction, prediction, claim or other.") { input, model };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(input);
            if (path != "-" && !File.Exists(path))
            {
                stderr.WriteLine($"claimextract: {path}: no such file");
                return CliApp.SomeFailed;
            }

            var classifier = LoadClassifier(parse.GetValue(model));

            // A file is classified in batches (one call to the model, one write) of up to BatchSize lines;
            // standard input line by line, so that each line typed is answered at once.
            var batchSize = path == "-" ? 1 : BatchSize;
            using var reader = new StreamReader(path == "-" ? openStdin() : File.OpenRead(path), Encoding.UTF8);
            var buffer = new ArrayBufferWriter<byte>(1 << 16);
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            var failed = 0;
            var lineNumber = 0;
            bool? jsonLines = null;
            var ids = new List<string>(batchSize);
            var items = new List<StatementFeaturesInput>(batchSize);
            void WriteBatch()
            {
                var predictions = classifier.Predict(items);
                for (var i = 0; i < predictions.Count; i++)
                {
                    var p = predictions[i];
                    writer.WriteStartObject();
                    writer.WriteString("id", ids[i]);
                    writer.WriteString("kind", p.Kind.ToName());
                    writer.WriteNumber("kind_confidence", Math.Round(p.Confidence, 4));
                    writer.WriteBoolean("check_worthy", p.CheckWorthy);
                    writer.WriteStartObject("scores");
                    // Every kind is scored: in kind order, without sorting the dictionary each line.
                    for (var kind = StatementKind.Promise; kind <= StatementKind.Other; kind++)
                    {
                        writer.WriteNumber(kind.ToName(), Math.Round(p.Scores[kind], 4));
                    }

                    writer.WriteEndObject();
                    writer.WriteEndObject();
                    writer.Flush();
                    writer.Reset();
                    buffer.Write("\n"u8);
                }

                stdout.Write(buffer.WrittenSpan);
                stdout.Flush();
                buffer.Clear();
                ids.Clear();
                items.Clear();
            }

            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                // The input is JSON Lines when its name says so or its first line is a JSON object; then every line must be
                // one (a stray plain line is an error, not a sentence), else every line is a sentence, "{" or not.
                jsonLines ??= path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
                    || line.TrimStart().StartsWith('{');
                if (!TryRead(line, lineNumber, jsonLines.Value, out var id, out var features, out var error))
                {
                    stderr.WriteLine($"claimextract: {path}:{lineNumber}: {error}");
                    failed++;
                    continue;
                }

                ids.Add(id);
                items.Add(features);
                if (items.Count == batchSize)
                {
                    WriteBatch();
                }
            }

            WriteBatch();
            stdout.Flush();
            return failed > 0 ? CliApp.SomeFailed : CliApp.Success;
        });
        return command;
    }

    private static bool TryRead(string line, int lineNumber, bool jsonLines, out string id, out StatementFeaturesInput features, out string error)
    {
        id = lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        features = new StatementFeaturesInput(line, null, null);
        error = "";
        // Text has no control characters but tab (and form feed, escape); binary or compressed bytes read as UTF-8 do.
        if (line.AsSpan().ContainsAny(BinaryControls))
        {
            error = "not text (control characters: a binary or compressed file?)";
            return false;
        }

        if (!jsonLines)
        {
            return true;
        }

        if (!line.TrimStart().StartsWith('{'))
        {
            error = "not a JSON object, in JSON Lines input (its first line is one, or its name ends in .jsonl or .ndjson)";
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                error = "needs a \"text\" field";
                return false;
            }

            id = root.TryGetProperty("id", out var i) ? i.ToString() : id;
            string? Optional(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            features = new StatementFeaturesInput(text.GetString()!, Optional("cue"), Optional("quote_type"));
            return true;
        }
        catch (JsonException e)
        {
            error = $"bad JSON: {e.Message}";
            return false;
        }
    }
}
