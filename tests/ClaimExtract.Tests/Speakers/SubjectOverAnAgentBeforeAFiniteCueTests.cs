using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speakers114 (docs/quotes.md): a speaker chosen after "by" in a reduced relative ("A letter obtained by the Ledger") gives way to the
/// noun phrase that opens the sentence when a finite cue follows the agent with no comma
/// (<see cref="SpeakerRanker.SubjectOverAnAgentBeforeAFiniteCue"/>). On sentences written for these tests.
/// </summary>
public class SubjectOverAnAgentBeforeAFiniteCueTests
{
    [TestCase("A March 3 letter from the dock union obtained by the Ledger warns that the fees will rise.", "warns", "the Ledger",
        "the fees will rise", "A March 3 letter from the dock union")]
    [TestCase("The plan backed by the mayor says the pier will close in May.", "says", "the mayor", "the pier will close in May",
        "The plan")]
    [TestCase("DELMAR, Ohio (Ledger) - A memo drafted by Tom Hale concluded that the harbour could flood.", "concluded", "Tom Hale",
        "the harbour could flood", "A memo")]
    [TestCase("An Oct. 9 memo for the dock union drafted by Tom Hale concludes that the harbour could flood.", "concludes", "Tom Hale",
        "the harbour could flood", "An Oct. 9 memo for the dock union")]
    // Left alone: the agent set off by commas (the subject before the participle speaks through another rule); a verb before the
    // participle (the noun is an object); a past form with no "that" (it may be a participle); a participle of saying; an agent that is
    // a means ("by phone"); a cue after a comma.
    [TestCase("The mayor, backed by the board, said the pier will close in May.", "said", "the board", "the pier will close in May", "the board")]
    [TestCase("Ana Ruiz read a letter obtained by the Ledger warns the union.", "warns", "the Ledger", "the union", "the Ledger")]
    [TestCase("A suit filed by a clerk named Tom Hale in May.", "named", "a clerk", "Tom Hale", "a clerk")]
    [TestCase("The remarks reported by the Ledger suggest that the fees will rise.", "suggest", "the Ledger", "the fees will rise", "the Ledger")]
    [TestCase("A ballot cast by phone shows that the fees will rise.", "shows", "phone", "the fees will rise", "phone")]
    [TestCase("The plan backed by the mayor, says Tom Hale, will close the pier.", "says", "the mayor", "will close the pier", "the mayor")]
    public void SubjectOverAnAgentBeforeAFiniteCue_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOverAnAgentBeforeAFiniteCue(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("A March 3 letter from the dock union obtained by the Ledger warns that the fees will rise.", "warns", "the Ledger",
        "the fees will rise", "A March 3 letter from the dock union")]
    public void AfterRanker_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A name right before its cue skips the ranker (SpeakerRanker.AdjacentToCue); the rule runs in that chain too.
    [TestCase("A March 3 letter from the dock union obtained by The Ledger warns that the fees will rise.", "warns", "The Ledger",
        "the fees will rise", "A March 3 letter from the dock union")]
    [TestCase("Ana Ruiz read a letter obtained by The Ledger and Tom Hale warns that the fees will rise.", "warns", "Tom Hale",
        "the fees will rise", "Tom Hale")]
    public void Unscored_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.Unscored(traits, a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }
}
