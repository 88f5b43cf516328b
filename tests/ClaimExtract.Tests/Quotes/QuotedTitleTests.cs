
namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Titles in quotation marks are not statements (issue 4): a film, song, show or campaign named in the text, whose words are all
/// capitalised but for a title's short words. On texts written for these tests, through the whole pipeline. Quotations that say
/// something (lower-case words) and a headline's quotation introduced by a colon stay statements.
/// </summary>
public class QuotedTitleTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    [TestCase("The actor, who starred in “Winter Comes to Harbour Town,” “Nine Days of Rain” and “Okafor and the Iron Bridge,” opened a café in Dover last year.", "Nine Days of Rain")]
    [TestCase("The band closed the evening with “Meet Me at the Lighthouse.” The crowd sang along with every word.", "Meet Me at the Lighthouse")]
    [TestCase("Her next role is in “Dancing in the Harbour Lights.”\n\nAna Ruiz had been a favourite of the judges.", "Dancing in the Harbour Lights")]
    [TestCase("Teachers with drums played “We Will Not Walk Away” from the town hall steps on Monday.", "We Will Not Walk Away")]
    public void TitleInQuotationMarks_IsNoStatement(string text, string title)
    {
        Assert.That(Statements(text).Where(s => s.Text.Contains(title, StringComparison.Ordinal)), Is.Empty);
    }

    [TestCase("The mayor left the hall early.\n\n“We will not close the harbour while I am in office.”\n\nThe council meets again in May.", "We will not close the harbour")]
    [TestCase("Ruiz: ‘The Harbour Levy Is A Tax On Every Family’\n\nThe mayor spoke to reporters on Monday.", "The Harbour Levy Is A Tax On Every Family")]
    [TestCase("“Nobody Here Wants The Levy,” Ana Ruiz told the council on Monday.", "Nobody Here Wants The Levy")]
    public void QuotationThatSaysSomething_StaysAStatement(string text, string words)
    {
        Assert.That(Statements(text).Where(s => s.Text.Contains(words, StringComparison.Ordinal)), Is.Not.Empty);
    }
}
