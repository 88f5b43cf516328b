using System.CommandLine;
using ClaimExtract.Output;
using ClaimExtract.Sources;

namespace ClaimExtract.Cli;

/// <summary><c>claimextract extract INPUT... [--format json|jsonl|csv] [-o PATH] [--jobs N]</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create(Func<Stream> openStdin, Stream stdout, TextWriter stderr)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files (.html .htm .txt .jsonl, optionally .gz), folders (read recursively), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (one array of articles), jsonl (one article a line) or csv (one statement a row).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("json", "jsonl", "csv");
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output (written to a temporary file, then renamed).",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed at once (default: the number of processors). Output order is input order whatever this is.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1.");
            }
        });

        var command = new Command("extract", "Extract statements (quotes, speakers, kinds) from articles.") { inputs, format, output, jobs };
        command.SetAction(parse =>
        {
            var settings = new ExtractSettings(
                parse.GetRequiredValue(inputs),
                Enum.Parse<OutputFormat>(parse.GetRequiredValue(format), ignoreCase: true),
                parse.GetValue(output),
                parse.GetValue(jobs));
            return Run(settings, openStdin, stdout, stderr);
        });
        return command;
    }

    private static int Run(ExtractSettings settings, Func<Stream> openStdin, Stream stdout, TextWriter stderr)
    {
        if (settings.Inputs.Count(i => i == "-") > 1)
        {
            throw new UsageException("standard input (-) can be read only once.");
        }

        var pipeline = new ClaimPipeline();
        var items = settings.Inputs.SelectMany(input => DocumentReader.Read(input, openStdin));
        var articles = items
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(settings.Jobs)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(pipeline.Process);

        var failed = 0;
        using var sink = OutputSink.Open(settings.OutputPath, stdout);
        using (var writer = ArticleWriters.Create(settings.Format, sink.Stream))
        {
            foreach (var article in articles)
            {
                writer.Write(article);
                foreach (var problem in article.Problems.Where(p => p.Severity == ProblemSeverity.Error))
                {
                    stderr.WriteLine($"claimextract: {article.Source}: {problem.Message} [{problem.Code}]");
                }

                failed += article.Failed ? 1 : 0;
            }

            writer.Complete();
        }

        sink.Commit();
        return failed > 0 ? CliApp.SomeFailed : CliApp.Success;
    }

    private sealed record ExtractSettings(string[] Inputs, OutputFormat Format, string? OutputPath, int Jobs);
}

/// <summary>Standard output, or a file written to a temporary name and renamed into place when complete.</summary>
internal sealed class OutputSink : IDisposable
{
    private readonly string? _path;
    private readonly string? _temporary;
    private bool _committed;

    private readonly bool _ownsStream;

    private OutputSink(Stream stream, string? path, string? temporary, bool ownsStream = false)
    {
        Stream = stream;
        _path = path;
        _temporary = temporary;
        _ownsStream = ownsStream || path is not null;
    }

    public Stream Stream { get; }

    public static OutputSink Open(string? path, Stream stdout)
    {
        if (path is null || path == "-")
        {
            return new OutputSink(stdout, null, null);
        }

        var full = Path.GetFullPath(path);
        if (full.StartsWith("/dev/", StringComparison.Ordinal))
        {
            // A device (/dev/null, /dev/stdout) is written in place: it cannot be renamed over.
            return new OutputSink(new FileStream(full, FileMode.Open, FileAccess.Write), null, null, ownsStream: true);
        }

        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new UsageException($"{path}: the output folder does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        return new OutputSink(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), full, temporary);
    }

    public void Commit()
    {
        Stream.Flush();
        if (_path is null)
        {
            return;
        }

        Stream.Dispose();
        File.Move(_temporary!, _path, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_ownsStream)
        {
            return;
        }

        Stream.Dispose();
        if (_path is null)
        {
            return;
        }

        if (!_committed && File.Exists(_temporary))
        {
            File.Delete(_temporary);
        }
    }
}
