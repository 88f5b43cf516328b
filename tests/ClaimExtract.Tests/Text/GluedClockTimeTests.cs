using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// Branch speakers121a, on texts written for these tests. A clock time glued to the capitalised word after it ("9:52PMRuiz Says ...", a
/// live blog's time stamp run into its next heading when the page is flattened) is cut after "AM"/"PM": the name is a word of its own.
/// </summary>
public class GluedClockTimeTests
{
    // The time's "AM"/"PM" and the word glued after it: two tokens.
    [TestCase("March 3, 2016 9:52PMRuiz Says The Pier Will Close", "52PM", "Ruiz")]
    [TestCase("Posted 10:05AMHale Backs The Levy", "05AM", "Hale")]
    [TestCase("Updated 7:10pmOfficials Warn Of Storm", "10pm", "Officials")]
    public void GluedTime_IsCutBeforeTheWord(string text, string time, string word)
    {
        var values = Tokenizer.Tokenize(text, new Span(0, text.Length)).Select(t => t.Value).ToList();

        Assert.That(values, Does.Contain(time).And.Contain(word));
    }

    // Left alone: a time with its space, a word that only ends in "pm" or "am", a time followed by a word in capitals, and a code.
    [TestCase("At 9:52 PM Ruiz spoke.", "PM")]
    [TestCase("The Campeche PMBank vote", "PMBank")]
    [TestCase("At 9:52PMEST the vote closed.", "52PMEST")]
    [TestCase("Route 66AMBulance is a band.", "66AMBulance")]
    [TestCase("The Islam library", "Islam")]
    public void OtherWords_StayWhole(string text, string word)
    {
        var values = Tokenizer.Tokenize(text, new Span(0, text.Length)).Select(t => t.Value).ToList();

        Assert.That(values, Does.Contain(word));
    }
}
