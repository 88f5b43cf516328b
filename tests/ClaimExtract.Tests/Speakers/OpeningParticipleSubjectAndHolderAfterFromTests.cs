using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speakers116 (docs/quotes.md), on sentences written for these tests. A participle cue that opens its sentence, capitalised by its
/// place, left with no speaker takes the main clause's subject (<see cref="SpeakerRanker.SubjectOfAnOpeningParticipleCue"/>); that
/// subject is found where the candidates' window skipped it (a long content's middle), after a negated auxiliary or an -ly adverb,
/// and as a possessive with its noun; a mention chosen inside an opening phrase after "after"/"while" gives way to it
/// (<see cref="SpeakerRanker.SubjectAfterAnOpeningParticiple"/>); a noun cue left with no speaker takes the mention after its "from"
/// (<see cref="SpeakerRanker.HolderAfterFrom"/>).
/// </summary>
public class OpeningParticipleSubjectAndHolderAfterFromTests
{
    // A long content that runs on through the main clause (as the rules read it before the edges are cut) holds the subject in its
    // middle, where the candidates' window skips it.
    private const string LongContent =
        "that the harbour fees rose twice last year after the board met in a long and bitter session on the pier, Ana Ruiz reminded the town "
        + "of her plan to cut the fees by half before the vote in May and to open the pier again";

    [TestCase("Noting that the harbour fees rose twice last year, Ana Ruiz said the pier would close.", "Noting",
        "that the harbour fees rose twice last year", "Ana Ruiz")]
    [TestCase("Noting " + LongContent + ".", "Noting", LongContent, "Ana Ruiz")]
    [TestCase("Painting Tom Hale as a threat to the harbour, the union warned that the fees would rise.", "Painting",
        "Tom Hale as a threat to the harbour", "the union")]
    [TestCase("Noting the harbour fees, she hasn't offered a plan of her own.", "Noting", "the harbour fees", "she")]
    [TestCase("Recalling the vote, Tom Hale quietly backs the union's plan.", "Recalling", "the vote", "Tom Hale")]
    public void OpeningParticipleCueWithNobody_TakesTheSubject(string text, string cue, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, content, content);
        a = a with { Speaker = null };

        var result = SpeakerRanker.SubjectOfAnOpeningParticipleCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Nobody stays: the phrase is the subject itself (no comma closes it), "According to" is no participle, the participle does not
    // open its sentence, and a list's last item after a comma opens no clause (its participle "named" is no verb of the subject).
    [TestCase("Criticizing the harbour fees will cost the mayor votes.", "Criticizing", "the harbour fees")]
    [TestCase("According to the harbour board, the fees will rise in May.", "According to", "the fees will rise in May")]
    [TestCase("The board, noting the harbour fees, voted against the plan.", "noting", "the harbour fees")]
    [TestCase("Noting " + "a photo of the mayor in a long and bitter session of the board in May, a boat and a float named for the pier at the harbour "
              + "in the town in the week of the long vote on the fees.", "Noting",
        "a photo of the mayor in a long and bitter session of the board in May, a boat and a float named for the pier at the harbour in the town")]
    public void OpeningParticipleCueWithNobody_StaysWithoutASubject(string text, string cue, string content)
    {
        var (traits, a) = Attributed(text, cue, content, content);
        a = a with { Speaker = null };

        var result = SpeakerRanker.SubjectOfAnOpeningParticipleCue(new(traits, a), a);

        Assert.That(result.Speaker, Is.Null);
    }

