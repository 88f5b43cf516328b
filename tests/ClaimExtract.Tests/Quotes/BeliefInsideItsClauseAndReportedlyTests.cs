using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall on PolNeAR (docs/quotes.md, "recall48"): a verb of belief inside the clause it is about (<see cref="StanceReport"/>:
/// a relative clause whose object moved out, "a step they believe will help"; a parenthesis, "The vote, many think, will slip"), and
/// "reportedly" as the cue of a statement with no source (<see cref="ReportedlyReport"/>). By hand on sentences written for these tests.
/// </summary>
public class BeliefInsideItsClauseAndReportedlyTests
{
    // text, the verb, the speaker and the content read (null: none). Each positive case is null without the change.
    [TestCase("The bridge is a step they believe will ease traffic.", "believe", "they", "step they believe will ease traffic")]
    [TestCase("The levy, which Ana Ruiz thinks could pass, was debated.", "thinks", "Ana Ruiz", "which Ana Ruiz thinks could pass, was debated")]
    [TestCase("It was the pier he hoped would bring visitors back.", "hoped", "he", "pier he hoped would bring visitors back")]
    [TestCase("The vote, many think, will slip to May.", "think", "many", "The vote")]
    [TestCase("The ferry could stop in winter, critics fear.", "fear", "critics", "The ferry could stop in winter")]
    [TestCase("The hall will close, residents believe — and soon.", "believe", "residents", "The hall will close")]
    [TestCase("The market will move, I thought, before the spring.", "thought", "I", "The market will move")]
    [TestCase("The plan that they hoped would pass was dropped.", "hoped", null, null)]
    [TestCase("They believe, as ever, that the hall will open.", "believe", null, null)]
    [TestCase("Lena Marsh hopes.", "hopes", null, null)]
    [TestCase("The council, which they feared, has closed the pier.", "feared", null, null)]
    [TestCase("The hall will close, its owners believe — and soon.", "believe", null, null)]
    public void Belief_InsideItsClause(string text, string verb, string? speaker, string? content)
        => StanceCases.AssertFinds(text, verb, speaker, content);

    // text, the content of the one statement cued on "reportedly" (null: no statement).
    [TestCase("The council has reportedly dropped the plan for a new pier.", "The council has reportedly dropped the plan for a new pier")]
    [TestCase("Reportedly, the mayor left the meeting early.", "Reportedly, the mayor left the meeting early")]
    [TestCase("The crew reportedly sang “home again” on the dock.", "The crew reportedly sang “home again” on the dock")]
    [TestCase("The ferry left. It reportedly was late again, and reportedly half empty.", "It reportedly was late again, and reportedly half empty")]
    [TestCase("It reportedly closed.", null)]
    [TestCase("The council dropped the plan for a new pier.", null)]
    public void Reportedly_IsAStatementWithoutSource(string text, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var added = ReportedlyReport.Add(tokens, []);
        if (content is null)
        {
            Assert.That(added, Is.Empty);
            return;
        }

        Assert.That(added, Has.Count.EqualTo(1));
        Assert.That(text[added[0].Content.Start..added[0].Content.End], Is.EqualTo(content));
        Assert.That(added[0].CueText, Is.EqualTo("reportedly"));
        Assert.That(added[0].Speaker, Is.Null);
    }

    // Through the whole pipeline: inside a quotation, neither reads.
    [TestCase("“The vote, many think, will slip,” Lena Marsh wrote.", "think")]
    [TestCase("“The council has reportedly dropped the plan,” Lena Marsh wrote.", "reportedly")]
    public void InsideAQuotation_NoStatement(string text, string cue)
    {
        var statements = PipelineStatements.Of(text);
        Assert.That(statements.Select(s => s.Cue), Does.Not.Contain(cue));
    }

    [Test]
    public void Reportedly_WhereAStatementStands_IsNotAdded()
    {
        const string text = "The council has reportedly dropped the plan for a new pier.";
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var said = new Attribution(new Span(16, 58), QuoteType.Indirect, null, null, null, null);
        Assert.That(ReportedlyReport.Add(tokens, [said]), Is.EqualTo(new[] { said }));
    }
}
