using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers36, on texts written for these tests. When the cue follows an aside set off by dashes and the speaker chosen lies
/// inside it ("Okafor — who once sat on the harbour board — told", "The mayor -- whose deputy resigned -- has said"), the mention
/// right before the opening dash is the cue's subject. A speaker outside the aside, a dash not right before the cue, an aside that opens
/// in another sentence, or a mention after a preposition before the dash leave the choice as it is. Branch speakers113 reads over "has
/// to" before the cue (not a bare "to") and lets the aside run to 40 tokens.
/// </summary>
public class DashedAsideTests
{
    // The mention before the opening dash takes the place of a speaker inside the aside.
    [TestCase("Okafor — who once sat on the harbour board — told reporters the toll would rise.", "told", "board", "the toll would rise", "Okafor")]
    [TestCase("The mayor -- whose deputy resigned on Friday -- said the ferry would keep running.", "said", "deputy", "the ferry would keep running", "The mayor")]
    [TestCase("On the council, Ana Berg — a critic of the plan since Tom Hale proposed it — has often argued that the bridge is too costly.",
        "argued", "Tom Hale", "the bridge is too costly", "Ana Berg")]
    [TestCase("Farmers – backed by grants from the Harbour Trust – have warned that the levee will fail.", "warned", "the Harbour Trust", "the levee will fail", "Farmers")]
    [TestCase("The new ad, which — as the critic Lena Moss wrote in the Ledger — promises to cut the toll, ran on Monday.", "promises", "Lena Moss", "to cut the toll", "which")]
    // speakers113: over "has to" before the cue, and an aside of some 35 tokens (a clause of its own and a comma-set apposition inside).
    [TestCase("Ana Berg — now that she has caught up with Tom Hale in the early counts — has to show that she can win the city.", "show", "Tom Hale",
        "she can win the city", "Ana Berg")]
    [TestCase("Okafor — who ran the harbour board for a decade in the years when the old ferry line, the one that linked Lagos to the islands, "
        + "was still at its busiest and most crowded — backs a new toll on trucks.", "backs", "Lagos", "a new toll on trucks", "Okafor")]
    public void SpeakerInsideADashedAside_GivesWayToTheMentionBeforeIt(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeADashedAside(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: it is before the aside, no dash stands right before the cue, the aside opens in an earlier sentence, the
    // mention before the dash is a preposition's object, or the dash only opens the sentence's news.
    [TestCase("Okafor — who once sat on the harbour board — told reporters the toll would rise.", "told", "Okafor", "the toll would rise")]
    [TestCase("Okafor — who once sat on the harbour board — was angry, and Ana Berg said the toll would rise.", "said", "Ana Berg", "the toll would rise")]
    [TestCase("In Lagos — a city Okafor knows well — the board said the toll would rise.", "said", "the board", "the toll would rise")]
    [TestCase("The ferry ran late — again. Then Tom Hale — said the tide was too low.", "said", "again", "the tide was too low")]
    [TestCase("Many farmers at the market — among them Ana Berg — said the levee would fail.", "said", "Ana Berg", "the levee would fail")]
    [TestCase("Okafor said — and Ana Berg agreed — that the toll would rise.", "said", "Okafor", "the toll would rise")]
    // speakers113: a bare "to" after the closing dash opens a purpose, not the subject's predicate; an aside over 40 tokens.
    [TestCase("Ana Berg called a meeting — the first since Tom Hale left — to say that the toll would rise.", "say", "Tom Hale", "the toll would rise")]
    [TestCase("Okafor — who ran the harbour board for a decade in the years when the old ferry line, the one that linked Lagos to the islands "
        + "and the two towns on the far shore of the bay, was still at its busiest and most crowded — backs a new toll on trucks.", "backs", "Lagos",
        "a new toll on trucks")]
    public void SpeakerOutsideADashedAsideBeforeTheCue_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeADashedAside(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule is one of the rules after the ranker.
    [Test]
    public void SubjectBeforeADashedAside_RunsAfterTheRanker()
    {
        const string Text = "Okafor — who once sat on the harbour board — told reporters the toll would rise.";
        var (traits, a) = Attributed(Text, "told", "board", "the toll would rise");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("Okafor"));
    }
}
