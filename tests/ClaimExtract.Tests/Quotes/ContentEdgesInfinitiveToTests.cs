using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact59 (docs/quotes.md, "exact59"): when the cue ends with a verb that takes an infinitive as
/// what is reported and its "to" ("offered to", "proposed to", "claims to"), the content starts at "to" and the cue ends before
/// it. Hand-built attributions on sentences written for these tests (the content runs from right after the cue to the
/// sentence's final period, as the cue tagger leaves it); rows that move, then rows that pin what is kept.
/// </summary>
public class ContentEdgesInfinitiveToTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, string expectedCue, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, expectedCue, type).SetName($"ContentEdgesExact59_{name}");

        // The infinitive's "to" belongs to the content.
        yield return Case("OfferedTo", "The ferry company offered to cover the fares of every stranded passenger.", "offered to",
            "to cover the fares of every stranded passenger", "offered");
        yield return Case("ProposedTo", "Okafor proposed to move the market to the old tram depot next spring.", "proposed to",
            "to move the market to the old tram depot next spring", "proposed");
        yield return Case("ClaimsTo", "The new group claims to speak for most of the harbour's fishing crews.", "claims to",
            "to speak for most of the harbour's fishing crews", "claims");
        yield return Case("AskedToMixed", "Ruiz was asked to explain \u201cwhere the money went\u201d last year.", "asked to",
            "to explain \u201cwhere the money went\u201d last year", "asked", QuoteType.Mixed);

        // Kept: "to" before a determiner, a pronoun or a name (a preposition), a verb not on the list, a one-word cue, a short content.
        yield return Case("KeptDeterminer", "The mayor agreed to the terms the traders had set out in March.", "agreed to",
            "the terms the traders had set out in March", "agreed to");
        yield return Case("KeptPronoun", "Okafor promised to them a full account of the harbour accounts.", "promised to",
            "them a full account of the harbour accounts", "promised to");
        yield return Case("KeptName", "The council wanted to Ruiz's office a report on the pier repairs.", "wanted to",
            "Ruiz's office a report on the pier repairs", "wanted to");
        yield return Case("KeptOtherVerb", "The mayor continued to defend the levy at every council meeting.", "continued to",
            "defend the levy at every council meeting", "continued to");
        yield return Case("KeptReferring", "Okafor pointed to the survey the council published in March.", "pointed to",
            "the survey the council published in March", "pointed to");
        yield return Case("KeptShort", "The mayor offered to resign.", "offered to", "resign", "offered to");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_AfterAnInfinitiveCue_StartsAtTo(string text, string cue, string expected, string expectedCue, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var start = cueStart + cue.Length + 1;
        var end = text.EndsWith('.') ? text.Length - 1 : text.Length;
        var attribution = new Attribution(new Span(start, end), type, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, cueStart - 1), null);
        var found = ContentEdges.StartAtInfinitiveTo(tokens, [attribution]).Single();
        Assert.That(found.Content.Of(text), Is.EqualTo(expected));
        Assert.That((found.Cue!.Value.Of(text), found.CueText), Is.EqualTo((expectedCue, expectedCue)));
    }

    [Test]
    public void Content_BeforeItsCue_IsLeftWhole()
    {
        const string text = "To reopen the pier by June, the mayor offered to them.";
        ContentEdgeCases.AssertLeavesContentBeforeItsCue(ContentEdges.StartAtInfinitiveTo, text, "offered to", "the mayor");
    }
}
