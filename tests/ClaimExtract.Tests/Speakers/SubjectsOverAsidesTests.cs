using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers103, on texts written for these tests. The subject before a comma aside is the cue's source when a phrase of time
/// stands between the aside and the cue (since speakers104 also a degree word: "are now more convinced"), when the subject opens a
/// clause after a subordinator, and when the speaker chosen is the cue's object (<see cref="SpeakerRanker.SubjectBeforeAside"/>); a
/// name whose verb is in the present is the subject of a participle after a comma (<see cref="SpeakerRanker.SubjectOfTheFirstPredicate"/>).
/// </summary>
public class SubjectsOverAsidesTests
{
    [TestCase("The toll stays. Ana Ruiz, whose views on the road have angered members of the Dayton Council, last year proposed a new toll.", "proposed", "Dayton Council", "a new toll", "Ana Ruiz")]
    [TestCase("The mill closed. Tom Hale, the former mayor of Dayton, on Monday urged the board to act.", "urged", "Dayton", "the board to act", "Tom Hale")]
    [TestCase("The mill closed. Tom Hale, the former mayor of Dayton, earlier in the day urged the board to act.", "urged", "Dayton", "the board to act", "Tom Hale")]
    [TestCase("The talks went on. While Ms. Berg, speaking for the Dayton Council, laid out the plan, the others left.", "laid out", "Dayton Council", "the plan", "Ms. Berg")]
    [TestCase("The feud started last spring when Tom Hale, in reply to a remark by Ana Ruiz, accused her of lying.", "accused", "Ana Ruiz", "her of lying", "Tom Hale")]
    [TestCase("The bill passed. Tom Hale, a Dayton lawyer who first ran in 2008, criticized the county board for its delays.", "criticized", "the county board", "for its delays", "Tom Hale")]
    [TestCase("The mill reopened. Ana Ruiz, the head of the farm union, thanked Tom Hale for his help.", "thanked", "Tom Hale", "for his help", "Ana Ruiz")]
    // Branch speakers104: a degree word "more" or "less" between the aside and the cue.
    [TestCase("The vote neared. A group of Dayton farmers, long wary of Ana Ruiz, are now more confident that the toll will fall.", "confident", "Ana Ruiz", "the toll will fall", "A group of Dayton farmers")]
    [TestCase("The plan stalled. Tom Hale, once a fan of the Dayton Council, is less certain that the plan works.", "certain", "Dayton Council", "the plan works", "Tom Hale")]
    public void SubjectBeforeAside_TakesTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.SubjectBeforeAside(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: "as" before a determiner is a preposition, not a clause's opening ("As a former mayor, host of a show, Tom Hale has
    // become"); a speaker right after the subject's comma is its apposition; a word of time that ends no phrase of time before the cue
    // ("a year" is the aside's own object when no aside mark follows it); a speaker inside the cue's content after the cue is left to
    // the content's own rules only when no aside opens the sentence.
    [TestCase("The show ended. As a former mayor of Dayton, host of a radio show, Tom Hale has become a critic, quick to point out flaws.", "quick", "Tom Hale", "to point out flaws")]
    [TestCase("The plan is late. An old friend, Ana Ruiz, of the farm union, said the plan was late.", "said", "Ana Ruiz", "the plan was late")]
    [TestCase("The mill closed. Tom Hale, the former mayor of Dayton who served a year urged the board to act.", "urged", "Dayton", "the board to act")]
    [TestCase("The mill closed. The board thanked Tom Hale for his help.", "thanked", "Tom Hale", "for his help")]
    public void SubjectBeforeAside_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.SubjectBeforeAside(new(traits, a), a).Speaker, Is.EqualTo(a.Speaker));
    }

    [TestCase("The mill closed. But Ana Ruiz lays out a plan for the Dayton mill, calling for new owners.", "calling for", "the Dayton mill", "new owners", "Ana Ruiz")]
    [TestCase("The mill closed. Tom Hale sketches out a deal with the Dayton Council, urging the board to help.", "urging", "the Dayton Council", "the board to help", "Tom Hale")]
    public void SubjectOfTheFirstPredicate_TakesANameBeforeAPresentVerb(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: an -s word before a verb is a noun ("Dayton farmers want"), a possessive is no subject, a participle that is no
    // series after a comma ("... and calling for") is not this case's.
    [TestCase("The mill closed. Dayton farmers want a plan for the mill, calling for new owners.", "calling for", "the mill", "new owners")]
    [TestCase("The mill closed. Dayton's farmers want a plan for the mill, calling for new owners.", "calling for", "the mill", "new owners")]
    [TestCase("The mill closed. Ana Ruiz's aides draft a plan for the mill, calling for new owners.", "calling for", "the mill", "new owners")]
    public void SubjectOfTheFirstPredicate_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a).Speaker, Is.EqualTo(a.Speaker));
    }
}
