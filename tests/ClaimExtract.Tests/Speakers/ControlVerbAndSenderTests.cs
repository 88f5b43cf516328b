using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers54, on texts written for these tests. The object of a verb of causing (or of "for") before an infinitive cue is the
/// cue's subject (<see cref="SpeakerRanker.ObjectOfAControlVerb"/>); a noun ending in -ly ("the rally") is no adverb before the cue; a
/// partitive subject ("a number of voters said") is taken whole; "shook", "goes" and other forms open a subject's predicate; the sender
/// of a document, not the document, says what an -ing cue after it tells (<see cref="SpeakerRanker.SenderOfTheDocument"/>).
/// </summary>
public class ControlVerbAndSenderTests
{
    // A noun ending in -ly ends the subject right before the cue (SubjectRightBeforeTheCue read "rally" as an adverb and found no
    // noun phrase); an -ly adverb before the cue is still passed over ("has tersely said").
    [TestCase("Led by Ana Ruiz, the rally denounced the new law.", "denounced", "Ana Ruiz", "the new law", "the rally")]
    [TestCase("Hit by the storm, the family said the insurer never called.", "said", "the storm", "the insurer never called", "the family")]
    [TestCase("The vote ran late, and the mayor has tersely said the count was fine.", "said", "The vote", "the count was fine", "the mayor")]
    public void SubjectRightBeforeTheCue_ReadsANounEndingInLy(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectRightBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // A partitive subject right before the cue ("a number of voters", "one of the aides") opens its clause from its head; the candidates
    // split it at "of", and the noun after "of" opens no clause.
    [TestCase("Turnout in Dayton was thin, even though a number of voters said they liked the plan.", "said", "Dayton", "they liked the plan", "a number of voters")]
    [TestCase("The meeting ran late when one of the aides suggested a recess.", "suggested", "The meeting", "a recess", "one of the aides")]
    public void SubjectRightBeforeTheCue_TakesAPartitiveSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectRightBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The choice stays: a head that counts no one ("the mood of the crowd"); a speaker already inside the phrase.
    [TestCase("Ana Ruiz spoke first, and the mood of the crowd suggested a long night.", "suggested", "Ana Ruiz", "a long night")]
    [TestCase("Turnout in Dayton was thin, even though a number of voters said they liked the plan.", "said", "a number", "they liked the plan")]
    public void SubjectRightBeforeTheCue_KeepsTheChoiceBeforeAnOfPhrase(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectRightBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // SubjectOfTheFirstPredicate's subject is followed by a verb form VerbFollows does not know ("shook", "goes"); the chosen speaker
    // in the first predicate's object gives way to it (a candidate of the subject's phrase: "report").
    [TestCase("Asked about a second term, Ana Ruiz shook her head and said she would not run.", "said", "her head", "she would not run", "Ana Ruiz")]
    [TestCase("The report goes on to fault the mayor for the delay, saying the plan costs too much.", "saying", "the mayor", "the plan costs too much", "report")]
    public void SubjectOfTheFirstPredicate_ReadsOtherVerbForms(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // An -ing cue after the object of a verb of sending or publishing tells what the sender says: the document or addressee chosen
    // gives way to the verb's subject (a candidate that ends right before the verb: "campaign" of "the Hale campaign").
    [TestCase("Her reply came after the Hale campaign sent the county a letter on Monday alleging that the count was flawed.", "alleging", "the county", "that the count was flawed", "campaign")]
    [TestCase("Civic groups met with the Dayton League, which released a statement Friday questioning whether the vote was fair.", "questioning", "a statement", "whether the vote was fair", "which")]
    [TestCase("Back in May, she wrote a letter to the mayor asking that the vote be delayed.", "asking", "the mayor", "that the vote be delayed", "she")]
    public void SenderOfTheDocument_TakesThePlace(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SenderOfTheDocument(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The choice stays: a verb that is no sending ("held up a sign saying"); a comma before the cue; no subject right before the verb
    // ("hired lawyers and placed ads"); the subject already chosen.
    [TestCase("Ana Ruiz held up a sign saying that the vote was rigged.", "saying", "a sign", "that the vote was rigged")]
    [TestCase("The campaign sent a letter to voters, asking them to vote early.", "asking", "voters", "them to vote early")]
    [TestCase("The group hired lawyers and placed newspaper ads calling the merger a mistake.", "calling", "newspaper ads", "the merger a mistake")]
    [TestCase("The campaign sent a letter alleging fraud in two counties.", "alleging", "The campaign", "fraud in two counties")]
    public void SenderOfTheDocument_KeepsTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SenderOfTheDocument(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // A speaker kept unscored beside its cue ("the mayor asking") goes through the rule too.
    [Test]
    public void Unscored_AppliesSenderOfTheDocument()
    {
        const string text = "Back in May, she wrote a letter to the mayor asking that the vote be delayed.";
        var (traits, a) = Attributed(text, "asking", "the mayor", "that the vote be delayed");

        var result = SpeakerRanker.Unscored(traits, a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("she"));
    }

    // A pronoun, a noun phrase, a lone quantifier, "for" and "pressure on" before the infinitive; the chosen speaker is the verb's subject
    // or a mention before it.
    [TestCase("Ana Ruiz won by a wide margin, a result that led her to declare victory before midnight.", "declare", "Ana Ruiz", "victory before midnight", "her")]
    [TestCase("The plant closed in May. That decision prompted the city council to call for an inquiry.", "call for", "That decision", "an inquiry", "the city council")]
    [TestCase("The recount dragged on for weeks and has caused many to wonder whether the county can cope.", "wonder", "The recount", "whether the county can cope", "many")]
    [TestCase("The late swing in Ohio was quite enough for him to claim a win.", "claim", "Ohio", "a win", "him")]
    [TestCase("Rising rents will increase the pressure on the mayor to explain her housing plan.", "explain", "Rising rents", "her housing plan", "the mayor")]
    public void ObjectOfAControlVerb_TakesThePlace(string text, string cue, string speaker, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.ObjectOfAControlVerb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // No speaker chosen: the object takes the place of none too.
    [Test]
    public void ObjectOfAControlVerb_FillsNone()
    {
        const string text = "It has become common for local papers to portray the race as close.";
        var (traits, a) = Attributed(text, "portray", "It", "the race as close");
        a = a with { Speaker = null };

        var result = SpeakerRanker.ObjectOfAControlVerb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("local papers"));
    }

    // The choice stays: a verb of asking or wanting (its subject speaks); a purpose infinitive after a place or time phrase; an object
    // with a phrase of its own before "to"; the object already chosen; an object that names no holder ("it"); a cue that is no
    // infinitive; a verb of causing with no object ("helped to"). The object's phrase is the rule's limit: "in 2011" stops it.
    [TestCase("Tom Hale asked her to call the clerk about the count.", "call", "Tom Hale", "the clerk about the count")]
    [TestCase("Ana Ruiz wants voters to know that she will stay in the race.", "know", "Ana Ruiz", "that she will stay in the race")]
    [TestCase("Tom Hale took his daughter to the hall on Sunday to explain the vote.", "explain", "Tom Hale", "the vote")]
    [TestCase("The scandal prompted Tom Hale in 2011 to call for new rules.", "call for", "The scandal", "new rules")]
    [TestCase("That decision led the city council to call for an inquiry.", "call for", "city council", "an inquiry")]
    [TestCase("Ana Ruiz said the ruling helped it to argue for a recount.", "argue for", "Ana Ruiz", "a recount")]
    [TestCase("The ruling led many voters into doubt, Ana Ruiz said.", "said", "Ana Ruiz", "The ruling led many voters into doubt")]
    [TestCase("Tom Hale helped to call for a recount of the ballots.", "call for", "Tom Hale", "a recount of the ballots")]
    public void ObjectOfAControlVerb_KeepsTheChoice(string text, string cue, string speaker, string content)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);

        var result = SpeakerRanker.ObjectOfAControlVerb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(speaker));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "The plant closed in May. That decision prompted the city council to call for an inquiry.";
        var (traits, a) = Attributed(text, "call for", "That decision", "an inquiry");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("the city council"));
    }
}
