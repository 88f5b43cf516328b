using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// The calling thread's own CPU time, for timing aids on a shared machine: on Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>
/// (nanoseconds; <c>/proc/thread-self/schedstat</c> moves in 4 ms ticks here, too coarse for rounds of 80 ms), elsewhere the
/// wall clock. The runtime's other threads (background JIT and GC) and other processes do not count.
/// </summary>
internal static class ThreadClock
{
    private const int ThreadCpuTimeId = 3;

    private static readonly bool Native = OperatingSystem.IsLinux() && Probe();

    /// <summary>Whether <see cref="Milliseconds"/> reads the thread's CPU time (false: the wall clock).</summary>
    public static bool IsThreadCpuTime => Native;

    public static double Milliseconds() =>
        Native && NativeMethods.clock_gettime(ThreadCpuTimeId, out var ts) == 0 ? ts.Seconds * 1e3 + ts.Nanoseconds / 1e6 : Stopwatch.GetTimestamp() * 1e3 / Stopwatch.Frequency;

    private static bool Probe()
    {
        try
        {
            return NativeMethods.clock_gettime(ThreadCpuTimeId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "clock_gettime")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out Timespec time);
    }
}
