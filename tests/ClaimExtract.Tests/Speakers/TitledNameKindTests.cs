
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A one-word speaker that the article never completes to a full name is a person when the article writes it after a title only a
/// person bears ("President Okafor", "Gov. Ruiz"); before, every such word was typed an organisation ("Trump tweeted" on a page that
/// says "President Trump" throughout). A title followed by more capitalised words is a role at a business ("President Vexo North
/// America"), and a word never written after a title stays an organisation. On texts written for these tests, through the pipeline.
/// </summary>
public class TitledNameKindTests
{
    private static Statement Quotation(string text) =>
        PipelineStatements.Of(text)
            .Single(s => s.Text.TrimStart('“').StartsWith("The harbour", StringComparison.Ordinal));

    [TestCase("President Okafor flew to the coast on Monday.\n\n“The harbour will reopen before the summer,” Okafor said.", "Okafor", "person")]
    [TestCase("Gov. Ruiz met the port workers.\n\n“The harbour will reopen before the summer,” Ruiz tweeted on Tuesday.", "Ruiz", "person")]
    [TestCase("Rob Stone, President Vexo North America, met the port workers.\n\n“The harbour will reopen before the summer,” Vexo said in a statement.", "Vexo North America", "organization")]
    [TestCase("The company met the port workers.\n\n“The harbour will reopen before the summer,” Vexo said in a statement.", "Vexo", "organization")]
    public void OneWordSpeaker_IsAPersonWhenTheArticleTitlesIt(string text, string name, string kind)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)name, (string?)kind)));
    }
}
