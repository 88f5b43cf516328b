using CsvHelper;

namespace ClaimExtract.Output;

/// <summary>One CSV row: a statement with its article's id, url, title and published date.</summary>
[CsvRecord]
internal sealed partial record StatementRow
{
    [CsvColumn("article_id")] public string ArticleId { get; init; } = "";
    [CsvColumn("url")] public string? Url { get; init; }
    [CsvColumn("title")] public string? Title { get; init; }
    [CsvColumn("published")] public string? Published { get; init; }
    [CsvColumn("id")] public string Id { get; init; } = "";
    [CsvColumn("kind")] public string Kind { get; init; } = "";
    [CsvColumn("kind_confidence")] public double KindConfidence { get; init; }
    [CsvColumn("check_worthy")] public bool CheckWorthy { get; init; }
    [CsvColumn("quote_type")] public string QuoteType { get; init; } = "";
    [CsvColumn("text")] public string Text { get; init; } = "";
    [CsvColumn("start")] public int Start { get; init; }
    [CsvColumn("end")] public int End { get; init; }
    [CsvColumn("speaker")] public string? Speaker { get; init; }
    [CsvColumn("speaker_mention")] public string? SpeakerMention { get; init; }
    [CsvColumn("speaker_start")] public int? SpeakerStart { get; init; }
    [CsvColumn("speaker_end")] public int? SpeakerEnd { get; init; }
    [CsvColumn("speaker_kind")] public string SpeakerKind { get; init; } = "";
    [CsvColumn("cue")] public string? Cue { get; init; }
    [CsvColumn("cue_start")] public int? CueStart { get; init; }
    [CsvColumn("cue_end")] public int? CueEnd { get; init; }
    [CsvColumn("addressee")] public string? Addressee { get; init; }
    [CsvColumn("reported_by")] public string? ReportedBy { get; init; }
    [CsvColumn("reported_by_mention")] public string? ReportedByMention { get; init; }
    [CsvColumn("reported_by_start")] public int? ReportedByStart { get; init; }
    [CsvColumn("reported_by_end")] public int? ReportedByEnd { get; init; }
    [CsvColumn("reported_by_kind")] public string? ReportedByKind { get; init; }
    [CsvColumn("paragraph")] public int Paragraph { get; init; }
    [CsvColumn("sentence")] public int Sentence { get; init; }
    [CsvColumn("retracts")] public string? Retracts { get; init; }
    [CsvColumn("promise_object")] public string? PromiseObject { get; init; }
    [CsvColumn("promise_when")] public string? PromiseWhen { get; init; }
    [CsvColumn("vague")] public bool? Vague { get; init; }
}

/// <summary>
/// Writes one CSV row per statement (RFC 4180, UTF-8), the header first. Cells that a spreadsheet
/// would run as a formula (starting with = + - @) are escaped with a leading apostrophe.
/// </summary>
internal sealed class CsvStatementWriter : IArticleWriter
{
    private readonly CsvWriter _csv;
    private bool _headerWritten;

    public CsvStatementWriter(Stream stream)
    {
        var options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, NewLine = "\n" };
        _csv = CsvWriter.Create(stream, options, leaveOpen: true);
    }

    public void Write(Article article)
    {
        if (!_headerWritten)
        {
            _csv.WriteHeader<StatementRow>();
            _headerWritten = true;
        }

        var rows = article.Statements.Select(s => new StatementRow
        {
            ArticleId = article.Id,
            Url = article.Url,
            Title = article.Title,
            Published = article.Published,
            Id = s.Id,
            Kind = s.Kind,
            KindConfidence = s.KindConfidence,
            CheckWorthy = s.CheckWorthy,
            QuoteType = s.QuoteType,
            Text = s.Text,
            Start = s.Start,
            End = s.End,
            Speaker = s.Speaker,
            SpeakerMention = s.SpeakerMention,
            SpeakerStart = s.SpeakerStart,
            SpeakerEnd = s.SpeakerEnd,
            SpeakerKind = s.SpeakerKind,
            Cue = s.Cue,
            CueStart = s.CueStart,
            CueEnd = s.CueEnd,
            Addressee = s.Addressee,
            ReportedBy = s.ReportedBy,
            ReportedByMention = s.ReportedByMention,
            ReportedByStart = s.ReportedByStart,
            ReportedByEnd = s.ReportedByEnd,
            ReportedByKind = s.ReportedByKind,
            Paragraph = s.Paragraph,
            Sentence = s.Sentence,
            Retracts = s.Retracts,
            PromiseObject = s.PromiseObject,
            PromiseWhen = s.PromiseWhen,
            Vague = s.Vague,
        });
        _csv.WriteRecords(rows);
        _csv.Flush();
    }

    public void Complete()
    {
        if (!_headerWritten)
        {
            _csv.WriteHeader<StatementRow>();
            _headerWritten = true;
        }

        _csv.Flush();
    }

    public void Dispose() => _csv.Dispose();
}
