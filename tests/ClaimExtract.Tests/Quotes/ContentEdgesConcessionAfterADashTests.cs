using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact55 (docs/quotes.md, "exact55"): content reported after its cue ends before a single dash that
/// opens the writer's concession or exception ("Okafor said [the levy had been approved] — though the vote was close").
/// Hand-built attributions on sentences written for these tests (the content runs from right after the cue to the sentence's
/// final period, as the cue tagger leaves it); rows the old code leaves whole, then rows that pin what is kept.
/// </summary>
public class ContentEdgesConcessionAfterADashTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, type).SetName($"ContentEdgesExact55_{name}");

        // The writer's concession or exception after a single dash is not content.
        yield return Case("ThoughEmDash", "Okafor said the levy had been approved in March \u2014 though the vote was close.", "said",
            "the levy had been approved in March");
        yield return Case("AlthoughHyphen", "The union says fares have doubled since spring - although wages have risen too.", "says",
            "fares have doubled since spring");
        yield return Case("EvenThoughDoubleHyphen", "Ruiz predicted that the plant would stay open -- even though the losses keep growing.", "predicted",
            "that the plant would stay open");
        yield return Case("EvenAsEnDash", "Delgado vowed to keep the ferry running \u2013 even as the harbour board cut its budget.", "vowed",
            "to keep the ferry running");
        yield return Case("DespiteUnspacedEmDash", "She said the pier would reopen in June\u2014despite the storm damage.", "said",
            "the pier would reopen in June");
        yield return Case("ExceptAfterQuotation", "Marsh accused the council of \u201cwasting money\u201d \u2014 except that the audit found no waste.", "accused",
            "the council of \u201cwasting money\u201d", QuoteType.Mixed);

        // Kept: a pair of dashes (an aside), another word after the dash, "even" before another word, a dash inside a
        // quotation, an unspaced hyphen, a direct quote, a content before its cue.
        yield return Case("KeptPairOfDashes", "Okafor said the levy \u2014 though small \u2014 would hurt the traders.", "said",
            "the levy \u2014 though small \u2014 would hurt the traders");
        yield return Case("KeptTwoDashes", "Okafor said the levy was small \u2014 a fee on stalls \u2014 though traders disliked it.", "said",
            "the levy was small \u2014 a fee on stalls \u2014 though traders disliked it");
        yield return Case("KeptBut", "Okafor said the levy had been approved \u2014 but only for one year.", "said",
            "the levy had been approved \u2014 but only for one year");
        yield return Case("KeptWhile", "Okafor said the board had met twice \u2014 while the ferry was out of service.", "said",
            "the board had met twice \u2014 while the ferry was out of service");
        yield return Case("KeptEvenIn", "The survey found support for the levy across the county \u2014 even in Tarrow.", "found",
            "support for the levy across the county \u2014 even in Tarrow");
        yield return Case("KeptApposition", "Okafor said the board had raised the levy \u2014 a decision the traders oppose.", "said",
            "the board had raised the levy \u2014 a decision the traders oppose");
        yield return Case("KeptInsideQuotation", "She said the levy was \u201cfair \u2014 though not popular\u201d with traders.", "said",
            "the levy was \u201cfair \u2014 though not popular\u201d with traders", QuoteType.Mixed);
        yield return Case("KeptDirect", "She said \u201cthe levy is fair \u2014 though I know traders disagree.\u201d", "said",
            "\u201cthe levy is fair \u2014 though I know traders disagree.\u201d", QuoteType.Direct);
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_BeforeAConcessionAfterASingleDash_EndsBeforeTheDash(string text, string cue, string expected, QuoteType type)
    {
        ContentEdgeCases.AssertEndsAt(ContentEdges.EndBeforeDashedConcession, text, cue, expected, type);
    }

    [Test]
    public void Content_BeforeItsCue_IsLeftWhole()
    {
        const string text = "The levy had been approved in March \u2014 though the vote was close, Okafor said.";
        ContentEdgeCases.AssertLeavesContentBeforeItsCue(ContentEdges.EndBeforeDashedConcession, text, "said", "Okafor");
    }
}
