
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Persons whose names the lexicon takes for places or organisations (branch kinds27). A surname that is a place or organisation word
/// after a given name ("Kate York", "Craig Law") was typed an organisation, as were names written surname first ("Zhao Wenlong"), a
/// given name alone whose longest capitalised run is an organisation's name ("Tessa" of "the Tessa Brandt Foundation") or a full name
/// the index does not hold (one written in a quotation, "Ada J. Brandt!”"), and a
/// surname opening a longer run ("the Okafor Express"). Guards: organisations so written stay organisations ("Pew Research", "Vexo
/// Stadia", "Jordan Times"). On texts written for these tests, through the pipeline.
/// </summary>
public class PlaceWordPersonTests
{
    private static Statement Quotation(string text) =>
        PipelineStatements.Of(text)
            .Single(s => s.Text.TrimStart('“').StartsWith("The harbour", StringComparison.Ordinal));

    private const string Quote = "\n\n“The harbour will reopen before the summer,” ";

    [TestCase("Marla Dent and Kate York spoke at the hearing on Tuesday to press the council." + Quote + "York said after the meeting.", "Kate York")]
    [TestCase("The port board met on Monday, said Craig Law, a former aide to the mayor." + Quote + "Law said.", "Craig Law")]
    [TestCase("Chinese President Zhao Wenlong visited the port on Monday." + Quote + "Zhao said.", "Zhao Wenlong")]
    [TestCase("China’s ambassador to France Wang Haoming has said that the talks will go on." + Quote + "Wang said.", "Wang Haoming")]
    [TestCase("The port was sold on Monday, Wu Tianming, a former minister of trade, said." + Quote + "Wu said.", "Wu Tianming")]
    [TestCase("Tessa Brandt said the Tessa Brandt Foundation would pay for the works." + Quote + "Tessa said.", "Tessa Brandt")]
    [TestCase("The council chose Ada Brandt on Monday, and Brandt walked to the stage. “We give our votes to the next mayor of the city, Ada J. Brandt!” the chair shouted." + Quote + "Ada said.", "Ada Brandt")]
    [TestCase("Supporters rode the Okafor Express to the rally. When Okafor opened his speech, the crowd cheered." + Quote + "Okafor said.", "Okafor")]
    public void PersonNamedWithThePlaceOrOrganisationWord_IsAPerson(string text, string name)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)name, (string?)"person")));
    }

    [TestCase("Pew Research surveyed the port workers in May." + Quote + "Pew said.", "Pew Research")]
    [TestCase("Vexo Stadia opened an office at the port on Monday." + Quote + "Vexo said.", "Vexo Stadia")]
    [TestCase("Sales of the Jordan Times rose in May." + Quote + "Times said.", "Jordan Times")]
    public void OrganisationWrittenSo_StaysAnOrganisation(string text, string name)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)name, (string?)"organization")));
    }
}
