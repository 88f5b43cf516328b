using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall84"): a passive verb of viewing or naming with an agent after "by" and an "as" after the
/// agent ("The transfer was seen by many as a snub."; <see cref="PassiveReport.AsVerbs"/>): the content runs from the clause's subject
/// to the end of the "as" phrase, the agent is the speaker. On main no rule read the form. Sentences written for these tests.
/// </summary>
public class PassiveViewingAsTests
{
    // text, the participle, the content, the speaker, the cue (null: nothing added).
    [TestCase("The new pier was seen by some as a waste of money.", "seen", "The new pier was seen by some as a waste of money", "some",
        "was seen by")]
    [TestCase("The vote was widely interpreted by analysts as a rebuke to the mayor, a council aide said.", "interpreted",
        "The vote was widely interpreted by analysts as a rebuke to the mayor", "analysts", "was widely interpreted by")]
    [TestCase("Ana Ruiz left the board, but the timing of her exit was viewed by critics as suspicious.", "viewed",
        "the timing of her exit was viewed by critics as suspicious", "critics", "was viewed by")]
    [TestCase("The port plan and the bridge tax were regarded by many voters as one project.", "regarded",
        "The port plan and the bridge tax were regarded by many voters as one project", "many voters", "were regarded by")]
    [TestCase("Ruiz said the ferry deal was portrayed by the council as a bargain.", "portrayed",
        "the ferry deal was portrayed by the council as a bargain", "the council", "was portrayed by")]
    [TestCase("The mayor, who took office in May, is seen by her rivals as a weak leader.", "seen",
        "is seen by her rivals as a weak leader", "her rivals", "is seen by")]
    [TestCase("Critics asked how the fire was first described by the port authority as a minor incident.", "described",
        "the fire was first described by the port authority as a minor incident", "the port authority", "was first described by")]
    // guards: no agent, no "as", a stop before "as", a time after "by", a verb outside the sets, a quotation, the older verbs unchanged.
    [TestCase("The new pier was seen as a waste of money.", "seen", null, null, null)]
    [TestCase("The new pier was seen by thousands of visitors.", "seen", null, null, null)]
    [TestCase("The new pier was seen by some, as the tide fell.", "seen", null, null, null)]
    [TestCase("The report was considered by Friday as planned.", "considered", null, null, null)]
    [TestCase("The ship was held by the city as collateral.", "held", null, null, null)]
    [TestCase("“The new pier was seen by some as a waste,” she said.", "seen", null, null, null)]
    [TestCase("The merger was first reported by the Ledger as a done deal.", "reported", "The merger", "the Ledger as a done deal",
        "was first reported by")]
    public void Passive_SeenByAs(string text, string verb, string? content, string? speaker, string? cue)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var added = PassiveReport.Add(tokens, []);
        if (content is null)
        {
            Assert.That(added, Is.Empty);
            return;
        }

        Assert.That(added, Has.Count.EqualTo(1));
        var a = added[0];
        Assert.That(text[a.Content.Start..a.Content.End], Is.EqualTo(content));
        Assert.That(a.Speaker is { } s ? text[s.Start..s.End] : null, Is.EqualTo(speaker));
        Assert.That(a.CueText, Is.EqualTo(cue));
        Assert.That(a.CueVerb, Is.EqualTo(verb));
    }

    [Test]
    public void Passive_SeenByAs_NotOverAStatement()
    {
        const string text = "The new pier was seen by some as a waste of money.";
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var held = new Attribution(new Span(33, 49), QuoteType.Indirect, new Span(0, 12), "seen", null, null);
        Assert.That(PassiveReport.Add(tokens, [held]), Is.EqualTo(new List<Attribution> { held }));
    }
}
