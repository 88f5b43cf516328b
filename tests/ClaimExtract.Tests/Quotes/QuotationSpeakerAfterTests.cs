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

    [TestCase("“It is a careful design study for a new depot,” City Hall press secretary Ben Vale said Tuesday.", "said", "City Hall press secretary Ben Vale")]
    [TestCase("\"The ground seems to move month to month,\" Twitter's Nora Pike said.", "said", "Twitter's Nora Pike")]
    [TestCase("“It is about the members of the guild,” Ruiz campaign Chairman Ben Vale told reporters.", "told", "Ruiz campaign Chairman Ben Vale")]
    [TestCase("\"These are the hardest weeks for folks like me,\" former Ruiz speechwriter Nils Berg wrote.", "wrote", "former Ruiz speechwriter Nils Berg")]
    [TestCase("“The firm promise we were made was broken,” King said.", "said", "King")]
    // The noun phrase already reaches the cue: unchanged.
    [TestCase("“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.", "said", "Mayor Ana Ruiz")]
    public void RoleAndNameBeforeTheCue_IsTheSpeaker(string text, string cue, string speaker)
    {
        var found = Find(text);

        Assert.That(found.Select(f => (f.Cue, f.Speaker)), Is.EqualTo(new[] { ((string?)cue, (string?)speaker) }));
    }

    // Not a role and a name: a lower-case start or a cue word inside; the quotation keeps no cue here.
    [TestCase("“Should there be a list that counts them here?” an aide can be heard asking.")]
    [TestCase("“Careless,” features a Vexo Ledger report.")]
    public void PhraseThatIsNotARoleAndAName_IsNotTheSpeaker(string text)
    {
        var found = Find(text);

        Assert.That(found.Select(f => f.Cue), Has.None.EqualTo("asking").And.None.EqualTo("report"));
    }

    [TestCase("“Neighbours, if you can hear me, I hope you will come out and vote.” Hale said.", "said", "Hale")]
    [TestCase("“Sometimes us old sailors need the sea!” Ruiz said on Twitter.", "said", "Ruiz")]
    [TestCase("“How can we support those farms?” Marel told reporters during the call.", "told", "Marel")]
    [TestCase("“Why do the richest Americans get away with it?” Mrs. Clinton asked.", "asked", "Mrs. Clinton")]
    public void SentenceOfOnlySpeakerAndCue_AttributesTheQuotationBefore(string text, string cue, string speaker)
    {
        var found = Find(text);

        var quotation = text[..(text.IndexOf('”', StringComparison.Ordinal) + 1)];

        Assert.That(found.Select(f => (f.Content, f.Cue, f.Speaker)), Is.EqualTo(new[] { (quotation, (string?)cue, (string?)speaker) }));
    }

    // The next sentence says more than who spoke, is not a speech verb, or is in another paragraph: no attribution.
    [TestCase("“Mr. Hale, open this gate and let us in.” Supporters hail his refusal to accept the old rules.")]
    [TestCase("“Surely there are talks between the two sides.” The aide declined to name them.")]
    [TestCase("“We will keep going until the job is done.” Trump said that he would win.")]
    [TestCase("“We will keep going until the job is done.”\n\nTrump said.")]
    public void SentenceThatSaysMore_DoesNotAttributeTheQuotation(string text)
    {
        var found = Find(text);

        Assert.That(found.Where(f => f.Content.StartsWith('“')).Select(f => f.Cue), Has.All.Null);
    }
}
