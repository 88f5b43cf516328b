using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names18, on short texts written for these tests: a person's campaign or administration is named by the owner's surname and
/// the noun ("Pell campaign", as "The Pell campaign" already was): its owner a possessive pronoun ("his campaign"), a possessive written
/// before a mention cut to the noun ("Pell’s| campaign"), a possessive with modifiers ("Pell’s presidential campaign"), a surname the
/// article writes only in the compound ("The Dorran administration"); "the campaign" is the one named last in its sentence or the two
/// before. Before, all of these had no name.
/// </summary>
public class PersonalOrganizationTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Nora Pell won in Iowa. Her campaign said the count was fair.", "Her campaign", 1, "Pell campaign")]
    [TestCase("Ray Oduya lost in Iowa on Monday. But his campaign said the count was unfair.", "his campaign", 1, "Oduya campaign")]
    // The mention cut to the noun: the owner written before it.
    [TestCase("Ray Oduya lost in Iowa. Oduya’s campaign said the count was unfair.", "campaign", 1, "Oduya campaign")]
    [TestCase("Ray Oduya lost in Iowa. The Oduya campaign said the count was unfair.", "campaign", 1, "Oduya campaign")]
    [TestCase("Ray Oduya lost in Iowa. Mr. Oduya's campaign said the count was unfair.", "campaign", 1, "Oduya campaign")]
    [TestCase("Ray Oduya lost in Iowa. As his campaign said, the count was unfair.", "campaign", 1, "Oduya campaign")]
    // Modifiers between a possessive owner and the noun.
    [TestCase("Ray Oduya lost in Iowa. Ray Oduya’s presidential campaign said the count was unfair.", "Ray Oduya’s presidential campaign", 1, "Oduya campaign")]
    [TestCase("Ray Oduya lost in Iowa. Oduya’s 2016 campaign said the count was unfair.", "Oduya’s 2016 campaign", 1, "Oduya campaign")]
    // A given name as the owner: the person's surname.
    [TestCase("Ray Oduya lost in Iowa. Ray’s campaign said the count was unfair.", "campaign", 1, "Oduya campaign")]
    // An owner the article never names as a person.
    [TestCase("Tariffs rose in May. The Dorran administration said the rise was needed.", "The Dorran administration", 1, "Dorran administration")]
    // "the campaign" after a campaign named in the sentences before.
    [TestCase("Nora Pell’s campaign raised $3 million. The campaign said most gifts were small.", "The campaign", 1, "Pell campaign")]
    [TestCase("Ray Oduya spoke. The Pell campaign filed a suit on Friday. If the count is close, the campaign said, it may ask again.", "the campaign", 1, "Pell campaign")]
    // A relative pronoun's antecedent; modifiers after a name the article gives a person.
    [TestCase("Voters were tired. The one left is Ray Oduya, whose campaign said the count was unfair.", "campaign", 1, "Oduya campaign")]
    [TestCase("Ray Oduya lost in Iowa. The Ray Oduya presidential campaign said the count was unfair.", "The Ray Oduya presidential campaign", 1, "Oduya campaign")]
    // "the administration": the one the article named before, however far back.
    [TestCase("The Dorran administration raised tariffs. Steel rose. Corn fell. Ports closed. Rail slowed. The administration said the rise was needed.", "The administration", 1, "Dorran administration")]
    public void APersonsCampaign_IsNamedByTheOwner(string text, string mention, int occurrence, string name)
    {
        var resolved = Resolve(text, mention, occurrence);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Organization));
    }

    // Guards (pass on the old code too): a campaign with no owner, an owner that is a party, place or organisation word, an indefinite
    // description, and other organisation nouns ("his party"). ("The campaign" with a campaign named only more than two sentences before
    // now takes that campaign: branch names50, CampaignOwnerAndContinuedPronounTests.)
    [TestCase("Voters were tired in May. The campaign said the count was fair.", "The campaign")]
    [TestCase("Voters were tired in May. The Republican campaign said the count was fair.", "The Republican campaign")]
    [TestCase("Voters were tired in May. The Senate campaign said the count was fair.", "The Senate campaign")]
    [TestCase("Ray Oduya lost in Iowa. A national campaign said the count was fair.", "campaign")]
    [TestCase("Ray Oduya lost in Iowa. His party said the count was unfair.", "His party")]
    [TestCase("Ray Oduya lost in Iowa. The Iowa presidential campaign said the count was unfair.", "The Iowa presidential campaign")]
    public void NoOwner_NamesNobody(string text, string mention)
    {
        Assert.That(Resolve(text, mention).Name, Is.Null);
    }

    // Already named so before (the owner written in the mention): unchanged.
    [TestCase("Ray Oduya lost in Iowa. The Oduya campaign said the count was unfair.", "The Oduya campaign", "Oduya campaign")]
    [TestCase("Ray Oduya lost in Iowa. Oduya’s campaign said the count was unfair.", "Oduya’s campaign", "Oduya campaign")]
    public void OwnerInTheMention_Unchanged(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
