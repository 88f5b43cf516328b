using System.CommandLine;
using System.Text;
using ClaimExtract.Output;

namespace ClaimExtract.Cli;

/// <summary><c>claimextract schema</c>: prints the JSON Schema of the output articles.</summary>
internal static class SchemaCommand
{
    public static Command Create(Stream stdout)
    {
        var command = new Command("schema", "Print the JSON Schema (draft 2020-12) of one output article.");
        command.SetAction(_ =>
        {
            var bytes = Encoding.UTF8.GetBytes(OutputSchema.Json);
            stdout.Write(bytes);
            stdout.Flush();
            return CliApp.Success;
        });
        return command;
    }
}
