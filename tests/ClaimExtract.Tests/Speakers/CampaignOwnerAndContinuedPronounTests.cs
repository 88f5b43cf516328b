using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names50, on texts written for these tests: "the campaign" whose owner the article named more than two sentences before, and a
/// "he" or "she" that the article's names leave unresolved continuing the speaker of the statement before it.
/// </summary>
public class CampaignOwnerAndContinuedPronounTests
{
    // "The campaign" with no owner in its last three sentences is the campaign the article named with an owner nearest before it.
    [TestCase("Ann Roe’s campaign opened an office in Dover on Monday. The harbour has lost jobs for years. Ferry fares doubled in March. Many families moved inland. The campaign said the fares would fall.", "The campaign", "Roe campaign")]
    [TestCase("The Vance campaign spent heavily in the north. Turnout there was low. The ferry line cut two routes. Dock workers marched on Friday. Later the campaign insisted that the cuts were avoidable.", "the campaign", "Vance campaign")]
    [TestCase("Tom Vance hired new staff in May. His campaign moved to Dover. The city is small. Its port is old. Its mayor is new. The campaign believes it can win the county.", "The campaign", "Vance campaign")]
    [TestCase("The Roe campaign courted dock workers. Then the Holt campaign arrived in Dover. The ferry was late. The port was quiet. Rain fell all day. The campaign said it had raised more money.", "The campaign", "Holt campaign")]
    [TestCase("Ann Roe’s campaign bought radio time. The ads ran all week. Listeners complained. The station apologised. The campaign’s spokesman said the ads would stay.", "The campaign’s", "Roe campaign")]
    public void Campaign_WithNoOwnerNearby_IsTheCampaignNamedLastBefore(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: an article that names no campaign with an owner before the mention gives none (a later one is not taken back).
    [TestCase("The harbour has lost jobs for years. Ferry fares doubled in March. Many families moved inland. The campaign said the fares would fall.")]
    [TestCase("The fares doubled. The ferries are old. The campaign said the fares would fall. Ann Roe’s campaign opened an office later.")]
    public void Campaign_WithNoOwnerBefore_IsUnnamed(string text)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "The campaign");

        Assert.That(resolved.Name, Is.Null);
    }

    // An unresolved "he" or "she" continues the previous statement's speaker: a person the pronoun's gender allows, or a one-word name
    // read as an organisation.
    [TestCase("“The port will stay open,” the crowd heard. “We will not close it,” he said.", "he", "Tom Vance", SpeakerKind.Person, "Tom Vance")]
    [TestCase("“The port will stay open,” the crowd heard. “We will not close it,” she said.", "she", "Ann Roe", SpeakerKind.Person, "Ann Roe")]
    [TestCase("“The port will stay open,” the crowd heard. “We will not close it,” he said.", "he", "Ban", SpeakerKind.Organization, "Ban")]
    public void Pronoun_Unresolved_ContinuesThePreviousSpeaker(string text, string mention, string previous, SpeakerKind kind, string name)
    {
        var continued = Continuing(text, mention, new ResolvedSpeaker(previous, kind));

        Assert.That((continued?.Name, continued?.Kind), Is.EqualTo(((string?)name, (SpeakerKind?)SpeakerKind.Person)));
    }

    // Guards: a person of the other gender, an organisation of several words, no name, and "it" (more often a document) are not continued.
    [TestCase("Ann Roe spoke first. “We will not close it,” he said.", "he", "Ann Roe", SpeakerKind.Person)]
    [TestCase("“The port will stay open,” the crowd heard. “We will not close it,” he said.", "he", "Harbour Trust", SpeakerKind.Organization)]
    [TestCase("“The port will stay open,” the crowd heard. “We will not close it,” he said.", "he", null, SpeakerKind.Person)]
    [TestCase("“The port will stay open,” the crowd heard. “We will not close it,” it said.", "it", "Harbour Trust", SpeakerKind.Organization)]
    public void Pronoun_NotContinued(string text, string mention, string? previous, SpeakerKind kind)
    {
        Assert.That(Continuing(text, mention, new ResolvedSpeaker(previous, kind)), Is.Null);
    }

    private static ResolvedSpeaker? Continuing(string text, string mention, ResolvedSpeaker previous)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var resolver = new SpeakerResolver(text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted), p => document.SentenceAt(p));
        var at = text.LastIndexOf(" " + mention + " ", StringComparison.Ordinal) + 1;
        return resolver.Continuing(new Span(at, at + mention.Length), previous);
    }
}
