using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Two cues in a row are one report (<see cref="CueChain"/>): "issued a statement saying that ...", "announced plans to ...", "said she
/// hopes ...", "declined to say whether ...". The rules find an attribution for each cue; the inner one, whose cue opens the outer
/// content, is dropped and the outer one stays. On sentences written for these tests: through the rules and the chain alone (no
/// model), and through the whole pipeline.
/// </summary>
public class CueChainTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    private static (TokenizedDocument Tokens, List<Attribution> Rules) Rules(string text)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return (tokens, AttributionFinder.Find(tokens, quotes));
    }

    // text, the outer cue (kept), the inner cue (dropped)
    private static readonly object[] Chains =
    [
        new object[] { "The harbour board issued a statement saying that the ferry would run again in March.", "issued", "saying" },
        new object[] { "Ana Ruiz said she hopes the council will vote for the new bridge before the summer.", "said", "hopes" },
        new object[] { "The mayor announced plans to close the old library on Mill Street by the end of the year.", "announced", "plans" },
        new object[] { "A spokesman for the port declined to say whether the two cranes would be sold to the city.", "declined", "say" },
        new object[] { "Tomas Okafor said that he plans to open a second bakery in Dover next spring.", "said", "plans" },
    ];

    [TestCaseSource(nameof(Chains))]
    public void CueOpeningAnotherContent_IsOneReport_TheInnerDropped(string text, string outerCue, string innerCue)
    {
        var (tokens, rules) = Rules(text);
        Assert.That(rules.Select(a => a.CueText), Does.Contain(outerCue).And.Contain(innerCue), "the rules find both cues");
        var kept = CueChain.Apply(tokens, rules);
        Assert.That(kept.Select(a => a.CueText), Does.Contain(outerCue).And.Not.Contain(innerCue));
    }

    [TestCaseSource(nameof(Chains))]
    public void CueOpeningAnotherContent_ThroughThePipeline_OneStatement(string text, string outerCue, string innerCue)
    {
        var statements = Statements(text);
        Assert.That(statements.Select(s => s.Cue), Does.Not.Contain(innerCue));
    }

    // A second attribution that stays: an inner cue after four words or more of the outer content, and two attributions side by
    // side. (A quotation the rules give to the outer cue; a direct inner one is pinned by hand below.)
    [TestCase("Ana Ruiz said the new harbour master told the council that the ferry would stop in May.", "told")]
    [TestCase("Ana Ruiz said that after the long meeting on Monday the harbour master told the council that the ferry would stop.", "told")]
    [TestCase("The council said the ferry would run again in March, and the mayor said the bridge would open in May.", "said")]
    public void SecondAttribution_NotAChain_Stays(string text, string innerCue)
    {
        var (tokens, rules) = Rules(text);
        var inner = rules.Where(a => a.CueText == innerCue).ToList();
        Assert.That(inner, Is.Not.Empty, "the rules find the second cue");
        Assert.That(CueChain.Apply(tokens, rules), Is.SupersetOf(inner));
    }

    // Made by hand on one sentence: whether the inner attribution is dropped, as its outer one's cue and its own type vary.
    [TestCase("before", QuoteType.Indirect, true)]
    [TestCase("before", QuoteType.Mixed, true)]
    [TestCase("before", QuoteType.Direct, false)]
    [TestCase("inside", QuoteType.Indirect, false)]
    [TestCase("none", QuoteType.Indirect, false)]
    public void InnerDropped_OnlyBehindAnOuterCueBeforeItsContent(string outerCue, QuoteType innerType, bool dropped)
    {
        // "[The board issued [a statement saying [that the ferry would run]]]"; an outer cue inside its content is the form of
        // "[Officials said the ferry would run, it appears]": the outer reports nothing of the inner.
        var doc = TextDocument.Create("The board issued a statement saying that the ferry would run.");
        var tokens = new TokenizedDocument(doc, []);
        var text = doc.Text;
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var outer = new Attribution(Of("a statement saying that the ferry would run"), QuoteType.Indirect,
            outerCue switch { "before" => Of("issued"), "inside" => Of("statement"), _ => null }, outerCue == "none" ? null : "issued", Of("The board"), null);
        var inner = new Attribution(Of("that the ferry would run"), innerType, Of("saying"), "saying", null, null);
        Assert.That(CueChain.IsInner(tokens, [outer, inner], 1), Is.EqualTo(dropped));
        Assert.That(CueChain.IsInner(tokens, [outer, inner], 0), Is.False, "the outer one stays");
        Assert.That(CueChain.Apply(tokens, [outer, inner]), Has.Count.EqualTo(dropped ? 1 : 2));
    }
}
