using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact53 (docs/quotes.md, "exact53"): content after its cue ends before an apposition with "a" or
/// "an" that sums up the clause before it and runs to the content's end ("Okafor said [the new levy was unfair], a swipe at
/// the board"). Hand-built attributions on sentences written for these tests (the content runs from right after the cue to the
/// sentence's final period, as the cue tagger leaves it); rows the old code leaves whole, then rows that pin what is kept.
/// </summary>
public class ContentEdgesSummingAppositionTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, type).SetName($"ContentEdgesExact53_{name}");

        // A summing-up apposition after the content is not content.
        yield return Case("Swipe", "Okafor said the new levy was unfair, a swipe at the harbour board.", "said", "the new levy was unfair");
        yield return Case("ThatClause", "The union said the ferry fares would double by spring, a claim the council disputes.", "said",
            "the ferry fares would double by spring");
        yield return Case("ThatComplement", "Delgado argued that the pier should close for repairs, a step the board rejected in May.", "argued",
            "that the pier should close for repairs");
        yield return Case("An", "The mayor announced the port would cut 300 jobs, an outcome few traders had expected.", "announced",
            "the port would cut 300 jobs");
        yield return Case("Mixed", "She said the levy was \u201cunfair to small traders\u201d, a charge the council denied.", "said",
            "the levy was \u201cunfair to small traders\u201d", QuoteType.Mixed);
        yield return Case("Figure", "Most traders say they expect lower fares next year, a higher share than in the spring survey.", "say",
            "they expect lower fares next year");

        // Kept: a noun phrase before the comma (its apposition as often describes it), a name or a person before the comma (the apposition describes them), an apposition with a comma of its own, a
        // comma that is not followed by "a" or "an", a first comma in a complement's opening words, a comma inside a quotation,
        // a first comma that is not the apposition's.
        yield return Case("KeptNounPhrase", "Okafor dismissed the new levy, a swipe at the harbour board.", "dismissed",
            "the new levy, a swipe at the harbour board");
        yield return Case("KeptName", "Okafor said the board had hired Ruiz, a geologist at the institute.", "said",
            "the board had hired Ruiz, a geologist at the institute");
        yield return Case("KeptPerson", "She said she worried about her daughter, a student at the college.", "said",
            "she worried about her daughter, a student at the college");
        yield return Case("KeptGroup", "Okafor said she had thanked her supporters, a group that cleaned the beach.", "said",
            "she had thanked her supporters, a group that cleaned the beach");
        yield return Case("KeptCommaInApposition", "Delgado said the board had shelved the ferry plan, a costly one, until May.", "said",
            "the board had shelved the ferry plan, a costly one, until May");
        yield return Case("KeptThe", "Okafor said the board had passed the new levy, the third this year.", "said",
            "the board had passed the new levy, the third this year");
        yield return Case("KeptComplementOpening", "Okafor said that, even if the board agreed, a recount could not be done.", "said",
            "that, even if the board agreed, a recount could not be done");
        yield return Case("KeptQuoted", "Okafor said \u201cthe levy is fair, a tax on ships and not on people.\u201d", "said",
            "\u201cthe levy is fair, a tax on ships and not on people.\u201d", QuoteType.Mixed);
        yield return Case("KeptEarlierComma", "Okafor said the levy, which passed in May, is a tax on ships.", "said",
            "the levy, which passed in May, is a tax on ships");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_BeforeASummingUpApposition_EndsAtItsComma(string text, string cue, string expected, QuoteType type)
    {
        ContentEdgeCases.AssertEndsAt(ContentEdges.EndBeforeSummaryApposition, text, cue, expected, type);
    }
}
