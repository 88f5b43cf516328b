using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "trail55"): "CONTENT, NOUN-PHRASE said." at the sentence's end, where the noun phrase is opened
/// by a determiner, a possessive pronoun, a possessive "X’s" or an age, and ends in a common noun that no lexicon lists ("the
/// admiral", "a spokeswoman for the airline", "the 45-year-old"; <see cref="TrailingReport"/>). On main no stage read them: the
/// rules and the cue tagger find nothing, and TrailingReport's phrase asked for a person noun, a noun of people, a name or a pronoun.
/// Sentences written for these tests; each case that reads finds nothing on main.
/// </summary>
public class TrailingNounPhraseSpeakerTests
{
    // text, the verb, the content, the speaker (null: none read).
    [TestCase("The ship will return to port next week, the admiral said.", "said", "The ship will return to port next week", "the admiral")]
    [TestCase("The kitchen will close for the whole winter, the chef says.", "says", "The kitchen will close for the whole winter", "the chef")]
    [TestCase("The match was settled long before the final whistle, the goalkeeper told reporters.", "told",
        "The match was settled long before the final whistle", "the goalkeeper")]
    [TestCase("Flights to the coast will resume on Friday, a spokeswoman for the airline said.", "said",
        "Flights to the coast will resume on Friday", "a spokeswoman for the airline")]
    [TestCase("She had never seen the sea before that summer, the 45-year-old said on Monday.", "said",
        "She had never seen the sea before that summer", "the 45-year-old")]
    [TestCase("The pipes froze twice in January, Haddad’s plumber said.", "said", "The pipes froze twice in January", "Haddad’s plumber")]
    [TestCase("The roof had leaked for three years, their landlord wrote.", "wrote", "The roof had leaked for three years", "their landlord")]
    [TestCase("The harbor lost money for a third year, the audit said.", "said", "The harbor lost money for a third year", "the audit")]
    // guards: what the lexicons read stays as it was ("the lawmaker"); a clause ("as the admiral", "the man who"), a
    // question, words after the verb that are not of time, no determiner before a noun no lexicon lists, a word of degree or a
    // pronoun for a head, a quotation (the rules' form), a content of two words, a verb mid-sentence.
    [TestCase("The ship will return to port next week, the lawmaker said.", "said", "The ship will return to port next week", "the lawmaker")]
    [TestCase("The ship will return to port next week, as the admiral said.", "said", null, null)]
    [TestCase("The ship will return to port next week, the man who said.", "said", null, null)]
    [TestCase("Will the ship return to port next week, the admiral said?", "said", null, null)]
    [TestCase("The ship will return to port next week, the admiral said in a letter to the crew.", "said", null, null)]
    [TestCase("The ship will return to port next week, admiral said.", "said", null, null)]
    [TestCase("The ship will return to port next week, the more we said.", "said", null, null)]
    [TestCase("The ship will return to port next week, the same said.", "said", null, null)]
    [TestCase("“The ship will return to port next week,” the admiral said.", "said", null, null)]
    [TestCase("Ships return, the admiral said.", "said", null, null)]
    [TestCase("The ship, as the admiral said, will return to port next week.", "said", null, null)]
    public void NounPhraseSpeaker_AfterTheContent(string text, string verb, string? content, string? speaker)
    {
        var tokens = Tokens(text);
        var found = TrailingReport.Find(tokens, tokens.Tokens.FindLastIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Attribution.Content, content), (f.Attribution.Speaker ?? default, speaker)] : null);
    }

    // The whole quote stage: the statement is there with its speaker and cue; a quotation keeps the rules' statement alone, and what
    // the rules read before ("the report", "the lawmaker") stays one statement.
    [TestCase("The ship will return to port next week, the admiral said.", "The ship will return to port next week", "the admiral")]
    [TestCase("Flights to the coast will resume on Friday, a spokeswoman for the airline said.", "Flights to the coast will resume on Friday",
        "a spokeswoman for the airline")]
    [TestCase("“The ship will return to port next week,” the admiral said.", "“The ship will return to port next week,”", "the admiral")]
    [TestCase("The harbor lost money for a third year, the report said.", "The harbor lost money for a third year", "the report")]
    [TestCase("The ship will return to port next week, the lawmaker said.", "The ship will return to port next week", "the lawmaker")]
    public void NounPhraseSpeaker_InThePipeline(string text, string content, string speaker)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ClaimPipeline.Attributions(doc, tokens, quotes);
        Assert.That(found, Has.Count.EqualTo(1), text);
        Assert.That(found[0].Content.Of(text), Is.EqualTo(content));
        Assert.That(found[0].Speaker?.Of(text), Is.EqualTo(speaker));
        Assert.That(found[0].CueText, Is.EqualTo("said"));
    }

    private static TokenizedDocument Tokens(string text)
    {
        var doc = TextDocument.Create(text);
        return new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
    }
}
