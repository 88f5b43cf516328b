using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Reported content that ends a parenthesis it did not open ends before the closing parenthesis and the full stop before
/// it, as PolNeAR marks it; content that holds its own parenthesis keeps it. One table row each, on sentences written for
/// these tests.
/// </summary>
public class ContentEdgesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"ContentEdges_{name}");

        yield return Case("ParenthesisedSentence", "The mayor spoke first. (Aides said she would not run again next year.)", "she would not run again next year");
        yield return Case("ParenthesisNoStop", "The vote passed on Monday (officials said it would cost far more than planned).", "it would cost far more than planned");
        yield return Case("QuestionInParenthesis", "The plan is new. (Reporters asked whether the mill would close in May?)", "whether the mill would close in May");
        yield return Case("OwnParenthesisKept", "Okoro said the levy (a small one) would pay for the new bridge.", "the levy (a small one) would pay for the new bridge");
        yield return Case("NoParenthesis", "Okoro said the levy would pay for the new bridge.", "the levy would pay for the new bridge");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_EndsBeforeAParenthesisItDidNotOpen(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => a.Content.Of(text)), Has.Member(content));
    }
}
