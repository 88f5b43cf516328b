using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers81, on texts written for these tests. The "who" or "which" whose clause the cue is the verb of is its source, whatever
/// speaker was chosen before (<see cref="SpeakerRanker.RelativeOfItsClause"/>).
/// </summary>
public class RelativeOfItsClauseTests
{
    // ", who/which [adverbs, auxiliaries] CUE", or an aside right after the pronoun, or "and/or which" joining a second clause: the pronoun speaks.
    [TestCase("Rosa Lind, the head of the Teachers Union of Ohio, which endorsed Mr. Hale in May, spoke at noon.", "endorsed", "the head", "Mr. Hale", "which")]
    [TestCase("She waved the poster — which read “Vote Early” — at the cameras.", "read", "She", "“Vote Early”", "which")]
    [TestCase("The deal was a blow to her rival, Sen. Tom Hale, who has long opposed the levy on imports.", "opposed", "Sen. Tom Hale", "the levy on imports", "who")]
    [TestCase("Her oldest friend, Dan Reyes, who, like several other classmates, remembered that Ana wanted to run.", "remembered", "other classmates", "Ana wanted to run", "who")]
    [TestCase("The mayor fought the board over the library, and who has been hoping to win over teachers, left early.", "hoping", "the board", "to win over teachers", "who")]
    [TestCase("The union, in which Ana Ruiz played a part, and which backed the levy in May, is planning a vote.", "backed", "Ana Ruiz", "the levy", "which")]
    [TestCase("The union, for which Ana Ruiz worked, or which at least paid her, praised the plan.", "paid", "Ana Ruiz", "her", "which")]
    public void Relative_PronounOfTheClauseSpeaks(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.RelativeOfItsClause(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: "which" with no comma or dash before it, a relative "that", a passive ("was praised by": its agent), "seem" and
    // "appear", a cue after the pronoun's clause ("who has a lead, said"), a subject between the pronoun and the cue.
    [TestCase("The council passed the motion which said the park must stay open.", "said", "The council", "the park must stay open")]
    [TestCase("The council passed a motion that said the park must stay open.", "said", "The council", "the park must stay open")]
    [TestCase("The plan came from Dan Reyes, who was praised by the teachers for his work.", "praised", "the teachers", "for his work")]
    [TestCase("Tom Hale, who seemed to doubt the plan, left early.", "seemed", "Tom Hale", "to doubt the plan")]
    [TestCase("Tom Hale, who has a big lead, said that the plan would pass.", "said", "Tom Hale", "the plan would pass")]
    [TestCase("The plan, which Tom Hale said would pass, is dead.", "said", "Tom Hale", "would pass")]
    public void Relative_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.RelativeOfItsClause(new(traits, a), a);

        Assert.That(result.Speaker, Is.EqualTo(a.Speaker));
    }

    [Test]
    public void Relative_NoSpeakerStaysNone()
    {
        const string text = "The deal was a blow to her rival, Sen. Tom Hale, who has long opposed the levy on imports.";
        var (traits, a) = Attributed(text, "opposed", "Sen. Tom Hale", "the levy on imports");
        a = a with { Speaker = null };

        Assert.That(SpeakerRanker.RelativeOfItsClause(new(traits, a), a).Speaker, Is.Null);
    }

    [Test]
    public void Relative_AntecedentStaysTheName()
    {
        const string text = "The deal was a blow to her rival, Sen. Tom Hale, who has long opposed the levy on imports.";
        var (traits, a) = Attributed(text, "opposed", "Sen. Tom Hale", "the levy on imports");

        var result = SpeakerRanker.RelativeOfItsClause(new(traits, a), a);

        Assert.That(result.Referent?.Of(text), Is.EqualTo("Sen. Tom Hale"));
    }
}
