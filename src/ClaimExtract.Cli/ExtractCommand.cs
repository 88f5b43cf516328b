using System.CommandLine;
using Microsoft.Extensions.FileSystemGlobbing;
using ClaimExtract.Cli.Batch;
using ClaimExtract.Output;
using ClaimExtract.Sources;

namespace ClaimExtract.Cli;

/// <summary>
/// <c>claimextract extract INPUT... [--format json|jsonl|csv] [-o PATH | --output-dir DIR] [--jobs N]
/// [--resume] [--shard K/N] [--errors FILE] [--include GLOB] [--exclude GLOB] [--text-only] [--quiet]</c>.
/// </summary>
internal static class ExtractCommand
{
    /// <summary>The exit status after Ctrl-C or SIGTERM (128 + SIGINT), as shells expect.</summary>
    public const int Interrupted = 130;

    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = "Files (.html .htm .xhtml .txt .jsonl .ndjson, optionally .gz), web archives (.warc .arc, optionally .gz), http(s):// URLs, @list.txt (one path or URL a line), folders (read recursively), or - for standard input.",
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
            Description = "Write to this file instead of standard output (written to a temporary file, then renamed; with --resume, appended to record by record).",
        };
        var outputDir = new Option<string?>("--output-dir", "-d")
        {
            Description = "Write one file per article (named from its id) into this folder, each written atomically.",
        };
        var per = new Option<string>("--per")
        {
            Description = "With --output-dir: one file per article, or per input file (a WARC, a JSON Lines file, a page).",
            DefaultValueFactory = _ => "article",
        };
        per.AcceptOnlyFromAmong("article", "input");
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
        var resume = new Option<bool>("--resume")
        {
            Description = "Skip the documents a previous run of the same command already wrote (needs -o FILE with jsonl, or --output-dir), and write the rest.",
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Process only shard K of N (0 <= K < N), chosen by a stable hash of the document id: N runs together write exactly the records of one.",
        };
        shard.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } text && !Shard.TryParse(text, out _, out var error))
            {
                r.AddError(error!);
            }
        });
        var errors = new Option<string?>("--errors")
        {
            Description = "Also write one JSON line per failed document to this file (input, id, source, stage, code, message).",
        };
        var include = new Option<string[]>("--include")
        {
            Description = "In folders, read only files matching this glob (relative to the folder, e.g. '**/*.html'); may be repeated.",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "In folders, skip files matching this glob (e.g. 'drafts/**'); may be repeated.",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = "The time budget of one document in seconds (default 60; 0 = none): past it the document gets an error record (CE9009) and the batch goes on; a stage that never returns is abandoned at twice the budget (CE9901).",
            DefaultValueFactory = _ => 60,
        };
        Seconds(timeout, 86_400);
        var maxBytes = new Option<string>("--max-bytes")
        {
            Description = "The largest document processed (e.g. 64M, 500k, 1G; default 64M): a larger one gets an error record (CE9008).",
            DefaultValueFactory = _ => "64M",
        };
        maxBytes.Validators.Add(r =>
        {
            if (ParseSize(r.GetValueOrDefault<string>()) is null)
            {
                r.AddError($"--max-bytes: '{r.GetValueOrDefault<string>()}' is not a size (a number of bytes, optionally with k, M or G).");
            }
        });
        var textOnly = new Option<bool>("--text-only")
        {
            Description = "Scrape only: each article's text and metadata (title, authors, date, publisher, URL, language) with no statements; quotes, speakers and kinds are not looked for and no model is loaded. JSON or JSON Lines only.",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress line and no summary on stderr, even on a terminal (failures are still reported).",
        };
        var stats = new Option<bool>("--stats")
        {
            Description = "Write the summary line (read, ok, failed, documents/s) to stderr even when it is not a terminal.",
        };

        var fetches = new Option<int>("--fetches")
        {
            Description = "URLs of a @list fetched at once, ahead of the one being processed (default 8); output stays in list order.",
            DefaultValueFactory = _ => 8,
        };
        fetches.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                r.AddError("--fetches must be between 1 and 1024.");
            }
        });
        var hostDelay = new Option<double>("--host-delay")
        {
            Description = "The least time in seconds between two requests to one host (default 1).",
            DefaultValueFactory = _ => 1,
        };
        Seconds(hostDelay, 3600);
        var userAgent = new Option<string?>("--user-agent")
        {
            Description = $"The User-Agent sent with requests (default: {UrlFetcherOptions.DefaultUserAgent}); robots.txt groups are matched by its first word.",
        };
        userAgent.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } agent && (string.IsNullOrWhiteSpace(agent) || agent.Any(char.IsControl)))
            {
                r.AddError("--user-agent must be printable text.");
            }
        });
        var ignoreRobots = new Option<bool>("--ignore-robots")
        {
            Description = "Fetch URLs that robots.txt disallows (by default robots.txt is fetched once per host and obeyed).",
        };

        var command = new Command("extract", "Extract statements (quotes, speakers, kinds) from articles.")
        {
            inputs, format, output, outputDir, per, jobs, resume, shard, errors, include, exclude, timeout, maxBytes, textOnly, fetches, hostDelay, userAgent, ignoreRobots, quiet, stats,
        };
        command.SetAction(parse =>
        {
            Shard? part = parse.GetValue(shard) is { } text && Shard.TryParse(text, out var s, out _) ? s : null;
            var settings = new ExtractSettings(
                parse.GetRequiredValue(inputs),
                Enum.Parse<OutputFormat>(parse.GetRequiredValue(format), ignoreCase: true),
                parse.GetValue(output),
                parse.GetValue(outputDir),
                parse.GetValue(per) == "input",
                parse.GetValue(jobs),
                parse.GetValue(resume),
                part,
                parse.GetValue(errors),
                parse.GetValue(include) ?? [],
                parse.GetValue(exclude) ?? [],
                parse.GetValue(timeout) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan,
                ParseSize(parse.GetValue(maxBytes))!.Value,
                parse.GetValue(textOnly),
                new UrlFetcherOptions
                {
                    Concurrency = parse.GetValue(fetches),
                    PerHostDelay = TimeSpan.FromSeconds(parse.GetValue(hostDelay)),
                    UserAgent = parse.GetValue(userAgent) ?? UrlFetcherOptions.DefaultUserAgent,
                    RespectRobots = !parse.GetValue(ignoreRobots),
                },
                parse.GetValue(quiet),
                parse.GetValue(stats));
            return Run(settings, context);
        });
        return command;
    }

    /// <summary>Accepts a number of seconds from 0 to <paramref name="max"/>.</summary>
    private static void Seconds(Option<double> option, double max) => option.Validators.Add(r =>
    {
        if (r.GetValueOrDefault<double>() is var seconds && (double.IsNaN(seconds) || seconds < 0 || seconds > max))
        {
            r.AddError(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option.Name} must be between 0 and {max} seconds."));
        }
    });

    private static int Run(ExtractSettings settings, CliContext context)
    {
        Validate(settings);
        var stderr = context.Stderr;
        var progress = new BatchProgress(stderr, live: context.StderrIsTerminal && !settings.Quiet);
        var filter = FileFilter(settings.Include, settings.Exclude);
        using var destination = OpenDestination(settings, context.Stdout);
        using var errorLog = settings.ErrorsPath is null ? null : new ErrorLog(settings.ErrorsPath, settings.Resume);

        var pipeline = new ClaimPipeline(limits: new PipelineLimits { MaxBytes = settings.MaxBytes, Timeout = settings.Timeout }, textOnly: settings.TextOnly);

        // The pipeline checks its time budget between stages; a stage that never returns (a bug, a
        // pathological input a stage is not linear on) is abandoned by the runner at twice the budget.
        var abandonAfter = settings.Timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : (settings.Timeout * 2) + TimeSpan.FromSeconds(1);
        var items = Read(settings, context.OpenStdin, filter, progress)
            .Where(item =>
            {
                if (settings.Shard is { } shard && !shard.Contains(item.Item.Id))
                {
                    progress.OutsideShard();
                    return false;
                }

                if (destination.IsDone(item))
                {
                    progress.AlreadyDone();
                    return false;
                }

                return true;
            });

        // JSON Lines records are rendered on the workers, so that the thread writing them in order only copies bytes.
        var render = settings.Format == OutputFormat.Jsonl;
        var memory = new MemoryBudget(MemoryBudget.ForJobs(settings.Jobs));
        var articles = OrderedParallel.Map(
            items,
            item =>
            {
                var article = item.Item.Document is { } document ? pipeline.Process(document, context.Cancel) : pipeline.Process(item.Item);
                var record = (item, article, render ? ArticleWriters.JsonLine(article) : null);
                memory.AfterDocument();
                return record;
            },
            settings.Jobs,
            abandonAfter,
            item =>
            {
                var article = new Article { Id = item.Item.Id, Source = item.Item.Source, Text = "", Problems = [ProblemCodes.TimedOut(abandonAfter)] };
                return (item, article, render ? ArticleWriters.JsonLine(article) : null);
            },
            context.Cancel);

        var interrupted = false;
        try
        {
            foreach (var (item, article, jsonLine) in articles)
            {
                if (article.Failed)
                {
                    errorLog?.Write(item, article);
                    progress.ClearLine();
                    foreach (var problem in article.Problems.Where(p => p.Severity == ProblemSeverity.Error))
                    {
                        stderr.WriteLine($"claimextract: {article.Source}: {problem.Message} [{problem.Code}]");
                    }
                }

                destination.Write(item, article, jsonLine);
                progress.Finished(article.Failed);
            }

            destination.Complete();
        }
        catch (OperationCanceledException) when (context.Cancel.IsCancellationRequested)
        {
            interrupted = true;
        }

        if (settings.Stats || (context.StderrIsTerminal && !settings.Quiet))
        {
            progress.Summary(interrupted);
        }

        return interrupted ? Interrupted : progress.Failed > 0 ? CliApp.SomeFailed : CliApp.Success;
    }

    private static IEnumerable<BatchItem> Read(ExtractSettings settings, Func<Stream> openStdin, Func<string, bool>? filter, BatchProgress progress)
    {
        using var fetcher = new UrlFetcher(settings.Fetching);
        foreach (var input in settings.Inputs)
        {
            foreach (var file in DocumentReader.Expand(input, filter))
            {
                foreach (var item in DocumentReader.Read(file, openStdin, fetcher, settings.MaxBytes))
                {
                    progress.Counted();
                    yield return new BatchItem(item, file);
                }
            }
        }

        progress.AllRead();
    }

    private static void Validate(ExtractSettings settings)
    {
        if (settings.Inputs.Count(i => i == "-") > 1)
        {
            throw new UsageException("standard input (-) can be read only once.");
        }

        if (settings.OutputPath is not null && settings.OutputDirectory is not null)
        {
            throw new UsageException("give --output or --output-dir, not both.");
        }

        if (settings.TextOnly && settings.Format == OutputFormat.Csv)
        {
            throw new UsageException("--text-only writes articles without statements, and CSV has one row per statement: use --format jsonl or json.");
        }

        if (settings.PerInput && settings.OutputDirectory is null)
        {
            throw new UsageException("--per applies only with --output-dir.");
        }

        if (settings.Resume && settings.OutputDirectory is null && (settings.OutputPath is null or "-" || settings.Format != OutputFormat.Jsonl))
        {
            throw new UsageException("--resume needs the output in a place a second run can read: -o FILE with --format jsonl, or --output-dir DIR.");
        }

        if (settings.OutputPath is { } output && output != "-" && Directory.Exists(output))
        {
            throw new UsageException($"{output}: is a folder; give --output a file name, or use --output-dir.");
        }

        if (settings.OutputDirectory is { } outputDirectory && File.Exists(outputDirectory))
        {
            throw new UsageException($"{outputDirectory}: is a file, not a folder (--output-dir).");
        }

        if (settings.ErrorsPath is { } errors)
        {
            if (Directory.Exists(errors))
            {
                throw new UsageException($"{errors}: is a folder; give --errors a file name.");
            }

            if (!Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(errors))))
            {
                throw new UsageException($"{errors}: the folder of the --errors file does not exist.");
            }
        }
    }

    private static IArticleDestination OpenDestination(ExtractSettings settings, Stream stdout)
    {
        if (settings.OutputDirectory is { } directory)
        {
            return new DirectoryDestination(directory, settings.Format, settings.PerInput, settings.Resume);
        }

        return settings.Resume
            ? ResumableJsonLinesDestination.Open(settings.OutputPath!)
            : StreamDestination.Open(settings.Format, settings.OutputPath, stdout);
    }

    private static Func<string, bool>? FileFilter(string[] include, string[] exclude)
    {
        if (include.Length == 0 && exclude.Length == 0)
        {
            return null;
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(include.Length > 0 ? include : ["**/*"]);
        matcher.AddExcludePatterns(exclude);
        return relative => matcher.Match(relative).HasMatches;
    }

    /// <summary>Bytes from "65536", "500k", "64M" or "1G" (powers of 1024); null when it is not a positive size.</summary>
    internal static long? ParseSize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        var shift = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 10,
            'M' => 20,
            'G' => 30,
            _ => 0,
        };
        var digits = shift == 0 ? text : text[..^1];
        return long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n <= (long.MaxValue >> shift)
            ? n << shift
            : null;
    }

    private sealed record ExtractSettings(
        string[] Inputs,
        OutputFormat Format,
        string? OutputPath,
        string? OutputDirectory,
        bool PerInput,
        int Jobs,
        bool Resume,
        Shard? Shard,
        string? ErrorsPath,
        string[] Include,
        string[] Exclude,
        TimeSpan Timeout,
        long MaxBytes,
        bool TextOnly,
        UrlFetcherOptions Fetching,
        bool Quiet,
        bool Stats);
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

        SweepStale(directory, Path.GetFileName(full));
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Owner}.tmp");
        return new OutputSink(new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16), full, temporary);
    }

    /// <summary>Who writes a temporary file: <c>host-pid</c>, so that runs on several machines can share a folder.</summary>
    private static string Owner { get; } = $"{SafeHost(Environment.MachineName)}-{Environment.ProcessId}";

    /// <summary>
    /// Deletes the temporary files that a killed run on this machine left in <paramref name="directory"/>
    /// (for <paramref name="fileName"/>, or for any file when null): only those whose process is gone.
    /// Files of other machines, and of processes still running, are left alone.
    /// </summary>
    public static void SweepStale(string directory, string? fileName = null)
    {
        var prefix = fileName is null ? "." : $".{fileName}.";
        var host = SafeHost(Environment.MachineName) + "-";
        foreach (var path in Directory.EnumerateFiles(directory, prefix + "*.tmp"))
        {
            var name = Path.GetFileName(path.AsSpan())[..^".tmp".Length];
            var owner = name[(name.LastIndexOf('.') + 1)..];
            if (owner.StartsWith(host, StringComparison.Ordinal)
                && int.TryParse(owner[host.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId && !IsRunning(pid))
            {
                try
                {
                    File.Delete(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run swept it first, or it is not ours to delete: either way, not an error.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string SafeHost(string host) => string.Concat(host.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_'));

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

        try
        {
            Stream.Dispose();
        }
        catch (IOException) when (!_committed)
        {
            // The write already failed (a full disk): the error being reported is that one.
        }

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
