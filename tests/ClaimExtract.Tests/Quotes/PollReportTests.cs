using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A poll with cue "in" (<see cref="PollReport"/>: "Ruiz leads by six points in the latest Ledger poll", "In a survey released Monday,
/// ..."): PolNeAR annotates it as an attribution with the poll for the source, which the rules and the models leave out (issue 4,
/// docs/quotes.md "recall45"). On sentences written for these tests.
/// </summary>
public class PollReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the cue, a part of the content (each fails without the rules: no statement has the cue)
    [TestCase("Tomas Okafor leads Lena Marsh by six points in the latest Harbour Ledger poll.", "in", "Okafor leads Lena Marsh by six points")]
    [TestCase("In a Coastline Research survey released Monday, most ferry riders chose the new levy.", "in", "most ferry riders chose the new levy")]
    public void Poll_WhereNoStatementStands_IsAStatement(string text, string cue, string content)
    {
        var statements = Statements(text);
        var found = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(found[0].Text, Does.Contain(content));
    }

    // Made by hand: the forms PollReport.Find reads at "in"; null for an unnamed plural ("in the polls"), the poll's respondents
    // ("percent of voters in the poll [said]"), a subordinate clause, a relative clause, and a place that is no poll.
    [TestCase("Okafor leads Marsh by six points in the latest Harbour Ledger poll.", "the latest Harbour Ledger poll", "Okafor leads Marsh by six points")]
    [TestCase("In a Coastline survey released Monday, most voters chose the levy.", "a Coastline survey", "most voters chose the levy")]
    [TestCase("But in the new Ledger poll, Ruiz trails by four points.", "the new Ledger poll", "Ruiz trails by four points")]
    [TestCase("Ruiz held a lead of six points in the Ledger average of county polls, up from two.", "the Ledger average of county polls", "Ruiz held a lead of six points")]
    [TestCase("Ruiz has risen in the polls since May.", null, null)]
    [TestCase("Some 30 percent of voters in the Ledger poll said they back the levy.", null, null)]
    [TestCase("Though Ruiz trails in the Ledger poll, her aides are calm.", null, null)]
    [TestCase("Marsh, who is third in the Ledger poll, spoke on Friday.", null, null)]
    [TestCase("In Dover, the levy is popular with most voters.", null, null)]
    public void Poll_Find_Forms(string text, string? speaker, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = PollReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Lower == "in"));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, speaker), (f.Content, content)] : null);
    }
}
