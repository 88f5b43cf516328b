using ClaimExtract.Statements;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Statements;

/// <summary>The writer's own sentences that report a promise or a retraction. Sentences written for the tests.</summary>
public class ReportedStatementFinderTests
{
    private static List<(string Cue, string Subject)> Find(string text, params (int Start, int End)[] quoted)
    {
        var document = TextDocument.Create(text);
        return ReportedStatementFinder.Find(document, quoted.Select(q => new Span(q.Start, q.End)).ToList())
            .Select(r => (r.CueText, r.Subject.Of(text))).ToList();
    }

    [TestCase("Jack Ma, the founder of Alibaba, is backing down on his promise to create jobs.", "backing down on", "Jack Ma")]
    [TestCase("The governor walked back her remarks on Friday.", "walked back", "The governor")]
    [TestCase("Smith pledged to cut taxes for small firms.", "pledged", "Smith")]
    [TestCase("The mayor has reneged on a pledge to build a library.", "reneged on", "The mayor")]
    [TestCase("Labour previously promised to scrap tuition fees.", "promised", "Labour")]
    public void Finds_TheCueAndItsSubject(string text, string cue, string subject)
    {
        Assert.That(Find(text), Is.EqualTo(new[] { (cue, subject) }));
    }

    [TestCase("The debate promised a lively night.")]
    [TestCase("Prices were reversed by the court last week.")]
    [TestCase("The old factory was abandoned in 1990.")]
    [TestCase("When the long and winding committee meeting ended in the late afternoon, it pledged to act.")]
    public void Ignores_SentencesThatReportNoCommitment(string text)
    {
        Assert.That(Find(text), Is.Empty);
    }

    [Test]
    public void Ignores_SentencesAQuoteCovers()
    {
        const string text = "Smith pledged to cut taxes for small firms.";

        Assert.That(Find(text, (6, 20)), Is.Empty);
    }
}
