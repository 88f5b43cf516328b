using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A report inside another report's content that only restates it gives no statement of its own (<see cref="InnerReport"/>):
/// "Analysts noted that the port authority has called on its tenants to pay ..." is the analysts' report, not a second one cued on
/// "called on". On sentences written for these tests: through the whole pipeline (each change case gave the inner statement before
/// the rule), and by hand.
/// </summary>
public class InnerReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the outer report's cue (kept), the inner report's cue (no statement)
    [TestCase("A poll by the harbour trust showed that 64 percent of fishermen said it bothered them that the council sold the old pier to a hotel chain.", "showed", "said")]
    [TestCase("Analysts noted that the port authority has called on its tenants to pay the new fees by any means possible.", "noted", "called on")]
    [TestCase("Jacobs explained that all one needs to do is ask any harbour master what lies behind the new rules, and that the union has done the most good.", "explained", "do is ask")]
    [TestCase("The mayor dismissed a report in the Gazette that the council has been considering announcing that it will not fund the ferry, if the levy fails.", "dismissed", "announcing")]
    public void ReportRestatingAnother_GivesNoStatement(string text, string outer, string inner)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(outer).And.Not.Contain(inner));
    }

    // Guards: both statements stay (a report whose speaker stands further inside the other's content; a report beside it;
    // two reports of one speaker side by side).
    [TestCase("Okafor told reporters that the plan, which residents criticized at a packed meeting on Monday, would be revised.", "told", "criticized at")]
    [TestCase("The council said that a report by the auditors, who warned of rising debts at the harbour, was published on Friday.", "said", "warned")]
    [TestCase("The inspector said that for a start, there appeared to be little care in how the dock was repaired.", "said", "appeared")]
    [TestCase("Ana Ruiz argued that the budget was too small and warned that the library would have to close two days a week.", "argued", "warned")]
    public void ReportOfItsOwn_Stays(string text, string first, string second)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(first).And.Contain(second));
    }

    // Mixed statements (precision54): a mixed report inside a mixed one that covers more than 60% of its content gives no
    // statement, whoever its speaker. Each inner statement was given on main 67c707b.
    [TestCase("The senator from Ohio said the port levy was \"unfair,\" noting that it is \"a tax on every fisherman who still works the docks.\"", "said", "noting")]
    [TestCase("The mayor said the levy was \"a mistake,\" adding that it had \"hurt every family on the waterfront.\"", "said", "adding")]
    [TestCase("Reyes argued that the trust had \"no choice,\" stating that the old pier is \"a danger to anyone who walks on it after dark.\"", "argued", "stating")]
    public void MixedReportRestatingAMixedOne_GivesNoStatement(string text, string outer, string inner)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(outer).And.Not.Contain(inner));
    }

    // Guards (precision54): a mixed report that covers at most 60% of the mixed content around it stays, beside the outer one.
    [TestCase("Ortiz said the ferry union had issued a statement on Friday saying the strike \"will go ahead unless the trust backs down.\"", "said", "saying")]
    [TestCase("Councillor Price said that sometimes the trust's careless comments make residents feel \"nobody is listening to them at all.\"", "said", "comments")]
    public void MixedReportOfItsOwnInsideAMixedOne_Stays(string text, string outer, string inner)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(outer).And.Contain(inner));
    }

    private const string Sentence = "Ruiz said that after a long and heated night the council has asked the mayor to resign.";

    private static Span Of(string words)
    {
        var start = Sentence.IndexOf(words, StringComparison.Ordinal);
        return new Span(start, start + words.Length);
    }

    // Made by hand on the sentence above: the outer report "Ruiz said [that after ... to resign]" and an inner one cued on "asked";
    // whether the inner one goes, as its speaker, its content, the outer speaker and the two types vary.
    [TestCase("the council", "the mayor to resign", QuoteType.Indirect, "Ruiz", QuoteType.Indirect, false)]
    [TestCase(null, "the mayor to resign", QuoteType.Indirect, "Ruiz", QuoteType.Indirect, true)]
    [TestCase("Ruiz", "the mayor to resign", QuoteType.Indirect, "Ruiz", QuoteType.Indirect, true)]
    [TestCase("Ruiz", "the mayor to resign", QuoteType.Indirect, null, QuoteType.Indirect, false)]
    [TestCase("long and heated night", "the mayor to resign", QuoteType.Indirect, "Ruiz", QuoteType.Indirect, true)]
    [TestCase("the council", "a long and heated night the council has asked the mayor to resign", QuoteType.Indirect, "Ruiz", QuoteType.Indirect, true)]
    [TestCase("the council", "a long and heated night the council has asked the mayor to resign", QuoteType.Indirect, null, QuoteType.Indirect, false)]
    [TestCase(null, "the mayor to resign", QuoteType.Indirect, null, QuoteType.Indirect, false)]
    [TestCase(null, "the mayor to resign", QuoteType.Mixed, "Ruiz", QuoteType.Indirect, false)]
    [TestCase(null, "the mayor to resign", QuoteType.Indirect, "Ruiz", QuoteType.Mixed, false)]
    [TestCase("the council", "the mayor to resign", QuoteType.Mixed, "Ruiz", QuoteType.Mixed, false)]
    [TestCase(null, "the mayor to resign", QuoteType.Mixed, "Ruiz", QuoteType.Mixed, false)]
    [TestCase("the council", "a long and heated night the council has asked the mayor to resign", QuoteType.Mixed, "Ruiz", QuoteType.Mixed, true)]
    [TestCase("Ruiz", "a long and heated night the council has asked the mayor to resign", QuoteType.Mixed, "Ruiz", QuoteType.Mixed, true)]
    [TestCase("the council", "a long and heated night the council has asked the mayor to resign", QuoteType.Mixed, null, QuoteType.Mixed, false)]
    public void Restates_AsTheInnerAndOuterReportsVary(string? innerSpeaker, string innerContent, QuoteType innerType, string? outerSpeaker,
        QuoteType outerType, bool dropped)
    {
        var outer = new Attribution(Of("that after a long and heated night the council has asked the mayor to resign"), outerType, Of("said"),
            "said", outerSpeaker is null ? null : Of(outerSpeaker), null);
        var inner = new Attribution(Of(innerContent), innerType, Of("asked"), "asked", innerSpeaker is null ? null : Of(innerSpeaker), null);
        Assert.That(InnerReport.Restates(Sentence, [outer, inner], inner), Is.EqualTo(dropped));
        Assert.That(InnerReport.Restates(Sentence, [outer, inner], outer), Is.False, "the outer report stays");
        Assert.That(InnerReport.Apply(Sentence, [outer, inner]), Has.Count.EqualTo(dropped ? 1 : 2));
    }
}
