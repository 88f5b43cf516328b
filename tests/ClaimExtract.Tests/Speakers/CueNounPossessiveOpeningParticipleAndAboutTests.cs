using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers38, on texts written for these tests. A cue that is a noun of saying or of a stance after a possessive determiner
/// ("and his call for", "alone in her contention that", "including his recent vow") has that possessive as its source, when the
/// possessive follows "and", "including", a form of "be" or a preposition after no verb; after a verb ("kept his promise") or at the
/// sentence's start the choice stays. A participle in a phrase that opens the sentence ("while discussing the strike, Ana Ruiz said")
/// has the main clause's subject as its source, in place of a mention inside the phrase or nobody.
/// </summary>
public class CueNounPossessiveOpeningParticipleAndAboutTests
{
    // The possessive of the cue's noun takes the place of a speaker chosen elsewhere.
    [TestCase("The mayor's rise in the polls and his call for a new bridge worried the council.", "call", "the polls", "for a new bridge", "his")]
    [TestCase("Okafor is not alone in her contention that the tolls are too high.", "contention", "Okafor", "the tolls are too high", "her")]
    [TestCase("The ferry board won praise from riders with its promise to run every hour.", "promise", "riders", "to run every hour", "its")]
    [TestCase("Part of the senator's appeal is his insistence that farms come first.", "insistence", "senator", "farms come first", "his")]
    [TestCase("Several of Hale's pledges, including his recent vow to cut the levy, went unmet.", "vow", "Hale", "to cut the levy", "his")]
    [TestCase("The gap between her claim that the road was safe and the inspector's findings grew.", "claim", "The gap", "the road was safe", "her")]
    [TestCase("The farmers backed the mayor because of their long, bitter opposition to the dam.", "opposition", "The farmers", "to the dam", "their")]
    public void PossessiveBeforeTheCueNoun_IsTheSpeaker(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PossessiveOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: a verb governs the noun ("kept his promise", "renewed her call", "expanded upon its calls"), the possessive opens
    // the sentence, the noun is no noun of saying, or the possessive stands inside quotation marks.
    [TestCase("Tom Hale kept his promise to reopen the pier.", "promise", "Tom Hale", "to reopen the pier")]
    [TestCase("Ana Ruiz renewed her call for a new pier.", "call", "Ana Ruiz", "for a new pier")]
    [TestCase("The council expanded upon its calls for a new pier.", "calls", "The council", "for a new pier")]
    [TestCase("His call for a new pier, Tom Hale said, was sincere.", "call", "Tom Hale", "for a new pier")]
    [TestCase("Okafor is proud of his garden that blooms in May.", "garden", "Okafor", "blooms in May")]
    [TestCase("“Nobody shares his view of the pier,” Okafor said.", "view", "Okafor", "of the pier")]
    public void SpeakerOtherThanThePossessive_StaysWhenAVerbGovernsTheNoun(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PossessiveOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The subject after the opening phrase takes the place of a mention inside it.
    [TestCase("Friday on KXRB’s “Morning Desk,” while discussing the ferry strike, Ana Ruiz said the tolls would rise.", "discussing", "KXRB", "the ferry strike", "Ana Ruiz")]
    [TestCase("Sunday, at the Lakeview town hall, after blasting the levy, Senator Ana Ruiz (D-Ohio) said the bridge would wait.", "blasting", "Lakeview", "the levy", "Senator Ana Ruiz")]
    [TestCase("Eight years after backing the old mayor, Tom Hale is running for the seat himself.", "backing", "Eight", "the old mayor", "Tom Hale")]
    public void MentionInsideAnOpeningParticiplePhrase_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Nobody gives way to the subject too.
    [Test]
    public void NobodyForAnOpeningParticiple_GivesWayToTheSubject()
    {
        const string Text = "But while praising the mayor, she has not offered a plan of her own.";
        var (traits, a) = Attributed(Text, "praising", "mayor", "the mayor");
        a = a with { Speaker = null };

        var result = SpeakerRanker.SubjectAfterAnOpeningParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("she"));
    }

    // The speaker stays: a verb stands before the opening word, no opening word stands before the participle, or the speaker chosen
    // follows the cue.
    [TestCase("The council voted on Friday and after hearing the plan, Tom Hale said it would fail.", "hearing", "The council", "the plan")]
    [TestCase("Tom Hale spent the week praising the mayor, and Ana Ruiz agreed.", "praising", "Tom Hale", "the mayor")]
    [TestCase("After praising the mayor, the crowd cheered, and Tom Hale left.", "praising", "Tom Hale", "the mayor")]
    public void SpeakerOutsideAnOpeningParticiplePhrase_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The subject of the verb takes the place of its object before "about" (the nearest candidate that a verb follows, as for "told").
    [TestCase("Tom Hale went on a long rant about the levy on Monday.", "about", "a long rant", "the levy", "Tom Hale")]
    [TestCase("The Harbour Ledger published a story about the ferry's debts.", "about", "story", "the ferry's debts", "Harbour Ledger")]
    [TestCase("Later the mayor switched into an angry speech about the council's budget.", "about", "an angry speech", "the council's budget", "mayor")]
    public void ObjectOfAVerbBeforeAbout_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeTheObjectOfAbout(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: no verb governs it ("the festival's best film about", "has two books about"), or it is not right before the cue.
    [TestCase("The festival's best film about the harbour strike won a prize.", "about", "best film", "the harbour strike")]
    [TestCase("Ana Ruiz, a writer, has two books about the harbour.", "about", "two books", "the harbour")]
    [TestCase("Tom Hale went on a rant on Monday about the levy.", "about", "a rant", "the levy")]
    public void SpeakerBeforeAboutWithNoGoverningVerb_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeTheObjectOfAbout(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // Both rules are among the rules after the ranker.
    [TestCase("Okafor is not alone in her contention that the tolls are too high.", "contention", "Okafor", "the tolls are too high", "her")]
    [TestCase("Friday on KXRB’s “Morning Desk,” while discussing the ferry strike, Ana Ruiz said the tolls would rise.", "discussing", "KXRB", "the ferry strike", "Ana Ruiz")]
    public void Rules_RunAfterTheRanker(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }
}
