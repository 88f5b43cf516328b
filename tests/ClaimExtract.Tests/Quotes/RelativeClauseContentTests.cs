using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content of an attribution whose cue stands in a relative clause starts at the relative word, as PolNeAR marks it
/// ("which he said ...", "what Mr. Lind called “...”"); other contents keep their start. One table row each, on
/// sentences written for these tests.
/// </summary>
public class RelativeClauseContentTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"RelativeClause_{name}");

        yield return Case("Which", "The senator backed the bill, which he said would cut costs for every family.", "which he said would cut costs for every family");
        yield return Case("WhichWithAuxiliary", "The mayor defended the levy, which she has repeatedly argued will pay for the new bridge.", "which she has repeatedly argued will pay for the new bridge");
        yield return Case("WhatNameCalled", "Voters rejected what Mr. Lind called a “tax on the poor.”", "what Mr. Lind called a “tax on the poor.”");
        yield return Case("WhoNamed", "The council chose a new auditor, whom Ana Ruiz described as “the most careful person in the county.”", "whom Ana Ruiz described as “the most careful person in the county.”");
        // A subject that is neither a pronoun nor a name is not read as the clause's subject: the content keeps its start.
        yield return Case("CommonNounSubject", "The council passed the budget, which critics said would close two libraries.", "would close two libraries");
        yield return Case("ThatIsTheComplementiser", "Okoro said that the ferry would run twice a day from May.", "that the ferry would run twice a day from May");
        yield return Case("NoRelativeWord", "He said new trade rules are desperately needed in the region.", "new trade rules are desperately needed in the region");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_StartsAtTheRelativeWord(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = RelativeClauseContent.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => a.Content.Of(text)), Has.Member(content));
    }
}
