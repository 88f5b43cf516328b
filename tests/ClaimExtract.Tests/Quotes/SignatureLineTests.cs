
namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Words signed on the next line, as pages lay out an embedded post, a pull quote or a fact-check's claim (14 embedded posts, a fact-check
/// and testimonials on the Zyte pages, none of which was a statement with its speaker). On texts written for these tests, through the whole
/// pipeline: the signed paragraph is a direct statement of the signer, with the name resolved; a dash and a name that sign nothing (a byline
/// after an article's paragraph, a list of names with what follows them, a heading between dashes) make no statement.
/// </summary>
public class SignatureLineTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    [TestCase("The mayor spoke on Monday.\n\nThank you all for coming out to the harbour festival tonight!\n\n— Rep. Ann Roe (@annroe) November 19, 2019\n\nThe festival ends on Sunday.",
        "Thank you all for coming out to the harbour festival tonight!", "Rep. Ann Roe", "Ann Roe")]
    [TestCase("The club replied at once.\n\nWe wish Tomas all the best at his new club.\n\n— Vexo Rovers FC (@VexoRovers) November 20, 2019",
        "We wish Tomas all the best at his new club.", "Vexo Rovers FC", "Vexo Rovers FC")]
    [TestCase("The claim spread fast.\n\n\"Forty trucks a day are crossing the river with stolen timber.\"\n\n— Carl Minter on Sunday, October 13th, 2019 in a radio interview",
        "Forty trucks a day are crossing the river with stolen timber.", "Carl Minter", "Carl Minter")]
    [TestCase("Readers wrote in.\n\n“The ferry is the best thing that happened to this town in years.”\n\n— Nora Pell\n\nThe ferry runs twice a day.",
        "The ferry is the best thing that happened to this town in years.", "Nora Pell", "Nora Pell")]
    public void SignedParagraph_IsADirectStatementOfTheSigner(string text, string content, string mention, string name)
    {
        var signed = Statements(text).Single(s => s.Text == content);
        Assert.That(signed.QuoteType, Is.EqualTo("direct"));
        Assert.That(signed.SpeakerMention, Is.EqualTo(mention));
        Assert.That(signed.Speaker, Is.EqualTo(name));
    }

    [TestCase("The council will vote on the harbour levy next week, and the port workers have said they will strike if it passes.\n\n— Nora Pell")]
    [TestCase("The winners were named on Monday.\n\n— Carl Minter of the Vexo Courier, winner of the award for harbour reporting\n\n— Ann Roe of the Dover Post")]
    [TestCase("The council met again.\n\n– A new harbour –\n\nThe levy passed by two votes.")]
    [TestCase("The press corps chose its officers.\n\n“We cover the harbour every day.”\n\n— Harbour Correspondent Ann Roe.")]
    public void DashAndNameThatSignNothing_MakeNoStatementOfTheName(string text)
    {
        Assert.That(Statements(text).Where(s => s.SpeakerMention is "Nora Pell" or "Carl Minter" or "Ann Roe" or "A new harbour"), Is.Empty);
    }
}
