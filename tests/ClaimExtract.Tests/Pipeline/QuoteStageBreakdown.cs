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

    /// <summary>
    /// Where the "after ranker" part's time goes, pass by pass: each of <see cref="ClaimPipeline.AfterRankerPasses"/> run one by one,
    /// article by article as the pipeline runs them (pass by pass over all articles instead, each pass finds the article's tokens cold
    /// in the cache, and the passes summed came to half again the whole part on the Zyte pages), with the thread's CPU clock
    /// (<see cref="ThreadClock"/>) and the wall clock read between passes, each clock read's own cost (the least of a few batches of
    /// reads) taken off; best of 7 warm rounds unless QUOTE_STAGE_ROUNDS says otherwise, with bytes allocated in the last round. Then the ten dearest
    /// by thread CPU, and their sum against all passes' and against the whole part run with no clock inside (QuoteStage_TimePerPart's
    /// "after ranker" but for the copies of the ranked lists, made here before the clock starts). The passes run one by one give what <see cref="ClaimPipeline.AfterRanker"/>
    /// gives, which is asserted; the times are only printed.
    /// </summary>
    [TestCase("zyte")]
    [TestCase("polnear")]
    public void AfterRanker_TimePerPass(string corpus)
    {
        var documents = QuoteStageCorpus.Load(corpus);
        var pipeline = new ClaimPipeline();
        var texts = documents.Select(d => pipeline.Process(d).Text).Select(TextDocument.Create).ToList();
        var n = texts.Count;
        var quotes = new IReadOnlyList<QuotedSpan>[n];
        var tokens = new TokenizedDocument[n];
        var ranked = new List<Attribution>[n];
        for (var i = 0; i < n; i++)
        {
            // The ranked statements as QuoteStage_TimePerPart's parts make them, so the whole part here is its "after ranker".
            quotes[i] = QuoteScanner.Scan(texts[i]);
            tokens[i] = new TokenizedDocument(texts[i], quotes[i].Select(q => q.Inner));
            var rules = AttributionFinder.Find(tokens[i], quotes[i]);
            var tagged = ClaimPipeline.WithTagged(texts[i], tokens[i], rules);
            var verified = AttributionVerifier.Default is { } verifier ? verifier.Filter(tokens[i], tagged, rules) : tagged;
            ranked[i] = SpeakerRanker.Default!.Rerank(tokens[i], verified);
        }

        var passes = ClaimPipeline.AfterRankerPasses;
        var wall = new double[passes.Length];
        var thread = new double[passes.Length];
        var allocated = new long[passes.Length];
        var roundWall = new long[passes.Length];
        var roundThread = new double[passes.Length];
        Array.Fill(wall, double.MaxValue);
        Array.Fill(thread, double.MaxValue);
        double wholeWall = double.MaxValue, wholeThread = double.MaxValue, readThread = double.MaxValue, readWall = double.MaxValue;
        var statements = new List<Attribution>[n];
        var whole = new List<Attribution>[n];
        var rounds = QuoteStageCorpus.Rounds(7);
        for (var round = 0; round < rounds; round++)
        {
            // What one read of both clocks and the allocation counter costs (the least of a few batches), as each pass's figure
            // below holds one per article.
            for (var batch = 0; batch < 10; batch++)
            {
                const int Reads = 1000;
                var readThread0 = ThreadClock.Milliseconds();
                var readWall0 = Stopwatch.GetTimestamp();
                for (var r = 0; r < Reads; r++)
                {
                    _ = ThreadClock.Milliseconds();
                    _ = Stopwatch.GetTimestamp();
                    _ = GC.GetAllocatedBytesForCurrentThread();
                }

                readThread = Math.Min(readThread, (ThreadClock.Milliseconds() - readThread0) / Reads);
                readWall = Math.Min(readWall, (Stopwatch.GetTimestamp() - readWall0) * 1e3 / Stopwatch.Frequency / Reads);
            }

            for (var i = 0; i < n; i++)
            {
                statements[i] = [.. ranked[i]];
            }

            Array.Clear(roundWall);
            Array.Clear(roundThread);
            Array.Clear(allocated);
            for (var i = 0; i < n; i++)
            {
                var input = new ClaimPipeline.AfterRankerInput(texts[i], tokens[i], quotes[i]);
                var t = ThreadClock.Milliseconds();
                var w = Stopwatch.GetTimestamp();
                var b = GC.GetAllocatedBytesForCurrentThread();
                for (var p = 0; p < passes.Length; p++)
                {
                    statements[i] = passes[p].Run(input, statements[i]);
                    var t1 = ThreadClock.Milliseconds();
                    var w1 = Stopwatch.GetTimestamp();
                    var b1 = GC.GetAllocatedBytesForCurrentThread();
                    roundThread[p] += t1 - t;
                    roundWall[p] += w1 - w;
                    allocated[p] += b1 - b;
                    (t, w, b) = (t1, w1, b1);
                }
            }

            for (var p = 0; p < passes.Length; p++)
            {
                thread[p] = Math.Min(thread[p], roundThread[p]);
                wall[p] = Math.Min(wall[p], roundWall[p] * 1e3 / Stopwatch.Frequency);
            }

            for (var i = 0; i < n; i++)
            {
                whole[i] = [.. ranked[i]];
            }

            var wholeThread0 = ThreadClock.Milliseconds();
            var wholeClock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                whole[i] = ClaimPipeline.AfterRanker(texts[i], tokens[i], quotes[i], whole[i]);
            }

            wholeWall = Math.Min(wholeWall, wholeClock.Elapsed.TotalMilliseconds);
            wholeThread = Math.Min(wholeThread, ThreadClock.Milliseconds() - wholeThread0);
        }

        for (var p = 0; p < passes.Length; p++)
        {
            thread[p] -= n * readThread;
            wall[p] -= n * readWall;
        }

        var clockName = ThreadClock.IsThreadCpuTime ? "thread cpu" : "wall (no thread clock)";
        TestContext.Out.WriteLine($"{corpus} passes: {n} articles, best of {rounds}, in the pipeline's order, {clockName} ms / wall ms / MB allocated"
            + $" (a read of the clocks costs {readThread * 1e3:F2} / {readWall * 1e3:F2} µs, {n} of them taken off each pass)");
        for (var p = 0; p < passes.Length; p++)
        {
            TestContext.Out.WriteLine($"{corpus} passes: {p + 1,2} {passes[p].Name}: {thread[p]:F2} / {wall[p]:F2} / {allocated[p] / 1e6:F2}");
        }

        var top = Enumerable.Range(0, passes.Length).OrderByDescending(p => thread[p]).Take(10).ToList();
        TestContext.Out.WriteLine($"{corpus} passes: top 10 by {clockName}: " + string.Join(", ", top.Select(p => $"{passes[p].Name} {thread[p]:F2}")));
        TestContext.Out.WriteLine($"{corpus} passes: {clockName} ms: top 10 {top.Sum(p => thread[p]):F1}, all {passes.Length} passes {thread.Sum():F1} ({thread.Sum() + passes.Length * n * readThread:F1} with the clock reads), the whole part with no clock inside {wholeThread:F1};"
            + $" wall ms: top 10 {top.Sum(p => wall[p]):F1}, all passes {wall.Sum():F1} ({wall.Sum() + passes.Length * n * readWall:F1}), whole {wholeWall:F1}");

        for (var i = 0; i < n; i++)
        {
            Assert.That(statements[i].Select(a => (a.Content, a.Cue, a.Speaker)), Is.EqualTo(whole[i].Select(a => (a.Content, a.Cue, a.Speaker))), $"article {i}");
        }
    }
}
