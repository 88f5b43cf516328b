using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ClaimExtract.Evaluation;

/// <summary>A gold attribution as the scorer sees it: the hull of its content pieces, of its source pieces (or none), its cue text and resolved name.</summary>
public sealed record GoldQuote((int Start, int End) Span, (int Start, int End)? Speaker, string Cue, string? Reference);

/// <summary>A predicted statement as the scorer sees it.</summary>
public sealed record PredictedQuote((int Start, int End) Span, (int Start, int End)? Speaker, string Cue, string? Name);

/// <summary>The figures for one overlap threshold, named as <c>score_quotes.py</c> prints them.</summary>
public sealed record QuoteScore(
    double T, int Gold, int Predicted, int Tp, double P, double R, double F1, double SpeakerAcc, double CueAcc, double? NameAcc,
    double ExactP, double ExactR, double ExactF1)
{
    /// <summary>The line <c>score_quotes.py</c> prints for this threshold, character for character.</summary>
    public string ToJsonLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"t\": {Py(T)}, \"gold\": {Gold}, \"predicted\": {Predicted}, \"tp\": {Tp}, \"P\": {Py(P)}, \"R\": {Py(R)}, \"F1\": {Py(F1)}, " +
        $"\"speaker_acc\": {Py(SpeakerAcc)}, \"cue_acc\": {Py(CueAcc)}, \"name_acc\": {(NameAcc is { } n ? Py(n) : "null")}, " +
        $"\"exact_P\": {Py(ExactP)}, \"exact_R\": {Py(ExactR)}, \"exact_F1\": {Py(ExactF1)}}}");

    // Python's repr of a float: the shortest round-trip digits, with ".0" on whole numbers.
    private static string Py(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }
}

/// <summary>
/// A port of the reference scorer <c>../shared/eval/score_quotes.py</c> (the Gender Gap Tracker's
/// quote evaluation), kept faithful to it line by line so that <c>claimextract eval quotes</c> prints
/// the same figures: gold items are visited in order and each takes the unused prediction covering the
/// largest share (&gt; t) of its characters; speaker accuracy counts overlapping speaker spans (or both
/// empty), cue accuracy equal lower-cased cue text, exact spans are counted as sets.
/// </summary>
public static class QuoteScorer
{
    /// <summary>The thresholds the reference scorer reports, in its order.</summary>
    public static readonly IReadOnlyList<double> Thresholds = [0.3, 0.8];

    private static readonly HashSet<string> NameTitles = ["mr", "mrs", "ms", "dr", "president", "sen", "senator", "rep", "gov", "governor", "prime", "minister"];

