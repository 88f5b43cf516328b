using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Criticism told by a light verb and a noun with a preposition (<see cref="ClaimExtract.Quotes.PhraseReport"/>): "took issue with",
/// "took aim at", "took a swipe at", "has made no secret of", "has been critical of"; the phrase is the cue, its object the content.
/// On sentences written for these tests.
/// </summary>
public class PhraseReportTests
{
    private static readonly ClaimPipeline Pipeline = new();

    private static List<Statement> Statements(string text) =>
        Pipeline.Process(new InputDocument("t", "t", new DocumentContent.PlainText(text))).Statements.ToList();

    // text, the cue, the content, the speaker mention as written (each fails without the rule: no statement at all)
    [TestCase("Tomas Okafor took issue with the harbour levy.", "took issue with", "the harbour levy", "Tomas Okafor")]
    [TestCase("At the pier on Sunday, she took aim at the ferry operators.", "took aim at", "the ferry operators", "she")]
    [TestCase("Lena Marsh took a parting shot at the fishing board.", "took a parting shot at", "the fishing board", "Lena Marsh")]
    [TestCase("Omar Haddad has made no secret of his plans for the old cannery.", "made no secret of", "his plans for the old cannery", "Omar Haddad")]
    [TestCase("Priya Nair has been critical of the new toll.", "been critical of", "the new toll", "Priya Nair")]
    public void Phrase_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        var statements = Statements(text);
        var found = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(found[0].Text, Is.EqualTo(content));
        Assert.That(found[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // Guards: no statement from this rule (its cue opens with the light verb or the copula) inside a quotation, with no person for a subject, or for a blow that is not criticism.
    [TestCase("“We took issue with the toll,” Ana Ruiz said.")]
    [TestCase("The storm took aim at the coast on Tuesday.")]
    [TestCase("The striker took a shot at goal in the last minute.")]
    [TestCase("The report is critical of the ferry schedule.")]
    [TestCase("Ana Ruiz made a secret of nothing.")]
    public void NoPhraseStatement(string text)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.Matches<string?>(c => c is not null && c.Split(' ')[0] is "took" or "made" or "is"));
    }
}
