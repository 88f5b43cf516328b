using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact56 (docs/quotes.md, "exact56"): a bare clause reported after its cue ends before a ", who ..."
/// description of the person its last word names ("Okafor said [the board would meet Delgado], who chairs the harbour trust").
/// Hand-built attributions on sentences written for these tests (the content runs from right after the cue to the sentence's
/// final period, as the cue tagger leaves it); rows the old code leaves whole, then rows that pin what is kept.
/// </summary>
public class ContentEdgesWhoDescriptionTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, type).SetName($"ContentEdgesExact56_{name}");

        // The writer's description of a person named at the end of a reported bare clause is not content.
        yield return Case("WhoAfterName", "Okafor said the board would meet Delgado, who chairs the harbour trust.", "said",
            "the board would meet Delgado");
        yield return Case("WhoAfterModal", "Delgado said it would be Ruiz, who has the most votes on the board.", "said",
            "it would be Ruiz");
        yield return Case("WhoAfterFullName", "The poll shows voters will back Amara Obi, who leads the count in every district.", "shows",
            "voters will back Amara Obi");
        yield return Case("Mixed", "She said the levy was \u201cunfair to traders\u201d like Ruiz, who runs a fish stall on the quay.", "said",
            "the levy was \u201cunfair to traders\u201d like Ruiz", QuoteType.Mixed);
        yield return Case("PeriodBeforeTheClosingMark", "Okafor said the board would meet Delgado, who called the plan \u201cfair.\u201d", "said",
            "the board would meet Delgado", QuoteType.Mixed);

        // Kept: a "that" complement, a noun phrase, a person noun before the comma, a pronoun after "who" (a report of its own),
        // a comma, a colon or an open parenthesis around the description, a content that opens with its verb, another relative
        // word, an earlier comma, a direct quote.
        yield return Case("KeptThatComplement", "Okafor said that the board would meet Delgado, who chairs the harbour trust.", "said",
            "that the board would meet Delgado, who chairs the harbour trust");
        yield return Case("KeptNounPhrase", "Okafor praised the work of Delgado, who chairs the harbour trust.", "praised",
            "the work of Delgado, who chairs the harbour trust");
        yield return Case("KeptPersonNoun", "Okafor said the board would meet her lawyer, who had asked for a delay.", "said",
            "the board would meet her lawyer, who had asked for a delay");
        yield return Case("KeptPronounAfterWho", "Okafor said the town would fine Delgado, who she says owes rent.", "said",
            "the town would fine Delgado, who she says owes rent");
        yield return Case("KeptCommaInClause", "Okafor said the board would meet Delgado, who, she added, chairs the trust.", "said",
            "the board would meet Delgado, who, she added, chairs the trust");
        yield return Case("KeptColon", "Okafor said the board would meet Delgado, who chairs the trust: \u201cHe is fair.\u201d", "said",
            "the board would meet Delgado, who chairs the trust: \u201cHe is fair.\u201d", QuoteType.Mixed);
        yield return Case("KeptSecondSentence", "Okafor said she would meet Delgado, who chairs the trust. \u201cHe is fair.\u201d", "said",
            "she would meet Delgado, who chairs the trust. \u201cHe is fair.\u201d", QuoteType.Mixed);
        yield return Case("KeptParenthesis", "Okafor said the board would honour its own (Amara Obi, who built the pier).", "said",
            "the board would honour its own (Amara Obi, who built the pier)");
        yield return Case("KeptVerbFirst", "The man Okafor named is Delgado, who chairs the harbour trust.", "named",
            "is Delgado, who chairs the harbour trust");
        yield return Case("KeptWhom", "Okafor said the board would meet Delgado, whom she has known for years.", "said",
            "the board would meet Delgado, whom she has known for years");
        yield return Case("KeptEarlierComma", "Okafor said Delgado, who chairs the trust, would meet the board.", "said",
            "Delgado, who chairs the trust, would meet the board");
        yield return Case("KeptDirect", "Okafor said \u201cthe board will meet Delgado, who chairs the trust.\u201d", "said",
            "\u201cthe board will meet Delgado, who chairs the trust.\u201d", QuoteType.Direct);
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_BeforeAWhoDescription_EndsAtItsComma(string text, string cue, string expected, QuoteType type)
    {
        ContentEdgeCases.AssertEndsAt(ContentEdges.EndBeforeWhoClause, text, cue, expected, type);
    }
}
