using System.Collections.Concurrent;
using System.Threading.Channels;

namespace ClaimExtract.Cli.Batch;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, with bounded memory:
/// at most <c>window</c> items are read ahead of the one being yielded, however slow that one is.
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
        var work = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Result)>(window);
        var order = Channel.CreateUnbounded<(TIn Item, TaskCompletionSource<TOut> Result)>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

        var reader = new Thread(() => Produce(source, slots, work.Writer, order.Writer, stop.Token)) { IsBackground = true, Name = "claimextract reader" };
        var workers = new List<Thread>();

        // The documents given up on: a worker that comes back from one of them retires, so that the pool
        // never runs more than `jobs` documents at once.
        var abandonedResults = new ConcurrentDictionary<TaskCompletionSource<TOut>, bool>();
        void StartWorker()
        {
            var worker = new Thread(() => Consume(work.Reader, map, abandonedResults, stop.Token)) { IsBackground = true, Name = $"claimextract worker {workers.Count + 1}" };
            workers.Add(worker);
            worker.Start();
        }

        reader.Start();
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

            // The reader may have ended with an exception after its last item.
            order.Reader.Completion.GetAwaiter().GetResult();
        }
        finally
        {
            stop.Cancel();
            reader.Join();

            // A worker still busy with an abandoned document is left to the end of the process.
            var grace = abandoned > 0 ? TimeSpan.FromSeconds(1) : Timeout.InfiniteTimeSpan;
            workers.ForEach(w => w.Join(grace));
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

    private static void Produce<TIn, TOut>(
        IEnumerable<TIn> source,
        SemaphoreSlim slots,
        ChannelWriter<(TIn, TaskCompletionSource<TOut>)> work,
        ChannelWriter<(TIn, TaskCompletionSource<TOut>)> order,
        CancellationToken stop)
    {
        Exception? failure = null;
        try
        {
            foreach (var item in source)
            {
                slots.Wait(stop);
                var result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                order.TryWrite((item, result));
                work.WriteAsync((item, result), stop).AsTask().GetAwaiter().GetResult();
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            failure = e;
        }
        finally
        {
            work.TryComplete();
            order.TryComplete(failure);
        }
    }

    private static void Consume<TIn, TOut>(
        ChannelReader<(TIn Item, TaskCompletionSource<TOut> Result)> work,
        Func<TIn, TOut> map,
        ConcurrentDictionary<TaskCompletionSource<TOut>, bool> abandoned,
        CancellationToken stop)
    {
        try
        {
            while (work.WaitToReadAsync(stop).AsTask().GetAwaiter().GetResult())
            {
                while (work.TryRead(out var next))
                {
                    try
                    {
                        next.Result.SetResult(map(next.Item));
                    }
                    catch (Exception e)
                    {
                        next.Result.SetException(e);
                    }

                    if (abandoned.TryRemove(next.Result, out _))
                    {
                        return;   // a fresh worker took this one's place while it was stuck
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
