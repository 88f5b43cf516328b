using ClaimExtract.Cli.Batch;

namespace ClaimExtract.Tests.Batch;

public class OrderedParallelTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(4)]
    public void Map_YieldsResultsInInputOrder_WhateverTheJobs(int jobs)
    {
        var random = new Random(jobs);
        var delays = Enumerable.Range(0, 200).Select(_ => random.Next(0, 3)).ToArray();

        var results = OrderedParallel.Map(Enumerable.Range(0, 200), i =>
        {
            Thread.Sleep(delays[i]);
            return i * 10;
        }, jobs, CancellationToken.None).ToList();

        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 200).Select(i => i * 10)));
    }

    [Test]
    public void Map_ReadsOnlyABoundedWindowAhead_OfASlowDocument()
    {
        var pulled = 0;
        using var release = new ManualResetEventSlim();
        var source = Enumerable.Range(0, 10_000).Select(i =>
        {
            Interlocked.Increment(ref pulled);
            return i;
        });

        using var results = OrderedParallel.Map(source, i =>
        {
            if (i == 0)
            {
                release.Wait(TimeSpan.FromSeconds(10));
            }

            return i;
        }, jobs: 2, CancellationToken.None).GetEnumerator();

        var first = Task.Run(results.MoveNext);
        Thread.Sleep(300);
        var pulledWhileBlocked = Volatile.Read(ref pulled);
        release.Set();
        Assert.That(first.Wait(TimeSpan.FromSeconds(10)), Is.True);

        // The first document blocks the output; the reader may run ahead by the window (8 per job) only.
        Assert.That(pulledWhileBlocked, Is.InRange(2, 2 * 8 + 1));
    }

    [Test]
    public void Map_UsesSeveralThreads_WhenJobsIsAboveOne()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        _ = OrderedParallel.Map(Enumerable.Range(0, 100), i =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            Thread.Sleep(2);
            return i;
        }, jobs: 2, CancellationToken.None).ToList();

        Assert.That(threads, Has.Count.GreaterThanOrEqualTo(2));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Map_ReadsTheInputOnTheWorkers_SoOneJobIsOneThread(int jobs)
    {
        var readers = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var mappers = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        var source = Enumerable.Range(0, 300).Select(i =>
        {
            readers[Environment.CurrentManagedThreadId] = true;
            return i;
        });

        var results = OrderedParallel.Map(source, i =>
        {
            mappers[Environment.CurrentManagedThreadId] = true;
            Thread.SpinWait(200);
            return i;
        }, jobs, TimeSpan.FromSeconds(30), i => -1, CancellationToken.None).ToList();

        Assert.That(results, Is.EqualTo(Enumerable.Range(0, 300)));
        Assert.That(readers.Keys, Is.SubsetOf(mappers.Keys), "the input is read by the threads that do the work");
        Assert.That(readers.Keys, Does.Not.Contain(Environment.CurrentManagedThreadId), "the thread that yields the results only waits");
        if (jobs == 1)
        {
            Assert.That(mappers.Keys, Has.Count.EqualTo(1), "one job runs on one thread");
        }
    }

    [Test]
    public void Map_PropagatesAnExceptionOfTheInput_AfterTheItemsBeforeIt()
    {
        var seen = new List<int>();
        var source = Enumerable.Range(0, 40).Select(i => i == 25 ? throw new IOException("disk") : i);

        Assert.That(() =>
        {
            foreach (var x in OrderedParallel.Map(source, i => i, jobs: 2, TimeSpan.FromSeconds(30), i => -1, CancellationToken.None))
            {
                seen.Add(x);
            }
        }, Throws.InstanceOf<IOException>());
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 25)));
    }

    [Test]
    public void Map_StopsWithOperationCanceled_WhenCancelled()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        Assert.That(() =>
        {
            foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 100_000), i => i, jobs: 2, cancel.Token))
            {
                if (++seen == 50)
                {
                    cancel.Cancel();
                }
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(seen, Is.LessThan(100_000));
    }

    [Test]
    public void Map_PropagatesAnExceptionOfTheMap_AtItsPlaceInTheOrder()
    {
        var seen = new List<int>();

        Assert.That(() =>
        {
            foreach (var x in OrderedParallel.Map(Enumerable.Range(0, 50), i => i == 20 ? throw new InvalidOperationException("boom") : i, jobs: 3, CancellationToken.None))
            {
                seen.Add(x);
            }
        }, Throws.InvalidOperationException);
        Assert.That(seen, Is.EqualTo(Enumerable.Range(0, 20)));
    }

    [TestCase(1)]
    [TestCase(2)]
    public void Map_GivesUpADocumentThatTakesTooLong_AndGoesOn(int jobs)
    {
        using var never = new ManualResetEventSlim();
        try
        {
            var results = OrderedParallel.Map(
                Enumerable.Range(0, 30),
                i =>
                {
                    if (i is 3 or 17)
                    {
                        never.Wait();
                    }

                    return i;
                },
                jobs,
                TimeSpan.FromSeconds(1),
                i => -i,
                CancellationToken.None).ToList();

            Assert.That(results, Is.EqualTo(Enumerable.Range(0, 30).Select(i => i is 3 or 17 ? -i : i)));
        }
        finally
        {
            never.Set();
        }
    }

    [Test]
    public void Map_AWorkerBackFromAnAbandonedDocument_Retires_SoNoMoreThanJobsRunAtOnce()
    {
        using var slow = new ManualResetEventSlim();
        var running = 0;
        var mostAfterReturn = 0;
        var returned = false;

        var results = OrderedParallel.Map(
            Enumerable.Range(0, 200),
            i =>
            {
                var now = Interlocked.Increment(ref running);
                if (Volatile.Read(ref returned))
                {
                    InterlockedMax(ref mostAfterReturn, now);
                }

                if (i == 2)
                {
                    // Stuck past the limit, then back while the others are still running.
                    slow.Wait(TimeSpan.FromSeconds(5));
                    Interlocked.Decrement(ref running);
                    Volatile.Write(ref returned, true);
                    return i;
                }
                else
                {
                    if (i == 60)
                    {
                        slow.Set();
                    }

                    Thread.Sleep(3);
                }

                Interlocked.Decrement(ref running);
                return i;
            },
            jobs: 2,
            TimeSpan.FromSeconds(1),
            i => -1,
            CancellationToken.None).ToList();

        Assert.That(results.Count(r => r == -1), Is.EqualTo(1));
        Assert.That(Volatile.Read(ref returned), Is.True);
        Assert.That(mostAfterReturn, Is.InRange(1, 2), "the worker back from the abandoned document retired");
        Assert.That(results.Where(r => r >= 0), Has.Exactly(199).Items);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
