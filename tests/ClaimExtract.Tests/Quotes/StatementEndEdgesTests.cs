using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The end edges for statements added after the content edges (branch content41, docs/quotes.md, "content41"): a stance or an
/// endorsement's content, which runs to its sentence's end, ends before a coordinated clause with a report of its own, a
/// participle of saying, a semicolon. Hand-built attributions on sentences written for these tests, and one through the pipeline.
/// </summary>
public class StatementEndEdgesTests
{
    private static TestCaseData Added(string name, string text, string speaker, string cue, string content, string? other, bool added, string expected) =>
        new TestCaseData(text, speaker, cue, content, other, added, expected).SetName($"ContentEdges41_{name}");

    private static IEnumerable<TestCaseData> AddedCases()
    {
        // An added statement (not in the list before the rules after the edges) ends at the break.
        yield return Added("NextReport", "Okafor backed the levy, but the union said it would strike in May.",
            "Okafor", "backed", "the levy, but the union said it would strike in May", "the union|said|it would strike in May", true, "the levy");
        yield return Added("Participle", "Delgado endorsed the mayor, calling her the best candidate in years.",
            "Delgado", "endorsed", "the mayor, calling her the best candidate in years", null, true, "the mayor");
        yield return Added("Semicolon", "The crews are willing to wait another month; the clerks are not.",
            "The crews", "willing", "to wait another month; the clerks are not", null, true, "to wait another month");

        // Kept: the same statement when it was there before (the edges have had their turn), no break, a second "that" clause.
        yield return Added("KeptBefore", "Delgado endorsed the mayor, calling her the best candidate in years.",
            "Delgado", "endorsed", "the mayor, calling her the best candidate in years", null, false,
            "the mayor, calling her the best candidate in years");
        yield return Added("KeptNoBreak", "Voters want the clinic to stay open on Sundays.",
            "Voters", "want", "the clinic to stay open on Sundays", null, true, "the clinic to stay open on Sundays");
        yield return Added("KeptAndThat", "They think the pier is safe, and that Delgado admitted as much.",
            "They", "think", "the pier is safe, and that Delgado admitted as much", "Delgado|admitted|as much", true,
            "the pier is safe, and that Delgado admitted as much");
    }

    [TestCaseSource(nameof(AddedCases))]
    public void AddedContent_EndsAtTheEdges(string text, string speaker, string cue, string content, string? other, bool added, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var statement = ContentEdgesCoordinatedReportTests.Build(text, 0, speaker, cue, content);
        List<Attribution> before = added ? [] : [statement];
        if (other?.Split('|') is [var otherSpeaker, var otherCue, var otherContent])
        {
            before.Add(ContentEdgesCoordinatedReportTests.Build(text, text.IndexOf(content, StringComparison.Ordinal) + 1, otherSpeaker, otherCue, otherContent));
        }

        List<Attribution> all = added ? [statement, .. before] : [.. before];
        var found = ContentEdges.EndAdded(tokens, before, all);
        Assert.That(found[0].Content.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void Stance_BeforeAnotherReport_EndsThroughThePipeline()
    {
        const string text = "Omar Haddad backed the harbour levy, but the union said it would strike in May.";
        var statements = PipelineStatements.Of(text);
        var stance = statements.Where(s => s.Cue == "backed").ToList();
        Assert.That(stance, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(stance[0].Text, Is.EqualTo("the harbour levy"));
    }
}
