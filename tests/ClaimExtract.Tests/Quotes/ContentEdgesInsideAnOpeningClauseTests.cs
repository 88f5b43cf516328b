using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact57 (docs/quotes.md, "exact57"): content reported inside an adverbial clause that opens its
/// sentence ends at the comma where the sentence's main clause begins ("When Okafor said [the pier would close in May], the union
/// called a strike"). Hand-built attributions on sentences written for these tests (the content runs from right after the cue
/// to the sentence's final period, as the cue tagger leaves it); rows the rule cuts, then rows that pin what is kept.
/// </summary>
public class ContentEdgesInsideAnOpeningClauseTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, type).SetName($"ContentEdgesExact57_{name}");

        // The main clause after the leading clause is the writer's, not the report's.
        yield return Case("When", "When Okafor said the pier would close in May, the union called a strike.", "said",
            "the pier would close in May");
        yield return Case("ButAfter", "But after Delgado told reporters the levy was fair, she voted against it.", "told reporters",
            "the levy was fair");
        yield return Case("YetWhenAskedIf", "Yet when the mayor asked if the ferry would run, the harbour master shrugged.", "asked",
            "if the ferry would run");
        yield return Case("DaysBefore", "Just days before Ruiz announced the merger would close, the company lowered its forecast.",
            "announced", "the merger would close");
        yield return Case("Mixed", "Although Okafor called the levy \u201cfair\u201d, the traders have protested for weeks.", "called",
            "the levy \u201cfair\u201d", QuoteType.Mixed);

        // Kept: no leading subordinator, a leading "As", a comma between the subordinator and the cue (the cue is in the main
        // clause), an adverbial clause of the content's own, a main clause that reports speech, a quotation after the comma, a
        // subject that runs on into a list, a direct quote.
        yield return Case("KeptNoSubordinator", "Okafor said the pier would close in May, the union called a strike.", "said",
            "the pier would close in May, the union called a strike");
        yield return Case("KeptAs", "As Okafor said the pier would close in May, the union called a strike.", "said",
            "the pier would close in May, the union called a strike");
        yield return Case("KeptCommaBeforeCue", "After the vote, Okafor said the pier would close in May, the ferry crews walked out.", "said",
            "the pier would close in May, the ferry crews walked out");
        yield return Case("KeptInnerClause", "When Okafor said that even if the levy passed, the pier would close, the union walked out.", "said",
            "that even if the levy passed, the pier would close, the union walked out");
        yield return Case("KeptMainClauseReports", "When Okafor said the pier would close in May, the union said it would strike.", "said",
            "the pier would close in May, the union said it would strike");
        yield return Case("KeptQuotationAfter", "When Okafor said the pier would close in May, \u201cwe will strike\u201d was the union's reply.", "said",
            "the pier would close in May, \u201cwe will strike\u201d was the union's reply", QuoteType.Mixed);
        yield return Case("KeptList", "When Okafor thanked the port's board members, the trustees and the staff, the meeting ended.", "thanked",
            "the port's board members, the trustees and the staff, the meeting ended");
        yield return Case("KeptDirect", "When Okafor said \u201cthe pier will close in May, the union knows it,\u201d nobody moved.", "said",
            "\u201cthe pier will close in May, the union knows it,\u201d nobody moved", QuoteType.Direct);
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_InALeadingClause_EndsBeforeTheMainClause(string text, string cue, string expected, QuoteType type)
    {
        ContentEdgeCases.AssertEndsAt(ContentEdges.EndAtLeadingClauseComma, text, cue, expected, type);
    }
}
