namespace ClaimExtract.Tests.Quotes;

/// <summary>The check that the table tests of the report rules' <c>Find</c> share (<see cref="ClaimExtract.Quotes.StanceReport"/>,
/// <see cref="ClaimExtract.Quotes.PollReport"/>, <see cref="ClaimExtract.Quotes.NounReport"/>, ...): nothing is found when the case expects
/// none; otherwise something is, and each of its spans reads as the text expected.</summary>
internal static class ReportCases
{
    public static void AssertReads(string text, bool expectNone, IReadOnlyList<(Span Span, string? Expected)>? found)
    {
        if (expectNone)
        {
            Assert.That(found, Is.Null);
            return;
        }

        Assert.That(found, Is.Not.Null);
        foreach (var (span, expected) in found!)
            Assert.That(text[span.Start..span.End], Is.EqualTo(expected));
    }
}
