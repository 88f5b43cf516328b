using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>exact70's content edges (docs/quotes.md, "exact70"): two contents of one cue a few words apart are one
/// (<see cref="ContentEdges.JoinSameCue"/>), and a content ending at a quoted fragment runs on over a second one joined by
/// "and"/"or" (<see cref="ContentEdges.EndAfterQuotedPair"/>). Sentences written for these tests.</summary>
[TestFixture]
public class ContentEdgesSameCueAndQuotedPairTests
{
    [TestCase("Okafor called the levy “unfair” and “a tax on the harbour” at the meeting.", "called",
        "the levy “unfair”", "“a tax on the harbour” at the meeting", "the levy “unfair” and “a tax on the harbour” at the meeting")]
    [TestCase("The mayor called the plan ‘reckless’, ‘costly.’", "called", "the plan ‘reckless’", "‘costly.’", "the plan ‘reckless’, ‘costly.’")]
    [TestCase("Okafor calls the ferry board a \"disgrace\" and a \"racket.\"", "calls", "the ferry board a \"disgrace\"", "\"racket.\"",
        "the ferry board a \"disgrace\" and a \"racket.\"")]
    public void JoinSameCue_JoinsTheTwoContents(string text, string cue, string first, string second, string joined) =>
        Assert.That(ContentEdgeCases.ContentsAfter(ContentEdges.JoinSameCue, text, cue, first, second), Is.EqualTo(new[] { joined }));

    // Guards: a cue verb between the pieces (a second predicate of its own), more than three words between, a sentence break.
    [TestCase("Okafor called the pier a \"wreck\" and promised to \"rebuild\" it.", "called", "the pier a \"wreck\"", "\"rebuild\" it")]
    [TestCase("Okafor called the levy “unfair” because it would, in her view, be “a tax on the harbour.”", "called", "the levy “unfair”",
        "“a tax on the harbour.”")]
    [TestCase("Okafor called the levy “unfair.” Then “a tax” followed.", "called", "the levy “unfair.”", "“a tax”")]
    public void JoinSameCue_LeavesThemApart(string text, string cue, string first, string second) =>
        Assert.That(ContentEdgeCases.ContentsAfter(ContentEdges.JoinSameCue, text, cue, first, second), Is.EqualTo(new[] { first, second }));

    [TestCase("The coach kept shouting “Run faster” and “Keep your heads up,” the players said.", "shouting", "“Run faster”",
        "“Run faster” and “Keep your heads up,”")]
    [TestCase("Critics called the ruling “cruel” and a “betrayal.”", "called", "the ruling “cruel”", "the ruling “cruel” and a “betrayal.”")]
    [TestCase("The coach kept shouting ''Sit down'' and ''Be quiet.''", "shouting", "''Sit down''", "''Sit down'' and ''Be quiet.''")]
    [TestCase("Okafor called the ferry “slow” or “a relic,” and left.", "called", "the ferry “slow”", "the ferry “slow” or “a relic,”")]
    public void EndAfterQuotedPair_TakesTheSecondFragment(string text, string cue, string content, string expected) =>
        Assert.That(ContentEdgeCases.ContentsAfter(ContentEdges.EndAfterQuotedPair, text, cue, content), Is.EqualTo(new[] { expected }));

    // Guards: no closing mark at the content's end, an unquoted second phrase, a second fragment past the length limit, marks
    // of two kinds, an "and" clause with its own quotation later in it.
    [TestCase("Critics called the ruling cruel and “a betrayal.”", "called", "the ruling cruel")]
    [TestCase("Critics called the ruling “cruel” and unjust.", "called", "the ruling “cruel”")]
    [TestCase("Critics called the ruling “cruel” and “a betrayal of every family that has ever waited on the harbour road for a ferry that never came.”",
        "called", "the ruling “cruel”")]
    [TestCase("The coach kept shouting “Run faster” and ''Keep going.''", "shouting", "“Run faster”")]
    [TestCase("Critics called the ruling “cruel” and the mayor said “enough.”", "called", "the ruling “cruel”")]
    public void EndAfterQuotedPair_LeavesTheContent(string text, string cue, string content) =>
        Assert.That(ContentEdgeCases.ContentsAfter(ContentEdges.EndAfterQuotedPair, text, cue, content), Is.EqualTo(new[] { content }));

    [Test]
    public void EndAfterQuotedPair_LeavesWordsAnotherStatementHolds() =>
        Assert.That(ContentEdgeCases.ContentsAfter(ContentEdges.EndAfterQuotedPair, "Okafor called the levy “unfair” and “a tax.”", "called",
            "the levy “unfair”", "“a tax.”"), Is.EqualTo(new[] { "the levy “unfair”", "“a tax.”" }));
}
