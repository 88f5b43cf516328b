using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>The check that the table tests of <see cref="StanceReport.Find"/> share: the stance opened by the first token written
/// <c>verb</c> has the speaker and content given, or there is none when <c>content</c> is null.</summary>
internal static class StanceCases
{
    public static void AssertFinds(string text, string verb, string? speaker, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = StanceReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, speaker), (f.Content, content)] : null);
    }
}
