using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers57, on texts written for these tests. "It" opening its own clause right before the cue is the cue's subject
/// (<see cref="SpeakerRanker.ItBeforeTheCue"/>); the noun phrase of an absolute "with" phrase is the subject of its -ing cue
/// (<see cref="SpeakerRanker.SubjectOfAnAbsoluteWith"/>); a headline kicker before a colon gives way to the subject after it
/// (<see cref="SpeakerRanker.SubjectAfterAHeadlineKicker"/>).
/// </summary>
public class ItAbsoluteWithAndKickerTests
{
    // "It" after a conjunction, a subordinator, a relative "that", an auxiliary, the sentence start; the antecedent chosen
    // stays the name, unless it follows a preposition.
    [TestCase("Under the plan, the city also is promising new roads, and it hopes to draw new firms.", "hopes", "the city", "to draw new firms", "it", null)]
    [TestCase("The state charter says little about taxes, although it does say that budgets must balance.", "does say", "The state", "that budgets must balance", "it", "The state")]
    [TestCase("Files from Salem Bank began to leak after it announced a breach of its servers.", "announced", "Salem Bank", "a breach of its servers", "it", null)]
    [TestCase("Salem Bank must stay out of the race unless it wants a fight.", "wants", "Salem Bank", "a fight", "it", "Salem Bank")]
    [TestCase("The union is bracing members for a long strike that it says will end in a raise.", "says", "a long strike", "will end in a raise", "it", null)]
    [TestCase("The bids were due to Salem Bank, it said on Monday.", "said", "Salem Bank", "The bids were due to Salem Bank", "it", null)]
    [TestCase("The report is short. It lists the bills, and it says the council wasted money.", "says", "lists", "the council wasted money", "it", null)]
    public void ItRightBeforeTheCue_IsItsSubject(string text, string cue, string chosen, string content, string expected, string? referent)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ItBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent?.Of(text), Is.EqualTo(referent));
    }

    // Left alone: an expletive "it" ("it appears"), "it" after "be" ("Nor is it clear"), the object of a verb ("made it clear"), "it" in a
    // clause a cue verb reports ("said that it expects"), after "what" or "whether", "you" (a statement with "you" as its speaker is
    // dropped later), "he" (PronounBeforeTheCue's), "it" inside the content, and "it" already chosen.
    [TestCase("Salem Bank lost money, and it appears that the fund will close.", "appears", "Salem Bank", "that the fund will close")]
    [TestCase("Salem Bank lost money. Nor is it clear that the fund will close.", "clear", "Salem Bank", "that the fund will close")]
    [TestCase("In the interview, Ana Ruiz made it clear that she would run.", "clear", "Ana Ruiz", "that she would run")]
    [TestCase("Salem Bank said that it expects the fund to close.", "expects", "Salem Bank", "the fund to close")]
    [TestCase("The researchers showed in 2011 that it responded to the drug.", "responded to", "The researchers", "the drug")]
    [TestCase("Salem Bank builds what it calls smart branches.", "calls", "Salem Bank", "smart branches")]
    [TestCase("Ana Ruiz gave a speech, but odds are you didn't see it.", "see", "Ana Ruiz", "it")]
    [TestCase("Q: So you're talking about how the port could grow.", "talking about", "Q", "how the port could grow")]
    [TestCase("Ana Ruiz lost in Salem, and he hopes to win in Dover.", "hopes", "Ana Ruiz", "to win in Dover")]
    [TestCase("The council met, and it said the budget would pass.", "said", "it", "the budget would pass")]
    public void ItRightBeforeTheCue_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ItBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The phrase after a comma's "with", after "ends with", with "of" and "and" inside it, over an adverb.
    [TestCase("The ads tied Tom Hale to the mayor, with two of her radio ads asking, “Is he honest?”", "asking", "Tom Hale", "Is he honest?", "two of her radio ads")]
    [TestCase("Delmar was on their minds, with many walkers and onlookers chanting “We are Delmar.”", "chanting", "Delmar", "We are Delmar.", "many walkers and onlookers")]
    [TestCase("The film ends with a narrator saying the town survived.", "saying", "The film", "the town survived", "a narrator")]
    [TestCase("The rally went on, with the crowd loudly cheering the mayor.", "cheering", "The rally", "the mayor", "the crowd")]
    public void AbsoluteWith_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfAnAbsoluteWith(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: "with" after a noun (a companion of the subject), a preposition other than "of" in the phrase, a cue that is no -ing
    // form, a relative clause in the phrase, the phrase already chosen.
    [TestCase("The group ran ads with both papers reminding voters of the vote.", "reminding", "The group", "voters of the vote")]
    [TestCase("Tom Hale started the evening behind with this audience after questioning the plan.", "questioning", "Tom Hale", "the plan")]
    [TestCase("The rally went on, with the crowd cheered by the mayor.", "cheered", "the mayor", "The rally went on")]
    [TestCase("The rally went on, with the people who came saying the mayor lied.", "saying", "The rally", "the mayor lied")]
    [TestCase("The rally went on, with the crowd cheering the mayor.", "cheering", "the crowd", "the mayor")]
    public void AbsoluteWith_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfAnAbsoluteWith(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // A kicker word opening a headline line before a colon gives way to the words between the colon and the cue, over "Just".
    [TestCase("Wow: Ana Ruiz Just Said Something About The Mayor\n\nThe text follows.", "Said", "Wow", "Something About The Mayor", "Ana Ruiz")]
    [TestCase("Intro.\nBUSTED: Leaked Memos Reveal The Plan To Close Salem Mill\n\nThe text follows.", "Reveal", "BUSTED", "The Plan To Close Salem Mill", "Leaked Memos")]
    public void HeadlineKicker_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAHeadlineKicker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a transcript label naming a speaker, a kicker not opening its line, a headline passive in -ed, a cue right after the colon.
    [TestCase("HALE: The mayor says the plan will fail.", "says", "HALE", "the plan will fail")]
    [TestCase("The memo is out. Wow: Ana Ruiz Just Said Something", "Said", "Wow", "Something")]
    [TestCase("Look: Man Spotted Behind The Mayor At Rally\n\nThe text follows.", "Spotted", "Look", "Behind The Mayor At Rally")]
    [TestCase("Watch: Says The Mayor Lied\n\nThe text follows.", "Says", "Watch", "The Mayor Lied")]
    public void HeadlineKicker_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAHeadlineKicker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rules run inside the chain after the ranker.
    [TestCase("Files from Salem Bank began to leak after it announced a breach of its servers.", "announced", "Salem Bank", "a breach of its servers", "it")]
    [TestCase("The ads tied Tom Hale to the mayor, with two of her radio ads asking, “Is he honest?”", "asking", "Tom Hale", "Is he honest?", "two of her radio ads")]
    [TestCase("Wow: Ana Ruiz Just Said Something About The Mayor\n\nThe text follows.", "Said", "Wow", "Something About The Mayor", "Ana Ruiz")]
    public void AfterRanker_AppliesTheRules(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }
}
