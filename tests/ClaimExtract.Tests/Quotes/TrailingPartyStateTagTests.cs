using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall55"): "CONTENT, NAME (R-State) told ADDRESSEE." at the sentence's end — a party-state tag in
/// brackets between the speaker's name and the verb (<see cref="TrailingReport"/>, the speaker's phrase). On main the phrase stopped
/// at ")" and nothing was read. Sentences written for these tests; each reading case finds nothing on main.
/// </summary>
public class TrailingPartyStateTagTests
{
    // text, the verb, the content, the speaker (null: none read).
    [TestCase("The harbor bill will reach the floor before the recess, Sen. Mara Ellison (R-Maine) told reporters.", "told",
        "The harbor bill will reach the floor before the recess", "Sen. Mara Ellison")]
    [TestCase("The toll plan has no votes to spare in the committee, Rep. Tom Okafor (D-N.Y.) said on Tuesday.", "said",
        "The toll plan has no votes to spare in the committee", "Rep. Tom Okafor")]
    [TestCase("The farm subsidies will survive another year, Sen. Ruth Lang (I-Vt.) wrote.", "wrote",
        "The farm subsidies will survive another year", "Sen. Ruth Lang")]
    // guards: a bracket that is no party tag, a tag after a word in lower case, a tag in the middle of the sentence, a tag with a clause.
    [TestCase("The harbor bill will reach the floor before the recess, Sen. Mara Ellison (2015) told reporters.", "told", null, null)]
    [TestCase("The harbor bill will reach the floor before the recess, the senator (R-Maine) told reporters.", "told", null, null)]
    [TestCase("The harbor bill, Sen. Mara Ellison (R-Maine) said, will reach the floor before the recess.", "said", null, null)]
    [TestCase("The harbor bill will reach the floor before the recess, as Sen. Mara Ellison (R-Maine) said.", "said", null, null)]
    public void PartyTag_BeforeTheVerb(string text, string verb, string? content, string? speaker)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var found = TrailingReport.Find(tokens, tokens.Tokens.FindLastIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Attribution.Content, content), (f.Attribution.Speaker ?? default, speaker)] : null);
        if (found is { } g)
        {
            Assert.That(g.Attribution.CueText, Is.EqualTo(verb));
        }
    }
}
