using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A content that starts inside another statement's content and runs past its end over that statement's cue is a misreading
/// (<see cref="ContentOverReport"/>): in "Ruiz plans to visit the island on Sunday, according to a council aide." the report is the
/// aide's, and "plans [to visit ..., according to a council aide]" goes. On sentences written for these tests: through the whole
/// pipeline (the change cases gave the second statement before the rule), and by hand.
/// </summary>
public class ContentOverReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the report's cue (kept), the cue whose content ran over it (no statement)
    [TestCase("Ruiz plans to visit the island on Sunday, according to a council aide.", "according to", "plans")]
    [TestCase("Okafor told aides that he viewed the new dock as a serious threat, according to someone at the meeting.", "according to", "told")]
    public void ContentOverAnotherReportsCue_GivesNoStatement(string text, string report, string over)
    {
        var cues = Statements(text).Select(s => s.Cue).ToList();
        Assert.That(cues, Does.Contain(report).And.Not.Contain(over));
    }

    // Guards: two reports side by side, each content ending before the other's cue, both stay.
    [TestCase("The council said the ferry would run again in March, and Okafor said the bridge would open in May.", "said", 2)]
    [TestCase("The harbour master also plans to vote for the new ferry this summer, Ruiz said.", "said", 1)]
    public void ContentsThatEndBeforeAnotherCue_Stay(string text, string cue, int count)
    {
        var statements = Statements(text);
        Assert.That(statements.Count(s => s.Cue == cue), Is.EqualTo(count));
    }

    // Made by hand on "Ruiz plans to visit the island on Sunday, according to a council aide.": the report ("according to") over
    // "Ruiz plans to visit the island on Sunday", and a second attribution; whether the second one goes, as its type and end vary.
    [TestCase(QuoteType.Indirect, "to visit the island on Sunday, according to a council aide", true)]
    [TestCase(QuoteType.Mixed, "to visit the island on Sunday, according to a council aide", true)]
    [TestCase(QuoteType.Direct, "to visit the island on Sunday, according to a council aide", false)]
    [TestCase(QuoteType.Indirect, "to visit the island on Sunday", false)]
    [TestCase(QuoteType.Indirect, "the island on Sunday, according", false)]
    public void RunsOver_AsTheSecondTypeAndEndVary(QuoteType type, string content, bool dropped)
    {
        const string text = "Ruiz plans to visit the island on Sunday, according to a council aide.";
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var report = new Attribution(Of("Ruiz plans to visit the island on Sunday"), QuoteType.Indirect, Of("according to"), "according to", Of("a council aide"), null);
        var second = new Attribution(Of(content), type, Of("plans"), "plans", Of("Ruiz"), null);
        Assert.That(ContentOverReport.RunsOver([report, second], second), Is.EqualTo(dropped));
        Assert.That(ContentOverReport.RunsOver([report, second], report), Is.False, "the report stays");
        Assert.That(ContentOverReport.Apply([report, second]), Has.Count.EqualTo(dropped ? 1 : 2));
    }
}
