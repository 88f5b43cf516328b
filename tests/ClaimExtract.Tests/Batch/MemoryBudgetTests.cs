using ClaimExtract.Cli.Batch;

namespace ClaimExtract.Tests.Batch;

/// <summary>The batch's heap budget, with the heap size and the collection played by the test.</summary>
public class MemoryBudgetTests
{
    private const long MiB = 1024 * 1024;

    [Test]
    public void UnderTheBudget_NothingIsCollected()
    {
        var collected = 0;
        var budget = new MemoryBudget(100 * MiB, () => 100 * MiB, () => collected++);

        Assert.That(budget.AfterDocument(), Is.False);
        Assert.That(collected, Is.Zero);
        Assert.That(budget.Collections, Is.Zero);
    }

    [Test]
    public void PastTheBudget_OneFullCollection_AndTheBudgetStaysWhenLittleIsLive()
    {
        var heap = 150 * MiB;
        var budget = new MemoryBudget(100 * MiB, () => heap, () => heap = 20 * MiB);

        Assert.That(budget.AfterDocument(), Is.True);
        Assert.That(budget.Collections, Is.EqualTo(1));
        Assert.That(budget.Bytes, Is.EqualTo(100 * MiB));
        Assert.That(budget.AfterDocument(), Is.False, "the heap is back under the budget");
    }

    [Test]
    public void WhenTheLiveDataOutgrowsTheBudget_TheBudgetGrowsToTwiceIt_SoCollectionsDoNotFollowEachOther()
    {
        var collected = 0;
        var heap = 130 * MiB;
        var budget = new MemoryBudget(100 * MiB, () => heap, () => { collected++; heap = 90 * MiB; });

        Assert.That(budget.AfterDocument(), Is.True);
        Assert.That(budget.Bytes, Is.EqualTo(180 * MiB));

        heap = 170 * MiB;
        Assert.That(budget.AfterDocument(), Is.False);
        Assert.That(collected, Is.EqualTo(1));
    }

    [Test]
    public void AWorkerPastTheBudget_DoesNotCollect_WhileAnotherOneIsCollecting()
    {
        using var inCollection = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var collected = 0;
        var heap = 150 * MiB;
        var budget = new MemoryBudget(100 * MiB, () => heap, () =>
        {
            Interlocked.Increment(ref collected);
            inCollection.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            heap = 10 * MiB;
        });

        var first = Task.Run(budget.AfterDocument);
        Assert.That(inCollection.Wait(TimeSpan.FromSeconds(30)), Is.True);
        Assert.That(budget.AfterDocument(), Is.False, "the second worker goes on with its next document");
        release.Set();

        Assert.That(first.Result, Is.True);
        Assert.That(collected, Is.EqualTo(1));
    }

    [Test]
    public void TheBudgetForJobs_GrowsWithTheJobs()
    {
        Assert.That(MemoryBudget.ForJobs(2), Is.GreaterThan(MemoryBudget.ForJobs(1)));
        Assert.That(MemoryBudget.ForJobs(16), Is.GreaterThan(MemoryBudget.ForJobs(2)));
        Assert.That(MemoryBudget.ForJobs(2), Is.LessThan(256 * MiB), "well under the 400 MB a batch of pages on 2 cores is held to");
        Assert.That(MemoryBudget.ForJobs(0), Is.EqualTo(MemoryBudget.ForJobs(1)));
    }

    [Test]
    public void ForTheRealHeap_AFullCollectionIsMade()
    {
        var budget = new MemoryBudget(1);
        var before = GC.CollectionCount(2);

        Assert.That(budget.AfterDocument(), Is.True);
        Assert.That(GC.CollectionCount(2), Is.GreaterThan(before));
    }
}
