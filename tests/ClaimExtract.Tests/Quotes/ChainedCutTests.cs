using ClaimExtract.Quotes;
using ClaimExtract.Quotes.Training;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The verifier's cut chosen on the output as shipped (<see cref="VerifierTrainer.BestChainedThreshold"/>): the attributions above
/// the cut, without the inner ones of a chain of cues whose outer one survives (<see cref="CueChain"/>), matched again as the
/// scorer matches. Hand-made articles (content offsets, scores) where the chain changes the best cut, and the chains read off
/// sentences written for these tests (<see cref="VerifierTrainer.ChainOuters"/>).
/// </summary>
public class ChainedCutTests
{
    private static VerifierTrainer.ChainedArticle Article((int, int)[] gold, (int, int)[] predicted, params int[][] outers) =>
        new(gold, predicted, outers.Length == 0 ? [.. predicted.Select(_ => Array.Empty<int>())] : outers);

    // name, the articles, the scores laid out as the articles' predictions in order, the cut expected (NegativeInfinity: keep all)
    private static readonly object[] Cuts =
    [
        // No chain: the two unmatched predictions under the matched one go, as the cut on the labels would have it.
        new object[] { "no chain", new[] { Article([(0, 100)], [(0, 100), (200, 300), (400, 500)]) }, new[] { 0.9f, 0.1f, 0.2f }, 0.55f },
        // Three unmatched inner statements of a matched outer one score above a matched statement of another gold: on the labels
        // alone the best cut (0.55) drops all four, losing the match; the chain removes the three while the outer one stands, so
        // nothing need go.
        new object[]
        {
            "the chain removes the inner ones",
            new[] { Article([(0, 100), (200, 300)], [(0, 100), (20, 100), (30, 100), (40, 100), (200, 300)], [], [0], [0], [0], []) },
            new[] { 0.9f, 0.2f, 0.2f, 0.2f, 0.1f },
            float.NegativeInfinity,
        },
        // The same with an unmatched statement below everything: only it goes.
        new object[]
        {
            "the chain removes the inner ones, a false one goes",
            new[] { Article([(0, 100), (200, 300)], [(0, 100), (20, 100), (30, 100), (40, 100), (200, 300), (400, 500)], [], [0], [0], [0], [], []) },
            new[] { 0.9f, 0.2f, 0.2f, 0.2f, 0.1f, 0.05f },
            0.075f,
        },
        // An outer statement the verifier drops brings its inner one back: the cut over the outer one (0.15) loses nothing when the
        // inner one, unmatched while the outer one stood, takes the gold; the cut under it (0.075) is as good, and the lower one is kept.
        new object[]
        {
            "a dropped outer one brings the inner one back",
            new[] { Article([(40, 100)], [(0, 100), (40, 100), (200, 300)], [], [0], []) },
            new[] { 0.1f, 0.9f, 0.05f },
            0.075f,
        },
        // Two articles: the cut counts both (the second's unmatched statement at 0.3 goes with the first's at 0.2).
        new object[]
        {
            "two articles",
            new[] { Article([(0, 100)], [(0, 100), (200, 300)]), Article([(0, 50)], [(0, 50), (60, 90)]) },
            new[] { 0.9f, 0.2f, 0.8f, 0.3f },
            0.55f,
        },
    ];

    [TestCaseSource(nameof(Cuts))]
    public void BestChainedThreshold_CutsTheOutputAsShipped(string name, VerifierTrainer.ChainedArticle[] articles, float[] scores, float expected)
    {
        Assert.That(VerifierTrainer.BestChainedThreshold(articles, scores), Is.EqualTo(expected).Within(1e-6f), name);
    }

    [Test]
    public void BestChainedThreshold_NeverDropsWhatTheVerifierDoesNotReview()
    {
        // An unreviewed statement (positive infinity) that matches nothing stays whatever the cut.
        var articles = new[] { Article([(0, 100)], [(0, 100), (200, 300)]) };
        Assert.That(VerifierTrainer.BestChainedThreshold(articles, [0.5f, float.PositiveInfinity]), Is.EqualTo(float.NegativeInfinity));
    }

    // text, the outer cue, the inner cue: the inner attribution's outers hold the outer one, the outer one has none.
    [TestCase("The lighthouse trust issued a statement saying that the lamp would be repaired in April.", "issued", "saying")]
    [TestCase("Mira Holt said she hopes the school will open a second library before the winter.", "said", "hopes")]
    [TestCase("The ferry company announced plans to sell its two oldest boats by the end of the season.", "announced", "plans")]
    public void ChainOuters_TheInnerOneNamesItsOuterOne(string text, string outerCue, string innerCue)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var rules = AttributionFinder.Find(tokens, quotes);
        var outer = rules.FindIndex(a => a.CueText == outerCue);
        var inner = rules.FindIndex(a => a.CueText == innerCue);
        Assert.That(outer, Is.GreaterThanOrEqualTo(0), "the rules find the outer cue");
        Assert.That(inner, Is.GreaterThanOrEqualTo(0), "the rules find the inner cue");
        var outers = VerifierTrainer.ChainOuters(tokens, rules);
        Assert.That(outers[inner], Is.EqualTo(new[] { outer }));
        Assert.That(outers[outer], Is.Empty);
    }

    [Test]
    public void ChainOuters_TwoReportsSideBySide_NoChain()
    {
        var doc = TextDocument.Create("The council said the ferry would run again in March, and the mayor said the bridge would open in May.");
        var tokens = new TokenizedDocument(doc, []);
        var rules = AttributionFinder.Find(tokens, QuoteScanner.Scan(doc));
        Assert.That(rules, Has.Count.GreaterThanOrEqualTo(2));
        Assert.That(VerifierTrainer.ChainOuters(tokens, rules), Has.All.Empty);
    }
}
