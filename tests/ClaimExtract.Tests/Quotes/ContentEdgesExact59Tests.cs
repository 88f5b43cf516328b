using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact59 (docs/quotes.md, "exact59"): when the cue ends with "about" or "at" that belongs to an
/// approximate quantity opening the content ("raised about $40 million", "identified at least six"), the content starts at
/// that word and the cue ends before it. Hand-built attributions on sentences written for these tests (the content runs from
/// right after the cue to the sentence's final period, as the cue tagger leaves it); rows that move, then rows that pin what
/// is kept.
/// </summary>
public class ContentEdgesExact59Tests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, string expectedCue, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, expectedCue, type).SetName($"ContentEdgesExact59_{name}");

        // The approximation belongs to the content.
        yield return Case("AboutHalf", "The treasury said about half of the shortfall came from the fuel rebate.", "said about",
            "about half of the shortfall came from the fuel rebate", "said");
        yield return Case("AboutAmount", "The mayor's committee raised about $40 million for the harbour bond campaign.", "raised about",
            "about $40 million for the harbour bond campaign", "raised");
        yield return Case("AboutNumber", "The archive deemed about 2,300 of the letters private and sealed them.", "deemed about",
            "about 2,300 of the letters private and sealed them", "deemed");
        yield return Case("AboutFraction", "Okafor predicted about one-third of the county would vote by mail.", "predicted about",
            "about one-third of the county would vote by mail", "predicted");
        yield return Case("AtLeast", "The audit identified at least $12 million in fees charged twice to tenants.", "identified at",
            "at least $12 million in fees charged twice to tenants", "identified");
        yield return Case("AtMostMixed", "The council reported at most 40 complaints, \u201cnone of them serious.\u201d", "reported at",
            "at most 40 complaints, \u201cnone of them serious.\u201d", "reported", QuoteType.Mixed);

        // Kept: a topic after "about" (a year, a bare "one", a noun), "at" before a place, a one-word cue, a short content.
        yield return Case("KeptYear", "Okafor wrote about 2019 and the flood that closed the harbour for weeks.", "wrote about",
            "2019 and the flood that closed the harbour for weeks", "wrote about");
        yield return Case("KeptOneThing", "The mayor was clear about one thing: the pier would reopen by June.", "clear about",
            "one thing: the pier would reopen by June", "clear about");
        yield return Case("KeptTopic", "Okafor spoke about the levy and the traders who had left the market.", "spoke about",
            "the levy and the traders who had left the market", "spoke about");
        yield return Case("KeptAtPlace", "Ruiz hinted at the council's plan to sell the old ferry terminal.", "hinted at",
            "the council's plan to sell the old ferry terminal", "hinted at");
        yield return Case("KeptShort", "The treasury said about 40 percent.", "said about", "40 percent", "said about");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_AfterACueEndingInAnApproximation_StartsAtIt(string text, string cue, string expected, string expectedCue, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var start = cueStart + cue.Length + 1;
        var end = text.EndsWith('.') ? text.Length - 1 : text.Length;
        var attribution = new Attribution(new Span(start, end), type, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, cueStart - 1), null);
        var found = ContentEdges.StartAtApproximateQuantity(tokens, [attribution]).Single();
        Assert.That(found.Content.Of(text), Is.EqualTo(expected));
        Assert.That((found.Cue!.Value.Of(text), found.CueText), Is.EqualTo((expectedCue, expectedCue)));
    }

    [Test]
    public void Content_BeforeItsCue_IsLeftWhole()
    {
        const string text = "About 40 percent of the fees were refunded, the treasury said about it.";
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf("said", StringComparison.Ordinal);
        var content = new Span(0, text.IndexOf(',', StringComparison.Ordinal));
        var speaker = new Span(text.IndexOf("the treasury", StringComparison.Ordinal), cueStart - 1);
        var attribution = new Attribution(content, QuoteType.Indirect, new Span(cueStart, cueStart + 10), "said about", speaker, null);
        var found = ContentEdges.StartAtApproximateQuantity(tokens, [attribution]);
        Assert.That(found.Single().Content, Is.EqualTo(content));
    }
}
