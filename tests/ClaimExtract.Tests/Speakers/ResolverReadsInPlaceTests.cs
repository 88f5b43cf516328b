namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speed110 (speed105's change, taken): the resolver reads a mention's last word, the text before it and each capitalised run's opening
/// in place before it splits words out, each test a necessary condition of the split's first one, so the answers are the ones before. On
/// texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). Each row is a case the
/// in-place test lets through to the split (the full name found: a spelling out that opens inside its run, a short form whose run opens
/// with "The") beside one it stops (the answer the split's test gave).
/// </summary>
public class ResolverReadsInPlaceTests
{
    // Let through: the acronym's first letter opens a word inside the run ("Dover Black Lives Matter"), the run opens with "The" and the word.
    [TestCase("Marchers from the Dover Black Lives Matter chapter met the mayor. Later the BLM group said the talks went well.", "the BLM group", 1, "Black Lives Matter")]
    [TestCase("The State Department released the files on Friday. State said the delay was regrettable.", "State", 2, "State Department")]
    // Stopped: no word of a run opens with the acronym's letter (no name, as the split words' loop found none); no run opens with the word
    // (or "The" and the word).
    [TestCase("Marchers from the Dover Harbour Lodge met the mayor. Later the BLM group said the talks went well.", "the BLM group", 1, null)]
    [TestCase("Ohio officials praised the Harbour State Department on Friday. State said the delay was regrettable.", "State", 2, "State")]
    public void ShortFormsAndAcronyms_AnswerAsTheSplitWordsDid(string text, string mention, int occurrence, string? name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
