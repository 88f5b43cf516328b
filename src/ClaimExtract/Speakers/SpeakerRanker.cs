using ClaimExtract.Quotes;
using ClaimExtract.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimExtract.Speakers;

/// <summary>
/// Re-ranks the speaker of each attribution with learned boosted trees (ML.NET FastTree, trained on
/// PolNeAR train by <c>claimextract train speakers</c>) over the candidates of <see cref="SpeakerCandidates"/>:
/// the rules' choice, "nobody", and every name, pronoun, description and bare noun near the cue. When the best
/// candidate overlaps the rules' speaker, the rules' span stays (it is the better-cut mention); otherwise the
/// winner's mention replaces it.
/// </summary>
internal sealed class SpeakerRanker
{
    private const string EmbeddedModel = "ClaimExtract.Speakers.speaker-ranker.zip";

    private const string EmbeddedCueSources = "ClaimExtract.Speakers.cue-sources.tsv";

    private static readonly Lazy<SpeakerRanker?> LazyDefault = new(() =>
    {
        using var model = typeof(SpeakerRanker).Assembly.GetManifestResourceStream(EmbeddedModel);
        using var cueSources = typeof(SpeakerRanker).Assembly.GetManifestResourceStream(EmbeddedCueSources);
        return model is null ? null : Load(model, cueSources);
    });

    private readonly BoostedTrees _trees;

    private readonly CueSources _cueSources;

    private SpeakerRanker(BoostedTrees trees, CueSources cueSources)
    {
        _trees = trees;
        _cueSources = cueSources;
    }

    /// <summary>The embedded model; null when the library was built without one (the rules' speakers then stand).</summary>
    public static SpeakerRanker? Default => LazyDefault.Value;

    /// <summary>A ranker from its model and the cue-source table written beside it (<c>cue-sources.tsv</c>; none: every cue unknown).</summary>
    public static SpeakerRanker Load(Stream modelZip, Stream? cueSourcesTsv = null)
    {
        var ml = new MLContext(seed: 1);
        var model = ml.Model.Load(modelZip, out _);
        return From(model, cueSourcesTsv is null ? CueSources.Empty : CueSources.Read(cueSourcesTsv));
    }

    internal static SpeakerRanker From(ITransformer model, CueSources cueSources)
    {
        return new SpeakerRanker(BoostedTrees.From(model, SpeakerCandidates.FeatureCount, "speaker ranker", "claimextract train speakers"), cueSources);
    }

    /// <summary>The model's raw score of one candidate's features (higher: more likely the speaker).</summary>
    public float Score(float[] features) => _trees.Score(features);

    /// <summary>The score when it can exceed <paramref name="floor"/>, else negative infinity (see <see cref="BoostedTrees.ScoreAbove"/>).</summary>
    public float ScoreAbove(float[] features, float floor) => _trees.ScoreAbove(features, floor);

