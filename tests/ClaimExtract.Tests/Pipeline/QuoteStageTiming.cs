using System.Diagnostics;
using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// How much of the time per article the quote and speaker stage takes (issue 4 allows it 20% on top of
/// the rest), measured in-process, warm, on one thread: the whole pipeline per document, then the stage
/// alone (quotation scan, tokens, attributions, entity index, speaker resolution) on the same text; wall time, and the
/// process's CPU time (less disturbed by other work on a shared machine; each the best of the rounds: 5 unless QUOTE_STAGE_ROUNDS says otherwise).
/// Explicit: run it with benchmarks/quote-stage.sh; it prints figures and asserts nothing about a machine's speed.
/// </summary>
[Explicit("a timing benchmark; run with benchmarks/quote-stage.sh")]
[Category("Benchmark")]
public class QuoteStageTiming
{
    [TestCase("zyte")]
    [TestCase("polnear")]
    public void QuoteStage_ShareOfThePerArticleTime(string corpus)
    {
        var documents = QuoteStageCorpus.Load(corpus);
        var pipeline = new ClaimPipeline();
        var texts = documents.Select(d => pipeline.Process(d).Text).ToList();

        double whole = double.MaxValue, stage = double.MaxValue, split = double.MaxValue, wholeCpu = double.MaxValue, stageCpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        var statements = 0;
        // The collector's share of the stage: its pauses (GC.GetTotalPauseDuration) and gen-0 collections while the stage ran, summed over the rounds.
        double stagePause = 0, wholePause = 0;
        int stageCollections = 0, wholeCollections = 0;
        var rounds = QuoteStageCorpus.Rounds(5);
        for (var round = 0; round < rounds; round++)
        {
            var cpu = Cpu();
            var pause0 = GC.GetTotalPauseDuration();
            var gen0 = GC.CollectionCount(0);
            var clock = Stopwatch.StartNew();
            foreach (var d in documents)
            {
                pipeline.Process(d);
            }

            whole = Math.Min(whole, clock.Elapsed.TotalMilliseconds);
            wholeCpu = Math.Min(wholeCpu, Cpu() - cpu);
            wholePause += (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds;
            wholeCollections += GC.CollectionCount(0) - gen0;
            clock.Restart();
            statements = 0;
            var documentsOfText = texts.Select(TextDocument.Create).ToList();
            split = Math.Min(split, clock.Elapsed.TotalMilliseconds);
            cpu = Cpu();
            pause0 = GC.GetTotalPauseDuration();
            gen0 = GC.CollectionCount(0);
            clock.Restart();
            foreach (var document in documentsOfText)
            {
                var quotes = QuoteScanner.Scan(document);
                // Made as the pipeline makes them (speed95gc: in this thread's reused buffers, one article at a time).
                var tokens = TokenizedDocument.Reusing(document, quotes.Select(q => q.Inner));
                var attributions = ClaimPipeline.Attributions(document, tokens, quotes);
                // The resolver and its entity index as the pipeline makes them: when a speaker is first asked for (none, none made).
                var resolver = ClaimPipeline.Resolver(document, tokens);
                foreach (var a in attributions)
                {
                    _ = a.Speaker is { } mention ? resolver.Value.Resolve(mention) : default;
                }

                statements += attributions.Count;
            }

            // Splitting the text into paragraphs and sentences (timed apart) is the text stage's, done once for every later stage.
            stage = Math.Min(stage, clock.Elapsed.TotalMilliseconds);
            stageCpu = Math.Min(stageCpu, Cpu() - cpu);
            stagePause += (GC.GetTotalPauseDuration() - pause0).TotalMilliseconds;
            stageCollections += GC.CollectionCount(0) - gen0;
        }

        var rest = whole - stage;
        TestContext.Out.WriteLine(
            $"{corpus}: {documents.Count} articles, {statements} statements; whole pipeline {whole:F0} ms ({whole / documents.Count:F2} ms/article), " +
            $"quote+speaker stage {stage:F0} ms ({stage / documents.Count:F2} ms/article) = {100 * stage / rest:F1}% on top of the rest, {100 * stage / whole:F1}% of the whole (sentence splitting, not counted in the stage: {split:F0} ms)");
        TestContext.Out.WriteLine(
            $"{corpus}: process CPU time: whole pipeline {wholeCpu:F0} ms, quote+speaker stage {stageCpu:F0} ms = {100 * stageCpu / (wholeCpu - stageCpu):F1}% on top of the rest");
        TestContext.Out.WriteLine(
            $"{corpus}: collector per round (mean of {rounds}): whole pipeline {wholePause / rounds:F1} ms paused, {(double)wholeCollections / rounds:F1} gen-0 collections; quote+speaker stage {stagePause / rounds:F1} ms paused, {(double)stageCollections / rounds:F1} gen-0 collections");
        Assert.That(statements, Is.GreaterThan(0));
    }
}
