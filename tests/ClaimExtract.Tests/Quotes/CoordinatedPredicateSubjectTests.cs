using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The subject a coordinated predicate or a participle shares ("X did A and said B"), when the sentence opens with a prepositional
/// phrase, a subordinate clause or a dateline (branch speakers9); on short texts written for these tests.
/// </summary>
public class CoordinatedPredicateSubjectTests
{
    private static string? SpeakerOf(string text, string cue)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return AttributionFinder.Find(tokens, quotes).Single(a => a.CueText == cue).Speaker?.Of(text);
    }

    [TestCase("In a June chat with Radio Delmar, he praised the old ferry plan and suggested the city should do the same now.", "suggested", "he")]
    [TestCase("In a sharp attack on the developer, Sen. Tom Hale called him reckless and accused him of misleading members.", "accused", "Sen. Tom Hale")]
    [TestCase("At a town meeting in St. Marel, Ohio, Nora Pike spoke against the plan and explained how much it worried her.", "explained", "Nora Pike")]
    [TestCase("In a short call, Ms. Ruiz dismissed the idea and said that Mr. Vale was not being sidelined.", "said", "Ms. Ruiz")]
    [TestCase("As members went to the hall, the Ruiz campaign sent out a letter and accused Hale allies of being cowards.", "accused", "the Ruiz campaign")]
    // A dateline opening the sentence is not the subject either.
    [TestCase("WASHINGTON — Sen. Bernie Sanders defended the stimulus on Tuesday, saying the gains would outweigh the losses.", "saying", "Sen. Bernie Sanders")]
    [TestCase("BUENA PARK, Calif. — Hillary Clinton rallied supporters and promised to deliver change.", "promised", "Hillary Clinton")]
    // No leading phrase: the first speaker-like phrase, as before.
    [TestCase("Governor Lena Park met the union leaders on Monday and said the strike would end soon.", "said", "Governor Lena Park")]
    public void LeadingPhrase_IsNotTheSubject(string text, string cue, string speaker)
    {
        Assert.That(SpeakerOf(text, cue), Is.EqualTo(speaker));
    }
}
