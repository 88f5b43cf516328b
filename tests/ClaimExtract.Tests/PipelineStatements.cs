using ClaimExtract.Sources;

namespace ClaimExtract.Tests;

/// <summary>
/// The whole pipeline run on a plain text written for a test, shared by the table-driven quote and speaker tests (one pipeline,
/// its models loaded once for all of them).
/// </summary>
internal static class PipelineStatements
{
    private static readonly ClaimPipeline Pipeline = new();

    /// <summary>The statements the pipeline finds in <paramref name="text"/>, in text order.</summary>
    public static List<Statement> Of(string text) =>
        Pipeline.Process(new InputDocument("t", "t", new DocumentContent.PlainText(text))).Statements.ToList();

    /// <summary>Each statement's speaker mention as written and its resolved speaker, in text order.</summary>
    public static List<(string? Mention, string? Speaker)> MentionsAndSpeakers(string text) =>
        Of(text).Select(s => (s.SpeakerMention, s.Speaker)).ToList();
}
