using System.Globalization;
using System.Text.Json;

namespace ClaimExtract.Speakers;

/// <summary>
/// How often a cue word's attributions have no source in PolNeAR train ("is expected", "seems", "was asked" mostly have
/// none; "said" nearly always has one), harvested by <c>claimextract train speakers</c> into <c>cue-sources.tsv</c> beside
/// the ranker: two features of the ranker's candidates (<see cref="SpeakerCandidates.FeatureCount"/>).
/// </summary>
internal sealed class CueSources
{
    /// <summary>The first of the two features this table fills.</summary>
    public const int FirstFeature = 58;

    // A word with fewer gold cues than this in train tells nothing.
    private const int MinimumUses = 5;

    private readonly System.Collections.Frozen.FrozenDictionary<string, (int NoSource, int Total)> _counts;

    // The longest word Of lowers into its buffer (longer ones take a string).
    private const int MaxBufferedWord = 64;

    private readonly System.Collections.Frozen.FrozenDictionary<string, (int NoSource, int Total)>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public CueSources(Dictionary<string, (int NoSource, int Total)> counts)
    {
        _counts = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(counts, StringComparer.Ordinal);
        _spans = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty table (the features then say "unknown word").</summary>
    public static CueSources Empty { get; } = new(new Dictionary<string, (int, int)>(StringComparer.Ordinal));

    /// <summary>Counts the words of every gold cue of <paramref name="articles"/> (PolNeAR's format), with and without a source.</summary>
    public static CueSources Harvest(IEnumerable<JsonElement> articles)
    {
        var counts = new Dictionary<string, (int NoSource, int Total)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var a in article.GetProperty("attributions").EnumerateArray())
            {
                if (!a.TryGetProperty("cue", out var cue) || cue.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                var noSource = !a.TryGetProperty("source", out var source) || source.ValueKind != JsonValueKind.Array || source.GetArrayLength() == 0;
                var words = cue.EnumerateArray()
                    .SelectMany(c => Words(c.GetProperty("text").GetString() ?? ""))
                    .Distinct(StringComparer.Ordinal);
                foreach (var w in words)
                {
                    var (n, total) = counts.GetValueOrDefault(w);
                    counts[w] = (n + (noSource ? 1 : 0), total + 1);
                }
            }
        }

        return new CueSources(counts.Where(kv => kv.Value.Total >= MinimumUses).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// The two features of a cue (all of an attribution's candidates share them): the share of its best-known word's
    /// train attributions with no source, and how well known that word is; -1 and 0 for a cue of unknown words.
    /// </summary>
    public (float NoSourceShare, float Known) Of(string? cueText)
    {
        // The words of Words, looked up without a string made for each: an ASCII word is lowered into a buffer (as Token.LowerInvariant
        // lowers it: A–Z only), any other one takes Words' own path.
        var best = (NoSource: 0, Total: 0);
        var text = cueText ?? "";
        Span<char> lowered = stackalloc char[MaxBufferedWord];
        var end = 0;
        while (NextWord(text, ref end, out var start))
        {
            var word = text.AsSpan(start, end - start);
            bool found;
            (int NoSource, int Total) n;
            if (word.Length <= MaxBufferedWord && System.Text.Ascii.IsValid(word))
            {
                System.Text.Ascii.ToLower(word, lowered, out var written);
                found = _spans.TryGetValue(lowered[..written], out n);
            }
            else
            {
                found = _counts.TryGetValue(ClaimExtract.Text.Token.LowerInvariant(word.ToString()), out n);
            }

            if (found && n.Total > best.Total)
            {
                best = n;
            }
        }

        return (best.Total == 0 ? -1 : (float)best.NoSource / best.Total, Math.Min(MathF.Log(1 + best.Total) / 8f, 1));
    }

    /// <summary>Writes the features <see cref="Of"/> gives into a candidate's vector.</summary>
    public static void Fill((float NoSourceShare, float Known) cue, float[] f)
    {
        f[FirstFeature] = cue.NoSourceShare;
        f[FirstFeature + 1] = cue.Known;
    }

    public static CueSources Read(Stream tsv)
    {
        using var reader = new StreamReader(tsv);
        var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length == 3 && !line.StartsWith('#'))
            {
                counts[cells[0]] = (int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture));
            }
        }

        return new CueSources(counts);
    }

    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        writer.NewLine = "\n";
        writer.WriteLine("# cue word\tPolNeAR train attributions with this word in the cue and no source\tall; written by 'claimextract train speakers'");
        foreach (var (word, (noSource, total)) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{noSource}\t{total}"));
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var end = 0;
        while (NextWord(text, ref end, out var start))
        {
            yield return ClaimExtract.Text.Token.LowerInvariant(text[start..end]);
        }
    }

    /// <summary>
    /// The next word (a run of letters) of <paramref name="text"/> at or after <paramref name="end"/>: its start, and
    /// <paramref name="end"/> moved to just after it; false when no letter is left.
    /// </summary>
    private static bool NextWord(string text, ref int end, out int start)
    {
        while (end < text.Length && !char.IsLetter(text[end]))
        {
            end++;
        }

        start = end;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > start;
    }
}
