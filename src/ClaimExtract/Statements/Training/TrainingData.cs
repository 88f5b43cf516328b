using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ClaimExtract.Statements.Training;

/// <summary>One labelled sentence: where it comes from, its text and its kind.</summary>
/// <param name="Source">The corpus (<c>subramanian2019</c>, <c>fornaciari2021</c>, <c>checkthat2024_train</c>, <c>checkthat2024_dev</c>, <c>polnear-train</c>, <c>polnear-dev</c>).</param>
/// <param name="Key">The row key or article id (with offsets), stable across runs.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Label">The kind.</param>
/// <param name="HandLabelled">Whether the label comes from the project's own labels file rather than the corpus.</param>
internal sealed record LabelledSentence(string Source, string Key, string Text, StatementKind Label, bool HandLabelled);

/// <summary>
/// Reads the labelled sentences: the public corpora in <c>../shared/data/statements</c> (tab-separated,
/// no quoting), mapped to the five kinds, and the project's hand labels (<c>data/statements/labels.tsv</c>),
/// which point into the shared corpora by offsets and are checked against their SHA-256.
/// </summary>
internal static class TrainingData
{
    public static List<LabelledSentence> Load(string sharedData, string labelsPath, TextWriter log)
    {
        var statements = Path.Combine(sharedData, "statements");
        var rows = new Dictionary<(string Source, string Key), LabelledSentence>();
        void Add(LabelledSentence s) => rows[(s.Source, s.Key)] = s;

        foreach (var r in ReadTsv(Path.Combine(statements, "subramanian2019_speech_acts.train.tsv")))
        {
            var label = r["label5"] switch { "promise" => StatementKind.Promise, "claim?" => StatementKind.Claim, _ => StatementKind.Other };
            Add(new("subramanian2019", $"{r["doc"]}/{r["id"]}", r["text"], label, false));
        }

        foreach (var r in ReadTsv(Path.Combine(statements, "fornaciari2021_pledges.train.tsv")))
        {
            Add(new("fornaciari2021", $"{r["file"]}/{r["row_id"]}", r["text"], r["pledge"] == "1" ? StatementKind.Promise : StatementKind.Other, false));
        }

        foreach (var (file, source) in new[] { ("checkthat2024_train.tsv", "checkthat2024_train"), ("checkthat2024_dev.tsv", "checkthat2024_dev") })
        {
            foreach (var r in ReadTsv(Path.Combine(statements, file)))
            {
                Add(new(source, r["Sentence_id"], r["Text"], r["class_label"] == "Yes" ? StatementKind.Claim : StatementKind.Other, false));
            }
        }

        var labels = ReadLabels(labelsPath);
        var polnear = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var split in new[] { "train", "dev" })
        {
            var source = $"polnear-{split}";
            foreach (var (id, text) in LoadPolnearTexts(Path.Combine(sharedData, "polnear", $"{split}.jsonl.gz"), labels.Where(l => l.Source == source).Select(l => l.Id).ToHashSet()))
            {
                polnear[$"{source}|{id}"] = text;
            }
        }

        var applied = 0;
        foreach (var l in labels)
        {
            string text;
            if (l.Source.StartsWith("polnear-", StringComparison.Ordinal))
            {
                if (!polnear.TryGetValue($"{l.Source}|{l.Id}", out var article))
                {
                    throw new InvalidDataException($"{labelsPath}: PolNeAR article {l.Id} is not in {l.Source}");
                }

                text = CodePointSlice(article, l.Start, l.End);
            }
            else
            {
                if (!rows.TryGetValue((l.Source, l.Id), out var row))
                {
                    throw new InvalidDataException($"{labelsPath}: no row {l.Id} in {l.Source}");
                }

                text = CodePointSlice(row.Text, l.Start, l.End);
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
            if (hash != l.Sha256)
            {
                throw new InvalidDataException($"{labelsPath}: {l.Source} {l.Id} {l.Start}-{l.End} has SHA-256 {hash}, the label says {l.Sha256}: the shared corpus changed");
            }

            var key = l.Source.StartsWith("polnear-", StringComparison.Ordinal) ? $"{l.Id}:{l.Start}-{l.End}" : l.Id;
            Add(new(l.Source, key, text, l.Label, true));
            applied++;
        }

        log.WriteLine($"read {rows.Count} labelled sentences ({applied} hand labels from {labelsPath})");
        return [.. rows.Values];
    }

