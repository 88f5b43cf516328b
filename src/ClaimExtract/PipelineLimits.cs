namespace ClaimExtract;

/// <summary>
/// Bounds on the work one document may cause, so that junk in an archive gives an error record instead of
/// stalling or exhausting a batch (issue 6, docs/reliability.md). The pipeline validates them when it is built.
/// </summary>
public sealed record PipelineLimits
{
    /// <summary>The defaults: 64 MiB a document, 60 seconds a document.</summary>
    public static PipelineLimits Default { get; } = new();

    /// <summary>
    /// The largest document accepted, in bytes (HTML bytes as read; for text, its UTF-8 length). A larger one
    /// gets CE9008 and is not processed. Readers should compare a file's length with it before reading it.
    /// Real news pages weigh a few hundred kilobytes. Peak memory is about 5 bytes per byte of markup and
    /// 70 per byte of dense article text (docs/reliability.md).
    /// </summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The time budget of one document, checked between stages: a document past it gets CE9009 and no
    /// statements. Every stage is linear in the document, so the overshoot is bounded by one stage's time
    /// on at most <see cref="MaxBytes"/>. <see cref="Timeout.InfiniteTimeSpan"/> turns the budget off.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Throws when a limit is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
        if (Timeout != System.Threading.Timeout.InfiniteTimeSpan && Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "the time budget must be positive, or infinite");
        }
    }
}
