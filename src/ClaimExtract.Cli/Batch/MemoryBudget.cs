namespace ClaimExtract.Cli.Batch;

/// <summary>
/// Holds a batch's managed heap near a budget. The CLI runs on server GC, which sizes its generation
/// budgets to the allocation rate and to the machine's free memory: a batch that keeps about 15 MiB alive
/// between documents usually peaks near 280 MiB, but on a machine with 24 GiB free it can let garbage promoted
/// out of the young generations pile up for a long time before a full collection (one run of 10,000 pages
/// peaked at 662 MiB; docs/benchmarks.md#batch). After each document a worker compares the heap in use with
/// the budget and, past it, asks for one full blocking collection. When the live data itself outgrows the
/// budget (many jobs, very large documents), the budget grows to twice the live data, so that collections
/// never follow one another document after document.
/// </summary>
internal sealed class MemoryBudget
{
    private const long MiB = 1024 * 1024;

    private readonly Func<long> _heapInUse;
    private readonly Action _collect;
    private long _budget;
    private int _collecting;
    private int _collections;

    /// <summary>A budget of <paramref name="bytes"/> of managed heap in use.</summary>
    public MemoryBudget(long bytes)
        : this(bytes, static () => GC.GetTotalMemory(forceFullCollection: false), static () => GC.Collect(2, GCCollectionMode.Forced, blocking: true))
    {
    }

    /// <summary>For tests: the heap size and the collection are given.</summary>
    internal MemoryBudget(long bytes, Func<long> heapInUse, Action collect)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        _budget = bytes;
        _heapInUse = heapInUse;
        _collect = collect;
    }

    /// <summary>
    /// The budget for <paramref name="jobs"/> documents at once: 160 MiB (the models and the runtime's own
    /// objects, plus room for the young generations) and 16 MiB more a job (a page's bytes, text, tree and
    /// records, several times over, as the ordered output holds a few finished ones).
    /// </summary>
    public static long ForJobs(int jobs) => (160 + (16 * (long)Math.Max(jobs, 1))) * MiB;

    /// <summary>The budget now (it only grows).</summary>
    public long Bytes => Volatile.Read(ref _budget);

    /// <summary>How many collections the budget asked for.</summary>
    public int Collections => Volatile.Read(ref _collections);

    /// <summary>
    /// Called by a worker after each document: collects when the heap in use is past the budget and no
    /// other worker is collecting already. Returns whether it collected.
    /// </summary>
    public bool AfterDocument()
    {
        if (_heapInUse() <= Volatile.Read(ref _budget) || Interlocked.Exchange(ref _collecting, 1) == 1)
        {
            return false;
        }

        try
        {
            _collect();
            Interlocked.Increment(ref _collections);
            var live = _heapInUse();
            var budget = Volatile.Read(ref _budget);
            if (live > budget / 4 * 3)
            {
                Volatile.Write(ref _budget, Math.Max(budget, live * 2));
            }

            return true;
        }
        finally
        {
            Volatile.Write(ref _collecting, 0);
        }
    }
}
