using System.Diagnostics;
using ClaimExtract.Evaluation;
using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Speakers;
using ClaimExtract.Statements;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// Where the quote and speaker stage's time goes, part by part (best of 5 warm rounds, one thread): quotation scan,
/// tokens, the rules, the cue tagger, the speaker ranker, entity index and resolution.
/// Explicit: a profiling aid that prints figures and asserts nothing about a machine's speed.
/// </summary>
[Explicit("a timing benchmark; run by hand")]
[Category("Benchmark")]
public class QuoteStageBreakdown
{
    [TestCase("zyte")]
    [TestCase("polnear")]
    public void QuoteStage_TimePerPart(string corpus)
    {
        var shared = RepositoryPaths.SharedData ?? throw new InconclusiveException("../shared/data is not beside the repository");
        var documents = corpus == "zyte"
            ? Directory.GetFiles(Path.Combine(shared, "zyte", "html"), "*.html.gz").SelectMany(p => DocumentReader.Read(p, () => Stream.Null)).Select(i => i.Document!).ToList()
            : QuoteScorer.ReadJsonLines(Path.Combine(shared, "polnear", "train.jsonl.gz"))
                .Select(a => new InputDocument(a.GetProperty("id").GetString()!, "polnear", new DocumentContent.PlainText(a.GetProperty("text").GetString()!))).ToList();
        var pipeline = new ClaimPipeline();
        var texts = documents.Select(d => pipeline.Process(d).Text).Select(TextDocument.Create).ToList();
        var best = new double[6];
        Array.Fill(best, double.MaxValue);
        var detail = new double[8];
        var names = new[] { "scan", "tokens", "rules", "tagger", "ranker", "resolve" };
        var cueTagger = CueTagger.Default!;
        var ranker = SpeakerRanker.Default!;
        for (var round = 0; round < 5; round++)
        {
            var times = new double[6];
            var clock = new Stopwatch();
            foreach (var document in texts)
            {
                clock.Restart();
                var quotes = QuoteScanner.Scan(document);
                times[0] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
                times[1] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var attributions = AttributionFinder.Find(tokens, quotes);
                times[2] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var tagged = cueTagger.Find(tokens, attributions);
                if (tagged.Count > 0)
                {
                    var reported = ReportedStatementFinder.Find(document, attributions.Select(a => a.Content).ToList());
                    tagged.RemoveAll(a => reported.Any(r => r.Sentence.Overlaps(a.Content)));
                }

                attributions = CueTagger.Merge(attributions, tagged);
                times[3] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                attributions = ranker.Rerank(tokens, attributions);
                times[4] += clock.Elapsed.TotalMilliseconds;
                if (Environment.GetEnvironmentVariable("Q4_DETAIL") == "1")
                {
                    Detail(tokens, attributions, cueTagger, ranker, detail);
                }

                clock.Restart();
                var resolver = new SpeakerResolver(document.Text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted), p => document.SentenceAt(p));
                foreach (var a in attributions)
                {
                    _ = a.Speaker is { } mention ? resolver.Resolve(mention) : default;
                }

                times[5] += clock.Elapsed.TotalMilliseconds;
            }

            for (var i = 0; i < 6; i++)
            {
                best[i] = Math.Min(best[i], times[i]);
            }
        }

        TestContext.Out.WriteLine($"{corpus}: detail (5 rounds) generate {detail[0]:F0}, features {detail[1]:F0}, rank {detail[2]:F0}, score {detail[3]:F0}, candidates {detail[6]:F0}; tagger features {detail[4]:F0}, tagger score {detail[5]:F0} ms");
        TestContext.Out.WriteLine($"{corpus}: {texts.Count} articles; " + string.Join(", ", names.Select((n, i) => $"{n} {best[i]:F1} ms")) + $"; total {best.Sum():F1} ms");
        Assert.That(best.Sum(), Is.GreaterThan(0));
    }

    private static void Detail(TokenizedDocument doc, List<Attribution> attributions, CueTagger cueTagger, SpeakerRanker ranker, double[] detail)
    {
        var clock = Stopwatch.StartNew();
        var traits = new TokenTraits(doc);
        foreach (var a in attributions)
        {
            if (SpeakerRanker.AdjacentToCue(doc, a))
            {
                continue;
            }

            clock.Restart();
            var candidates = SpeakerCandidates.Generate(traits, a);
            detail[0] += clock.Elapsed.TotalMilliseconds;
            detail[6] += candidates.Count;
            clock.Restart();
            var anchors = SpeakerCandidates.Anchors.Of(doc, a);
            var features = new float[candidates.Count][];
            for (var i = 0; i < candidates.Count; i++)
            {
                features[i] = new float[SpeakerCandidates.FeatureCount];
                SpeakerCandidates.Features(traits, a, anchors, candidates[i], null, features[i]);
            }

            detail[1] += clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            SpeakerCandidates.RankFeatures(traits, a, candidates, features);
            detail[2] += clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var seed = candidates.FindIndex(c => c.Type == MentionType.Rule);
            var seedScore = seed >= 0 ? ranker.Score(features[seed]) : float.NegativeInfinity;
            var bestScore = float.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                bestScore = Math.Max(bestScore, i == seed ? seedScore : ranker.ScoreAbove(features[i], Math.Max(bestScore, seedScore)));
            }

            detail[3] += clock.Elapsed.TotalMilliseconds;
        }

        var cf = new float[CueTagger.FeatureCount];
        foreach (var (_, tokens) in CueTagger.CandidatesBySentence(doc, attributions, cueTagger.Priors))
        {
            var best = cueTagger.Priors.Threshold;
            foreach (var k in tokens)
            {
                clock.Restart();
                CueTagger.Features(doc, k, cueTagger.Priors, cf);
                detail[4] += clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                best = Math.Max(best, cueTagger.ScoreAbove(cf, best));
                detail[5] += clock.Elapsed.TotalMilliseconds;
            }
        }
    }
}
