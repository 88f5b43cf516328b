using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Branch speakers84, on sentences written for these tests: a finite verb of naming right after the comma that closes a ", who ..."
/// clause holding the statement before it is the main clause's verb, whose source is the name the clause describes, not the pronoun
/// (<see cref="NamingReport"/>).
/// </summary>
public class NamingVerbAfterWhoClauseTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the naming cue, the speaker mention as written
    [TestCase("The vote was close.\n\nStill, Hale, who thinks the agency made a grab with its rules, called the new law “much better” than the old one.", "called", "Hale")]
    [TestCase("The race is tight.\n\nRuiz, who cited trade as her major issue, cast herself as a reformer.", "cast", "Ruiz")]
    public void NamingAfterAClosedRelative_TheNameSpeaks(string text, string cue, string speaker)
    {
        var statements = Statements(text);
        var naming = statements.Single(s => s.Cue == cue);
        Assert.That(naming.SpeakerMention, Is.EqualTo(speaker), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text + " / " + s.SpeakerMention)));
    }

    // Guards: the relative clause's own statement keeps its pronoun, and a naming verb with its own subject keeps it.
    [TestCase("The vote was close.\n\nStill, Hale, who thinks the agency made a grab with its rules, called the new law “much better” than the old one.", "thinks", "who")]
    [TestCase("Senator Dana Whitfield called him divisive and promised a recount.", "called", "Senator Dana Whitfield")]
    public void Guards_KeepTheirSpeaker(string text, string cue, string speaker)
    {
        var statements = Statements(text);
        Assert.That(statements.Single(s => s.Cue == cue).SpeakerMention, Is.EqualTo(speaker));
    }
}
