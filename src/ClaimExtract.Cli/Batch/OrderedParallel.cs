using System.Threading.Channels;

namespace ClaimExtract.Cli.Batch;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, with bounded memory:
/// at most <c>window</c> items are read ahead of the one being yielded, however slow that one is.
/// One job runs everything on the calling thread, so <c>--jobs 1</c> uses one core.
/// </summary>
internal static class OrderedParallel
{
    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int jobs, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        if (jobs <= 1)
        {
            return Sequential(source, map, cancel);
        }

        return Parallel(source, map, jobs, window: jobs * 8, cancel);
    }

    private static IEnumerable<TOut> Sequential<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken cancel)
    {
        foreach (var item in source)
        {
            cancel.ThrowIfCancellationRequested();
            yield return map(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, int jobs, int window, CancellationToken cancel)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var slots = new SemaphoreSlim(window, window);
        var work = Channel.CreateBounded<(TIn Item, TaskCompletionSource<TOut> Result)>(window);
        var order = Channel.CreateUnbounded<TaskCompletionSource<TOut>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

        var reader = new Thread(() => Produce(source, slots, work.Writer, order.Writer, stop.Token)) { IsBackground = true, Name = "claimextract reader" };
        var workers = Enumerable.Range(0, jobs)
            .Select(i => new Thread(() => Consume(work.Reader, map, stop.Token)) { IsBackground = true, Name = $"claimextract worker {i + 1}" })
            .ToList();
        reader.Start();
        workers.ForEach(w => w.Start());
        try
        {
            while (true)
            {
                if (!order.Reader.WaitToReadAsync(cancel).AsTask().GetAwaiter().GetResult() || !order.Reader.TryRead(out var next))
                {
                    break;
                }

                var result = next.Task.WaitAsync(cancel).GetAwaiter().GetResult();
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
            workers.ForEach(w => w.Join());
        }
    }

    private static void Produce<TIn, TOut>(
        IEnumerable<TIn> source,
        SemaphoreSlim slots,
        ChannelWriter<(TIn, TaskCompletionSource<TOut>)> work,
        ChannelWriter<TaskCompletionSource<TOut>> order,
        CancellationToken stop)
    {
        Exception? failure = null;
        try
        {
            foreach (var item in source)
            {
                slots.Wait(stop);
                var result = new TaskCompletionSource<TOut>(TaskCreationOptions.RunContinuationsAsynchronously);
                order.TryWrite(result);
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

    private static void Consume<TIn, TOut>(ChannelReader<(TIn Item, TaskCompletionSource<TOut> Result)> work, Func<TIn, TOut> map, CancellationToken stop)
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
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
