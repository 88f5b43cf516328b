using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speakers113 (docs/quotes.md): a speaker chosen inside a preposition's phrase, right before a participle that modifies it, gives way to
/// the mention that opens the sentence when the cue follows "and" or a comma (<see cref="SpeakerRanker.SubjectOverAReducedRelative"/>).
/// On sentences written for these tests.
/// </summary>
public class SubjectOverAReducedRelativeTests
{
    [TestCase("Ana Ruiz met the families of the people injured in the fire on Monday and said the city must act.", "said", "people",
        "the city must act", "Ana Ruiz")]
    [TestCase("And Tom Hale spoke at length about the alleged risks posed by the new pier and the ferries, warning that the harbour could flood.",
        "warning", "risks", "the harbour could flood", "Tom Hale")]
    [TestCase("Ana Berg closed out the list of harbour officials questioned, citing the harbour report as her main source.", "citing", "officials",
        "the harbour report", "Ana Berg")]
    [TestCase("DELMAR, Ohio (Ledger) - Ana Ruiz met the families of the people injured in the fire and said the city must act.", "said", "people",
        "the city must act", "Ana Ruiz")]
    // Left alone: the participle is the chosen mention's own verb (no preposition before it); a comma inside the participle's phrase; a
    // sentence that opens with a clause; no verb after the opening mention; a speaker that is no participle's object; a verb with an
    // object after the mention (a clause's own verb, also after "some of"); a pronoun, a clause's subject.
    [TestCase("Ana Ruiz met the families, and the dock workers hurt in the fire backed the plan and said the city must act.", "said",
        "the dock workers", "the city must act", "the dock workers")]
    [TestCase("Ana Ruiz met the families of the people injured in the fire, who wept, and said the city must act.", "said", "people",
        "the city must act", "people")]
    [TestCase("When the fire broke out, Ana Ruiz met the families of the people injured in it and said the city must act.", "said", "people",
        "the city must act", "people")]
    [TestCase("Harbour fees for the ferries listed in the report, citing the old law, rose again.", "citing", "ferries", "the old law", "ferries")]
    [TestCase("Ana Ruiz met the families of the people in the fire and said the city must act.", "said", "people", "the city must act", "people")]
    [TestCase("Ana Ruiz left the hall after some of her aides attacked the plan and even questioned her motives.", "questioned", "her aides",
        "her motives", "her aides")]
    [TestCase("The clerk spoke for an hour about why he resigned in May, saying only that the fees were fair.", "saying", "he",
        "the fees were fair", "he")]
    [TestCase("A clerk for the harbour board emailed reporters with the ledger, arguing that the fees were fair.", "arguing", "the harbour board",
        "the fees were fair", "the harbour board")]
    public void SubjectOverAReducedRelative_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOverAReducedRelative(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("And Tom Hale spoke at length about the alleged risks posed by the new pier and the ferries, warning that the harbour could flood.",
        "warning", "risks", "the harbour could flood", "Tom Hale")]
    [TestCase("Ana Berg closed out the list of harbour officials questioned, citing the harbour report as her main source.", "citing", "officials",
        "the harbour report", "Ana Berg")]
    public void AfterRanker_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }
}
