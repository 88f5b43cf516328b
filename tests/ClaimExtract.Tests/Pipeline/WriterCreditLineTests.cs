using ClaimExtract.Sources;
using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// Branch persons119: a review's credit line ("Tested by: Ana Ruiz", "Reviewed by: Ana Ruiz" opening a line) names the writer of the
/// review's "I" over the page's byline, which on such pages is often the site's editor. On pages and lines written for these tests.
/// </summary>
public class WriterCreditLineTests
{
    private static readonly ClaimPipeline Pipeline = new();

    private static List<Statement> Statements(string authors, string body)
    {
        var html = $"<html><head><title>Kettle test</title>{authors}</head><body><article><h1>Kettle test</h1>{body}</article></body></html>";
        return Pipeline.Process(new InputDocument("p", "p.html", new DocumentContent.HtmlText(html))).Statements.ToList();
    }

    private const string Review =
        "<p>The steel kettle comes in three colours and boils a full litre in under four minutes on the bench in our test kitchen.</p>"
        + "<p>I said at the start that the handle will stay cool, because the base is lined with cork and the lid closes with a firm click.</p>";

    // Fails on main: the byline's author.
    [Test]
    public void WritersI_IsTheTesterTheCreditLineNames()
    {
        var statements = Statements("<meta name=\"author\" content=\"Ana Ruiz\">", "<p>Tested by: Tomas Okafor Price: 40 euros</p>" + Review);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the handle will stay cool", StringComparison.Ordinal)).Speaker, Is.EqualTo("Tomas Okafor"));
    }

    // The same on main: with no credit line the byline's author writes the "I".
    [Test]
    public void WritersI_WithNoCreditLine_IsTheBylinesAuthor()
    {
        var statements = Statements("<meta name=\"author\" content=\"Ana Ruiz\">", Review);

        Assert.That(statements.Single(s => s.Text.StartsWith("that the handle will stay cool", StringComparison.Ordinal)).Speaker, Is.EqualTo("Ana Ruiz"));
    }

    [TestCase("Tested by: Tomas Okafor RRP: 40 euros\n\nThe kettle boils fast.", "Tomas Okafor")]
    [TestCase("Intro.\nReviewed by: Ana M. Ruiz\nThe kettle boils fast.", "Ana M. Ruiz")]
    [TestCase("Tested by: Tomas Okafor Photos: Ana Ruiz\n\nThe kettle boils fast.", "Tomas Okafor")] // a label after the name is no part of it
    [TestCase("The kettle was tested by: Tomas Okafor in May.", null)] // not a line's opening
    [TestCase("Reviewed by: The Test Kitchen\n\nThe kettle boils fast.", null)] // no given name: not a person
    [TestCase("Tested by: Okafor\n\nThe kettle boils fast.", null)] // one word
    [TestCase("Reviewed by the board, the kettle was approved.", null)] // no colon: prose
    [TestCase("  Tested by: Tomas Okafor\nThe kettle boils fast.", "Tomas Okafor")] // spaces before the label
    [TestCase("The kettle was tested by: Tomas Okafor.\nReviewed by: Ana Ruiz\n", "Ana Ruiz")] // the first line that opens with the credit
    public void WriterOfCreditLine_ReadsOnlyALineOpeningCredit(string text, string? writer) =>
        Assert.That(SpeakerResolver.WriterOfCreditLine(text), Is.EqualTo(writer));

    // The pattern reads only the lines that hold "by:" near their opening: a page of one very long line is read in one pass (it took
    // seconds when the pattern ran over the whole text), and a credit line after it is still found.
    [Test]
    public void WriterOfCreditLine_ReadsACreditLineAfterAVeryLongLine()
    {
        var longLine = string.Concat(Enumerable.Repeat("& ", 400_000));

        Assert.Multiple(() =>
        {
            Assert.That(SpeakerResolver.WriterOfCreditLine(longLine + "\nTested by: Tomas Okafor\n"), Is.EqualTo("Tomas Okafor"));
            Assert.That(SpeakerResolver.WriterOfCreditLine(longLine + " reviewed by: Tomas Okafor\n"), Is.Null);
            Assert.That(SpeakerResolver.WriterOfCreditLine(longLine), Is.Null);
        });
    }
}
