using System.Diagnostics;
using System.Globalization;

namespace ClaimExtract.Cli.Batch;

/// <summary>
/// Counts a batch as it goes. On a terminal it redraws one status line on stderr at most four times a
/// second (documents/s, done of total once the inputs are all read, failures, ETA); at the end it
/// writes the summary line, in which ok + failed + already done = read.
/// </summary>
internal sealed class BatchProgress(TextWriter stderr, bool live)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDraw = long.MinValue;
    private long _read;
    private long _skipped;
    private long _outsideShard;
    private volatile bool _allRead;

    public long Ok { get; private set; }

    public long Failed { get; private set; }

    public long Read => Interlocked.Read(ref _read);

    /// <summary>Called by the reader for every document it reads, before any filter.</summary>
    public void Counted() => Interlocked.Increment(ref _read);

    public void OutsideShard()
    {
        Interlocked.Decrement(ref _read);
        Interlocked.Increment(ref _outsideShard);
    }

    public void AlreadyDone() => Interlocked.Increment(ref _skipped);

    public void AllRead() => _allRead = true;

    public void Finished(bool failed)
    {
        if (failed)
        {
            Failed++;
        }
        else
        {
            Ok++;
        }

        if (live && _clock.ElapsedMilliseconds - _lastDraw >= 250)
        {
            _lastDraw = _clock.ElapsedMilliseconds;
            Draw();
        }
    }

    /// <summary>Clears the status line, so that a message written next starts at the left margin.</summary>
    public void ClearLine()
    {
        if (live && _lastDraw != long.MinValue)
        {
            stderr.Write("\r" + new string(' ', 72) + "\r");
        }
    }

    private void Draw()
    {
        var done = Ok + Failed;
        var seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var rate = done / seconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"{done:N0}");
        if (_allRead)
        {
            var total = Read - Interlocked.Read(ref _skipped);
            line += string.Create(CultureInfo.InvariantCulture, $" of {total:N0}");
            if (rate > 0)
            {
                var eta = TimeSpan.FromSeconds(Math.Max(0, total - done) / rate);
                line += string.Create(CultureInfo.InvariantCulture, $", ETA {eta:h\\:mm\\:ss}");
            }
        }

        line += string.Create(CultureInfo.InvariantCulture, $" documents, {Failed:N0} failed, {rate:F1}/s");
        stderr.Write("\r" + line.PadRight(72));
        stderr.Flush();
    }

    /// <summary>The last line: every document read is accounted for.</summary>
    public void Summary(bool interrupted)
    {
        ClearLine();
        var seconds = _clock.Elapsed.TotalSeconds;
        var done = Ok + Failed;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"claimextract: {(interrupted ? "interrupted: " : "")}{Read:N0} read: {Ok:N0} ok, {Failed:N0} failed");
        if (_skipped > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {_skipped:N0} already done");
        }

        if (interrupted)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {Read - _skipped - done:N0} not finished");
        }

        if (_outsideShard > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $" ({_outsideShard:N0} in other shards)");
        }

        line += string.Create(CultureInfo.InvariantCulture, $" in {seconds:F1} s ({done / Math.Max(seconds, 1e-3):F1} documents/s)");
        stderr.WriteLine(line);
    }
}
