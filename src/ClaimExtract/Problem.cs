using System.Text.Json.Serialization;

namespace ClaimExtract;

/// <summary>How bad a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>Worth knowing; the record is complete.</summary>
    [JsonStringEnumMemberName("info")]
    Info,

    /// <summary>The record was produced, but part of it may be missing or degraded.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>The document produced no usable record.</summary>
    [JsonStringEnumMemberName("error")]
    Error,
}

/// <summary>
/// An expected, per-document outcome that a user should see (no article body, undecodable bytes,
/// a missing file). Problems are values carried in the result, never exceptions.
/// </summary>
/// <param name="Code">A stable code from <see cref="ProblemCodes"/>, e.g. <c>CE9001</c>.</param>
/// <param name="Severity">How bad it is; an <see cref="ProblemSeverity.Error"/> fails the document.</param>
/// <param name="Stage">The pipeline stage that raised it (<c>source</c>, <c>html</c>, <c>text</c>, <c>quotes</c>, <c>statements</c>, <c>output</c>).</param>
/// <param name="Message">A one-line message for people.</param>
public sealed record Problem(string Code, ProblemSeverity Severity, string Stage, string Message);
