using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names20, on short texts written for these tests: a mention run on into its contracted verb ("The Ohio governor hasn’t") is
/// resolved as the mention before the verb (before, its head was "hasn’t": no name, or the name "campaign hasn't"); and a caption's photo
/// credit run into the word after it ("ASSOCIATED PRESSOhio Gov. Ray Oduya") does not hide the role's state from "The Ohio governor"; a
/// name ends at a line break ("Zika Virus\nNora Pell" is two things, not the name "Zika Virus Nora Pell").
/// </summary>
public class ContractionAndCreditTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Ohio Gov. Ray Oduya spoke in Dover. The Ohio governor hasn’t decided on the bill.", "The Ohio governor hasn’t", "Ray Oduya")]
    [TestCase("Ohio Gov. Ray Oduya spoke in Dover. The Ohio governor didn't decide on the bill.", "The Ohio governor didn't", "Ray Oduya")]
    [TestCase("Nora Pell met voters. The Vexo Group won't comment on the bill.", "The Vexo Group won't", "Vexo Group")]
    public void MentionRunIntoContractedVerb_IsTheMentionBeforeIt(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    [TestCase("ASSOCIATED PRESSOhio Gov. Ray Oduya listens. Nora Pell spoke in Dover on Monday. The Ohio governor said the vote was close.", "The Ohio governor", "Ray Oduya")]
    [TestCase("Getty ImagesOhio Gov. Ray Oduya listens. Nora Pell spoke in Dover on Monday. The Ohio governor said the vote was close.", "The Ohio governor", "Ray Oduya")]
    public void CreditRunIntoTheState_DoesNotHideIt(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A line break ends a name: a live blog's headline line is not the first words of the name opening the next line (with a blank line
    // elsewhere in the text, a single line break does not end a paragraph, so both lines are one sentence).
    [TestCase("Live updates.\n\nZika Virus\nNora Pell said the state was ready. “Yes,” Pell said.", "Pell", 2, "Nora Pell")]
    [TestCase("Live updates.\n\nFlu Season Ends Early\nNora Pell said the state was ready. “Yes,” Pell said.", "Pell", 2, "Nora Pell")]
    public void LineBreak_EndsAName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    [TestCase("PRESSOhio", "Ohio")]
    [TestCase("APOhio", "Ohio")]
    [TestCase("ImagesRepublican", "Republican")]
    [TestCase("McCain", "McCain")]
    [TestCase("DeSantis", "DeSantis")]
    [TestCase("LaHood", "LaHood")]
    [TestCase("MacArthur", "MacArthur")]
    [TestCase("Ohio", "Ohio")]
    [TestCase("NASA", "NASA")]
    public void AfterGluedCredit(string word, string expected)
    {
        Assert.That(EntityIndex.AfterGluedCredit(word), Is.EqualTo(expected));
    }
}
