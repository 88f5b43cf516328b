using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers56, on texts written for these tests. A mention inside a restrictive relative or participle clause before the cue gives
/// way to the clause's head noun (<see cref="SpeakerRanker.HeadBeforeARestrictiveClause"/>); a spaced single hyphen sets off an aside
/// (<see cref="SpeakerRanker.SubjectBeforeADashedAside"/>); a subject with an "of"/"for" phrase before a comma aside
/// (<see cref="SpeakerRanker.SubjectBeforeAside"/>).
/// </summary>
public class RestrictiveClauseAndAsideTests
{
    // A relative clause with its own verb, a participle clause ("speaking to", "familiar with"), an auxiliary opening the clause's
    // predicate, a cue with an auxiliary.
    [TestCase("The plant closed in May. Current and former workers who spoke with the Daily Ledger said the owners knew for months.", "said", "the Daily Ledger", "the owners knew for months", "former workers")]
    [TestCase("The talks went on. Another union source speaking to local radio said the talks had stalled.", "said", "local radio", "the talks had stalled", "Another union source")]
    [TestCase("The trial opens Monday. A lawyer familiar with the case said the judge would rule soon.", "said", "the case", "the judge would rule soon", "A lawyer")]
    [TestCase("The fees rose again. The lawyer who ran the firm for a decade has argued that the fees were fair.", "has argued", "a decade", "that the fees were fair", "The lawyer")]
    [TestCase("The race is close. Senior advisers who have studied the numbers argue that the race is over.", "argue", "the numbers", "that the race is over", "Senior advisers")]
    public void HeadBeforeARestrictiveClause_TakesThePlace(string text, string cue, string speaker, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.HeadBeforeARestrictiveClause(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // Left alone: the speaker is the subject before the cue and the clause follows it ("Officials said the man who spoke with reporters");
    // the mention right after the relative word is the clause's own subject and the cue its verb ("the man who police said"); a subject
    // pronoun right before the cue ("when he yelled"); a comma aside (SubjectBeforeAside's); a cue that is no finite verb ("to discuss");
    // a head that is the object of a verb ("She thanked the workers who spoke with the mayor").
    [TestCase("The city is calm. Officials said the man who spoke with reporters had left the city.", "said", "Officials", "the man who spoke with reporters had left the city")]
    [TestCase("The city is calm. Witnesses described the man who police said was armed.", "said", "police", "was armed")]
    [TestCase("The hall was full. Tom Hale, the congressman who gained fame in 2009 when he yelled that the mayor lied, spoke first.", "yelled", "he", "that the mayor lied")]
    [TestCase("The board met again. This is why a board that bluffs as freely as it tells the truth worries voters.", "tells", "it", "the truth")]
    [TestCase("The plant closed in May. Ana Ruiz, who spoke with the Daily Ledger, said the owners knew for months.", "said", "the Daily Ledger", "the owners knew for months")]
    [TestCase("The plant closed in May. Officials who met with the mayor to discuss the plan left early.", "to discuss", "the mayor", "the plan")]
    [TestCase("The plant closed in May. She thanked the workers who spoke with the mayor says the report.", "says", "the mayor", "the report")]
    public void HeadBeforeARestrictiveClause_LeavesTheSpeaker(string text, string cue, string speaker, string content)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.HeadBeforeARestrictiveClause(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(speaker));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "The talks went on. Another union source speaking to local radio said the talks had stalled.";
        var (traits, a) = Attributed(text, "said", "local radio", "the talks had stalled");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("Another union source"));
    }

    // A single hyphen between spaces sets off an aside like a dash; a hyphen inside a word does not close one.
    [TestCase("The race tightened. Still, Ana Ruiz - who weighed her choices with friends on a bus home to Maine - has vowed to fight on.", "has vowed", "Maine", "to fight on", "Ana Ruiz")]
    [TestCase("The race tightened. Still, Ana Ruiz - who spent the week with donors in Maine-has vowed to fight on.", "has vowed", "Maine", "to fight on", "Maine")]
    public void SubjectBeforeADashedAside_ReadsASpacedHyphen(string text, string cue, string speaker, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.SubjectBeforeADashedAside(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The subject may close with an "of"/"for" phrase before the aside's comma; a second preposition in that phrase leaves the choice.
    [TestCase("The vote came early. The executive board for the 2 million member union, which covers porters and cooks as well as teachers, voted to endorse Ruiz.", "voted", "teachers", "to endorse Ruiz", "The executive board for the 2 million member union")]
    [TestCase("The vote came early. The chief of staff at the agency, which oversees the county roads, said the plan was late.", "said", "the county roads", "the plan was late", "the county roads")]
    public void SubjectBeforeAside_TakesAnOfPhrase(string text, string cue, string speaker, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.SubjectBeforeAside(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }
}
