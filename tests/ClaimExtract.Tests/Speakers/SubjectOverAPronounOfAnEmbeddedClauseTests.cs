using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// <see cref="SpeakerRanker.SubjectOverAPronounOfAnEmbeddedClause"/> (branch speakers116b): a participle cue after a clause that another
/// clause embeds ("that she ...", "how he ...") takes the sentence's subject, not the embedded clause's pronoun. On sentences written
/// for these tests; main's pipeline gives the pronoun for the third change case ("she ... asking").
/// </summary>
public class SubjectOverAPronounOfAnEmbeddedClauseTests
{
    // The mention that opens the sentence, over the pronoun of the clause it embeds.
    [TestCase("Tom Hale would not say how he meant to pay for the pier, saying only that it was needed.", "saying", "he",
        "that it was needed", "Tom Hale")]
    [TestCase("Ana Ruiz insisted that she had won the vote, claiming that the count was fair.", "claiming", "she", "that the count was fair", "Ana Ruiz")]
    [TestCase("Ana Ruiz (D-Vt.) told the Ledger that she met the board on Monday, asking it to delay the vote.", "asking", "she",
        "it to delay the vote", "Ana Ruiz")]
    [TestCase("The mayor has given no sign whether she will stay, saying only that the board must decide.", "saying", "she",
        "that the board must decide", "The mayor")]
    // A comma between the opening mention and the clause, a clause after "when", an opening phrase, or a name chosen: the choice stays.
    [TestCase("Ana Ruiz spoke of a close vote, but she insisted that they had lost, claiming the count was fair.", "claiming", "they",
        "the count was fair", "they")]
    [TestCase("Ana Ruiz was tired when she left the hall, saying the bus was late.", "saying", "she", "the bus was late", "she")]
    [TestCase("After the vote ended, Ana Ruiz said that she had won, claiming the count was fair.", "claiming", "she", "the count was fair", "she")]
    [TestCase("Ana Ruiz said that Tom Hale had lost, claiming the count was fair.", "claiming", "Tom Hale", "the count was fair", "Tom Hale")]
    public void SubjectOverAPronounOfAnEmbeddedClause_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOverAPronounOfAnEmbeddedClause(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("Ana Ruiz insisted that she had won the vote, claiming that the count was fair.", "claiming", "she", "that the count was fair", "Ana Ruiz")]
    public void AfterRanker_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }
}
