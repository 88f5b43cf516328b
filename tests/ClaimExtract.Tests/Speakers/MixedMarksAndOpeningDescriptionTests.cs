namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Pronouns after a quotation typed with mixed marks ("I prefer Lind,” he said), and a pronoun that continues a definite description
/// opening its sentence or the one before ("The senator also praised ... . “...,” he said"), on texts written for these tests.
/// </summary>
public class MixedMarksAndOpeningDescriptionTests
{
    // A straight mark opens what a curly mark closes (the last “ was closed before), and the reverse; a stray ” opens nothing.
    [TestCase("Dan Fry spoke first: “I like it.”\n\nA third, Tom Holt, said he would wait. \"I prefer Lind,” he said.", "he", 2, "Tom Holt")]
    [TestCase("Tom Holt praised the plan: \"It works.\" Dan Fry met the board on Monday. Later that day the office closed. “It will fail,\" he said.", "he", 1, "Dan Fry")]
    [TestCase("Nora Pell spoke. “I will vote,” she said.\n\nAnn Roe agreed. Doing so ”was a mistake.” She left.", "She", 1, "Ann Roe")]
    // Guard: marks that pair, as before.
    [TestCase("Tom Holt met Dan Fry. Dan Fry spoke later. “It works,” he said. Tom Holt left. “It fails,” he said.", "he", 2, "Tom Holt")]
    public void PronounAfterAQuotationWithMixedMarks_ReadsFromItsOpening(string text, string mention, int occurrence, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    [TestCase("Sen. Tom Holt opened the session. Reporters waited outside. The senator also praised Dan Fry and Sami Abedi. “It works,” he said.", "he", "Tom Holt")]
    [TestCase("Gov. Dan Fry spoke on Monday. Aides handed out copies. The governor also discussed the plans of Tom Holt. He said they would pass.", "He", "Dan Fry")]
    [TestCase("Sen. Tom Holt opened the session. Reporters waited. Aides handed out copies. The former senator praised Sami Abedi and said he would vote.", "he", "Tom Holt")]
    // Guards: a person named as a subject since the description; a description of the other gender; no description.
    [TestCase("Sen. Tom Holt opened the session on Monday. The senator left early. Sami Abedi told reporters the vote was close. “It works,” he said.", "he", "Sami Abedi")]
    [TestCase("Gov. Ann Roe spoke on Monday. Aides handed out copies. The governor also discussed the plans of Tom Holt. He said they would pass.", "He", "Tom Holt")]
    [TestCase("Sen. Tom Holt opened the session on Monday. Reporters waited outside. The board also praised Sami Abedi. “It works,” he said.", "he", "Sami Abedi")]
    public void PronounAfterAnOpeningDescription_IsThePersonItDescribes(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
