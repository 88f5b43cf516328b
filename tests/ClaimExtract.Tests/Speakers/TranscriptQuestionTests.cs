using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers121b, on texts written for these tests. In an interview's transcript the interviewer's "you" that is a cue's subject
/// is its source, not the line's tag nor the auxiliary opening the question (<see cref="SpeakerRanker.YouOfATranscriptQuestion"/>), and
/// the pipeline keeps that statement (<see cref="ClaimPipeline.AddressesTheReader"/>, <see cref="ClaimPipeline.InterviewersYou"/>).
/// </summary>
public class TranscriptQuestionTests
{
    private const string Interview = "The mayor spoke to us on Friday.\n\n";

    // The tag or the question's auxiliary gives way to the "you" before the cue.
    [TestCase(Interview + "Q: You’ve been arguing about the harbour budget all week.", "arguing about", "Q", "the harbour budget all week", "You’ve")]
    [TestCase(Interview + "Q: Now you’re saying the ferry will run at night.", "saying", "Q", "the ferry will run at night", "you’re")]
    [TestCase(Interview + "Q: You were going to argue about the new pier.", "argue about", "Q", "the new pier", "You")]
    [TestCase(Interview + "Q: Have you talked to the council about the levy?", "talked to", "Q", "the council about the levy", "you")]
    [TestCase(Interview + "Q: The pier is old. Do you think the town can fix it?", "think", "Do", "the town can fix it", "you")]
    [TestCase(Interview + "HALE: And you promised a new pier last spring?", "promised", "HALE", "a new pier last spring", "you")]
    public void TranscriptYou_IsTheSpeaker(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.YouOfATranscriptQuestion(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: no "you" before the cue, an answer's "you" (no "Q" tag, no question), a first-person cue, a "you" after another
    // subject, "Do" outside a transcript, and a tag that is not the paragraph's opening.
    [TestCase(Interview + "Q: Senators from both parties talked about the levy.", "talked about", "Q", "the levy")]
    [TestCase(Interview + "A: You never plan for the cost at first.", "plan for", "A", "the cost at first")]
    [TestCase(Interview + "RUIZ: I think the ferry will run at night.", "think", "RUIZ", "the ferry will run at night")]
    [TestCase(Interview + "Q: You know the council said the pier would close?", "said", "Q", "the pier would close")]
    [TestCase(Interview + "Do you think the town can fix the pier?", "think", "Do", "the town can fix the pier")]
    [TestCase(Interview + "The mayor told us: you should expect a new pier?", "expect", "The mayor", "a new pier")]
    public void TranscriptYou_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.YouOfATranscriptQuestion(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The pipeline drops the writer's "you" to the reader and keeps an interviewer's.
    [TestCase("If you want a cheap ferry pass, this is it.", "you", true)]
    [TestCase("The mayor spoke.\n\nQ: You’ve been talking about the harbour budget.", "You’ve", false)]
    [TestCase("The mayor spoke.\n\nHALE: And you promised a new pier?", "you", false)]
    [TestCase("The mayor spoke.\n\nA: You never plan for the cost at first.", "You", true)]
    [TestCase("The mayor spoke.\n\nIn short: you should buy the pass.", "you", true)]
    public void AddressesTheReader_KeepsAnInterviewersYou(string text, string you, bool dropped)
    {
        var at = text.IndexOf(you, StringComparison.Ordinal);
        var content = new Span(text.Length - 10, text.Length - 1);
        var a = new Attribution(content, QuoteType.Indirect, new Span(at + you.Length + 1, at + you.Length + 4), "cue", new Span(at, at + you.Length), null);

        Assert.That(ClaimPipeline.AddressesTheReader(text, a), Is.EqualTo(dropped));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase(Interview + "Q: You’ve been arguing about the harbour budget all week.", "arguing about", "Q", "the harbour budget all week", "You’ve")]
    public void Chain_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }
}
