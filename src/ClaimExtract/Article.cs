using System.Text.Json.Serialization;

namespace ClaimExtract;

/// <summary>
/// One article as claimextract reports it: metadata, the text every offset points into, the
/// statements found, and any problems met on the way. This is the published output schema
/// (<c>claimextract schema</c>); JSON names are the snake_case forms of the property names.
/// </summary>
public sealed record Article
{
    /// <summary>The id given in a JSON Lines record, else the file path or URL.</summary>
    public required string Id { get; init; }

    /// <summary>Where the article came from: a file path, <c>-</c> for standard input, or <c>path:line</c> for JSON Lines.</summary>
    public required string Source { get; init; }

    /// <summary>The article's URL: the input record's or the fetched one, else the page's canonical URL (made absolute); null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>The headline: the input record's, else the page's (JSON-LD, OpenGraph, meta tags, <c>&lt;title&gt;</c> without the site's name); null when unknown.</summary>
    public string? Title { get; init; }

    /// <summary>The authors' names, in page order; empty when the page names none (a site or agency named as the author is not listed).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>ISO 8601, or null when unknown.</summary>
    public string? Published { get; init; }

    /// <summary>The publication's name (JSON-LD publisher, <c>og:site_name</c>, ...); null when unknown.</summary>
    public string? Publisher { get; init; }

    /// <summary>The page's language as a BCP 47 tag (<c>en</c>, <c>en-US</c>); null when the page does not say.</summary>
    public string? Language { get; init; }

    /// <summary>When the page was captured, ISO 8601 in UTC: a web archive record's <c>WARC-Date</c>, or the time a URL was fetched; null for files and JSON Lines.</summary>
    public string? Fetched { get; init; }

    /// <summary>The article text; every offset counts Unicode code points into it.</summary>
    public required string Text { get; init; }

    /// <summary>What was said, in text order.</summary>
    public IReadOnlyList<Statement> Statements { get; init; } = [];

    /// <summary>What went wrong or was doubtful on the way; an error-severity problem means the article <see cref="Failed"/>.</summary>
    public IReadOnlyList<Problem> Problems { get; init; } = [];

    /// <summary>Whether the article failed: it carries an error-severity problem.</summary>
    [JsonIgnore]
    public bool Failed => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>
/// One thing said in an article, with its speaker, cue and kind. Offsets count Unicode code points
/// into <see cref="Article.Text"/>, end exclusive, so that <c>text[start:end]</c> in Python is the span.
/// </summary>
public sealed record Statement
{
    /// <summary><c>&lt;article id&gt;#&lt;n&gt;</c>, n counting from 1 in text order.</summary>
    public required string Id { get; init; }

    /// <summary><c>promise</c>, <c>retraction</c>, <c>prediction</c>, <c>claim</c> or <c>other</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The classifier's probability for <see cref="Kind"/>, 0 to 1.</summary>
    public double KindConfidence { get; init; }

    /// <summary>
    /// Whether the statement is worth fact-checking (CheckThat!'s sense), whatever its kind: every <c>claim</c> is, and so is
    /// a statement of another kind whose claim detector passes its own check-worthiness threshold.
    /// </summary>
    public bool CheckWorthy { get; init; }

    /// <summary><c>direct</c>, <c>indirect</c>, <c>mixed</c>, or <c>reported</c> (the writer's own sentence reporting a promise or a retraction).</summary>
    public required string QuoteType { get; init; }

    /// <summary>The content as it stands in the text: <c>text[start:end]</c>.</summary>
    public required string Text { get; init; }

    /// <summary>Where <see cref="Text"/> starts in <see cref="Article.Text"/>, in code points.</summary>
    public int Start { get; init; }

    /// <summary>Where <see cref="Text"/> ends in <see cref="Article.Text"/>, in code points (exclusive).</summary>
    public int End { get; init; }

    /// <summary>
    /// The speaker's resolved full name (an organisation's as fully as the article names it, a document's as written), or null when
    /// the mention names nobody: a group ("officials"), or a pronoun or description whose referent is not found.
    /// </summary>
    public string? Speaker { get; init; }

    /// <summary>The mention the speaker was found from, as written ("he", "the billionaire"), or null.</summary>
    public string? SpeakerMention { get; init; }

    /// <summary>Where <see cref="SpeakerMention"/> starts in <see cref="Article.Text"/>, in code points; null when there is none.</summary>
    public int? SpeakerStart { get; init; }

    /// <summary>Where <see cref="SpeakerMention"/> ends in <see cref="Article.Text"/>, in code points (exclusive); null when there is none.</summary>
    public int? SpeakerEnd { get; init; }

    /// <summary><c>person</c>, <c>organization</c>, <c>document</c>, <c>group</c> or <c>unknown</c>.</summary>
    public required string SpeakerKind { get; init; }

    /// <summary>
    /// The cue ("said", "told", "according to", "referred to ... as"), lower-cased with its spaces normalised, or null;
    /// <see cref="CueStart"/>..<see cref="CueEnd"/> covers it as written ("According to", "referred to the frictions as").
    /// </summary>
    public string? Cue { get; init; }

    /// <summary>Where the cue starts in <see cref="Article.Text"/>, in code points; null when there is none.</summary>
    public int? CueStart { get; init; }

    /// <summary>Where the cue ends in <see cref="Article.Text"/>, in code points (exclusive); null when there is none.</summary>
    public int? CueEnd { get; init; }

    /// <summary>Whom it was said to ("told Xinhua"), or null.</summary>
    public string? Addressee { get; init; }

    /// <summary>
    /// Who relays the speaker's words, when the article gives them through an intermediary ("“We will not pay,” Ana Ruiz said, according
    /// to the Daily Ledger": the Daily Ledger), resolved as <see cref="Speaker"/> is; null when there is none, or when the mention names
    /// nobody. A medium or an addressee ("in an interview with the Ledger", "told the Ledger") is not one.
    /// </summary>
    public string? ReportedBy { get; init; }

    /// <summary>The mention <see cref="ReportedBy"/> was found from, as written ("the paper", "a transcript of the show"), or null.</summary>
    public string? ReportedByMention { get; init; }

    /// <summary>Where <see cref="ReportedByMention"/> starts in <see cref="Article.Text"/>, in code points; null when there is none.</summary>
    public int? ReportedByStart { get; init; }

    /// <summary>Where <see cref="ReportedByMention"/> ends in <see cref="Article.Text"/>, in code points (exclusive); null when there is none.</summary>
    public int? ReportedByEnd { get; init; }

    /// <summary>As <see cref="SpeakerKind"/>, of the reporter: <c>person</c>, <c>organization</c>, <c>document</c>, <c>group</c> or <c>unknown</c>; null when there is none.</summary>
    public string? ReportedByKind { get; init; }

    /// <summary>The zero-based paragraph where the statement starts.</summary>
    public int Paragraph { get; init; }

    /// <summary>The zero-based sentence (over the whole article) where the statement starts.</summary>
    public int Sentence { get; init; }

    /// <summary>The id of the statement this one takes back, or null.</summary>
    public string? Retracts { get; init; }

    /// <summary>For a promise: what was promised, or null.</summary>
    public string? PromiseObject { get; init; }

    /// <summary>For a promise: the time stated for it, or null.</summary>
    public string? PromiseWhen { get; init; }

    /// <summary>For a promise: whether it names no definite action or outcome (see <see cref="Statements.PromiseDetails"/>); null for other kinds.</summary>
    public bool? Vague { get; init; }
}
