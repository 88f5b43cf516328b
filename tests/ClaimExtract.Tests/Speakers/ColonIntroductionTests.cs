using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers121b, on texts written for these tests. A cueless quotation that a sentence ending in a verb and a colon introduces
/// is spoken by the mention right before that verb (<see cref="SpeakerRanker.SubjectOfTheVerbBeforeAColon"/>).
/// </summary>
public class ColonIntroductionTests
{
    private static (TokenTraits Traits, Attribution Attribution) Cueless(string text, string chosen, string quotation)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, []);
        var speakerAt = text.IndexOf(chosen, StringComparison.Ordinal);
        var contentAt = text.IndexOf(quotation, StringComparison.Ordinal);
        Assert.That(speakerAt >= 0 && contentAt >= 0, "the test's words are not in its text");
        var a = new Attribution(new Span(contentAt, contentAt + quotation.Length), QuoteType.Direct, null, null,
            new Span(speakerAt, speakerAt + chosen.Length), null);
        return (new TokenTraits(tokens), a);
    }

    // The mention before the verb that ends the introducing sentence speaks.
    [TestCase("At the meeting in Delmar on Monday, Ana Ruiz retorted: “There is no money for the pier.”", "Delmar", "“There is no money for the pier.”", "Ana Ruiz")]
    [TestCase("The crowd cheers, and then Tom Hale continues: “We will rebuild the pier.”", "The crowd", "“We will rebuild the pier.”", "Tom Hale")]
    [TestCase("Aides pushed the reporters back, with Tom Hale reportedly yelling: “Get them out of here!”", "reporters", "“Get them out of here!”", "Tom Hale")]
    public void VerbBeforeTheColon_ItsSubjectSpeaks(string text, string chosen, string quotation, string expected)
    {
        var (traits, a) = Cueless(text, chosen, quotation);

        var result = SpeakerRanker.SubjectOfTheVerbBeforeAColon(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a participle after a plain noun (the noun's own), words other than a verb before the colon, a name before the colon.
    [TestCase("At the rally they will carry banners proclaiming: “No new taxes!”", "they", "“No new taxes!”")]
    [TestCase("Ana Ruiz called them on it: “You never read the bill.”", "Ana Ruiz", "“You never read the bill.”")]
    [TestCase("Tom Hale told the Ledger: “The pier is safe.”", "Tom Hale", "“The pier is safe.”")]
    public void OtherIntroductions_KeepTheSpeaker(string text, string chosen, string quotation)
    {
        var (traits, a) = Cueless(text, chosen, quotation);

        var result = SpeakerRanker.SubjectOfTheVerbBeforeAColon(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("The crowd cheers, and then Tom Hale continues: “We will rebuild the pier.”", "The crowd", "“We will rebuild the pier.”", "Tom Hale")]
    public void Chain_AppliesTheRule(string text, string chosen, string quotation, string expected)
    {
        var (traits, a) = Cueless(text, chosen, quotation);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }
}
