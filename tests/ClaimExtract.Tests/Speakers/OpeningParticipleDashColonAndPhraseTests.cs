using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers40, on texts written for these tests. A participle or an adverb that opens its sentence ("Using a blunt phrase",
/// "Shortly after the audit") is no speaker: the subject after its phrase's comma takes its place, or nobody. The name between a dash and
/// a colon right before a quotation ("ONLY EARLY - Ana Ruiz and Tom Hale: “...”") is its source, not the headline before the dash. A
/// phrase that opens with a preposition or a subordinator and ends before a comma ("During a stop in Ames,", "Once he was mayor,") gives
/// way to the subject after that comma for a cue after it.
/// </summary>
public class OpeningParticipleDashColonAndPhraseTests
{
    // The opening participle or adverb gives way to the subject after its comma, or to nobody.
    [TestCase("Using a blunt phrase to describe the levy, he said the council had failed.", "describe", "Using", "the levy", "he")]
    [TestCase("Rattling off pledges to fix the roads and the schools, Ana Ruiz closed her speech.", "pledges", "Rattling", "to fix the roads", "Ana Ruiz")]
    [TestCase("Usually when a ferry sinks, reporters explain the causes to viewers.", "explain", "Usually", "the causes", "reporters")]
    [TestCase("Shortly after the release of the audit, the mayor resigned.", "release of", "Shortly", "the audit", null)]
    [TestCase("Asserting Hale's record as a builder of bridges.", "Asserting", "Asserting Hale's", "record as a builder", null)]
    public void OpeningParticipleOrAdverb_GivesWayToTheSubjectOrNobody(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.OpeningParticipleOrAdverb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: a verb follows the word ("Jolly said"), the adverb or participle modifies a noun ("Early polls", "Nearly half",
    // "Leading Democrats say"), the word is a name elsewhere in the text ("Fleming"), or a name with its apposition ("Playing Field Agency,").
    [TestCase("Jolly said the pier would reopen in May.", "said", "Jolly", "the pier would reopen")]
    [TestCase("Early polls show the mayor well ahead.", "show", "Early", "the mayor well ahead")]
    [TestCase("Nearly half said they would vote for the levy.", "said", "Nearly", "they would vote")]
    [TestCase("Leading Democrats say the levy is fair.", "say", "Leading Democrats", "the levy is fair")]
    [TestCase("Fleming of the harbour board said the boats were late, and the mayor thanked Fleming.", "said", "Fleming", "the boats were late")]
    [TestCase("Playing Field Agency, a talent firm, says the singer was paid twice.", "says", "Playing Field Agency", "the singer was paid")]
    public void SpeakerThatIsNoOpeningParticipleOrAdverb_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.OpeningParticipleOrAdverb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The name or description between the dash and the colon takes the place of the headline.
    [TestCase("POLLS WERE NOT WRONG, ONLY EARLY - Ana Ruiz and Tom Hale: “The surveys closed a week before the vote.”", "POLLS WERE NOT WRONG",
        "The surveys closed a week before the vote.", "Ana Ruiz and Tom Hale")]
    [TestCase("Turnout stayed high in the hills -More from the report: “Voters waited two hours in the rain.”", "Turnout",
        "Voters waited two hours in the rain.", "the report")]
    [TestCase("Media share the blame for the hype - Harbour Polls: “Nobody predicted the result.”", "Media", "Nobody predicted the result.", "Harbour Polls")]
    public void NameBetweenADashAndAColon_IsTheSource(string text, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, chosen, chosen, content);
        a = a with { Cue = null, CueText = null };

        var result = SpeakerRanker.NameBetweenADashAndAColon(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: the words after the dash are a clause ("Tom Hale called them on it"), no dash stands before the colon, or a comma does.
    [TestCase("Then came the jeers — Tom Hale called them on it: “You are wrong about the pier.”", "Tom Hale", "You are wrong about the pier.")]
    [TestCase("Ana Ruiz said: “We will win the vote.”", "Ana Ruiz", "We will win the vote.")]
    [TestCase("The mayor - a builder, and Tom Hale: “No bridge this year.”", "The mayor", "No bridge this year.")]
    public void SpeakerWithNoNameBetweenADashAndAColon_Stays(string text, string chosen, string content)
    {
        var (traits, a) = Attributed(text, chosen, chosen, content);
        a = a with { Cue = null, CueText = null };

        var result = SpeakerRanker.NameBetweenADashAndAColon(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The subject after the phrase's comma takes the place of the phrase.
    [TestCase("Once he was mayor, Tom Hale made the pier a priority, announcing a new budget.", "announcing", "Once he was mayor", "a new budget", "Tom Hale")]
    [TestCase("In her first reply, during a radio interview, Ana Ruiz questioned the audit, implying it was rushed.", "implying", "during a radio interview",
        "it was rushed", "Ana Ruiz")]
    [TestCase("Among farmers, about two-thirds of those asked described the levy as unfair.", "described", "Among farmers", "the levy as unfair", "those asked")]
    public void PhraseHoldingTheSpeaker_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAPhraseHoldingTheSpeaker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: an agent after "by", a cue before the comma, or no comma after the phrase.
    [TestCase("Written by Tom Hale, the report says the pier is unsafe.", "says", "by Tom Hale", "the pier is unsafe")]
    [TestCase("The levy was opposed in a vote on Monday, because it would raise rents.", "opposed", "in a vote on Monday", "because it would raise rents")]
    [TestCase("At the pier the mayor said the boats were late.", "said", "At the pier", "the boats were late")]
    public void SpeakerOutsideAPhraseBeforeTheSubject_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterAPhraseHoldingTheSpeaker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The three rules are among the rules after the ranker.
    [TestCase("Using a blunt phrase to describe the levy, he said the council had failed.", "describe", "Using", "the levy", "he")]
    [TestCase("Once he was mayor, Tom Hale made the pier a priority, announcing a new budget.", "announcing", "Once he was mayor", "a new budget", "Tom Hale")]
    public void Rules_RunAfterTheRanker(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void NameBetweenADashAndAColon_RunsAfterTheRanker()
    {
        const string Text = "Media share the blame for the hype - Harbour Polls: “Nobody predicted the result.”";
        var (traits, a) = Attributed(Text, "Media", "Media", "Nobody predicted the result.");
        a = a with { Cue = null, CueText = null };

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("Harbour Polls"));
    }
}
