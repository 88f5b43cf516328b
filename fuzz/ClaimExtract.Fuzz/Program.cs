using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using ClaimExtract;
using ClaimExtract.Output;
using ClaimExtract.Sources;
using SharpFuzz;

namespace ClaimExtract.Fuzz;

/// <summary>
/// The fuzzing target: one input file is one document, run through the whole per-document pipeline
/// (<see cref="ClaimPipeline.Process(SourceItem)"/>) and written as JSON Lines and CSV. Anything but a
/// clean record is a crash for the fuzzer: an exception, an internal error (CE9900, which the pipeline
/// catches for the batch's sake), a span whose text is not <c>text[start:end]</c>, JSON that does not
/// parse as UTF-8. A stack overflow kills the child process, which SharpFuzz's out-of-process mode reports.
/// <list type="bullet">
/// <item>a first byte 0x01: the rest, read as UTF-16LE code units (lone surrogates included), is plain text;</item>
/// <item>a first byte 0x02: the rest, as UTF-8 with U+FFFD for bad bytes, is HTML already decoded;</item>
/// <item>a first byte 0x03: the rest, as UTF-8, is one JSON Lines record, read by <see cref="DocumentReader.ParseJsonLine"/>;</item>
/// <item>anything else: the whole input is HTML bytes, as a saved page is read.</item>
/// </list>
/// </summary>
public static class Program
{
    private static readonly Lazy<ClaimPipeline> Pipeline = new(() => new ClaimPipeline());

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--replay")
        {
            return Replay(args[1..]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            Check(buffer.ToArray());
        });
        return 0;
    }

    /// <summary>Runs the check on saved inputs (a crash or hang the fuzzer found, or the seeds), with the time each took.</summary>
    private static int Replay(string[] paths)
    {
        var failed = 0;
        foreach (var path in paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                Check(File.ReadAllBytes(path));
                Console.WriteLine($"ok    {watch.ElapsedMilliseconds,7} ms  {path}");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failed++;
                Console.WriteLine($"FAIL  {watch.ElapsedMilliseconds,7} ms  {path}: {e}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static void Check(byte[] input)
    {
        var article = Pipeline.Value.Process(ToItem(input));
        if (article.Problems.FirstOrDefault(p => p.Code == "CE9900") is { } internalError)
        {
            throw new InvalidOperationException(internalError.Message);
        }

        var codePoints = article.Text.EnumerateRunes().ToArray();
        string Slice(int start, int end) => string.Concat(codePoints[start..end].Select(r => r.ToString()));
        void Span(string what, int? start, int? end, string? text)
        {
            if (start is not { } from || end is not { } to)
            {
                return;
            }

            if (from < 0 || to < from || to > codePoints.Length || Slice(from, to) != text)
            {
                throw new InvalidOperationException($"{what} [{from}, {to}) is not its text");
            }
        }

        foreach (var s in article.Statements)
        {
            Span($"statement {s.Id}", s.Start, s.End, s.Text);
            Span($"speaker of {s.Id}", s.SpeakerStart, s.SpeakerEnd, s.SpeakerMention);
        }

        foreach (var format in new[] { OutputFormat.Jsonl, OutputFormat.Csv })
        {
            using var output = new MemoryStream();
            using (var writer = ArticleWriters.Create(format, output))
            {
                writer.Write(article);
                writer.Complete();
            }

            if (format == OutputFormat.Jsonl)
            {
                using var json = JsonDocument.Parse(output.ToArray());
            }
            else
            {
                _ = new UTF8Encoding(false, true).GetString(output.ToArray());
            }
        }
    }

    private static SourceItem ToItem(byte[] input)
    {
        DocumentContent content;
        switch (input)
        {
            case [0x01, .. var rest]:
                content = new DocumentContent.PlainText(new string(MemoryMarshal.Cast<byte, char>(rest.AsSpan(0, rest.Length & ~1))));
                break;
            case [0x02, .. var rest]:
                content = new DocumentContent.HtmlText(Encoding.UTF8.GetString(rest));
                break;
            case [0x03, .. var rest]:
                return DocumentReader.ParseJsonLine("fuzz", 1, Encoding.UTF8.GetString(rest));
            default:
                content = new DocumentContent.HtmlBytes(input);
                break;
        }

        return SourceItem.Of(new InputDocument("fuzz", "fuzz", content));
    }
}
