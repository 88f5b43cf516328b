using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names106, on texts written for these tests: "he" or "she" passes over a name the article shows to be an organisation's (an
/// apposition headed by an organisation noun, or a name the resolver reads as an organisation) and takes the person named before it.
/// The resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class OrganisationNotAPronounTests
{
    // Fail with the rule switched off (the organisation, the latest name before the pronoun, is taken).
    [TestCase("The board met.\n\n''I think the port deal was bad,'' said Tom Lind, a senior partner at Harbour Strategies, a Green lobbying firm. (He meant the port vote.)", "He", "Tom Lind")]
    [TestCase("The council met on Monday.\n\nFormer Harbour-Lake CEO Dana Reed named the port as her worry. “It is too slow,” she said.", "she", "Dana Reed")]
    public void PronounAfterAnOrganisationName_IsThePersonBeforeIt(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards, the same with the rule off: an apposition whose words name a person ("a spokeswoman for the campaign") or that goes on past
    // the organisation noun ("a campaign aide") says the name is a person's; a person's name before the pronoun is still taken.
    [TestCase("Tom Lind spoke first. “We will win,” said Dana Reed, a spokeswoman for the campaign. She said the vote was close.", "She", "Dana Reed")]
    [TestCase("Tom Lind spoke first. Then Dana Reed, a campaign aide, spoke. She said the vote was close.", "She", "Dana Reed")]
    [TestCase("Tom Lind spoke first. Then Dana Reed, a Republican, spoke to the firm. She said the vote was close.", "She", "Dana Reed")]
    public void PronounAfterAPersonWithAnApposition_IsThatPerson(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));
}