    /// <summary>Whether a sentence belongs to the held-out split: all of CheckThat dev, and a fixed fifth of every other source by a hash of its document.</summary>
    public static bool IsHeldOut(LabelledSentence s)
    {
        if (s.Source == "checkthat2024_dev")
        {
            return true;
        }

        if (s.Source == "checkthat2024_train")
        {
            return false;
        }

        // Split by document, not sentence, so that no document has sentences on both sides.
        return StableHash(s.Source + "|" + DocumentOf(s)) % 5 == 0;
    }

    /// <summary>
    /// The document a sentence comes from: the PolNeAR article, the press release, the manifesto. CheckThat! gives no debate
    /// of a sentence, but its ids run in the order of the debates' lines, so a block of <see cref="DebateBlock"/> consecutive
    /// ids stands for one stretch of a debate: neighbouring lines (one answer, a talking point repeated) are never on both
    /// sides of a fold.
    /// </summary>
    public static string DocumentOf(LabelledSentence s) => s.Source switch
    {
        "polnear-train" or "polnear-dev" => s.Key[..s.Key.LastIndexOf(':')],
        "subramanian2019" or "fornaciari2021" => s.Key[..s.Key.LastIndexOf('/')],
        "checkthat2024_train" or "checkthat2024_dev" when int.TryParse(s.Key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            => $"block{id / DebateBlock}",
        _ => s.Key,
    };

    /// <summary>The consecutive CheckThat! sentence ids that count as one document in the folds.</summary>
    internal const int DebateBlock = 500;

    public static uint StableHash(string value)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(value));
        return BitConverter.ToUInt32(bytes, 0);
    }

    private static string CodePointSlice(string text, int start, int end)
    {
        var runes = text.EnumerateRunes().ToArray();
        if (start < 0 || end > runes.Length || start > end)
        {
            throw new InvalidDataException($"offsets {start}-{end} outside a text of {runes.Length} code points");
        }

        return string.Concat(runes[start..end].Select(r => r.ToString()));
    }

    private static IEnumerable<Dictionary<string, string>> ReadTsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t') ?? throw new InvalidDataException($"{path} is empty");
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < cells.Length ? cells[i] : "";
            }

            yield return row;
        }
    }

    internal sealed record HandLabel(string Source, string Id, int Start, int End, string Sha256, StatementKind Label);

    internal static List<HandLabel> ReadLabels(string path)
    {
        var result = new List<HandLabel>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.StartsWith("source\t", StringComparison.Ordinal) || line.Length == 0)
            {
                continue;
            }

            var c = line.Split('\t');
            result.Add(new HandLabel(c[0], c[1], int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), c[4], Enum.Parse<StatementKind>(c[5], ignoreCase: true)));
        }

        if (FirstOverlap(result) is { } overlap)
        {
            throw new InvalidDataException($"{path}: {overlap.A.Source} {overlap.A.Id} {overlap.A.Start}-{overlap.A.End} and {overlap.B.Start}-{overlap.B.End} overlap: a sentence must be labelled once");
        }

        return result;
    }

    /// <summary>The first two labels of the same text whose spans overlap, or null.</summary>
    internal static (HandLabel A, HandLabel B)? FirstOverlap(IEnumerable<HandLabel> labels)
    {
        foreach (var text in labels.GroupBy(l => (l.Source, l.Id)))
        {
            var spans = text.OrderBy(l => l.Start).ThenBy(l => l.End).ToList();
            for (var i = 1; i < spans.Count; i++)
            {
                if (spans[i].Start < spans[i - 1].End)
                {
                    return (spans[i - 1], spans[i]);
                }
            }
        }

        return null;
    }

    private static Dictionary<string, string> LoadPolnearTexts(string path, HashSet<string> wanted)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            if (wanted.Contains(id))
            {
                texts[id] = json.RootElement.GetProperty("text").GetString()!;
            }
        }

        return texts;
    }
}
