using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A participle of naming or characterising after a statement in its sentence (<see cref="NamingReport"/>): "“...,” Okafor said,
/// referring to the new pier", "Ruiz praised the crews, calling them “tireless.”". PolNeAR annotates each as an attribution of its own,
/// with the sentence's speaker. On sentences written for these tests.
/// </summary>
public class NamingReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the cue, the content, the speaker mention as written (each fails without the rule: no statement has the participle as its cue)
    [TestCase("Tomas Okafor said the work “should be finished by spring,” referring to the new ferry pier.", "referring to",
        "the new ferry pier", "Tomas Okafor")]
    [TestCase("Priya Nair said the contract was “a mistake from the start,” referring to the deal signed with the ferry firm.", "referring to",
        "the deal signed with the ferry firm", "Priya Nair")]
    [TestCase("“The crews did the hard part,” Ana Ruiz said, calling them “the best in the county.”", "calling",
        "them “the best in the county.”", "Ana Ruiz")]
    [TestCase("“We were told nothing,” Omar Haddad said, calling the tender “a closed shop” run by a few firms.", "calling",
        "the tender “a closed shop” run by a few firms", "Omar Haddad")]
    [TestCase("Lena Marsh praised the harbour crews on Friday, calling them “tireless and brave.”", "calling",
        "them “tireless and brave.”", "Lena Marsh")]
    [TestCase("The mayor criticized the council's budget, calling it “a disgrace to the town.”", "calling",
        "it “a disgrace to the town.”", "The mayor")]
    public void Naming_AfterAStatement_IsAStatement(string text, string cue, string content, string speaker)
    {
        var statements = Statements(text);
        var naming = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(naming, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(naming[0].Text, Is.EqualTo(content));
        Assert.That(naming[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // The statement whose speaker the participle takes ends before it when its content ran on over it (on main it ran to the sentence's end).
    [TestCase("Tomas Okafor said the work “should be finished by spring,” referring to the new ferry pier.", "the work “should be finished by spring,”")]
    [TestCase("Priya Nair said the contract was “a mistake from the start,” referring to the deal signed with the ferry firm.",
        "the contract was “a mistake from the start,”")]
    public void StatementBefore_EndsBeforeTheParticiple(string text, string content)
    {
        Assert.That(Statements(text).Where(s => s.Cue == "said").Select(s => s.Text), Is.EqualTo(new[] { content }));
    }

    // No statement from this rule: "calling for" (a demand, not a name), a participle with no statement before it in its sentence, one
    // inside a quotation.
    [TestCase("“We need the pier,” Ana Ruiz said, calling for a vote before May.", "calling")]
    [TestCase("The ferry left at noon, calling at three small ports.", "calling")]
    [TestCase("“He kept calling it a disgrace, referring to the fees,” Lena Marsh said.", "referring to")]
    public void NoNaming(string text, string cue)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.EqualTo(cue));
    }
}
