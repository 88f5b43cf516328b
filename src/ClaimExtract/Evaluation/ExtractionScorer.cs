using System.Globalization;
using System.Text;

namespace ClaimExtract.Evaluation;

/// <summary>One page's share of true positive, false positive and false negative shingles (they sum to 1, or are all 0).</summary>
/// <param name="Id">The page id (the HTML file name without <c>.html</c>/<c>.html.gz</c>).</param>
/// <param name="TruePositive">Shingles in both texts, as a share of all counted shingles.</param>
/// <param name="FalsePositive">Shingles only in the prediction.</param>
/// <param name="FalseNegative">Shingles only in the ground truth.</param>
/// <param name="HasPrediction">The prediction holds more than whitespace (only such pages count for precision).</param>
public sealed record PageScore(string Id, double TruePositive, double FalsePositive, double FalseNegative, bool HasPrediction)
{
    /// <summary>This page's precision, computed as the reference scorer does.</summary>
    public double Precision => TruePositive + FalsePositive is var d && d != 0 ? TruePositive / d : 0.0;

    /// <summary>This page's recall, computed as the reference scorer does.</summary>
    public double Recall => TruePositive + FalseNegative is var d && d != 0 ? TruePositive / d : 0.0;

    /// <summary>The reference scorer's <c>--per-page</c> line: <c>id\ttp=0.950\tfp=0.020\tfn=0.030</c>.</summary>
    public string ToLine() =>
        $"{Id}\ttp={PythonNumbers.Fixed(TruePositive, 3)}\tfp={PythonNumbers.Fixed(FalsePositive, 3)}\tfn={PythonNumbers.Fixed(FalseNegative, 3)}";
}

/// <summary>The benchmark's figures over all pages.</summary>
/// <param name="Pages">Pages in the ground truth.</param>
/// <param name="Missing">Ground-truth pages with no prediction at all (scored as empty).</param>
/// <param name="Precision">Mean precision over pages with a non-empty prediction.</param>
/// <param name="Recall">Mean recall over all pages.</param>
/// <param name="F1">Harmonic mean of the two means.</param>
/// <param name="PerPage">Every page's score, in ordinal id order.</param>
public sealed record ExtractionScore(int Pages, int Missing, double Precision, double Recall, double F1, IReadOnlyList<PageScore> PerPage)
{
    /// <summary>The reference scorer's summary line, byte for byte: <c>{"pages": 181, "missing": 0, "precision": 0.9447, "recall": 0.9666, "f1": 0.9555}</c>.</summary>
    public string ToJsonLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"pages\": {Pages}, \"missing\": {Missing}, \"precision\": {PythonNumbers.RoundRepr(Precision, 4)}, \"recall\": {PythonNumbers.RoundRepr(Recall, 4)}, \"f1\": {PythonNumbers.RoundRepr(F1, 4)}}}");
}

/// <summary>
/// The Zyte article-extraction metric, ported from <c>../shared/eval/score_extraction.py</c>: text is
/// split into word tokens (Python's Unicode <c>\w+</c>, case-sensitive); each text becomes a multiset
/// of 4-token shingles (a text of 1 to 3 tokens is one shorter shingle); per page, true positives,
/// false positives and false negatives are counted between the multisets and divided by their sum;
/// precision is averaged over pages with a non-empty prediction, recall over all pages, and F1 is
/// computed from the two averages.
/// </summary>
public static class ExtractionScorer
{
    private const int ShingleLength = 4;

    /// <summary>Scores predictions (by page id; a missing id counts as an empty prediction) against the ground truth.</summary>
    public static ExtractionScore Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predictions)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predictions);
        var pages = new List<PageScore>(truth.Count);
        var precisions = new List<double>();
        var recalls = new List<double>();
        var missing = 0;
        foreach (var (id, trueText) in truth.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!predictions.TryGetValue(id, out var predicted))
            {
                missing++;
                predicted = "";
            }

            var page = ScorePage(id, predicted, trueText);
            pages.Add(page);
            if (page.HasPrediction)
            {
                precisions.Add(page.Precision);
            }

            recalls.Add(page.Recall);
        }

        var precision = precisions.Count > 0 ? PythonNumbers.Mean(precisions) : 0.0;
        var recall = recalls.Count > 0 ? PythonNumbers.Mean(recalls) : 0.0;
        var f1 = precision + recall != 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return new ExtractionScore(truth.Count, missing, precision, recall, f1, pages);
    }

    /// <summary>One page: shares of shingles in both texts, only in the prediction, only in the truth.</summary>
    public static PageScore ScorePage(string id, string predicted, string truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var p = Shingles(predicted);
        var t = Shingles(truth);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in p)
        {
            var inTruth = t.GetValueOrDefault(shingle);
            tp += Math.Min(count, inTruth);
            fp += Math.Max(count - inTruth, 0);
        }

        foreach (var (shingle, count) in t)
        {
            fn += Math.Max(count - p.GetValueOrDefault(shingle), 0);
        }

        double total = tp + fp + fn;
        var hasPrediction = !IsPythonWhitespaceOnly(predicted);
        return total == 0
            ? new PageScore(id, 0.0, 0.0, 0.0, hasPrediction)
            : new PageScore(id, tp / total, fp / total, fn / total, hasPrediction);
    }

    /// <summary>Python's <c>re.findall(r"\w+", text)</c> on a str: maximal runs of letters, digits and other numerals, and underscores.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var isWord = status == System.Buffers.OperationStatus.Done && IsPythonWordCharacter(rune);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }

            i += consumed;
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>The multiset of shingles of a text (4 tokens each; one shorter shingle for a text of 1 to 3 tokens; none for no tokens).</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text).ToArray();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0)
        {
            return result;
        }

        var count = Math.Max(tokens.Length - ShingleLength + 1, 1);
        for (var i = 0; i < count; i++)
        {
            // Tokens never hold a space, so joining with one keeps shingles apart.
            var key = string.Join(' ', tokens, i, Math.Min(ShingleLength, tokens.Length - i));
            result[key] = result.GetValueOrDefault(key) + 1;
        }

        return result;
    }

    /// <summary>
    /// Python's <c>\w</c> for a str: <c>str.isalnum()</c> or <c>_</c>, that is letters (L*), numbers
    /// (Nd, Nl, No) and the underscore. Unlike .NET's <c>\w</c>, combining marks and other connector
    /// punctuation are not word characters, and Nl/No numerals (², ½, Ⅻ) are.
    /// </summary>
    internal static bool IsPythonWordCharacter(Rune rune) =>
        rune.Value == '_' || Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary>Python's <c>not text.strip()</c>: .NET's white space plus the four information separators U+001C to U+001F.</summary>
    internal static bool IsPythonWhitespaceOnly(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u001C' or '\u001D' or '\u001E' or '\u001F'))
            {
                return false;
            }
        }

        return true;
    }
}
