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

var context = new CliContext(Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error, !Console.IsErrorRedirected, interrupt.Token);
return CliApp.Run(args, context);
