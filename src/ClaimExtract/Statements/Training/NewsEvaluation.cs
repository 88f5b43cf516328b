using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimExtract.Sources;

namespace ClaimExtract.Statements.Training;

/// <summary>
/// One row of an unseen news evaluation set (<c>data/statements/zyte-news-labels.tsv</c>): a statement the pipeline found
/// on a page, named by the page id and its code-point offsets into the article text the pipeline extracts, with the hash of
/// its span and its hand label. No text: the text is extracted again from the page when the set is scored.
/// </summary>
/// <param name="Source">The corpus (<c>zyte</c>).</param>
/// <param name="Id">The page id: its file name without <c>.html.gz</c>.</param>
/// <param name="Start">The statement's start, in code points into the article's <c>text</c>.</param>
/// <param name="End">Its end, exclusive.</param>
/// <param name="Sha256">The first 12 hex digits of the SHA-256 of the span's UTF-8 bytes.</param>
/// <param name="Label">The hand label.</param>
/// <param name="MinedBy">How the statement was sampled (<c>zyte-specific</c>, <c>zyte-rest</c>).</param>
public sealed record NewsLabel(string Source, string Id, int Start, int End, string Sha256, StatementKind Label, string MinedBy);

/// <summary>What became of a news set's labels when scored: how many matched a statement of the pages as extracted now.</summary>
/// <param name="Metrics">Per-kind figures and the confusion matrix over the matched labels.</param>
/// <param name="Labels">The rows of the labels file.</param>
/// <param name="Matched">Rows whose page, offsets and hash match a statement now found.</param>
/// <param name="NoStatement">Rows whose page has no statement at those offsets any more (the quote stage changed).</param>
/// <param name="HashMismatch">Rows whose statement is there but whose span's text no longer matches the hash (the text extraction changed).</param>
/// <param name="UnlabelledSpecific">
/// Statements of the labelled pages that the model calls promise, retraction or prediction but that no row labels: the set
/// holds every statement the model of the day it was made called one of these, so a count above zero means precision is
/// read on part of them only.
/// </param>
public sealed record NewsEvaluationResult(EvaluationMetrics Metrics, int Labels, int Matched, int NoStatement, int HashMismatch, int UnlabelledSpecific)
{
    /// <summary>The figures as text: the matching counts, then the table and the confusion matrix.</summary>
    public string ToText() =>
        $"{Metrics.ToText()}labels {Labels}: matched {Matched}, no such statement {NoStatement}, hash mismatch {HashMismatch}; unlabelled promise/retraction/prediction statements {UnlabelledSpecific}{Environment.NewLine}";
}

/// <summary>
/// Scores the statement kinds on unseen news pages: the pipeline (quote stage, then the classifier) runs on each page, and
/// each labelled statement's kind is compared with its hand label (GUIDE.md, "Zyte news pages"). Nothing here is used in
/// training, thresholds or calibration.
/// </summary>
public static class NewsEvaluation
{
    /// <summary>The repository's news set.</summary>
    public const string DefaultLabelsPath = "data/statements/zyte-news-labels.tsv";

    /// <summary>The name of the set in the printed figures.</summary>
    public const string SetName = "Zyte news pages (unseen), statements as extracted";

    private static readonly StatementKind[] Specific = [StatementKind.Promise, StatementKind.Retraction, StatementKind.Prediction];

    /// <summary>Reads a labels file: comment lines (<c>#</c>) and the header are skipped; every other line must be a valid row.</summary>
    public static List<NewsLabel> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kinds = Enum.GetValues<StatementKind>().ToDictionary(k => k.ToName(), StringComparer.Ordinal);
        var rows = new List<NewsLabel>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("source\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 7
                || !int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || end <= start
                || !kinds.TryGetValue(f[5], out var label))
            {
                throw new InvalidDataException($"line {number}: not a row of source, id, start, end, sha256, label, mined_by");
            }

            rows.Add(new NewsLabel(f[0], f[1], start, end, f[4], label, f[6]));
        }

        return rows;
    }

    /// <summary>The page id of a file: its name without <c>.html.gz</c> (or its last extension).</summary>
    public static string PageId(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase) ? name[..^".html.gz".Length] : Path.GetFileNameWithoutExtension(name);
    }

    /// <summary>The first 12 hex digits of the SHA-256 of the UTF-8 bytes of <paramref name="text"/>'s code points <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string SpanHash(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(r => r.ToString()));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(span)))[..12];
    }

    /// <summary>
    /// Scores the labels against the statements of <paramref name="articles"/> (by page id): a label counts if its page
    /// holds a statement with its offsets whose span matches its hash; the others are counted apart, never guessed.
    /// </summary>
    public static NewsEvaluationResult Score(string set, IReadOnlyList<NewsLabel> labels, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(articles);
        var truth = new List<StatementKind>();
        var predicted = new List<StatementKind>();
        int noStatement = 0, hashMismatch = 0;
        var labelled = new HashSet<(string, int, int)>();
        foreach (var label in labels)
        {
            var statement = articles.TryGetValue(label.Id, out var article)
                ? article.Statements.FirstOrDefault(s => s.Start == label.Start && s.End == label.End)
                : null;
            if (article is null || statement is null)
            {
                noStatement++;
                continue;
            }

            if (!string.Equals(SpanHash(article.Text, label.Start, label.End), label.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                hashMismatch++;
                continue;
            }

            labelled.Add((label.Id, label.Start, label.End));
            truth.Add(label.Label);
            predicted.Add(Kind(statement.Kind));
        }

        var pages = labels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var unlabelledSpecific = articles.Where(a => pages.Contains(a.Key))
            .SelectMany(a => a.Value.Statements.Where(s => Specific.Contains(Kind(s.Kind)) && !labelled.Contains((a.Key, s.Start, s.End))))
            .Count();
        var metrics = EvaluationMetrics.Score(set, "promise, retraction and prediction precision and F1 on news (every statement called one of them is labelled; the others sampled)", truth, predicted);
        return new NewsEvaluationResult(metrics, labels.Count, truth.Count, noStatement, hashMismatch, unlabelledSpecific);
    }

    /// <summary>Runs the pipeline with <paramref name="classifier"/> on every page of <paramref name="pagesDirectory"/> that the labels name, and scores them.</summary>
    public static NewsEvaluationResult Run(StatementClassifier classifier, string pagesDirectory, string labelsPath)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        List<NewsLabel> labels;
        using (var reader = File.OpenText(labelsPath))
        {
            labels = Read(reader);
        }

        var wanted = labels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var pipeline = new ClaimPipeline(classifier);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var page in Directory.GetFiles(pagesDirectory).Where(p => wanted.Contains(PageId(p))).Order(StringComparer.Ordinal))
        {
            foreach (var item in DocumentReader.Read(page, () => Stream.Null))
            {
                articles[PageId(page)] = pipeline.Process(item);
            }
        }

        return Score(SetName, labels, articles);
    }

    private static StatementKind Kind(string name) => Enum.GetValues<StatementKind>().First(k => k.ToName() == name);
}
