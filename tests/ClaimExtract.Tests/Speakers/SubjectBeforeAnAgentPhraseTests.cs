using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speakers112 (docs/quotes.md): a speaker chosen right after the "by" of a participle that is no verb of saying, the cue right after it,
/// gives way to the noun the participle phrase modifies (<see cref="SpeakerRanker.SubjectBeforeAnAgentPhrase"/>). On sentences written
/// for these tests.
/// </summary>
public class SubjectBeforeAnAgentPhraseTests
{
    [TestCase("In the spring Ana Ruiz, goaded by Tom Hale, came out against the levy.", "came out against", "Tom Hale", "the levy", "Ana Ruiz")]
    // The candidate description runs on to the first participle ("A memo drafted").
    [TestCase("A memo drafted for the board in May, and obtained by the Ledger, concluded that the quay was unsafe.", "concluded", "the Ledger",
        "the quay was unsafe", "A memo drafted")]
    // A participle of saying keeps its agent; so do a participle after "was", an agent with more words than a comma before the cue, a
    // subject after a preposition only, and no comma before the cue (a participle cue that modifies the agent, or a noun phrase that
    // later rules take whole).
    [TestCase("Ana Ruiz's remarks, first reported by the Ledger, suggested that the levy would pass.", "suggested", "the Ledger", "the levy would pass",
        "the Ledger")]
    [TestCase("The memo was obtained by the Ledger and shows that the quay was unsafe.", "shows", "the Ledger", "the quay was unsafe", "the Ledger")]
    [TestCase("A memo obtained by the Ledger last week shows that the quay was unsafe.", "shows", "the Ledger", "the quay was unsafe", "the Ledger")]
    [TestCase("A letter from the union obtained by the Ledger warns that the pier will close.", "warns", "the Ledger", "the pier will close", "the Ledger")]
    [TestCase("With a memo obtained by the Ledger, shows that the quay was unsafe.", "shows", "the Ledger", "the quay was unsafe", "the Ledger")]
    [TestCase("A lawsuit filed by a former clerk named the mayor as a defendant.", "named", "a former clerk", "the mayor as a defendant", "a former clerk")]
    public void SubjectBeforeAnAgentPhrase_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeAnAgentPhrase(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "In the spring Ana Ruiz, goaded by Tom Hale, came out against the levy.";
        var (traits, a) = Attributed(text, "came out against", "Tom Hale", "the levy");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo("Ana Ruiz"));
    }
}
