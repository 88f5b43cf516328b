using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// <see cref="SpeakerRanker.PronounOfTheClauseBeforeAParticiple"/> (branch speakers116b): a participle cue after a clause opened by "but",
/// "though" or "even as" takes that clause's subject pronoun, not the sentence's subject chosen before it. On sentences written for
/// these tests; each change case fails on the code before (main's pipeline keeps the sentence's subject for them).
/// </summary>
public class PronounOfTheClauseBeforeAParticipleTests
{
    // The subject pronoun of the clause the participle follows.
    [TestCase("Tom Hale was pressed on the harbour fees, but he talked about the pier instead, saying the fees would fall.", "saying", "Tom Hale",
        "the fees would fall", "he")]
    [TestCase("The mayor has been criticized for the plan, though in a radio interview last week she used stronger words, saying the pier must close.",
        "saying", "The mayor", "the pier must close", "she")]
    [TestCase("Ana Ruiz conceded the point even as she defended the board, saying it had acted in good faith.", "saying", "Ana Ruiz",
        "it had acted in good faith", "she")]
    [TestCase("Tom Hale was pressed on the fees, but he talked more about the pier than he has in past years, saying the fees would fall.",
        "saying", "Tom Hale", "the fees would fall", "he")]
    // A clause after "how", "that" or "when" (the participle goes with the clause it is embedded in), no pronoun in the clause, or a comma
    // between the pronoun and the cue's comma: the choice stays.
    [TestCase("Tom Hale would not say how he meant to pay for the pier, saying only that it was needed.", "saying", "Tom Hale",
        "that it was needed", "Tom Hale")]
    [TestCase("Ana Ruiz insisted that she had won the vote, claiming that the count was fair.", "claiming", "Ana Ruiz", "that the count was fair", "Ana Ruiz")]
    [TestCase("Ana Ruiz arrived late when they had left the hall, saying that the bus was slow.", "saying", "Ana Ruiz", "that the bus was slow", "Ana Ruiz")]
    [TestCase("The mayor backed the plan, but Tom Hale opposed it, saying the fees were too high.", "saying", "The mayor", "the fees were too high", "The mayor")]
    [TestCase("Ana Ruiz backed the plan, but he, after a long pause, agreed, saying the fees were fair.", "saying", "Ana Ruiz", "the fees were fair", "Ana Ruiz")]
    public void PronounOfTheClauseBeforeAParticiple_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PronounOfTheClauseBeforeAParticiple(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("Ana Ruiz conceded the point even as she defended the board, saying it had acted in good faith.", "saying", "Ana Ruiz",
        "it had acted in good faith", "she")]
    public void AfterRanker_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }
}
