using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall71"): a speaker's second report joined to the first by "and" or "but" with one or two
/// adverbs between ("and even questioned", "but later admitted") ends the first content before the joining words, as recall57's
/// <see cref="InnerReport.EndBeforeSecondReport"/> did for "and", "and also", "but" alone. An adverb is a lower-case word (a listed one
/// or one ending in "-ly"), so a capitalised name after "and" is no adverb. Sentences written for these tests.
/// </summary>
public class SecondReportAfterAdverbsTests
{
    // text, the inner cue, the inner content, and the outer content after the cut (null: left whole, as on main a29c526).
    [TestCase("Dana Ruiz criticized the ferry plan and even questioned the mayor's honesty.", "questioned", "the mayor's honesty",
        "the ferry plan")]
    [TestCase("Dana Ruiz blamed the outage on the storm but later admitted the pumps had failed.", "admitted", "the pumps had failed",
        "the outage on the storm")]
    [TestCase("Dana Ruiz praised the ferry plan and quickly denied any role in drafting it.", "denied", "any role in drafting it",
        "the ferry plan")]
    [TestCase("Dana Ruiz praised the ferry plan and also said it was cheap.", "said", "it was cheap", "the ferry plan")] // recall57's shape, kept
    // Guards, left whole: three adverbs; a capitalised word that ends in "-ly" (a name, not an adverb); a noun between.
    [TestCase("Dana Ruiz praised the ferry plan and then also quickly denied any role in it.", "denied", "any role in it", null)]
    [TestCase("Dana Ruiz praised the ferry plan and Kelly denied any role in it.", "denied", "any role in it", null)]
    [TestCase("Dana Ruiz praised the ferry plan and the council denied any role in it.", "denied", "any role in it", null)]
    public void SecondReportAfterAnAdverb_EndsTheFirstContent(string sentence, string innerCue, string innerContent, string? cutTo)
    {
        static Span Of(string text, string words)
        {
            var start = text.IndexOf(words, StringComparison.Ordinal);
            return new Span(start, start + words.Length);
        }

        var outerStart = Of(sentence, sentence.Contains(" on the storm", StringComparison.Ordinal) ? "the outage" : "the ferry plan").Start;
        var outer = new Attribution(new Span(outerStart, sentence.Length - 1), QuoteType.Indirect,
            Of(sentence, sentence.Split(' ')[2]), sentence.Split(' ')[2], Of(sentence, "Dana Ruiz"), null);
        var inner = new Attribution(Of(sentence, innerContent), QuoteType.Indirect, Of(sentence, innerCue), innerCue, null, null);
        var result = InnerReport.EndBeforeSecondReport(sentence, [outer, inner]);
        var content = result[0].Content;
        Assert.That(sentence[content.Start..content.End], Is.EqualTo(cutTo ?? sentence[outer.Content.Start..outer.Content.End]));
        Assert.That(result[1], Is.SameAs(inner), "the inner report is not changed");
    }
}
