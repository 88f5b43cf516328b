
namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The cue and speaker after a quotation that the rules' noun phrases do not parse: a description the lexicon does not know before
/// a name ("said marine biologist Ana Ruiz of ..."), two roles joined by "and" or a comma before the name ("lead author and ocean
/// scientist Ana Ruiz said"), an apposition between the name and the cue, a name followed by its institution. On the Zyte pages these
/// quotations had no cue and took a speaker from their neighbourhood (an institution, another person). On texts written for these
/// tests, through the whole pipeline, with the name resolved.
/// </summary>
public class CueAfterQuotationTests
{
    private static Statement Quotation(string text)
    {
        var statements = PipelineStatements.Of(text);
        return statements.Single(s => s.Text.TrimStart('“').StartsWith("We counted", StringComparison.Ordinal));
    }

    private const string Opening = "The survey of the northern reef, led by Tomas Okafor, ended in March, after two seasons at sea with the Halvard Marine Institute.\n\n";
    private const string Quote = "“We counted twice as many turtles as in any year before, and the nesting beaches are wider,”";

    [TestCase(" said marine biologist Ana Ruiz of the Halvard Marine Institute in Norway.", "said", "Ana Ruiz")]
    [TestCase(" lead author and ocean scientist Ana Ruiz said in a statement.", "said", "Ana Ruiz")]
    [TestCase(" chairman, director and founder Tomas Okafor said on Tuesday.", "said", "Tomas Okafor")]
    [TestCase(" the institute’s deputy director of field studies, Ana Ruiz, said on Tuesday.", "said", "Ana Ruiz")]
    [TestCase(" Halvard’s Ana Ruiz, deputy director for field studies at the institute, said in a statement.", "said", "Ana Ruiz")]
    [TestCase(" Mr. Okafor of the Halvard Marine Institute said.", "said", "Tomas Okafor")]
    [TestCase(" Mr. Okafor of the Sierra League said.", "said", "Tomas Okafor")]
    [TestCase(" Ana Ruiz, a fellow at the institute in Bergen, Norway, and co-author of the survey of the northern reef, said in a statement.", "said", "Ana Ruiz")]
    [TestCase(" wrote 43-year-old diver Tomas Okafor of Bergen, Norway, in a report published Monday.", "wrote", "Tomas Okafor")]
    // More verbs of speaking (branch speakers121b): "questioned", "remarked", "quipped", "conceded" after the quotation.
    [TestCase(" lead author and ocean scientist Ana Ruiz questioned.", "questioned", "Ana Ruiz")]
    [TestCase(" lead author and ocean scientist Ana Ruiz remarked in a statement.", "remarked", "Ana Ruiz")]
    [TestCase(" quipped chairman, director and founder Tomas Okafor.", "quipped", "Tomas Okafor")]
    [TestCase(" the institute’s deputy director of field studies, Ana Ruiz, conceded on Tuesday.", "conceded", "Ana Ruiz")]
    // Verbs of a remark the lexicon lacked (branch cues121): "scoffed", "surmised", "opined", "barked" after the quotation.
    [TestCase(" lead author and ocean scientist Ana Ruiz scoffed.", "scoffed", "Ana Ruiz")]
    [TestCase(" scoffed chairman, director and founder Tomas Okafor.", "scoffed", "Tomas Okafor")]
    [TestCase(" Mr. Okafor of the Halvard Marine Institute surmised.", "surmised", "Tomas Okafor")]
    [TestCase(" the institute’s deputy director of field studies, Ana Ruiz, opined on Tuesday.", "opined", "Ana Ruiz")]
    [TestCase(" lead author and ocean scientist Ana Ruiz barked.", "barked", "Ana Ruiz")]
    public void DescriptionTheRulesDoNotParse_StillGivesTheCueAndTheName(string after, string cue, string name)
    {
        var quotation = Quotation(Opening + Quote + after);

        Assert.That((quotation.Cue, quotation.Speaker, quotation.QuoteType), Is.EqualTo(((string?)cue, (string?)name, "direct")));
    }

    // Not an attribution of the quotation: the words after the cue are a clause of their own, the verb is no verb of speaking, or no
    // name stands where the speaker would.
    [TestCase(" Lead author and ocean scientist Ana Ruiz says the turtles return every spring.")]
    [TestCase(" lead author and ocean scientist Ana Ruiz found in her survey.")]
    [TestCase(" said a German diver from the institute.")]
    [TestCase(" a spokesman for Tomas Okafor said.")]
    [TestCase(" lead author and ocean scientist Ana Ruiz questioned the count in her survey.")]
    [TestCase(" lead author and ocean scientist Ana Ruiz confessed her doubts about the count.")]
    public void WordsThatDoNotAttributeTheQuotation_GiveItNoCue(string after)
    {
        var quotation = Quotation(Opening + Quote + after);

        Assert.That(quotation.Cue, Is.Null);
    }
}
