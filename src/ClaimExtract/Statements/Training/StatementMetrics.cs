namespace ClaimExtract.Statements.Training;

/// <summary>Precision, recall and F1 of one kind on an evaluation set.</summary>
public sealed record KindMetrics(string Kind, double Precision, double Recall, double F1, int Support);

/// <summary>
/// Per-kind figures and the confusion matrix of one evaluation set. <see cref="Confusion"/> has a row per
/// true label (<see cref="Labels"/>) and a column per predicted kind (all five, in enum order).
/// </summary>
/// <param name="Set">The set's name.</param>
/// <param name="Target">What the set measures (the figure the issue sets a target for).</param>
/// <param name="Count">The number of sentences.</param>
/// <param name="MacroF1">The mean F1 of the kinds present.</param>
/// <param name="Accuracy">The share of sentences whose kind is right.</param>
/// <param name="Kinds">P/R/F1 of each kind present among the labels.</param>
/// <param name="Labels">The true labels, the rows of the confusion matrix.</param>
/// <param name="Confusion">Counts: row = true label, column = predicted kind (promise, retraction, prediction, claim, other).</param>
public sealed record EvaluationMetrics(
    string Set, string Target, int Count, double MacroF1, double Accuracy, IReadOnlyList<KindMetrics> Kinds, IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Confusion)
{
    /// <summary>The F1 of <paramref name="kind"/>, or 0 if the set has none.</summary>
    public double F1Of(StatementKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind.ToName())?.F1 ?? 0;

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="truth"/> (same order).</summary>
    public static EvaluationMetrics Score(string set, string target, IReadOnlyList<StatementKind> truth, IReadOnlyList<StatementKind> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException("one prediction per label", nameof(predicted));
        }

        var all = Enum.GetValues<StatementKind>();
        var labels = all.Where(k => truth.Contains(k)).ToList();
        var kinds = new List<KindMetrics>();
        foreach (var kind in labels)
        {
            var tp = truth.Where((t, i) => t == kind && predicted[i] == kind).Count();
            var fp = truth.Where((t, i) => t != kind && predicted[i] == kind).Count();
            var support = truth.Count(t => t == kind);
            var p = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
            var r = tp / (double)support;
            kinds.Add(new KindMetrics(kind.ToName(), Math.Round(p, 3), Math.Round(r, 3), Math.Round(p + r == 0 ? 0 : 2 * p * r / (p + r), 3), support));
        }

        var confusion = labels.Select(l => (IReadOnlyList<int>)all.Select(k => truth.Where((t, i) => t == l && predicted[i] == k).Count()).ToArray()).ToList();
        var accuracy = truth.Count == 0 ? 0 : truth.Where((t, i) => t == predicted[i]).Count() / (double)truth.Count;
        return new EvaluationMetrics(set, target, truth.Count, Math.Round(kinds.Count == 0 ? 0 : kinds.Average(k => k.F1), 3), Math.Round(accuracy, 3), kinds,
            labels.Select(l => l.ToName()).ToList(), confusion);
    }

    /// <summary>The figures as a plain-text table and the confusion matrix, for people.</summary>
    public string ToText()
    {
        var w = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        w.WriteLine($"== {Set} (n={Count}) — {Target}");
        w.WriteLine($"macro-F1 {MacroF1:F3}  accuracy {Accuracy:F3}");
        w.WriteLine($"{"kind",-12}{"P",7}{"R",7}{"F1",7}{"n",7}");
        foreach (var k in Kinds)
        {
            w.WriteLine($"{k.Kind,-12}{k.Precision,7:F3}{k.Recall,7:F3}{k.F1,7:F3}{k.Support,7}");
        }

        var columns = Enum.GetValues<StatementKind>().Select(k => k.ToName()).ToList();
        w.WriteLine($"confusion (rows: true, columns: predicted)");
        w.WriteLine($"{"",-12}" + string.Concat(columns.Select(c => $"{c,11}")));
        for (var i = 0; i < Labels.Count; i++)
        {
            w.WriteLine($"{Labels[i],-12}" + string.Concat(Confusion[i].Select(c => $"{c,11}")));
        }

        return w.ToString();
    }
}

/// <summary>One row of a reliability table: statements whose calibrated confidence falls in [From, To).</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanConfidence, double Accuracy);

/// <summary>Reliability tables: how often a kind given with a confidence is right.</summary>
public static class Reliability
{
    /// <summary>Bins (width 0.1 from 0.2) of calibrated confidences against whether the kind was right.</summary>
    public static IReadOnlyList<ReliabilityBin> Table(IReadOnlyList<(double Confidence, bool Right)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var edges = new[] { 0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001 };
        var bins = new List<ReliabilityBin>();
        for (var b = 0; b + 1 < edges.Length; b++)
        {
            var inBin = items.Where(x => x.Confidence >= edges[b] && x.Confidence < edges[b + 1]).ToList();
            bins.Add(new ReliabilityBin(edges[b], Math.Min(1, edges[b + 1]), inBin.Count,
                Math.Round(inBin.Count == 0 ? 0 : inBin.Average(x => x.Confidence), 3),
                Math.Round(inBin.Count == 0 ? 0 : inBin.Count(x => x.Right) / (double)inBin.Count, 3)));
        }

        return bins;
    }

    /// <summary>The expected calibration error: the count-weighted mean gap between confidence and accuracy.</summary>
    public static double ExpectedCalibrationError(IReadOnlyList<ReliabilityBin> bins)
    {
        ArgumentNullException.ThrowIfNull(bins);
        var n = bins.Sum(b => b.Count);
        return n == 0 ? 0 : Math.Round(bins.Sum(b => b.Count * Math.Abs(b.MeanConfidence - b.Accuracy)) / n, 3);
    }
}
