using ClaimExtract.Evaluation;

namespace ClaimExtract.Tests.Evaluation;

/// <summary>
/// The port of ../shared/eval/score_extraction.py on small hand-made pages. Every expected figure was
/// printed by the Python script itself (python3 score_extraction.py PRED --truth TRUTH --per-page) on
/// the same texts; the test needs neither Python nor ../shared.
/// </summary>
public class ExtractionScorerTests
{
    private static readonly Dictionary<string, (string Predicted, string Truth)> Pages = new()
    {
        ["fox"] = ("The quick brown fox jumps over the lazy dog.", "The quick brown fox jumps over a lazy dog."),
        ["short"] = ("Hello world", "Hello world!"),
        ["repeats"] = ("a b c d a b c d a b c d", "a b c d a b c d"),
        ["tie"] = ("a b c d e f g h i j k l m n o p q r s", "a b c d"),
        ["marks"] = ("cafe\u0301 au lait x\u00b2 \u00bd snake_case word", "cafe au lait x\u00b2 \u00bd snake_case word"),
        ["blank"] = ("\u001f \u00a0\n", "Some true text that was missed entirely here"),
        ["nothing"] = ("", ""),
    };

    [Test]
    public void Score_SmallPages_PrintsWhatTheReferenceScorerPrints()
    {
        var truth = Pages.ToDictionary(p => p.Key, p => p.Value.Truth);
        truth["missing"] = "one two three four five";
        var predictions = Pages.ToDictionary(p => p.Key, p => p.Value.Predicted);

        var score = ExtractionScorer.Score(truth, predictions);

        Assert.That(score.PerPage.Select(p => p.ToLine()), Is.EqualTo(new[]
        {
            "blank\ttp=0.000\tfp=0.000\tfn=1.000",
            "fox\ttp=0.333\tfp=0.333\tfn=0.333",
            "marks\ttp=1.000\tfp=0.000\tfn=0.000",
            "missing\ttp=0.000\tfp=0.000\tfn=1.000",
            "nothing\ttp=0.000\tfp=0.000\tfn=0.000",
            "repeats\ttp=0.556\tfp=0.444\tfn=0.000",
            "short\ttp=1.000\tfp=0.000\tfn=0.000",
            "tie\ttp=0.062\tfp=0.938\tfn=0.000",
        }));
        Assert.That(score.ToJsonLine(), Is.EqualTo("{\"pages\": 8, \"missing\": 1, \"precision\": 0.6236, \"recall\": 0.5625, \"f1\": 0.5915}"));
    }

    [TestCase("fox", 1 / 3.0, 1 / 3.0, 1 / 3.0)]
    [TestCase("repeats", 0.5555555555555556, 0.4444444444444444, 0.0)]
    [TestCase("tie", 0.0625, 0.9375, 0.0)]
    [TestCase("blank", 0.0, 0.0, 1.0)]
    [TestCase("nothing", 0.0, 0.0, 0.0)]
    public void ScorePage_GivesThePythonShares(string id, double tp, double fp, double fn)
    {
        var (predicted, truth) = Pages[id];

        var page = ExtractionScorer.ScorePage(id, predicted, truth);

        Assert.That((page.TruePositive, page.FalsePositive, page.FalseNegative), Is.EqualTo((tp, fp, fn)));
    }

    [Test]
    public void Tokens_FollowPythonsWordClass_NotDotNets()
    {
        // Python's \w: combining marks split a word, numerals such as ² and ½ are word characters, _ joins.
        Assert.That(ExtractionScorer.Tokens("cafe\u0301 x\u00b2 \u00bd snake_case \u203fjoin 12,5 \U00020000b"),
            Is.EqualTo(new[] { "cafe", "x\u00b2", "\u00bd", "snake_case", "join", "12", "5", "\U00020000b" }));
    }

    [Test]
    public void Shingles_OfOneToThreeTokens_AreOneShorterShingle_AndOfNoneAreNone()
    {
        Assert.That(ExtractionScorer.Shingles("Hello world"), Is.EqualTo(new Dictionary<string, int> { ["Hello world"] = 1 }));
        Assert.That(ExtractionScorer.Shingles(" ... "), Is.Empty);
    }

    [Test]
    public void Mean_IsTheExactSumRoundedOnce_AsStatisticsMean()
    {
        // statistics.mean([0.1, 0.2, 0.3]) == 0.2, while sum(...) / 3 == 0.20000000000000004.
        Assert.That(PythonNumbers.Mean([0.1, 0.2, 0.3]), Is.EqualTo(0.2));
        Assert.That(PythonNumbers.Mean([1 / 3.0, 2 / 3.0, 1 / 7.0, 0.9999999999999999]), Is.EqualTo(0.5357142857142857));
        Assert.That(PythonNumbers.Mean([1e-300, 1.0, 0.5]), Is.EqualTo(0.5));
    }

    [TestCase(0.0625, 3, "0.062")]
    [TestCase(0.9375, 3, "0.938")]
    [TestCase(2.675, 2, "2.67")]
    [TestCase(1.0, 3, "1.000")]
    public void Fixed_RoundsTheExactBinaryValueHalfToEven(double x, int digits, string expected) =>
        Assert.That(PythonNumbers.Fixed(x, digits), Is.EqualTo(expected));

    [TestCase(0.95555, "0.9556")]
    [TestCase(0.12345, "0.1235")]
    [TestCase(0.5, "0.5")]
    [TestCase(1.0, "1.0")]
    [TestCase(0.0, "0.0")]
    public void RoundRepr_PrintsAsJsonDumpsOfRound(double x, string expected) =>
        Assert.That(PythonNumbers.RoundRepr(x, 4), Is.EqualTo(expected));
}