    /// <summary>Reads a JSON Lines file (gzip when its name ends in .gz), skipping blank lines.</summary>
    public static IEnumerable<JsonElement> ReadJsonLines(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using var json = JsonDocument.Parse(line);
                yield return json.RootElement.Clone();
            }
        }
    }

    /// <summary>Gold items by article id, from PolNeAR-style articles (<c>{"id", "attributions": [{"source", "cue", "content"}]}</c>); a later line with the same id wins.</summary>
    public static Dictionary<string, List<GoldQuote>> Gold(IEnumerable<JsonElement> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var gold = new Dictionary<string, List<GoldQuote>>();
        foreach (var article in articles)
        {
            var items = new List<GoldQuote>();
            foreach (var a in Items(article, "attributions"))
            {
                if (Hull(Items(a, "content")) is not { } content)
                {
                    continue;
                }

                var cue = CueText(a).ToLowerInvariant().Trim();
                var reference = a.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                items.Add(new GoldQuote(content, Hull(Items(a, "source")), cue, reference));
            }

            gold[Id(article)] = items;
        }

        return gold;
    }

    /// <summary>Predicted items by article id, from the extractor's JSON output (<c>{"id", "statements": [...]}</c>).</summary>
    public static Dictionary<string, List<PredictedQuote>> Predictions(IEnumerable<JsonElement> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pred = new Dictionary<string, List<PredictedQuote>>();
        foreach (var article in articles)
        {
            var statements = Items(article, "statements");
            if (statements.Length == 0)
            {
                statements = Items(article, "quotes");
            }

            var items = new List<PredictedQuote>();
            foreach (var s in statements)
            {
                if (Int(s, "start") is not { } start || Int(s, "end") is not { } end || end <= start)
                {
                    continue;
                }

                (int, int)? speaker = Int(s, "speaker_start") is { } ss && Int(s, "speaker_end") is { } se ? (ss, se) : null;
                items.Add(new PredictedQuote((start, end), speaker, (Str(s, "cue") ?? "").ToLowerInvariant().Trim(), Str(s, "speaker")));
            }

            pred[Id(article)] = items;
        }

        return pred;
    }

    /// <summary>Predicted items by article id, straight from the pipeline's articles.</summary>
    public static Dictionary<string, List<PredictedQuote>> Predictions(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pred = new Dictionary<string, List<PredictedQuote>>();
        foreach (var article in articles)
        {
            pred[article.Id] = article.Statements
                .Where(s => s.End > s.Start)
                .Select(s => new PredictedQuote(
                    (s.Start, s.End),
                    s.SpeakerStart is { } ss && s.SpeakerEnd is { } se ? (ss, se) : null,
                    (s.Cue ?? "").ToLowerInvariant().Trim(),
                    s.Speaker))
                .ToList();
        }

        return pred;
    }

    /// <summary>The figures at overlap share threshold <paramref name="t"/>.</summary>
    public static QuoteScore Score(IReadOnlyDictionary<string, List<GoldQuote>> gold, IReadOnlyDictionary<string, List<PredictedQuote>> pred, double t)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(pred);
        int tp = 0, fp = 0, fn = 0, speakerOk = 0, cueOk = 0, named = 0, nameOk = 0, exactTp = 0, nPred = 0, nGold = 0;
        foreach (var (id, g) in gold)
        {
            var p = pred.TryGetValue(id, out var found) ? new List<PredictedQuote>(found) : [];
            nGold += g.Count;
            nPred += p.Count;
            var goldSpans = g.Select(x => x.Span).ToHashSet();
            goldSpans.IntersectWith(p.Select(x => x.Span));
            exactTp += goldSpans.Count;
            foreach (var item in g)
            {
                double length = item.Span.End - item.Span.Start;
                var best = -1;
                var bestShare = t;
                for (var c = 0; c < p.Count; c++)
                {
                    var share = Overlap(item.Span, p[c].Span) / length;
                    if (share > bestShare)
                    {
                        best = c;
                        bestShare = share;
                    }
                }

                if (best < 0)
                {
                    fn++;
                    continue;
                }

                var match = p[best];
                p.RemoveAt(best);
                tp++;
                if (item.Speaker is { } gs && match.Speaker is { } ps ? Overlap(gs, ps) > 0 : item.Speaker is null && match.Speaker is null)
                {
                    speakerOk++;
                }

                cueOk += item.Cue == match.Cue ? 1 : 0;
                if (!string.IsNullOrEmpty(item.Reference))
                {
                    named++;
                    nameOk += !string.IsNullOrEmpty(match.Name) && NormalizeName(match.Name) == NormalizeName(item.Reference) ? 1 : 0;
                }
            }

            fp += p.Count;
        }

        double precision = Percent(tp, tp + fp), recall = Percent(tp, tp + fn);
        double exactP = Percent(exactTp, nPred), exactR = Percent(exactTp, nGold);
        return new QuoteScore(
            t, nGold, nPred, tp, precision, recall, F(precision, recall), Percent(speakerOk, tp), Percent(cueOk, tp),
            named > 0 ? Percent(nameOk, named) : null, exactP, exactR, F(exactP, exactR));
    }

    /// <summary>The resolved-name comparison key: words stripped of ".,'’", lower-cased, titles dropped.</summary>
    public static string NormalizeName(string? name)
    {
        var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '\'', '’').ToLowerInvariant());
        return string.Join(" ", words.Where(w => w.Length > 0 && !NameTitles.Contains(w)));
    }

    private static int Overlap((int Start, int End) a, (int Start, int End) b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static double Percent(int a, int b) => b > 0 ? PyRound(100.0 * a / b) : 0.0;

    private static double F(double a, double b) => a + b > 0 ? PyRound(2 * a * b / (a + b)) : 0.0;

    // Python's round(x, 1): half to even on the exact binary value. The decimal digits of a double
    // printed to 30 places are exact enough that no tie is invented or lost.
    private static double PyRound(double x)
    {
        var exact = decimal.Parse(x.ToString("F30", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        return (double)Math.Round(exact, 1, MidpointRounding.ToEven);
    }

    /// <summary>
    /// A gold attribution's cue as the reference scorer joins it: the text of its cue pieces with single spaces (not lower-cased); a piece
    /// without a string "text" adds an empty piece, and an attribution without a "cue" list has the empty cue.
    /// </summary>
    internal static string CueText(JsonElement attribution) =>
        string.Join(" ", Items(attribution, "cue").Select(c => c.ValueKind == JsonValueKind.Object ? Str(c, "text") ?? "" : ""));

    private static (int Start, int End)? Hull(JsonElement[] spans)
    {
        int? start = null, end = null;
        foreach (var s in spans)
        {
            var a = Int(s, "start") ?? 0;
            var b = Int(s, "end") ?? 0;
            if (b > a)
            {
                start = Math.Min(start ?? a, a);
                end = Math.Max(end ?? b, b);
            }
        }

        return start is { } x && end is { } y ? (x, y) : null;
    }

    private static JsonElement[] Items(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Id(JsonElement article) =>
        article.TryGetProperty("id", out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText() : "";
}
