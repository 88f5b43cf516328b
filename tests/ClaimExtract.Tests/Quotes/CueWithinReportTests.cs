using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A cue that is a word of what another statement reports gives no statement of its own (<see cref="CueWithinReport"/>): "Ruiz said that
/// there did not appear to be ..." is Ruiz's report, not a second one cued on "appear" over the whole sentence. On sentences written
/// for these tests: through the whole pipeline (the change cases gave the outer statement before the rule), and by hand.
/// </summary>
public class CueWithinReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the report's cue (kept), the cue inside its content (no statement)
    [TestCase("Ana Ruiz said that there did not appear to be any link between the two fires at the harbour.", "said", "appear")]
    [TestCase("Okafor noted that the old mayor appeared tired in his first debate against the ferry captain in 1998.", "noted", "appeared")]
    [TestCase("The engineers added that the bridge is likely to reopen when the inspectors appear at the site next week.", "added", "appear")]
    [TestCase("Ruiz largely agreed with Okafor and seemed to think the new timetable was somewhat unfair.", "agreed with", "seemed")]
    public void CueInsideAnotherReport_GivesNoStatement(string text, string report, string within)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(report).And.Not.Contain(within));
    }

    // Guards: both statements stay (a cue after the report's content; a cue before the content it reports).
    [TestCase("The council said the ferry would run again in March, but the new dock does not seem ready.", "said", "seem")]
    [TestCase("It appears that the council said the ferry would run again in March.", "said", "appears")]
    public void CueOutsideTheOtherReport_Stays(string text, string first, string second)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(first).And.Contain(second));
    }

    // Made by hand on "Ruiz said the dock did not appear safe.": the outer attribution over the whole sentence, cued on "appear",
    // and the inner one cued on "said"; whether the outer one goes, as the outer type, the inner cue and the inner content vary.
    [TestCase(QuoteType.Indirect, "said", "the dock did not appear safe", true)]
    [TestCase(QuoteType.Mixed, "said", "the dock did not appear safe", false)]
    [TestCase(QuoteType.Direct, "said", "the dock did not appear safe", false)]
    [TestCase(QuoteType.Indirect, null, "the dock did not appear safe", false)]
    [TestCase(QuoteType.Indirect, "said", "the dock", false)]
    public void IsWithin_AsTheOuterTypeAndTheInnerReportVary(QuoteType outerType, string? innerCue, string innerContent, bool dropped)
    {
        const string text = "Ruiz said the dock did not appear safe.";
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var outer = new Attribution(Of("Ruiz said the dock did not appear safe"), outerType, Of("appear"), "appear", null, null);
        var inner = new Attribution(Of(innerContent), QuoteType.Indirect, innerCue is null ? null : Of(innerCue), innerCue, Of("Ruiz"), null);
        Assert.That(CueWithinReport.IsWithin([outer, inner], outer), Is.EqualTo(dropped));
        Assert.That(CueWithinReport.IsWithin([outer, inner], inner), Is.False, "the report stays");
        Assert.That(CueWithinReport.Apply([outer, inner]), Has.Count.EqualTo(dropped ? 1 : 2));
    }
}
