using System.CommandLine;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract eval SUBCOMMAND</c>: the project's figures on the shared benchmarks, computed as the
/// reference scorers in <c>../shared/eval</c> compute them. Each benchmark is a subcommand in its own
/// file (<see cref="EvalExtractionCommand"/>, ...); <see cref="CliApp"/> lists them.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(params IEnumerable<Command> subcommands)
    {
        var command = new Command("eval", "Score the tool on the shared benchmarks (../shared/data), as ../shared/eval scores them.");
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary>The <c>--data</c> option of a benchmark subcommand: its folder, checked to exist when the command runs.</summary>
    public static Option<string> DataOption(string defaultFolder, string description) =>
        new("--data") { Description = description, DefaultValueFactory = _ => defaultFolder };

    /// <summary>Throws a usage error unless <paramref name="folder"/> exists.</summary>
    public static void RequireFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{folder}: the benchmark folder does not exist (../shared must sit beside the repository, or give it with --data).");
        }
    }
}