    // A speaker already chosen stays (the participle's phrase has another reading: "Painting Trump" as a name is read by
    // OpeningParticipleOrAdverb).
    [Test]
    public void OpeningParticipleCueWithASpeaker_Stays()
    {
        const string Text = "Noting the harbour fees, Ana Ruiz said the pier would close.";
        var (traits, a) = Attributed(Text, "Noting", "the harbour fees", "the harbour fees");

        var result = SpeakerRanker.SubjectOfAnOpeningParticipleCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("the harbour fees"));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheOpeningParticipleRule()
    {
        const string Text = "Noting " + LongContent + ".";
        var (traits, a) = Attributed(Text, "Noting", LongContent, LongContent);
        a = a with { Speaker = null };

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("Ana Ruiz"));
    }

    // After "after"/"while"/"by": a mention chosen inside the phrase is the participle's object and gives way; nobody gives way to a
    // subject the window skipped, after a negated auxiliary, or written as a possessive with its noun.
    [TestCase("After blasting the Ledger for its story on the fees, Ana Ruiz doubled down on her plan.", "blasting", "the Ledger",
        "the Ledger for its story on the fees", "Ana Ruiz")]
    [TestCase("But while denouncing the fees to the crowds, she hasn't offered a plan.", "denouncing", "the crowds", "the fees to the crowds", "she")]
    [TestCase("By looking past the May vote in Delmar and Lakeview, the Ruizes' camp is planning for a long fight.", "looking", "Delmar",
        "past the May vote in Delmar and Lakeview", "the Ruizes' camp")]
    [TestCase("But in describing " + LongContent + ".", "describing", "harbour", LongContent, "Ana Ruiz")]
    public void MentionInsideAnOpeningPhrase_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: it is a part of the subject after the comma ("Ana Ruiz and her aides"), or it follows the subject.
    [TestCase("After meeting the union, Ana Ruiz and her aides said the fees would rise.", "meeting", "Ana Ruiz", "the union")]
    [TestCase("After meeting the union, the board told Ana Ruiz the fees would rise.", "meeting", "Ana Ruiz", "the union")]
    public void SpeakerAtOrAfterTheSubject_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAnOpeningParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // A noun cue with nobody takes the mention after its "from".
    [TestCase("Tom Hale has faced complaints from the dock union that the fees are too high.", "complaints", "that the fees are too high", "the dock union")]
    [TestCase("The mayor jabbed back at criticism from his rival that the pier was unsafe.", "criticism", "that the pier was unsafe", "his rival")]
    [TestCase("I have heard many notes from Ana Ruiz about the pier.", "notes", "about the pier", "Ana Ruiz")]
    // speakers121c: a bare plural of people after "from" is the holder too.
    [TestCase("Tom Hale shrugged at criticism from rivals that the fees are too high.", "criticism", "that the fees are too high", "rivals")]
    [TestCase("The mayor shrugged off complaints from critics that the pier was unsafe.", "complaints", "that the pier was unsafe", "critics")]
    public void NounCueWithNobody_TakesTheMentionAfterFrom(string text, string cue, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, content, content);
        a = a with { Speaker = null };

        var result = SpeakerRanker.HolderAfterFrom(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a time after "from", a verb cue ("said from her office"), a "from" that does not follow the noun at once, and a
    // speaker already chosen (the subject of a verb whose object the noun is: "has resisted calls from the board").
    [TestCase("Ana Ruiz voiced complaints from the start that the fees were too high.", "complaints", "that the fees were too high", null)]
    [TestCase("Ana Ruiz said from her office that the fees were too high.", "said", "that the fees were too high", null)]
    [TestCase("There were complaints about the fees from the dock union.", "complaints", "about the fees", null)]
    [TestCase("Tom Hale faced criticism from abroad that the fees were too high.", "criticism", "that the fees were too high", null)]
    [TestCase("Tom Hale faced criticism from years of delays that the fees were too high.", "criticism", "that the fees were too high", null)]
    [TestCase("Tom Hale has resisted calls from the board to quit.", "calls", "to quit", "Tom Hale")]
    public void NounCueFrom_LeftAlone(string text, string cue, string content, string? chosen)
    {
        var (traits, a) = Attributed(text, cue, chosen ?? content, content);
        a = chosen is null ? a with { Speaker = null } : a;

        var result = SpeakerRanker.HolderAfterFrom(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheFromRule()
    {
        const string Text = "Tom Hale has faced complaints from the dock union that the fees are too high.";
        var (traits, a) = Attributed(Text, "complaints", "that the fees are too high", "that the fees are too high");
        a = a with { Speaker = null };

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("the dock union"));
    }
}
