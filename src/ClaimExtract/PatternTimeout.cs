namespace ClaimExtract;

/// <summary>The time one regular-expression match may take before it fails its document (CE9009).</summary>
internal static class PatternTimeout
{
    /// <summary>
    /// 10 s. Every pattern here runs in linear time and matches a sentence or a tag in microseconds, so the bound
    /// only stops a pattern gone wrong. It is measured in wall time, so it must also hold on a heavily loaded
    /// machine, where a worker gets a fraction of a core and waits out collections: one second could fail a
    /// long page there and not on a quiet machine, making the output depend on the load.
    /// </summary>
    public const int Milliseconds = 10_000;
}
