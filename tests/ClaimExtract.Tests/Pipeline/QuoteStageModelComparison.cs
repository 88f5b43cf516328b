using System.Globalization;
using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// The quote and speaker stage with two sets of models, alternated round by round in one process, so that both see the
/// same load, JIT state and collections (separate runs of two builds on a shared machine spread by a factor of two):
/// for a model change (fewer trees, a new prior table, a retrained ranker) that <see cref="QuoteStageTiming"/> cannot
/// separate from the noise. A set is a folder holding <c>cue-tagger.zip</c>, <c>cue-priors.tsv</c>,
/// <c>attribution-verifier.zip</c>, <c>attribution-verifier.tsv</c>, <c>speaker-ranker.zip</c> and <c>cue-sources.tsv</c>
/// (as <c>scripts/train-all.sh</c> writes them; with <c>cue-tagger.bounds.tsv</c> and <c>speaker-ranker.bounds.tsv</c> when there,
/// the early cut's measured bounds), or the embedded models when its variable is unset:
/// <code>
/// QUOTE_MODELS_A=DIR QUOTE_MODELS_B=DIR QUOTE_ROUNDS=60 dotnet test tests/ClaimExtract.Tests -c Release --no-build \
///   --filter "FullyQualifiedName~QuoteStageModelComparison" --logger "console;verbosity=detailed"
/// </code>
/// Each round runs the whole stage (quotation scan, tokens, rules, tagger, verifier, ranker, content edges, entity index,
/// resolution) over every article, A and B in turn (the order flipped every round, the first 4 rounds not counted), and
/// the calling thread's CPU time is kept (<see cref="ThreadClock"/>). Prints minimum / first quartile / median ms per
/// round of each set and the statements each found. Explicit: it asserts nothing about a machine's speed.
/// </summary>
[Explicit("a timing benchmark; run by hand with QUOTE_MODELS_A / QUOTE_MODELS_B")]
[Category("Benchmark")]
public class QuoteStageModelComparison
{
    private const int WarmUpRounds = 4;

    [TestCase("zyte")]
    [TestCase("polnear")]
    public void QuoteStage_TwoModelSets_Alternated(string corpus)
    {
        var documents = QuoteStageCorpus.Load(corpus);
        var pipeline = new ClaimPipeline();
        var texts = documents.Select(d => pipeline.Process(d).Text).Select(TextDocument.Create).ToList();
        var sets = new[] { Models.From(Environment.GetEnvironmentVariable("QUOTE_MODELS_A")), Models.From(Environment.GetEnvironmentVariable("QUOTE_MODELS_B")) };
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("QUOTE_ROUNDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) && r > 0 ? r : 40;
        var times = new[] { new List<double>(), new List<double>() };
        var statements = new int[2];
        for (var round = 0; round < rounds + WarmUpRounds; round++)
        {
            for (var k = 0; k < 2; k++)
            {
                var s = (round + k) % 2;
                var start = ThreadClock.Milliseconds();
                statements[s] = Stage(texts, sets[s]);
                var elapsed = ThreadClock.Milliseconds() - start;
                if (round >= WarmUpRounds)
                {
                    times[s].Add(elapsed);
                }
            }
        }

        for (var s = 0; s < 2; s++)
        {
            var t = times[s].Order().ToList();
            TestContext.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{corpus}: {"AB"[s]} ({sets[s].Name}): {texts.Count} articles, {statements[s]} statements; thread CPU ms per round, min / Q1 / median of {t.Count}: {t[0]:F1} / {t[t.Count / 4]:F1} / {t[t.Count / 2]:F1}"));
        }

        Assert.That(statements, Has.All.GreaterThan(0));
    }

    private static int Stage(List<TextDocument> texts, Models m)
    {
        var statements = 0;
        foreach (var document in texts)
        {
            var quotes = QuoteScanner.Scan(document);
            var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
            var rules = AttributionFinder.Find(tokens, quotes);
            var attributions = m.Verifier.Filter(tokens, ClaimPipeline.WithTagged(document, tokens, rules, m.Verifier.Tagger), rules);
            attributions = ContentEdges.Apply(tokens, m.Ranker.Rerank(tokens, attributions));
            var resolver = new SpeakerResolver(document.Text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted, tokens.Words), p => document.SentenceAt(p));
            foreach (var a in attributions)
            {
                _ = a.Speaker is { } mention ? resolver.Resolve(mention) : default;
            }

            statements += attributions.Count;
        }

        return statements;
    }

    /// <summary>The verifier (with the cue tagger it checks) and the speaker ranker of one set.</summary>
    private sealed record Models(string Name, AttributionVerifier Verifier, SpeakerRanker Ranker)
    {
        public static Models From(string? folder)
        {
            if (string.IsNullOrEmpty(folder))
            {
                return new Models("embedded", AttributionVerifier.Default ?? throw new InconclusiveException("no embedded verifier"), SpeakerRanker.Default ?? throw new InconclusiveException("no embedded ranker"));
            }

            Stream Open(string name) => File.OpenRead(Path.Combine(folder, name));

            // The early cut's bounds, when the set has them (without: the sum of the later trees' largest leaves).
            Stream? OpenIfThere(string name) => File.Exists(Path.Combine(folder, name)) ? Open(name) : null;
            using var taggerZip = Open("cue-tagger.zip");
            using var priors = Open("cue-priors.tsv");
            using var taggerBounds = OpenIfThere("cue-tagger.bounds.tsv");
            var tagger = CueTagger.Load(taggerZip, priors, taggerBounds);
            using var verifierZip = Open("attribution-verifier.zip");
            using var table = Open("attribution-verifier.tsv");
            using var rankerZip = Open("speaker-ranker.zip");
            using var cueSources = Open("cue-sources.tsv");
            using var rankerBounds = OpenIfThere("speaker-ranker.bounds.tsv");
            return new Models(folder, AttributionVerifier.Load(verifierZip, table, tagger), SpeakerRanker.Load(rankerZip, cueSources, rankerBounds));
        }
    }
}
