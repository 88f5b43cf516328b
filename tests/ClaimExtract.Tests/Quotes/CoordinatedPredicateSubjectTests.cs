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

    [TestCase("In a July interview with MSNBC, he praised the internment plan and suggested the government should do the same today.", "suggested", "he")]
    [TestCase("In a fiery takedown of the businessman, Sen. Bernie Sanders called him divisive and accused him of lying to voters.", "accused", "Sen. Bernie Sanders")]
    [TestCase("At a campaign event in St. Clairsville, Ohio, Brenda Johnson railed against the plan and explained how much it upset her.", "explained", "Brenda Johnson")]
    [TestCase("In a brief interview, Ms. Conway rejected the idea and said that Mr. Manafort was not being diminished.", "said", "Ms. Conway")]
    [TestCase("As voters went to the polls, the Sanders campaign sent out an email and accused Clinton allies of being traitors.", "accused", "the Sanders campaign")]
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
