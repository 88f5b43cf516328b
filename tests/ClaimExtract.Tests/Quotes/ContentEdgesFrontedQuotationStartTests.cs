using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch content42 (docs/quotes.md, "content42"): a quotation that a sentence's first words open, whose
/// cue stands after its first piece and which resumes after the cue, starts its content at the sentence's first word, as a
/// quotation in one piece already did (<see cref="ContentEdges.StartAtSentenceWords"/>). Run through the rules
/// (<see cref="AttributionFinder"/>, then <see cref="ContentEdges.Apply"/>) on sentences written for these tests.
/// </summary>
public class ContentEdgesFrontedQuotationStartTests
{
    private static TestCaseData Case(string name, string text, string content, QuoteType type) =>
        new TestCaseData(text, content, type).SetName($"ContentEdges42_{name}");

    private static IEnumerable<TestCaseData> ResumedQuotationCases()
    {
        // The quotation resumes after its cue: the words before its first piece are content (these fail on the old code).
        yield return Case("But", "But \u201cthe port can wait,\u201d Okafor said. \u201cThe ferry cannot.\u201d",
            "But \u201cthe port can wait,\u201d Okafor said. \u201cThe ferry cannot.\u201d", QuoteType.Mixed);
        yield return Case("Subject", "The levy \u201cis a fair deal,\u201d Okafor said, \u201cand the workers know it.\u201d",
            "The levy \u201cis a fair deal,\u201d Okafor said, \u201cand the workers know it.\u201d", QuoteType.Mixed);
        yield return Case("Name", "Delgado \u201chas never lost a vote in this town,\u201d said Okafor, the harbour clerk. \u201cShe will not lose this one.\u201d",
            "Delgado \u201chas never lost a vote in this town,\u201d said Okafor, the harbour clerk. \u201cShe will not lose this one.\u201d", QuoteType.Mixed);
        yield return Case("Possessive", "The mayor's \u201cplan looks like a gift to the builders,\u201d Okafor said. \u201cNobody asked for it.\u201d",
            "The mayor's \u201cplan looks like a gift to the builders,\u201d Okafor said. \u201cNobody asked for it.\u201d", QuoteType.Mixed);
        yield return Case("Lead", "Sooner or later, \u201cthe pier will have to close,\u201d she said. \u201cWe all know that.\u201d",
            "Sooner or later, \u201cthe pier will have to close,\u201d she said. \u201cWe all know that.\u201d", QuoteType.Mixed);

        // Kept: a quotation in one piece as before, no words before the quotation, a colon before it.
        yield return Case("KeptOnePiece", "The levy \u201cis a fair deal,\u201d Okafor said.",
            "The levy \u201cis a fair deal,\u201d", QuoteType.Mixed);
        yield return Case("KeptNoWords", "\u201cThe port can wait,\u201d Okafor said. \u201cThe ferry cannot.\u201d",
            "\u201cThe port can wait,\u201d Okafor said. \u201cThe ferry cannot.\u201d", QuoteType.Direct);
        yield return Case("KeptColon", "One line stood out: \u201cthe port can wait,\u201d Okafor said. \u201cThe ferry cannot.\u201d",
            "\u201cthe port can wait,\u201d Okafor said. \u201cThe ferry cannot.\u201d", QuoteType.Direct);
    }

    [TestCaseSource(nameof(ResumedQuotationCases))]
    public void Quotation_ResumedAfterItsCue_TakesTheSentenceWordsBeforeIt(string text, string content, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => (a.Content.Of(text), a.Type)), Has.Member((content, type)), string.Join(" | ", found.Select(a => $"{a.Type}: {a.Content.Of(text)}")));
    }
}
