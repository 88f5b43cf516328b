using System.CommandLine;

namespace ClaimExtract.Cli;

/// <summary>
/// The command line: arguments are parsed once into settings, then the library does the work.
/// stdout carries data only; diagnostics go to stderr. Exit codes: 0 every document succeeded,
/// 1 some failed (each is still reported), 2 usage error, 3 the output could not be written,
/// 141 stdout was a pipe that its reader closed ('| head'): the run stopped, silently, as a tool killed by SIGPIPE does.
/// </summary>
internal static class CliApp
{
    public const int Success = 0;
    public const int SomeFailed = 1;
    public const int UsageError = 2;
    public const int OutputFailed = 3;
    public const int ReaderGone = 141;

    /// <summary>EPIPE: the reading end of the output pipe is closed.</summary>
    private const int BrokenPipe = 32;

    /// <summary>Runs the tool with the given streams, so tests can run it in-process.</summary>
    public static int Run(string[] args, Func<Stream> openStdin, Stream stdout, TextWriter stderr) =>
        Run(args, new CliContext(openStdin, stdout, stderr, StderrIsTerminal: false, CancellationToken.None));

    /// <summary>Runs the tool in <paramref name="context"/>: its streams, whether stderr is a terminal, and the Ctrl-C token.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (openStdin, stdout, stderr) = (context.OpenStdin, context.Stdout, context.Stderr);
        var root = new RootCommand("claimextract: turns news articles into speaker-attributed records of what was said (quotes, speakers, promises, retractions, predictions, claims).")
        {
            ExtractCommand.Create(context),
            SchemaCommand.Create(stdout),
            ClassifyCommand.Create(openStdin, stdout, stderr),
            TrainCommand.Create(stdout, stderr),
            EvalCommand.Create(EvalExtractionCommand.Create(stdout, stderr), EvalQuotesCommand.Create(stdout, stderr), EvalStatementsCommand.Create(stdout, stderr)),
        };

        // "@list.txt" is an input list, not a response file.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        using var helpOut = new StreamWriter(stdout, leaveOpen: true) { AutoFlush = true };
        var invocation = new InvocationConfiguration { Output = helpOut, Error = stderr, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"claimextract: {error.Message}");
            }

            stderr.WriteLine("Try 'claimextract --help' for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(invocation);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"claimextract: {e.Message}");
            return UsageError;
        }
        catch (IOException e) when (e.HResult == BrokenPipe)
        {
            return ReaderGone;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Inputs that cannot be read become error records; what reaches here is the output failing
            // (a full disk, a file that cannot be created): one line, not a stack trace.
            stderr.WriteLine($"claimextract: cannot write the output: {e.Message}");
            return OutputFailed;
        }
    }
}

/// <summary>What a command runs with: the standard streams, whether stderr is a terminal (for progress), and a token that Ctrl-C or SIGTERM cancels.</summary>
internal sealed record CliContext(Func<Stream> OpenStdin, Stream Stdout, TextWriter Stderr, bool StderrIsTerminal, CancellationToken Cancel);

/// <summary>A bad combination of arguments found after parsing; exits with status 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
