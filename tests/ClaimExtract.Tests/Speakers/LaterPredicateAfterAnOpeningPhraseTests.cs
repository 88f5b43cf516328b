using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The rule of branch speakers116b in <see cref="SpeakerRanker.SubjectAfterAnOpeningPhrase"/>: a cue that opens a later predicate of
/// the main clause (after "and" or "but", or an -ing word after a comma) takes the main clause's subject, not a mention inside the
/// phrase that opens the sentence. On sentences written for these tests; each change case fails on the code before, which keeps the
/// speaker chosen.
/// </summary>
public class LaterPredicateAfterAnOpeningPhraseTests
{
    // The subject after the comma that closes the opening phrase holding the speaker chosen.
    [TestCase("Speaking Sunday on KXRB’s “Morning Desk,” Ana Ruiz admitted that the count was wrong, but said her office had found the ledger.",
        "said", "KXRB", "her office had found the ledger", "Ana Ruiz")]
    [TestCase("In a long, tense interview with the reporter Tom Hale last year, Ana Ruiz said she welcomed the audit and added that she would sign it.",
        "added", "Tom Hale", "that she would sign it", "Ana Ruiz")]
    [TestCase("Here in Delmar, Ana Ruiz stepped up her talk of harbour safety, saying the pier must close.", "saying", "Delmar",
        "the pier must close", "Ana Ruiz")]
    [TestCase("Along with her husband, a harbour pilot, she has given to many causes, but plans to give to one.", "plans", "a harbour pilot",
        "to give to one", "she")]
    [TestCase("Despite being backed by the mayor, Tom Hale has said he will not run, and then predicted a long count.", "predicted", "the mayor",
        "a long count", "Tom Hale")]
    // The speaker chosen is the subject already (an age, an apposition or a relative clause after it; a verb after it), the opening phrase is
    // "according to", or the cue opens no later predicate: the choice stays.
    [TestCase("In Ohio, Ana Ruiz, 70, said the count was wrong but added that she would wait.", "added", "Ana Ruiz", "that she would wait", "Ana Ruiz")]
    [TestCase("On the left, Ana Ruiz, the harbour chief, compared him to a pirate, telling him to leave.", "telling", "Ana Ruiz", "him to leave", "Ana Ruiz")]
    [TestCase("In Delmar, Ana Ruiz, who backed the plan, said it was fair and added that it was cheap.", "added", "Ana Ruiz", "that it was cheap", "Ana Ruiz")]
    [TestCase("As they met in Delmar, Tom Hale was in Salem, Vt., promising to close the pier.", "promising", "Tom Hale", "to close the pier", "Tom Hale")]
    [TestCase("According to Tom Hale, Ana Ruiz said the count was wrong and added that she would wait.", "added", "Tom Hale", "that she would wait", "Tom Hale")]
    [TestCase("In Delmar, Ana Ruiz opened the pier while Tom Hale argued that it was unsafe.", "argued", "Delmar", "that it was unsafe", "Delmar")]
    public void SubjectAfterAnOpeningPhrase_TakesTheSubjectOfALaterPredicate(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningPhrase(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("Speaking Sunday on KXRB’s “Morning Desk,” Ana Ruiz admitted that the count was wrong, but said her office had found the ledger.",
        "said", "KXRB", "her office had found the ledger", "Ana Ruiz")]
    [TestCase("Here in Delmar, Ana Ruiz stepped up her talk of harbour safety, saying the pier must close.", "saying", "Delmar",
        "the pier must close", "Ana Ruiz")]
    public void AfterRanker_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }
}
