using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The speaker and cue after a quotation (branch speakers9): a role and a name the noun phrase ended too early, a one-word name the
/// lexicon takes for a title, and a sentence of its own that only attributes the quotation before it; on short texts written for these tests.
/// </summary>
public class QuotationSpeakerAfterTests
{
    private static List<(string Content, string? Cue, string? Speaker)> Find(string text)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return AttributionFinder.Find(tokens, quotes).Select(a => (a.Content.Of(text), a.CueText, a.Speaker?.Of(text))).ToList();
    }

    [TestCase("“It is a detailed planning effort for a new facility,” White House press secretary Josh Earnest said Tuesday.", "said", "White House press secretary Josh Earnest")]
    [TestCase("\"The playing field seems to shift week to week,\" Twitter's Adam Sharp said.", "said", "Twitter's Adam Sharp")]
    [TestCase("“It is about the grassroots of the party,” Clinton campaign Chairman John Podesta told reporters.", "told", "Clinton campaign Chairman John Podesta")]
    [TestCase("\"These are the darkest days for people like myself,\" former Bush speechwriter Noam Neusner wrote.", "wrote", "former Bush speechwriter Noam Neusner")]
    [TestCase("“The clear impression we were given was wrong,” King said.", "said", "King")]
    // The noun phrase already reaches the cue: unchanged.
    [TestCase("“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.", "said", "Mayor Ana Ruiz")]
    public void RoleAndNameBeforeTheCue_IsTheSpeaker(string text, string cue, string speaker)
    {
        var found = Find(text);

        Assert.That(found.Select(f => (f.Cue, f.Speaker)), Is.EqualTo(new[] { ((string?)cue, (string?)speaker) }));
    }

    // Not a role and a name: a lower-case start or a cue word inside; the quotation keeps no cue here.
    [TestCase("“Should there be a database that tracks them here?” a reporter can be heard asking.")]
    [TestCase("“Arrogant,” features a New York Times report.")]
    public void PhraseThatIsNotARoleAndAName_IsNotTheSpeaker(string text)
    {
        var found = Find(text);

        Assert.That(found.Select(f => f.Cue), Has.None.EqualTo("asking").And.None.EqualTo("report"));
    }

    [TestCase("“Russia, if you are listening, I hope you are able to find the emails that are missing.” Trump said.", "said", "Trump")]
    [TestCase("“Sometimes us ex-diplomats need our fix!” Clinton said on Twitter.", "said", "Clinton")]
    [TestCase("“What can we do to help those families?” Renteria told reporters during the call.", "told", "Renteria")]
    [TestCase("“Why do the richest Americans get away with it?” Mrs. Clinton asked.", "asked", "Mrs. Clinton")]
    public void SentenceOfOnlySpeakerAndCue_AttributesTheQuotationBefore(string text, string cue, string speaker)
    {
        var found = Find(text);

        var quotation = text[..(text.IndexOf('”', StringComparison.Ordinal) + 1)];

        Assert.That(found.Select(f => (f.Content, f.Cue, f.Speaker)), Is.EqualTo(new[] { (quotation, (string?)cue, (string?)speaker) }));
    }

    // The next sentence says more than who spoke, is not a speech verb, or is in another paragraph: no attribution.
    [TestCase("“Mr. Gorbachev, tear down this wall and let us in.” Conservatives praise his refusal to accept the status quo.")]
    [TestCase("“Certainly there are discussions between the two camps.” The aide declined to specify them.")]
    [TestCase("“We will keep going until the job is done.” Trump said that he would win.")]
    [TestCase("“We will keep going until the job is done.”\n\nTrump said.")]
    public void SentenceThatSaysMore_DoesNotAttributeTheQuotation(string text)
    {
        var found = Find(text);

        Assert.That(found.Where(f => f.Content.StartsWith('“')).Select(f => f.Cue), Has.All.Null);
    }
}
