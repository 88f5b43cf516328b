using System.Runtime.InteropServices;
using ClaimExtract.Cli;

// The first Ctrl-C (or SIGTERM) stops the batch cleanly: documents in flight are dropped, nothing is
// left half-written, the exit status is 130. A second Ctrl-C ends the process at once.
using var interrupt = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !interrupt.IsCancellationRequested;
    interrupt.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    interrupt.Cancel();
});

var context = new CliContext(Console.OpenStandardInput, OpenStdout(), Console.Error, !Console.IsErrorRedirected, interrupt.Token);
return CliApp.Run(args, context);

// Console's stdout stream ignores a closed pipe (EPIPE), so '| head -1' left the batch running to its end
// with nobody reading. A pipe or terminal is written through its file descriptor instead, where a closed
// pipe fails the write and the batch stops (exit status 141); a file keeps Console's stream (it appends
// at the shell's offset).
static Stream OpenStdout()
{
    try
    {
        var descriptor = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        if (!descriptor.CanSeek)
        {
            return descriptor;
        }

        descriptor.Dispose();
    }
    catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
    {
        // stdout closed or of an unusual kind: Console's stream copes with it.
    }

    return Console.OpenStandardOutput();
}
