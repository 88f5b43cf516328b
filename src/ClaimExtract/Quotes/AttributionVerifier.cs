using System.Collections.Frozen;
using System.Globalization;
using ClaimExtract.Text;
using Microsoft.ML;

namespace ClaimExtract.Quotes;

/// <summary>
/// A second look at every attribution the rules and the cue tagger found, before speakers are ranked: a binary
/// classifier (ML.NET boosted trees, trained on PolNeAR train by <c>claimextract train verifier</c>) over where the
/// attribution came from, its cue's prior, its content and its sentence, which drops the ones unlikely to match a gold
/// attribution. The threshold is the one with the best cross-validated overlap F1 on train.
/// </summary>
internal sealed class AttributionVerifier
{
    public const int FeatureCount = 49;

    private const string EmbeddedTrees = "ClaimExtract.Quotes.attribution-verifier.trees";
    private const string EmbeddedThreshold = "ClaimExtract.Quotes.attribution-verifier.tsv";

    private static readonly FrozenSet<string> Conditionals = FrozenSet.ToFrozenSet(["if", "unless", "whether"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["would", "could", "might", "may", "will", "should", "can", "must", "'d", "’d", "wo", "ca"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["not", "n't", "n’t", "never", "no"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpeakerPronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "i", "we", "it", "you", "who", "which", "that"], StringComparer.Ordinal);

    private static readonly Lazy<AttributionVerifier?> LazyDefault = new(() =>
    {
        var assembly = typeof(AttributionVerifier).Assembly;
        using var trees = assembly.GetManifestResourceStream(EmbeddedTrees);
        using var threshold = assembly.GetManifestResourceStream(EmbeddedThreshold);
        return trees is null || threshold is null || CueTagger.Default is not { } tagger
            ? null
            : Load(BoostedTrees.Read(trees, FeatureCount, "attribution verifier", "claimextract train verifier", (AttributionVerifierTrees.Checksum, AttributionVerifierTrees.Methods)), threshold, tagger);
    });

    private readonly BoostedTrees _trees;

    public AttributionVerifier(BoostedTrees trees, CueTagger tagger, float threshold)
    {
        _trees = trees;
        Tagger = tagger;
        Threshold = threshold;
    }

    /// <summary>The embedded verifier, reading the cue tagger's prior table; null when either model is missing.</summary>
    public static AttributionVerifier? Default => LazyDefault.Value;

    /// <summary>The cue tagger whose additions the verifier was trained on, at the threshold it was trained with (its own, or lower: the verifier checks what it adds).</summary>
    public CueTagger Tagger { get; }

    public CuePriors Priors => Tagger.Priors;

    /// <summary>The raw score an attribution must exceed to be kept.</summary>
    public float Threshold { get; }

    /// <summary>The verifier, its table file (thresholds and cue precisions), and the cue tagger it checks (whose threshold the file may lower).</summary>
    public static AttributionVerifier Load(Stream modelZip, Stream tableTsv, CueTagger tagger)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        var ml = new MLContext(seed: 1);
        return Load(BoostedTrees.From(ml.Model.Load(modelZip, out _), FeatureCount, "attribution verifier", "claimextract train verifier"), tableTsv, tagger);
    }

    private static AttributionVerifier Load(BoostedTrees trees, Stream tableTsv, CueTagger tagger)
    {
        var (threshold, taggerThreshold, precision) = ReadTable(tableTsv);
        return new AttributionVerifier(trees, taggerThreshold is { } t ? tagger.WithThreshold(t) : tagger, threshold) { Precision = precision };
    }

    /// <summary>
    /// The table file: comment lines, "threshold" and the verifier's, optionally "tagger_threshold" and the cue tagger's, then
    /// "cue", a cue key, the train attributions with that key that matched gold and all of them.
    /// </summary>
    public static (float Threshold, float? TaggerThreshold, CuePrecision Precision) ReadTable(Stream tsv)
    {
        using var reader = new StreamReader(tsv);
        float? threshold = null, tagger = null;
        var counts = new Dictionary<string, (int Matched, int Total)>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var cells = line.Split('\t');
            if (cells.Length == 2 && float.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                if (cells[0] == "threshold")
                {
                    threshold = value;
                }
                else if (cells[0] == "tagger_threshold")
                {
                    tagger = value;
                }
            }
            else if (cells.Length == 4 && cells[0] == "cue"
                && int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var matched)
                && int.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var total) && matched <= total)
            {
                counts[cells[1]] = (matched, total);
            }
        }

        return threshold is { } t
            ? (t, tagger, new CuePrecision(counts))
            : throw new InvalidDataException("the attribution verifier's table has no threshold line; run 'claimextract train verifier'");
    }

    public static void WriteTable(string path, float threshold, float taggerThreshold, CuePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(precision);
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine("# attribution verifier (claimextract train verifier): keep an attribution whose raw score exceeds threshold; the cue tagger adds above tagger_threshold;");
        writer.WriteLine("# cue, key, train attributions with that cue word that matched gold, all of them");
        writer.WriteLine("threshold\t" + threshold.ToString("R", CultureInfo.InvariantCulture));
        writer.WriteLine("tagger_threshold\t" + taggerThreshold.ToString("R", CultureInfo.InvariantCulture));
        foreach (var (key, (matched, total)) in precision.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cue\t{key}\t{matched}\t{total}"));
        }
    }

    /// <summary>How often the train attributions with each cue key matched gold.</summary>
    public CuePrecision Precision { get; init; } = new(new Dictionary<string, (int, int)>());

    public float Score(float[] features) => _trees.Score(features);

    /// <summary>
    /// The attributions the verifier keeps, in their order, without the inner one of a chain of cues (<see cref="CueChain"/>).
    /// <paramref name="rules"/> holds the rules' attributions: any other one of <paramref name="attributions"/> is the cue tagger's.
    /// </summary>
    public List<Attribution> Filter(TokenizedDocument doc, List<Attribution> attributions, List<Attribution> rules)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(rules);
        if (attributions.Count == 0)
        {
            return attributions;
        }

        var fromRules = rules.ToHashSet(ReferenceEqualityComparer.Instance);
        var features = new float[FeatureCount];
        List<Attribution>? kept = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            if (!Reviews(attributions[i], !fromRules.Contains(attributions[i])))
            {
                kept?.Add(attributions[i]);
                continue;
            }

            Precision.Fill(Features(doc, attributions, i, !fromRules.Contains(attributions[i]), Priors, features), features);
            var keep = _trees.ScoreAbove(features, Threshold) > Threshold;
            if (!keep && kept is null)
            {
                kept = [.. attributions.Take(i)];
            }
            else if (keep)
            {
                kept?.Add(attributions[i]);
            }
        }

        // Two cues in a row are one report: the inner attribution of "issued a statement saying ..." goes (see CueChain).
        return CueChain.Apply(doc, kept ?? attributions);
    }

    /// <summary>
    /// Whether the verifier reviews an attribution: reported speech and quotations without a cue, and all the tagger's. A
    /// quotation of the rules with its cue ("“...,” Ma told Xinhua", 'referred to ... as “a mess”') is kept as it is (97% of
    /// the rules' direct quotations with a cue match gold on train), and so is the rules' "CONTENT, according to SOURCE": the
    /// issue names the form, and PolNeAR's leaving out some short ones ("Prices fell in May, according to ...") is a corpus
    /// convention, not an error of the rule.
    /// </summary>
    public static bool Reviews(Attribution a, bool tagged)
    {
        ArgumentNullException.ThrowIfNull(a);
        return tagged || (a.Type == QuoteType.Indirect && a.CueText != "according to") || a.Cue is null;
    }

    /// <summary>
    /// The features of attribution <paramref name="index"/> of <paramref name="all"/> (the rules' and the tagger's, in text
    /// order; <paramref name="tagged"/> when it is the tagger's), written to <paramref name="f"/>.
    /// </summary>
    /// <returns>The cue's key in the cue-precision table: its best-known word, ":" or "" (no cue). Features 42 and 43 are that table's; the caller fills them (<see cref="CuePrecision.Fill"/>).</returns>
    public static string Features(TokenizedDocument doc, List<Attribution> all, int index, bool tagged, CuePriors priors, float[] f)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(f);
        Array.Clear(f);
        var a = all[index];
        var t = doc.Tokens;
        var text = doc.Document.Text;

        // Where it came from.
        f[0] = tagged ? 1 : 0;
        f[1] = a.Type == QuoteType.Direct ? 1 : 0;
        f[2] = a.Type == QuoteType.Mixed ? 1 : 0;
        f[3] = a.Cue is null ? 0 : 1;
        f[4] = a.CueText == ":" ? 1 : 0;
        f[5] = a.CueText == "according to" ? 1 : 0;
        f[6] = a.Cue is not { } c0 ? 0 : c0.End <= a.Content.Start ? 1 : c0.Start >= a.Content.End ? -1 : 2;
        f[7] = a.Speaker is null ? 0 : 1;
        f[8] = a.Speaker is not { } s0 ? 0 : s0.End <= a.Content.Start ? 1 : s0.Start >= a.Content.End ? -1 : 2;
        f[11] = a.InheritedFrom is null ? 0 : 1;
        f[12] = a.Absorbs is null ? 0 : 1;
        f[41] = a.TaggerScore ?? 0;
        if (a.Speaker is { } speaker)
        {
            var first = doc.IndexAtOrAfter(speaker.Start);
            if (first < t.Count && t[first].Span.Start < speaker.End)
            {
                var word = t[first].Lower;
                f[9] = SpeakerPronouns.Contains(word) ? 1 : 0;
                f[10] = t[first].IsCapitalized ? 1 : 0;
                var last = doc.IndexAtOrAfter(speaker.End) - 1;
                var head = last >= first ? t[last].Lower : word;
                f[39] = Lexicon.DocumentNouns.Contains(head) ? 1 : 0;
                f[40] = Lexicon.OrganizationNouns.Contains(head) || Lexicon.GroupNouns.Contains(head) ? 1 : 0;
            }
        }

        // The content: its length, how much of it is quoted, a question, its first word, its sentences.
        // (Tokens, not words, and the quoted flags alone: a loop that reads every token of the content cost more than
        // the rest of the verifier together, for no better cross-validated F1.)
        var cFirst = doc.IndexAtOrAfter(a.Content.Start);
        var cEnd = doc.IndexAtOrAfter(a.Content.End);
        var length = Math.Max(0, cEnd - cFirst);
        f[16] = length;
        f[17] = length == 0 ? 0 : (float)doc.Quoted.AsSpan(cFirst, length).Count(true) / length;
        f[18] = text.AsSpan(a.Content.Start, a.Content.Length).Contains('?') ? 1 : 0;
        var anchor = cFirst < t.Count ? cFirst : Math.Max(0, t.Count - 1);
        if (t.Count == 0)
        {
            return Key(a, null);
        }

        var firstWord = cFirst;
        while (firstWord < cEnd && !t[firstWord].IsWord)
        {
            firstWord++;
        }

        var opening = firstWord < cEnd ? t[firstWord].Lower : "";
        f[27] = opening == "that" ? 1 : 0;
        f[28] = opening == "to" ? 1 : 0;
        f[44] = Lexicon.PersonPronouns.Contains(opening) || opening is "it" or "you" or "there" ? 1 : 0;
        f[45] = Lexicon.Determiners.Contains(opening) ? 1 : 0;
        f[46] = firstWord < cEnd && t[firstWord].IsCapitalized ? 1 : 0;
        f[47] = opening is "about" or "for" or "on" or "of" or "against" or "with" or "at" or "in" ? 1 : 0;
        var lastToken = cEnd - 1;
        f[48] = lastToken >= cFirst && t[lastToken].Value is "." or "?" or "!" or "”" or "\"" or "’" ? 1 : 0;
        f[26] = cEnd > cFirst ? doc.SentenceOf[Math.Min(cEnd - 1, t.Count - 1)] - doc.SentenceOf[anchor] + 1 : 1;

        // The cue: its best-known word (the highest prior of the cue-prior table), its form and what stands before it.
        var cueToken = -1;
        if (a.Cue is { } cue)
        {
            var best = -1.0;
            for (var i = doc.IndexAtOrAfter(cue.Start); i < t.Count && t[i].Span.Start < cue.End; i++)
            {
                if (!t[i].IsWord)
                {
                    continue;
                }

                var (n, total) = priors.Counts(t[i].Lower);
                var prior = total == 0 ? 0.0 : (double)n / total;
                if (cueToken < 0 || prior > best)
                {
                    (cueToken, best) = (i, prior);
                    f[13] = (float)prior;
                    f[14] = MathF.Log(1 + n);
                    f[36] = MathF.Log(1 + total);
                }

                f[15] = Math.Max(f[15], Lexicon.CueVerbs.ContainsKey(t[i].Lower) ? 1 : 0);
            }
        }

        var sentenceToken = cueToken >= 0 ? cueToken : anchor;
        var sFirst = doc.SentenceStartToken(sentenceToken);
        var sEnd = doc.SentenceEndToken(sentenceToken);
        f[31] = sEnd - sFirst;
        var opener = sFirst;
        while (opener < sEnd && !t[opener].IsWord)
        {
            opener++;
        }

        f[19] = opener < sEnd && Conditionals.Contains(t[opener].Lower) ? 1 : 0;
        var sentence = doc.Document.Sentences[doc.SentenceOf[sentenceToken]];
        f[32] = sentence.Index == 0 || doc.Document.Sentences[sentence.Index - 1].Paragraph != sentence.Paragraph ? 1 : 0;
        f[33] = cFirst <= doc.SentenceStartToken(anchor) + 1 ? 1 : 0;
        f[34] = cEnd >= doc.SentenceEndToken(anchor) - 1 ? 1 : 0;
        if (cueToken >= 0)
        {
            var word = t[cueToken].Lower;
            var before = cueToken > sFirst ? t[cueToken - 1].Lower : "";
            f[20] = word.EndsWith("ion", StringComparison.Ordinal) || word.EndsWith("ment", StringComparison.Ordinal) || word.EndsWith("ance", StringComparison.Ordinal)
                || word.EndsWith("ence", StringComparison.Ordinal) || Lexicon.Determiners.Contains(before) ? 1 : 0;
            f[21] = before == "to" ? 1 : 0;
            for (var i = Math.Max(sFirst, cueToken - 3); i < cueToken; i++)
            {
                f[22] = Math.Max(f[22], Negations.Contains(t[i].Lower) ? 1 : 0);
                f[23] = Math.Max(f[23], Modals.Contains(t[i].Lower) ? 1 : 0);
            }

            f[24] = sEnd > sFirst ? (float)(cueToken - sFirst) / (sEnd - sFirst) : 0;
            f[29] = word.EndsWith("ing", StringComparison.Ordinal) ? 1 : 0;
            f[30] = word.EndsWith("ed", StringComparison.Ordinal) ? 1 : 0;
            f[35] = cueToken < cFirst ? cFirst - cueToken : cueToken >= cEnd ? cueToken - cEnd + 1 : 0;
            f[37] = t[cueToken].IsCapitalized ? 1 : 0;
        }

        // The other attributions: in the same sentence, and overlapping this one's content.
        var sentenceSpan = new Span(t[sFirst].Span.Start, t[sEnd - 1].Span.End);
        var reach = Math.Max(sentenceSpan.End, a.Content.End);
        for (var j = 0; j < all.Count && all[j].Content.Start < reach; j++)
        {
            // (In text order: none further on can overlap either.)
            var other = all[j];
            if (j != index)
            {
                f[25] += other.Content.Overlaps(sentenceSpan) ? 1 : 0;
                f[38] += other.Content.Overlaps(a.Content) ? 1 : 0;
            }
        }

        return Key(a, cueToken >= 0 ? t[cueToken].Lower : null);
    }

    private static string Key(Attribution a, string? cueWord) => a.CueText == ":" ? ":" : cueWord ?? "";
}

