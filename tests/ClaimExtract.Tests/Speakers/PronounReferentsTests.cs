using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch pronouns122, on texts written for these tests: names "he", "she" and "who" do not stand for (an owner's thing after a possessive
/// determiner, a capitalised description ending in a party noun, for "she" a surname the article never gives a woman's sign; a place
/// ending an apposition before "who"), so the pronoun takes the person named before them. The resolver is given the mention directly
/// (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class PronounReferentsTests
{
    // EntityIndex.NoPronounReferents.cs and SpeakerResolver.WhoAfterApposedPlace.cs: the pronoun is the person, not the name after it.
    [TestCase("Tom Lind is a video maker. Lind began posting clips in 2009, and his first clips were short. In his first Zorbix dispatches, Lind wears a suit in clips he calls “Buyer Watch.”", "he", 1, "Tom Lind")]
    [TestCase("“We will win,” Tom Lind said on Monday. With mixed results on Tuesday, the Ohio Democrat’s biggest worry is turnout. He predicted long lines at the polls.", "He", 1, "Tom Lind")]
    [TestCase("Lind said the port was safe. Lind has also approved a small plan. The fight began in 2011 when Dana Reed was still Lind's first deputy. She has talked at length about the plan.", "She", 1, "Dana Reed")]
    [TestCase("The plan was quickly mocked by Tom Lind, the opposition leader in North Vexland, who said the minister should keep quiet.", "who", 1, "Tom Lind")]
    public void Pronoun_PassesOverANameItCannotStandFor(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards: a given name after a role noun ("his wife Ann Roe") is a person; "she" keeps a two-word name the first-name table gives no
    // sex ("Pat Roe") and a surname the article writes with "Ms.".
    [TestCase("Tom Lind stayed home. His wife Ann Roe spoke at the rally, and she said the vote was close.", "she", 1, "Ann Roe")]
    [TestCase("Tom Lind left early. Pat Roe stayed to the end. She said the vote was close.", "She", 1, "Pat Roe")]
    [TestCase("Ms. Lind spoke first. Lind said the port was safe. She added that the vote was close.", "She", 1, "Lind")]
    public void Pronoun_KeepsAPersonItMayStandFor(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    [TestCase("Ohio Democrat", true)]
    [TestCase("Nevada Republican", true)]
    [TestCase("Tom Lind", false)]
    [TestCase("Democrat", false)]
    public void PartyDescription_IsANameEndingInAPartyNoun(string fullName, bool description) =>
        Assert.That(EntityIndex.IsPartyDescription(fullName), Is.EqualTo(description));
}
