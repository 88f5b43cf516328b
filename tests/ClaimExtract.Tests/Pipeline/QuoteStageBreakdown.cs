using System.Diagnostics;
using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// Where the quote and speaker stage's time goes, part by part (each part over all articles at once; best of 7 warm rounds unless QUOTE_STAGE_ROUNDS says otherwise, one thread; wall, process CPU and, on Linux, the calling thread's own CPU time (<see cref="ThreadClock"/>), and the bytes each part allocates): quotation scan,
/// tokens, the rules, the cue tagger, the attribution verifier, the speaker ranker, the rules after it, entity index and resolution.
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
        var documents = QuoteStageCorpus.Load(corpus);
        var pipeline = new ClaimPipeline();
        var texts = documents.Select(d => pipeline.Process(d).Text).Select(TextDocument.Create).ToList();
        var cueTagger = CueTagger.Default!;
        var ranker = SpeakerRanker.Default!;
        var n = texts.Count;
        var quotes = new IReadOnlyList<QuotedSpan>[n];
        var tokens = new TokenizedDocument[n];
        var rules = new List<Attribution>[n];
        var tagged = new List<Attribution>[n];
        var verified = new List<Attribution>[n];
        var ranked = new List<Attribution>[n];
        var after = new List<Attribution>[n];
        var parts = new (string Name, Action<int> Run)[]
        {
            ("scan", i => quotes[i] = QuoteScanner.Scan(texts[i])),
            ("tokens", i => tokens[i] = new TokenizedDocument(texts[i], quotes[i].Select(q => q.Inner))),
            // As the pipeline makes them (speed95gc): in the thread's reused buffers, each article's overwriting the last's (so not kept).
            ("tokens reused", i => _ = TokenizedDocument.Reusing(texts[i], quotes[i].Select(q => q.Inner))),
            ("rules", i => rules[i] = AttributionFinder.Find(tokens[i], quotes[i])),
            ("tagger", i => tagged[i] = ClaimPipeline.WithTagged(texts[i], tokens[i], rules[i])),
            ("verifier", i => verified[i] = AttributionVerifier.Default is { } verifier ? verifier.Filter(tokens[i], tagged[i], rules[i]) : tagged[i]),
            ("ranker", i => ranked[i] = ranker.Rerank(tokens[i], verified[i])),
            ("after ranker", i => after[i] = ClaimPipeline.AfterRanker(texts[i], tokens[i], quotes[i], [.. ranked[i]])),
            ("resolve", i =>
            {
                // The resolver and its entity index as the pipeline makes them: when a speaker is first asked for (none, none made).
                var resolver = ClaimPipeline.Resolver(texts[i], tokens[i]);
                foreach (var a in after[i])
                {
                    _ = a.Speaker is { } mention ? resolver.Value.Resolve(mention) : default;
                }
            }),
        };
        var wall = new double[parts.Length];
        var cpu = new double[parts.Length];
        var allocated = new long[parts.Length];
        var thread = new double[parts.Length];
        var collections = new int[parts.Length];
        Array.Fill(wall, double.MaxValue);
        Array.Fill(cpu, double.MaxValue);
        Array.Fill(thread, double.MaxValue);
        var process = Process.GetCurrentProcess();
        var rounds = QuoteStageCorpus.Rounds(7);
        for (var round = 0; round < rounds; round++)
        {
            for (var p = 0; p < parts.Length; p++)
            {
                process.Refresh();
                var cpu0 = process.TotalProcessorTime;
                var bytes0 = GC.GetAllocatedBytesForCurrentThread();
                var thread0 = ThreadClock.Milliseconds();
                var gen0 = GC.CollectionCount(0);
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < n; i++)
                {
                    parts[p].Run(i);
                }

                wall[p] = Math.Min(wall[p], clock.Elapsed.TotalMilliseconds);
                allocated[p] = GC.GetAllocatedBytesForCurrentThread() - bytes0;
                collections[p] = GC.CollectionCount(0) - gen0;
                thread[p] = Math.Min(thread[p], ThreadClock.Milliseconds() - thread0);
                process.Refresh();
                cpu[p] = Math.Min(cpu[p], (process.TotalProcessorTime - cpu0).TotalMilliseconds);
            }
        }

        // The totals leave out "tokens reused", the tokens part again as the pipeline runs it.
        double Total(double[] figures) => figures.Where((_, p) => parts[p].Name != "tokens reused").Sum();
        TestContext.Out.WriteLine($"{corpus}: {n} articles, best of {rounds}, wall ms: " + string.Join(", ", parts.Select((x, p) => $"{x.Name} {wall[p]:F1}")) + $"; total {Total(wall):F1}");
        TestContext.Out.WriteLine($"{corpus}: {n} articles, best of {rounds}, cpu ms:  " + string.Join(", ", parts.Select((x, p) => $"{x.Name} {cpu[p]:F1}")) + $"; total {Total(cpu):F1}");
        if (ThreadClock.IsThreadCpuTime)
        {
            TestContext.Out.WriteLine($"{corpus}: {n} articles, best of {rounds}, thread cpu ms: " + string.Join(", ", parts.Select((x, p) => $"{x.Name} {thread[p]:F1}")) + $"; total {Total(thread):F1}");
        }

        TestContext.Out.WriteLine($"{corpus}: {n} articles, allocated MB per round: " + string.Join(", ", parts.Select((x, p) => $"{x.Name} {allocated[p] / 1e6:F1}")) + $"; total {Total(allocated.Select(b => b / 1e6).ToArray()):F1}");
        TestContext.Out.WriteLine($"{corpus}: {n} articles, gen-0 collections in the last round: " + string.Join(", ", parts.Select((x, p) => $"{x.Name} {collections[p]}")) + $"; total {Total(collections.Select(c => (double)c).ToArray()):F0}");
        Assert.That(Total(wall), Is.GreaterThan(0));
    }
}