/// <summary>
/// How often the train attributions whose cue key (see <see cref="AttributionVerifier.Features"/>) is a given word matched
/// gold: features 42 (the share, smoothed toward the share over all keys) and 43 (how many, log).
/// </summary>
internal sealed class CuePrecision
{
    // The weight of the overall share in the smoothed share of a key, in attributions.
    private const float Smoothing = 5;

    private readonly float _overall;

    public CuePrecision(IReadOnlyDictionary<string, (int Matched, int Total)> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Counts = counts;
        var total = counts.Values.Sum(c => (long)c.Total);
        _overall = total == 0 ? 0.5f : (float)counts.Values.Sum(c => (long)c.Matched) / total;
    }

    public IReadOnlyDictionary<string, (int Matched, int Total)> Counts { get; }

    /// <summary>The table of attributions' keys and labels.</summary>
    public static CuePrecision Harvest(IEnumerable<(string Key, bool Matched)> attributions)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        var counts = new Dictionary<string, (int Matched, int Total)>(StringComparer.Ordinal);
        foreach (var (key, matched) in attributions)
        {
            var (m, t) = counts.GetValueOrDefault(key);
            counts[key] = (m + (matched ? 1 : 0), t + 1);
        }

        return new CuePrecision(counts);
    }

    public void Fill(string key, float[] f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var (matched, total) = Counts.GetValueOrDefault(key);
        f[42] = (matched + Smoothing * _overall) / (total + Smoothing);
        f[43] = MathF.Log(1 + total);
    }
}