    /// <summary>The attributions with each speaker chosen by the model.</summary>
    public List<Attribution> Rerank(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        if (attributions.Count == 0)
        {
            return attributions;
        }

        var traits = new TokenTraits(doc);
        var result = new List<Attribution>(attributions.Count);
        var candidates = new List<SpeakerCandidate>();
        var vectors = Array.Empty<float[]>();
        List<(int, int)> before = [], after = [];
        string? previousHead = null;
        foreach (var a in attributions)
        {
            if (AdjacentToCue(doc, a))
            {
                result.Add(a);
                previousHead = HeadOf(doc, a.Speaker) ?? previousHead;
                continue;
            }

            SpeakerCandidates.Generate(traits, a, candidates);
            var anchors = SpeakerCandidates.Anchors.Of(doc, a);
            if (vectors.Length < candidates.Count)
            {
                // Every vector in use is cleared and filled again by Features; the ones past the candidates are not read.
                var grown = new float[Math.Max(candidates.Count, 2 * vectors.Length)][];
                vectors.CopyTo(grown, 0);
                for (var i = vectors.Length; i < grown.Length; i++)
                {
                    grown[i] = new float[SpeakerCandidates.FeatureCount];
                }

                vectors = grown;
            }

            var cue = _cueSources.Of(a.CueText);
            for (var i = 0; i < candidates.Count; i++)
            {
                SpeakerCandidates.Features(traits, a, anchors, candidates[i], previousHead, vectors[i]);
                CueSources.Fill(cue, vectors[i]);
            }

            SpeakerCandidates.RankFeatures(traits, a, candidates, vectors, before, after);

            // The rules' choice is scored first: a candidate whose trees cannot lift it above the best score so far is
            // cut short (it could not be the first best), which is most of them.
            var seed = candidates.FindIndex(c => c.Type == MentionType.Rule);
            var seedScore = seed >= 0 ? Score(vectors[seed]) : float.NegativeInfinity;
            var best = default(SpeakerCandidate);
            var bestScore = float.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                var s = i == seed ? seedScore : ScoreAbove(vectors[i], Math.Max(bestScore, seedScore));
                if (s > bestScore)
                {
                    best = candidates[i];
                    bestScore = s;
                }
            }

            var chosen = Choose(a, best, doc.Document.Text);
            result.Add(chosen);
            previousHead = HeadOf(doc, a.Speaker) ?? previousHead;
        }

        return result;
    }

    /// <summary>
    /// Whether the rules' speaker is a name or a pronoun right next to the cue ("Ma told", "said Ma"): then the ranker
    /// keeps it (it does so for nearly all of these), and scoring its candidates is not worth its time.
    /// </summary>
    internal static bool AdjacentToCue(TokenizedDocument doc, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue || a.InheritedFrom is not null)
        {
            return false;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(speaker.Start);
        var last = doc.IndexAtOrAfter(speaker.End) - 1;
        if (first >= t.Count || last < first || !(t[last].IsCapitalized || t[last].Lower is "he" or "she"))
        {
            return false;
        }

        var cueFirst = doc.IndexAtOrAfter(cue.Start);
        var cueLast = doc.IndexAtOrAfter(cue.End) - 1;
        if (cueFirst >= t.Count || doc.SentenceOf[cueFirst] != doc.SentenceOf[first])
        {
            return false;
        }

        return last + 1 == cueFirst || cueLast + 1 == first;
    }

    internal static Attribution Choose(Attribution a, SpeakerCandidate best, string text) => best.Type switch
    {
        MentionType.None => a.Speaker is null ? a : a with { Speaker = null, InheritedFrom = null },
        _ when a.Speaker is { } rule && (rule.Overlaps(best.Span) || best.Type != MentionType.Relative && Attached(text, rule, best.Span)) => a,
        _ => a with { Speaker = best.Span, InheritedFrom = null },
    };

    // "Officials at the ministry", "Anna Berg, the mayor": a noun phrase right after the rules' speaker, joined to it
    // by a preposition or a comma, is part of the same mention (PolNeAR's source spans both), and the rules' head is
    // the better name. A relative pronoun ("Ma, who said") is PolNeAR's source itself, and resolves to the name.
    private static bool Attached(string text, Span rule, Span candidate)
    {
        if (candidate.Start < rule.End || candidate.Start - rule.End > 12)
        {
            return false;
        }

        var between = text[rule.End..candidate.Start].Trim();
        return between is "," or "at" or "of" or "for" or "from" or "with" or "in" or "on" or "by";
    }

    /// <summary>The lower-case last word of a speaker mention, possessive stripped.</summary>
    internal static string? HeadOf(TokenizedDocument doc, Span? speaker)
    {
        if (speaker is not { } s || s.Length == 0)
        {
            return null;
        }

        var last = doc.IndexAtOrAfter(s.End) - 1;
        return last >= 0 && last < doc.Tokens.Count ? EntityIndex.StripPossessive(doc.Tokens[last].Lower) : null;
    }
}
