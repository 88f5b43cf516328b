using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Branch recall85 (docs/quotes.md, "recall85"): a sentence that opens with a poll's "in" phrase and goes on with a share of people
/// and "said"/"say"/"says" ("In a poll released Monday, 62 percent of riders said ...") is PolNeAR's poll attribution, the cue "in",
/// the poll the source, the whole clause after the comma the content; the share's "said" inside it is left unannotated.
/// <see cref="PollReport"/> puts the poll's statement in place of the share's. On sentences written for these tests; changed rows
/// (the old code gives the share's "said" statement) and guard rows that keep the share's statement.
/// </summary>
public class PollShareSayingTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    private static string Show(List<Statement> statements) => string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text));

    // text, the content the poll's statement must have, a word of its speaker
    [TestCase("In a Harbour Ledger poll released Monday, 62 percent of ferry riders said the new levy was too high.",
        "62 percent of ferry riders said the new levy was too high", "poll")]
    [TestCase("In the latest Coastline Research survey, just 8 percent of farmers said they would back the canal plan.",
        "just 8 percent of farmers said they would back the canal plan", "survey")]
    [TestCase("In a Ledger poll this month, about half of the voters say the mayor should resign.",
        "about half of the voters say the mayor should resign", "poll")]
    public void ShareSaying_AfterAnOpeningPoll_IsThePollsStatement(string text, string content, string speakerWord)
    {
        var statements = Statements(text);
        var poll = statements.Where(s => s.Cue == "in").ToList();
        Assert.That(poll, Has.Count.EqualTo(1), Show(statements));
        Assert.That(poll[0].Text, Is.EqualTo(content), Show(statements));
        Assert.That(poll[0].SpeakerMention, Does.Contain(speakerWord), Show(statements));
        Assert.That(statements.Where(s => s.Cue is "said" or "say" or "says"), Is.Empty, Show(statements));
    }

    // Guards: the share's "said" statement stays where the subject is no share, the poll phrase does not open the sentence, or
    // the opening phrase is no poll.
    [TestCase("In a Harbour Ledger poll released Monday, the harbour master said the new levy was too high.")]
    [TestCase("Some 62 percent of ferry riders in the Harbour Ledger poll said the new levy was too high.")]
    [TestCase("In a letter released Monday, 62 percent of the members said the new levy was too high.")]
    public void ShareSaying_OtherwiseKeepsItsStatement(string text)
    {
        var statements = Statements(text);
        Assert.That(statements.Where(s => s.Cue == "said").ToList(), Has.Count.EqualTo(1), Show(statements));
        Assert.That(statements.Where(s => s.Cue == "in" && s.Text.Contains("said", StringComparison.Ordinal)), Is.Empty, Show(statements));
    }
}
