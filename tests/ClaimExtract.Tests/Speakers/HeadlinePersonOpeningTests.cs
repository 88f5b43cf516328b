using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names105, on texts written for these tests: a title-case headline's speaker run that opens with a person's name the body
/// writes ("Whitfield Rejects Port Deal", "Dana Whitfield Just") is that person, the words after the name being the headline's verb
/// and what follows. The resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class HeadlinePersonOpeningTests
{
    // Fail with the rule switched off (the whole run is the name).
    [TestCase("Whitfield Rejects Port Deal: 'We Can Do Better.'\n\nMayor Dana Whitfield spoke at the harbour on Monday.", "Whitfield Rejects Port Deal", "Dana Whitfield")]
    [TestCase("Okafor Vows To Fight The Ruling.\n\nSenator Grace Okafor said on Monday that the court was wrong.", "Okafor Vows", "Grace Okafor")]
    [TestCase("Okafor May Run Again.\n\nSenator Grace Okafor said on Monday that she was thinking about it.", "Okafor May", "Grace Okafor")]
    public void HeadlineRunOpeningWithAName_IsThatPerson(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards, the same with the rule off: the run is the name's campaign or camp, a role after the name (someone else holds it), a
    // possessive pronoun (someone of the person's), a front the body never writes, a run the body writes whole, a run in the body.
    [TestCase("Whitfield Campaign Rejects Port Deal.\n\nMayor Dana Whitfield spoke on Monday.", "Whitfield Campaign Rejects Port Deal")]
    [TestCase("Whitfield Camp Rejects Port Deal.\n\nMayor Dana Whitfield spoke on Monday.", "Whitfield Camp Rejects Port Deal")]
    [TestCase("Whitfield Port Chief Rejects Deal.\n\nMayor Dana Whitfield spoke on Monday; her port chief spoke later.", "Whitfield Port Chief Rejects Deal")]
    [TestCase("Whitfield Heard What Her Rival Just Said.\n\nMayor Dana Whitfield spoke on Monday.", "Whitfield Heard What Her Rival Just")]
    [TestCase("Harbour Board Rejects Port Deal.\n\nMayor Dana Whitfield spoke on Monday.", "Harbour Board Rejects Port Deal")]
    public void HeadlineRun_IsNotThePerson_WhenTheNameIsNotItsSpeaker(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo("Dana Whitfield"));

    [TestCase("Port plan stalls.\n\nOn Monday Whitfield Rejects Port spoke for the board. Mayor Dana Whitfield left early.", "Whitfield Rejects Port")]
    public void RunsOutsideTheHeadline_AreNotCut(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo("Dana Whitfield"));
}
