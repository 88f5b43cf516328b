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

    private static IEnumerable<TestCaseData> ContrastCases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"ContentEdges_Contrast_{name}");

        // The object of a cue that is not a verb of saying ends before ", but" / ", while" / ", though" / ", even".
        yield return Case("PraisedBut", "Okafor praised the new harbour budget, but the port workers called it a gimmick.", "the new harbour budget");
        yield return Case("EndorsedWhile", "The teachers union endorsed Maria Delgado for mayor, while the police union stayed neutral.", "Maria Delgado for mayor");
        yield return Case("PraisedThough", "The board praised the harbour plan of the mayor, though the port workers called it a gimmick.", "the harbour plan of the mayor");
        yield return Case("CitedEven", "Delgado cited the flood of 2019, even as the river stood low all spring.", "the flood of 2019");

        // Kept whole: a verb of saying, content that starts a clause, a comma before another word, a comma inside quotation marks.
        yield return Case("SaidKeepsClause", "Okafor said the budget was too small, but the port would still open in May.", "the budget was too small, but the port would still open in May");
        yield return Case("ToldKeepsClause", "Okafor told reporters the budget was too small, but the port would still open.", "the budget was too small, but the port would still open");
        yield return Case("ClauseStart", "The senator warned that the budget was too small, but the port would still open.", "that the budget was too small, but the port would still open");
        yield return Case("OtherWordAfterComma", "Okafor praised the new harbour budget, a plan the port workers called a gimmick.", "the new harbour budget, a plan the port workers called a gimmick");
        yield return Case("FirstCommaOnly", "Okafor praised the harbour, the budget and the mayor, but the workers left early.", "the harbour, the budget and the mayor, but the workers left early");
    }

    [TestCaseSource(nameof(ContrastCases))]
    public void Content_OfACueNotOfSaying_EndsBeforeACommaOfContrast(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => a.Content.Of(text)), Has.Member(content));
    }
}
