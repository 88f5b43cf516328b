using ClaimExtract.Statements;

namespace ClaimExtract.Tests.Statements;

/// <summary>What a promise commits to, when, and whether it can be checked. Sentences written for the tests.</summary>
public class PromiseDetailsTests
{
    [TestCase("that he would commit to creating new jobs", null, "creating new jobs")]
    [TestCase("We will build 200 new homes in Leeds by 2027.", null, "build 200 new homes in Leeds by 2027")]
    [TestCase("is backing down on his promise to create 1 million jobs in the U.S. over the next five years, amid the ongoing trade war", null, "create 1 million jobs in the U.S. over the next five years")]
    [TestCase("to cut income tax for every family", "pledged", "cut income tax for every family")]
    [TestCase("that he will be stepping down as chairman within a year", "announced", "stepping down as chairman within a year")]
    [TestCase("The party vowed it would not raise VAT, but later did.", null, "not raise VAT")]
    public void Object_IsTheCommittedAction(string text, string? cue, string expected)
    {
        Assert.That(PromiseDetails.Of(text, cue).Promised, Is.EqualTo(expected));
    }

    // Audit 12: objects that ran past a closing quotation mark into the attribution, took "to you" for an infinitive,
    // repeated the text after a cue holding a modal ("would say"), stopped at "Mr." or ran on into a new clause.
    [TestCase("“I will make this pledge to you: We will find the money for this bridge,” Chief Jane Roe said Monday. “We will not stop.”", "said", "find the money for this bridge")]
    [TestCase("\"We will reopen the pool by June,\" the mayor told reporters.", "told", "reopen the pool by June")]
    [TestCase("What we will say, is that the new model is faster", "would say", null)]
    [TestCase("I would say the plan is sound", null, null)]
    [TestCase("he would repeal the rule that Mr. Smith wrote", null, "repeal the rule that Mr. Smith wrote")]
    [TestCase("the city would work with the council to take \"firm steps\" at once, and he urged the state to act", null, "work with the council to take firm steps at once")]
    [TestCase("she promised them to finish the bridge", null, "finish the bridge")]
    // Twenty-second round: "committee" is not a form of "commit" (it read "the committee to review" as a promise to review).
    [TestCase("she asked the committee to review the toll plan", null, null)]
    [TestCase("the firm made a commitment to plant a tree for each sale", null, "plant a tree for each sale")]
    public void Object_StopsWhereThePromiseEnds(string text, string? cue, string? expected)
    {
        Assert.That(PromiseDetails.Of(text, cue).Promised, Is.EqualTo(expected));
    }

    [TestCase("We will build 200 new homes by 2027.", "by 2027")]
    [TestCase("She promised to hire 500 nurses over the next five years.", "over the next five years")]
    [TestCase("We will hire more nurses.", null)]
    public void When_IsTheStatedTime(string text, string? expected)
    {
        Assert.That(PromiseDetails.Of(text).When, Is.EqualTo(expected));
    }

    [TestCase("We will continue to support our farmers.", true)]
    [TestCase("he will not stop working hard to contribute to the healthy development of trade", true)]
    [TestCase("We will strive for a better future.", true)]
    [TestCase("We will abolish tuition fees.", false)]
    [TestCase("We will create 1 million jobs.", false)]
    [TestCase("That is what we stand for.", true)]
    public void Vague_WhenNothingCheckable(string text, bool expected)
    {
        Assert.That(PromiseDetails.Of(text).Vague, Is.EqualTo(expected));
    }

    [Test]
    public void ContentWords_MatchAcrossInflections()
    {
        var promise = PromiseDetails.ContentWords("creating new jobs");
        var retraction = PromiseDetails.ContentWords("backing down on his promise to create 1 million jobs");

        Assert.That(promise.Intersect(retraction), Is.EquivalentTo(new[] { "creat", "jobs" }));
    }
}
