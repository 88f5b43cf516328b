using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ClaimExtract.Cli.Batch;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, with bounded memory:
/// at most <c>window</c> items are read ahead of the one being yielded, however slow that one is.
/// The workers read the input themselves, one at a time, so <c>jobs</c> is the number of threads
/// doing the work (reading included) and the thread that yields only waits and writes.
/// One job without a time limit runs everything on the calling thread. With a time limit, a
/// document that takes longer is given up: its place in the output gets <c>onTimeout(item)</c>, and a
/// fresh worker replaces the stuck one (.NET cannot stop a thread; the stuck one runs on in the
/// background and its result is dropped), so one pathological page never stalls a batch.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int jobs, CancellationToken cancel) =>
        Map(source, map, jobs, Timeout.InfiniteTimeSpan, onTimeout: null, cancel);

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int jobs, TimeSpan timeout, Func<TIn, TOut>? onTimeout, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        if (timeout != Timeout.InfiniteTimeSpan && onTimeout is null)
        {
            throw new ArgumentException("a time limit needs an onTimeout result", nameof(onTimeout));
        }

        if (jobs <= 1 && onTimeout is null)
        {
            return Sequential(source, map, cancel);
        }

        return Parallel(source, map, Math.Max(jobs, 1), window: Math.Max(jobs, 1) * 8, timeout, onTimeout, cancel);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken cancel)
    {
        foreach (var item in source)
        {
            cancel.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int jobs, int window, TimeSpan timeout, Func<TIn, TOut>? onTimeout, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var slots = new SemaphoreSlim(window, window);
        // A worker that adds the next place in the order wakes the waiting writer itself (no thread-pool hop).
        var order = Channel.CreateUnbounded<(TIn Item, TaskCompletionSource<TOut> Result)>(new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = true });
        var input = new SharedSource<TIn, TOut>(source, order.Writer);
        var workers = new List<Thread>();

        // The documents given up on: a worker that comes back from one of them retires, so that the pool
        // never runs more than `jobs` documents at once.
        var abandonedResults = new ConcurrentDictionary<TaskCompletionSource<TOut>, bool>();
        void StartWorker()
        {
            var worker = new Thread(() => Work(input, slots, map, abandonedResults, stop.Token)) { IsBackground = true, Name = $"claimextract worker {workers.Count + 1}" };
            workers.Add(worker);
            worker.Start();
        }

        for (var i = 0; i < jobs; i++)
        {
            StartWorker();
        }

        var abandoned = 0;
        try
        {
            while (true)
            {
                if (!order.Reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult() || !order.Reader.TryRead(out var next))
                {
                    break;
                }

                TOut result;
                if (Completes(next.Result.Task, timeout, cancel))
                {
                    result = next.Result.Task.GetAwaiter().GetResult();
                }
                else
                {
                    abandonedResults[next.Result] = true;
                    result = onTimeout!(next.Item);
                    abandoned++;
                    StartWorker();
                }

                slots.Release();
                yield return result;
            }

            // Reading the input may have ended with an exception after its last item.
            order.Reader.Completion.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();

            // A worker still busy with an abandoned document is left to the end of the process.
            var grace = abandoned > 0 ? TimeSpan.FromSeconds(1) : Timeout.InfiniteTimeSpan;
            workers.ForEach(w => w.Join(grace));
            input.Dispose();
        }
    }

    /// <summary>
    /// Waits for a result; false when the time limit passed first. A blocking wait is woken by the
    /// worker that completes the task, with no thread-pool hop and no timer per document.
    /// </summary>
    private static bool Completes(Task task, TimeSpan timeout, CancellationToken cancel)
    {
        try
        {
            return task.Wait(timeout, cancel);
        }
        catch (AggregateException)
        {
            return true;   // it failed: the caller's GetResult throws the original exception
        }
    }

    /// <summary>
    /// A worker: takes the next document from the shared input (reading it is part of the job, so one
    /// job runs on one thread and reading scales with the jobs), maps it, and completes its result.
    /// </summary>
    private static void Work<TIn, TOut>(
        SharedSource<TIn, TOut> input,
        SemaphoreSlim slots,
        Func<TIn, TOut> map,
        ConcurrentDictionary<TaskCompletionSource<TOut>, bool> abandoned,
        CancellationToken stop)
    {
        try
        {
            while (true)
            {
                slots.Wait(stop);
                if (!input.TryTake(stop, out var item, out var result))
                {
                    slots.Release();
                    return;
                }

                try
                {
                    result.SetResult(map(item));
                }
                catch (Exception e)
                {
                    result.SetException(e);
                }

                if (abandoned.TryRemove(result, out _))
                {
                    return;   // a fresh worker took this one's place while it was stuck
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// The input, shared by the workers: one at a time reads its next item and puts the item's place in
    /// the output order, so the order is the input's whichever worker reads.
    /// </summary>
    private sealed class SharedSource<TIn, TOut>(IEnumerable<TIn> source, ChannelWriter<(TIn, TaskCompletionSource<TOut>)> order) : IDisposable
    {
        private readonly Lock _gate = new();
        private IEnumerator<TIn>? _items;
        private bool _done;

        public bool TryTake(CancellationToken stop, out TIn item, out TaskCompletionSource<TOut> result)
        {
            lock (_gate)
            {
                item = default!;
                result = null!;
                if (_done || stop.IsCancellationRequested)
                {
                    return false;
                }

                try
                {
                    _items ??= source.GetEnumerator();
                    if (_items.MoveNext())
                    {
                        item = _items.Current;
                        result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                        order.TryWrite((item, result));
                        return true;
                    }

                    Finish(null);
                }
                catch (Exception e)
                {
                    Finish(e);
                }

                return false;
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                Finish(null);
            }
        }

        private void Finish(Exception? failure)
        {
            if (!_done)
            {
                _done = true;
                order.TryComplete(failure);
            }

            _items?.Dispose();
            _items = null;
        }
    }
}
