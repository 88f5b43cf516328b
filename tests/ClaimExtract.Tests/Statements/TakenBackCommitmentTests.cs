
namespace ClaimExtract.Tests.Statements;

/// <summary>
/// A sentence that reports a commitment taken back, whose commitment noun the quote stage reads as a cue of its own ("takes back
/// promise to voters to build ..."): one reported retraction by the one who takes it back, not a promise by whoever stands
/// before the noun. Sentences written for the tests.
/// </summary>
public class TakenBackCommitmentTests
{
    private static List<(string? Kind, string QuoteType, string? Speaker, string? Cue)> Statements(string text) =>
        PipelineStatements.Of(text).Select(s => ((string?)s.Kind, s.QuoteType, s.Speaker, s.Cue)).ToList();

    [TestCase("Acme’s Rita Berg takes back promise to voters to build 500 homes\n\nRita Berg, the founder of Acme, said the homes would not be built this decade.")]
    [TestCase("Acme’s Rita Berg walks back pledge to voters to build 500 homes\n\nRita Berg, the founder of Acme, said the homes would not be built this decade.")]
    public void Headline_IsAReportedRetraction_ByTheOneWhoTakesItBack(string text)
    {
        var first = Statements(text)[0];

        Assert.That((first.Kind, first.QuoteType, first.Speaker), Is.EqualTo(("retraction", "reported", "Rita Berg")));
        Assert.That(Statements(text).Where(s => s.Cue is "promise" or "pledge"), Is.Empty);
    }
}
