using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall on PolNeAR (docs/quotes.md, "recall50"): a stance whose subject is a share of people as polls give it ("About
/// two-thirds of the voters in each county want ..."), "see / view ... as" with a bare object, a clause opening with a pronoun joined
/// to its verb ("know they’re ..."), all in <see cref="StanceReport"/>; and records that show a finding after the content
/// ("..., court records show.", <see cref="TrailingReport"/>). By hand on sentences written for these tests.
/// </summary>
public class StanceSharesAndSeeAsTests
{
    // text, the verb, the speaker and the content read (null: none). Each positive case is null or another reading without the change.
    [TestCase("About two-thirds of the ferry riders in both towns support moving the pier north.", "support",
        "About two-thirds of the ferry riders in both towns", "moving the pier north")]
    [TestCase("Only about 4 in 10 farmers in each valley want all tolls to be dropped.", "want",
        "Only about 4 in 10 farmers in each valley", "all tolls to be dropped")]
    [TestCase("Fewer than half of the anglers surveyed on Monday support Lena Marsh for the board.", "support",
        "Fewer than half of the anglers surveyed on Monday", "Lena Marsh for the board")]
    [TestCase("Most of the bakers approve of the new market hours.", "approve", "Most of the bakers", "of the new market hours")]
    [TestCase("The pier stays open, while 19 percent of the divers polled oppose repairs before winter.", "oppose",
        "19 percent of the divers polled", "repairs before winter")]
    [TestCase("Both want harbor fees cut before the summer season.", "want", "Both", "harbor fees cut before the summer season")]
    [TestCase("The levy passed in May, and most farmers support higher quotas for cod.", "support", "most farmers", "higher quotas for cod")]
    [TestCase("Gardeners see old quarries as wasted space.", "see", "Gardeners", "old quarries as wasted space")]
    [TestCase("The Ferry Guild views young weavers as its future.", "views", "Ferry Guild", "young weavers as its future")]
    [TestCase("Ferry pilots know they’re watched by the harbor master.", "know", "pilots", "they’re watched by the harbor master")]
    [TestCase("Yes, I think it’s the best bridge in the county.", "think", "I", "it’s the best bridge in the county")]
    [TestCase("Many of the bakers who were asked want longer hours.", "want", null, null)]
    [TestCase("Most support for the ferry comes from the islands.", "support", null, null)]
    [TestCase("Gardeners see quarries from the hill, as they walk.", "see", null, null)]
    [TestCase("The divers see boats in the bay.", "see", null, null)]
    public void Stance_ShareSeenAsAndJoinedPronoun(string text, string verb, string? speaker, string? content)
        => StanceCases.AssertFinds(text, verb, speaker, content);

    // text, the source and the content of the one statement cued on a verb of showing (null: no statement).
    [TestCase("The barge was insured for $3 million in 2012, harbor records show.", "harbor records", "The barge was insured for $3 million in 2012")]
    [TestCase("More than half of the money came in May, new county filings show.", "new county filings", "More than half of the money came in May")]
    [TestCase("The mill sold the land in 2009, the documents show, and the buyer kept it.", "the documents", "The mill sold the land in 2009")]
    [TestCase("The ferry ran late twice, the logs indicate.", "the logs", "The ferry ran late twice")]
    [TestCase("Late, records show.", null, null)]
    [TestCase("The barge was insured, as the records show.", null, null)]
    [TestCase("The barge was insured, and the owners show it.", null, null)]
    [TestCase("The barge was insured, records show that.", null, null)]
    public void Records_ShowAFinding(string text, string? source, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var added = TrailingReport.Add(tokens, []);
        var shown = added.Where(a => a.CueText is "show" or "indicate").ToList();
        if (content is null)
        {
            Assert.That(shown, Is.Empty);
            return;
        }

        Assert.That(shown, Has.Count.EqualTo(1));
        Assert.That(text[shown[0].Content.Start..shown[0].Content.End], Is.EqualTo(content));
        Assert.That(text[shown[0].Speaker!.Value.Start..shown[0].Speaker!.Value.End], Is.EqualTo(source));
    }

    // Through the whole pipeline: inside a quotation, no share is read.
    [Test]
    public void Share_InsideAQuotation_NoStatement()
    {
        const string text = "“About two-thirds of the riders want the pier moved north,” Lena Marsh wrote.";
        var statements = PipelineStatements.Of(text);
        Assert.That(statements.Select(s => s.Cue), Does.Not.Contain("want"));
    }
}
