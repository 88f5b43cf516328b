using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// "CONTENT, SPEAKER CUE." attributions (branch speakers9): a speaker with modifiers after the content's comma, and the words after the
/// cue that are a clause of their own, not a time or medium phrase before a resumed content; on short texts written for these tests.
/// </summary>
public class SentenceFinalAttributionTests
{
    private static List<(string Content, string? Cue, string? Speaker)> Find(string text)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return AttributionFinder.Find(tokens, quotes).Select(a => (a.Content.Of(text), a.CueText, a.Speaker?.Of(text))).ToList();
    }

    // Modifiers between the comma and the speaker's noun join the speaker.
    [TestCase("His votes have cost him among farmers from both towns, political experts said.", "His votes have cost him among farmers from both towns", "political experts")]
    [TestCase("Hale will meet with Ana Ruiz later this week, Danish officials said Wednesday.", "Hale will meet with Ana Ruiz later this week", "Danish officials")]
    [TestCase("A third-place result could reveal the limits of his reach, veteran Greens said.", "A third-place result could reveal the limits of his reach", "veteran Greens")]
    [TestCase("The office has not often been using its website, port safety officials say.", "The office has not often been using its website", "port safety officials")]
    // An article right after the comma opens the speaker; a plural the lexicon does not list is a speaker before a speech cue.
    [TestCase("Hale will campaign for Ruiz in October, the Green nominee's campaign announced Friday.", "Hale will campaign for Ruiz in October", "the Green nominee's campaign")]
    [TestCase("The relationship has helped a lot, donors said.", "The relationship has helped a lot", "donors")]
    [TestCase("The race is still close in Ohio, pollsters say.", "The race is still close in Ohio", "pollsters")]
    // No modifier needed: unchanged.
    [TestCase("The shares rose sharply on Monday, analysts said.", "The shares rose sharply on Monday", "analysts")]
    [TestCase("The guild will probably skip the vote, Ben Vale told reporters.", "The guild will probably skip the vote", "Ben Vale")]
    public void SpeakerAfterTheComma_TakesItsModifiers(string text, string content, string speaker)
    {
        var found = Find(text);

        var cue = new[] { "told", "announced", "say", "said" }.First(c => text.Contains(" " + c + " ", StringComparison.Ordinal) || text.Contains(" " + c + ".", StringComparison.Ordinal));

        Assert.That(found, Is.EqualTo(new[] { (content, (string?)cue, (string?)speaker) }));
    }

    // A subordinator, demonstrative, second article, pronoun or participle before the speaker is not a modifier: no "CONTENT, SPEAKER CUE"
    // attribution with that speaker.
    [TestCase("They had two dogs, whom they named Rex and Pip.", "whom they")]
    [TestCase("He added that he was doubting the audit, but he did not resign, something many Greens had urged.", "something many Greens")]
    [TestCase("The head of the union is worried, because she thinks he will lose.", "because she")]
    [TestCase("It was only two weeks ago, that Hale was claiming the reverse.", "that Hale")]
    [TestCase("The deal fell apart, an arrangement the Ruiz campaign has opposed.", "an arrangement the Ruiz campaign")]
    // A plural before a cue that is not a speech verb is not taken for a speaker: "..., prices rose" is no attribution.
    [TestCase("The company met its targets, and profits soared.", "profits")]
    public void NoModifier_LeavesTheSpeakerUnextended(string text, string notSpeaker)
    {
        var found = Find(text);

        Assert.That(found.Select(f => f.Speaker), Has.None.EqualTo(notSpeaker));
    }

    // The words after the cue open a clause (a subject pronoun or an auxiliary): the cue reports them, the sentence before is not its content.
    [TestCase("While Ruiz has said that she gives briefings, Hale said he does not hold them openly, as was the case on Tuesday.", "said", "Hale", "he does not hold them openly, as was the case on Tuesday")]
    [TestCase("The plan was popular, Ms. Ruiz said it would pass easily, and the vote came on Friday.", "said", "Ms. Ruiz", "it would pass easily, and the vote came on Friday")]
    // A time or medium phrase after the cue still lets the content resume after it.
    [TestCase("The plant was a giant, Mr. Hale said on Monday, until it ran out of cash in 1999.", "said", "Mr. Hale", "The plant was a giant, Mr. Hale said on Monday, until it ran out of cash in 1999")]
    [TestCase("The plant was a giant, Mr. Hale said in an interview, until it ran out of cash in 1999.", "said", "Mr. Hale", "The plant was a giant, Mr. Hale said in an interview, until it ran out of cash in 1999")]
    public void ClauseAfterTheCue_IsItsContent(string text, string cue, string speaker, string content)
    {
        var found = Find(text);

        Assert.That(found.Where(f => f.Cue == cue && f.Speaker == speaker).Select(f => f.Content), Is.EqualTo(new[] { content }));
    }
}
