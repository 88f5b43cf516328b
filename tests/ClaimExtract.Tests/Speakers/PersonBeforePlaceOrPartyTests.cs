using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names71, on texts written for these tests. A speaker cut to the place or organisation after "of" ("Senator Tom Hale of
/// Vermont") or to the party in parentheses after a name ("Rep. Ana Ruiz (D-Ohio)") gives way to the person's titles and name
/// (<see cref="SpeakerRanker.PersonBeforeTheirPlace"/>, <see cref="SpeakerRanker.PersonBeforeTheirParty"/>).
/// </summary>
public class PersonBeforePlaceOrPartyTests
{
    [TestCase("Senator Tom Hale of Vermont said that taxes would rise.", "said", "Vermont", "that taxes would rise", "Senator Tom Hale")]
    [TestCase("Rep. Ana B. Ruiz of New Mexico, a Democrat, said that taxes would rise.", "said", "New Mexico", "that taxes would rise", "Rep. Ana B. Ruiz")]
    [TestCase("Mayor Lee Park of Dayton warned that the bridge would close.", "warned", "Dayton", "that the bridge would close", "Mayor Lee Park")]
    [TestCase("Maria Lopez of the Harbour Gazette wrote that the bridge would close.", "wrote", "Harbour Gazette", "that the bridge would close", "Maria Lopez")]
    [TestCase("Tom Hale of Dayton, Ohio, says that the bridge would close.", "says", "Ohio", "that the bridge would close", "Tom Hale")]
    public void PlaceAfterOf_GivesWayToThePerson(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PersonBeforeTheirPlace(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // Left alone: an organisation before "of", a title alone before "of" ("Secretary of State"), a name without a given name or
    // title, a possessive after the comma, and a place after "in".
    [TestCase("The Institute of Vermont said that taxes would rise.", "said", "Vermont", "that taxes would rise")]
    [TestCase("The Harbour Council of Dayton said that taxes would rise.", "said", "Dayton", "that taxes would rise")]
    [TestCase("The Secretary of State Ana Ruiz said that taxes would rise.", "said", "State Ana Ruiz", "that taxes would rise")]
    [TestCase("Exit polls of Vermont showed that taxes would rise.", "showed", "Vermont", "that taxes would rise")]
    [TestCase("Senator Tom Hale of Vermont, Ana Ruiz's rival, said that taxes would rise.", "said", "Ana Ruiz's", "that taxes would rise")]
    [TestCase("Voters in Vermont said that taxes would rise.", "said", "Vermont", "that taxes would rise")]
    public void PlaceAfterOf_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.PersonBeforeTheirPlace(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(chosen));
    }

    [TestCase("Rep. Ana Ruiz (D-Ohio) said that taxes would rise.", "said", "D-Ohio", "that taxes would rise", "Rep. Ana Ruiz")]
    [TestCase("Gov. Tom Hale (R) said that taxes would rise.", "said", "R", "that taxes would rise", "Gov. Tom Hale")]
    [TestCase("Sen. Lee Park (I-Vt.) said that taxes would rise.", "said", "I-Vt.", "that taxes would rise", "Sen. Lee Park")]
    [TestCase("Sen. Lee Park (Vt.) said that taxes would rise.", "said", "Vt.", "that taxes would rise", "Sen. Lee Park")]
    public void PartyInParentheses_GivesWayToThePerson(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PersonBeforeTheirParty(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // Left alone: a longer word in parentheses, and a party after something that is no person's name.
    [TestCase("The plan (Harbour) said that taxes would rise.", "said", "Harbour", "that taxes would rise")]
    [TestCase("The Harbour Council (D) said that taxes would rise.", "said", "D", "that taxes would rise")]
    public void PartyInParentheses_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.PersonBeforeTheirParty(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rules run inside the chain after the ranker and on a speaker kept unscored beside its cue.
    [TestCase("Senator Tom Hale of Vermont said that taxes would rise.", "said", "Vermont", "that taxes would rise", "Senator Tom Hale")]
    [TestCase("Rep. Ana Ruiz (D-Ohio) said that taxes would rise.", "said", "D-Ohio", "that taxes would rise", "Rep. Ana Ruiz")]
    public void Chains_ApplyTheRules(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(SpeakerRanker.Unscored(traits, a).Speaker?.Of(text), Is.EqualTo(expected));
    }
}
