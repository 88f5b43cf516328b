using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// An attitude told by a noun with a possessive for its source (<see cref="NounReport"/>): "her attacks on the board", "the mayor's
/// plan to sell the pier". PolNeAR annotates them as attributions; the rules and the cue tagger leave most out. On sentences written
/// for these tests.
/// </summary>
public class NounReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the cue, the content, the speaker mention as written (each fails without the rule: no statement has the noun as its cue)
    [TestCase("Her attacks on the harbour board have grown sharper this spring.", "attacks on", "the harbour board", "Her")]
    [TestCase("In his support for the ferry levy, Tomas Okafor stood almost alone.", "support for", "the ferry levy", "his")]
    [TestCase("The vote came after the mayor's plan to sell the old pier.", "plan", "to sell the old pier", "the mayor's")]
    public void Attitude_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        var statements = Statements(text);
        var found = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(found[0].Text, Is.EqualTo(content));
        Assert.That(found[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // Made by hand: the forms Find reads; null where the noun phrase is a verb's object, has no possessive, is quoted, or the noun
    // and its preposition are not read ("plans for", "opposition to").
    [TestCase("Her attacks on the harbour board have grown sharper.", "attacks", "Her", "attacks on", "the harbour board")]
    [TestCase("Lena Marsh's decision to close the pier, made on Monday, surprised the town.", "decision", "Lena Marsh's", "decision", "to close the pier")]
    [TestCase("The council’s refusal to reopen the school, parents said, was a blow.", "refusal", "The council’s", "refusal", "to reopen the school")]
    [TestCase("Ana Ruiz’s criticism of the new toll was sharp.", "criticism", "Ana Ruiz’s", "criticism of", "the new toll")]
    [TestCase("By their long stance on fishing quotas, the islanders won friends.", "stance", "their", "stance on", "fishing quotas")]
    [TestCase("Tomas Okafor defended his support for the ferry levy.", "support", null, null, null)]
    [TestCase("The support for the ferry levy grew over the summer.", "support", null, null, null)]
    [TestCase("His plans for the pier are vague.", "plans", null, null, null)]
    [TestCase("Marsh's opposition to the levy is old news.", "opposition", null, null, null)]
    [TestCase("Reporters asked about her decision to leave the board.", "decision", null, null, null)]
    public void Find_Forms(string text, string noun, string? speaker, string? cue, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = NounReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == noun));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, speaker), (f.Cue, cue), (f.Content, content)] : null);
        if (found is { } named)
            Assert.That(named.CueText, Is.EqualTo(cue));
    }

    // No statement from this rule: inside a quotation, and a noun phrase that is a verb's object.
    [TestCase("“Her attacks on the harbour board are unfair,” Tomas Okafor said.", "attacks on")]
    [TestCase("Tomas Okafor defended his support for the ferry levy.", "support for")]
    public void NoAttitude(string text, string cue)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.EqualTo(cue));
    }
}
