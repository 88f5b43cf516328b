using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speakers113 (docs/quotes.md): a cue that is a second predicate past a prepositional phrase after "and" or "but", or past ", then",
/// takes the mention that opens the sentence (<see cref="SpeakerRanker.SubjectOfTheSentenceOverAPhrase"/>). On sentences written for these tests.
/// </summary>
public class SubjectOfTheSentenceOverAPhraseTests
{
    [TestCase("The clerk first denied seeing the ledger, but in a later interview conceded that she had.", "conceded", "a later interview",
        "she had", "The clerk")]
    [TestCase("Ana Ruiz, the head of the dock union, backs the levy and in a statement praised the board for its plan.", "praised", "a statement",
        "the board", "Ana Ruiz")]
    [TestCase("Tom Hale jokingly offered the man a seat on the board, then says he will take advice from anyone.", "says", "the man",
        "he will take advice", "Tom Hale")]
    // Left alone: a noun phrase after the phrase's object is the cue's own subject; a speaker chosen after ", then"; a sentence that opens
    // with a clause of its own; a subordinator after the conjunction; a possessive; an opening word that no verb follows; a phrase after no conjunction; a cue that is a participle.
    [TestCase("The clerk backed the plan, and in the end most residents agreed that it was fair.", "agreed", "most residents", "it was fair",
        "most residents")]
    [TestCase("Tom Hale spoke at the rally, then Ana Ruiz said that the levy would pass.", "said", "Ana Ruiz", "the levy would pass", "Ana Ruiz")]
    [TestCase("After the vote the clerk left, but in a later interview conceded that she had erred.", "conceded", "a later interview",
        "she had erred", "a later interview")]
    [TestCase("The hearing ran late, and when the board asked about the ledger, the clerk left.", "asked", "the board", "the ledger", "the board")]
    [TestCase("Clerks can still be fined for a lost ledger, and as the auditor noted, the fines are steep.", "noted", "the auditor",
        "the fines are steep", "the auditor")]
    [TestCase("Dock workers have kept away from the mayor and from his suggestion that the pier should close.", "suggestion", "his",
        "the pier should close", "his")]
    [TestCase("Pier lighting came up in early talks inside the city's Harbour Works, then recommended as a first priority by the board.",
        "recommended", "Harbour Works", "a first priority", "Harbour Works")]
    [TestCase("The clerk who works in the archive wrote that the ledger was lost.", "wrote", "the archive", "the ledger was lost", "the archive")]
    [TestCase("Tom Hale offered the man a seat on the board, then saying he will take advice from anyone.", "saying", "the man",
        "he will take advice", "the man")]
    public void SubjectOfTheSentenceOverAPhrase_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheSentenceOverAPhrase(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "The clerk first denied seeing the ledger, but in a later interview conceded that she had.";
        var (traits, a) = Attributed(text, "conceded", "a later interview", "she had");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo("The clerk"));
    }
}
