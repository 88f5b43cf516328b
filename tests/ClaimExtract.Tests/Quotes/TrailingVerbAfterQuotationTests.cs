namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A speaker and a lower-case verb right after a quotation closed by a comma, question or exclamation mark, then a full stop, a
/// semicolon or a comma the sentence goes on after ("“...,” Ana Ruiz answers."; "“Not now,” he demanded, as ..."): the verb is the
/// quotation's cue whether or not the lexicon holds it, and a quotation of fewer than four words is kept with it (branch cues122,
/// `AttributionFinder.TrailingVerbAfter`). On texts written for these tests, through the whole pipeline.
/// </summary>
public class TrailingVerbAfterQuotationTests
{
    private const string Opening = "The survey of the northern reef, led by Tomas Okafor, ended in March, after two seasons at sea with the Halvard Marine Institute.\n\n";
    private const string Quote = "“We counted twice as many turtles as in any year before, and the nesting beaches are wider,”";

    [TestCase(" Ana Ruiz answers.", "answers", "Ana Ruiz")]
    [TestCase(" Ana Ruiz mocks; the count was late.", "mocks", "Ana Ruiz")]
    [TestCase(" Ana Ruiz reacted, as the board read the figures.", "reacted", "Ana Ruiz")]
    public void VerbAfterALongQuotation_IsItsCue(string after, string cue, string mention)
    {
        var quotation = PipelineStatements.Of(Opening + Quote + after).Single(s => s.Text.Contains("We counted", StringComparison.Ordinal));

        Assert.That((quotation.Cue, quotation.SpeakerMention), Is.EqualTo(((string?)cue, (string?)mention)));
    }

    [TestCase("“Not now,” Ana Ruiz demanded, as the clerk read on.", "“Not now,”", "demanded", "Ana Ruiz")]
    [TestCase("“Tuesday,” Ana Ruiz answered.", "“Tuesday,”", "answered", "Ana Ruiz")]
    [TestCase("“All the way!” Ana Ruiz shouted, waving her sign.", "“All the way!”", "shouted", "Ana Ruiz")]
    [TestCase("“Why now?” Tomas Okafor asked.", "“Why now?”", "asked", "Tomas Okafor")]
    public void ShortQuotationWithASpeakerAndAVerbAfterIt_IsAStatement(string sentence, string text, string cue, string mention)
    {
        var statements = PipelineStatements.Of(Opening + sentence);

        Assert.That(statements.Select(s => (s.Text, s.Cue, s.SpeakerMention)), Does.Contain(((string)text, (string?)cue, (string?)mention)));
    }

    // Left alone: a verb with words after it ("answers to the board", "reacted to the news"), a comma at a paragraph's end (the
    // verb introduces what follows), a capitalised word after the name, a name run into a possessive.
    [TestCase("“Not now,” Ana Ruiz answers to the board.")]
    [TestCase("“Why now?” Ana Ruiz answered,\n\nThe count was late.")]
    [TestCase("“Not now,” Ana Ruiz Counts.")]
    [TestCase("“Not now,” Ana Ruiz’s dogs.")]
    public void OtherWordsAfterAShortQuotation_GiveItNoStatement(string sentence)
    {
        var statements = PipelineStatements.Of(Opening + sentence);

        Assert.That(statements.Select(s => s.Text), Has.None.StartsWith("“Not now").And.None.StartsWith("“Why now"));
    }

    [TestCase(" Ana Ruiz reacted to the news.")]
    [TestCase(" Ana Ruiz answers to the board.")]
    public void VerbWithWordsAfterIt_GivesALongQuotationNoCue(string after)
    {
        var quotation = PipelineStatements.Of(Opening + Quote + after).Single(s => s.Text.Contains("We counted", StringComparison.Ordinal));

        Assert.That(quotation.Cue, Is.Not.EqualTo(after.Split(' ')[3]));
    }
}
