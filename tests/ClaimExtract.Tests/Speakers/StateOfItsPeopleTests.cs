using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs121: "the" and a state's people in the plural ("The Russians have warned", "the Saudis said") standing for the state is
/// the state, named as the article writes it (data/names/GUIDE.md names such a speaker by the country, as it names "Moscow" speaking as
/// a state). On texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker
/// choice plays no part.
/// </summary>
public class StateOfItsPeopleTests
{
    [TestCase("Russia moved ships into the strait in May. The Russians have warned they could close it to trade.", "The Russians", "Russia")]
    [TestCase("Talks with Saudi Arabia stalled over the oil deal. The Saudis have said they would sell the bonds.", "The Saudis", "Saudi Arabia")]
    [TestCase("Russia moved ships into the strait in May. The Russians have warned they could close it to trade.", "Russians", "Russia")]
    [TestCase("Germany raised its budget in March. Officials noted that the Germans announced more troops for the border.", "the Germans", "Germany")]
    public void ThePeopleOfAState_AreTheStateTheArticleNames(string text, string mention, string state)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)state, SpeakerKind.Organization)));
    }

    // Left alone: the people without "the" ("Russians say": people asked, not the state), a state the article never names, a people
    // that stands for more than one state or for a team as often as for its state ("the Americans").
    [TestCase("Russia moved ships into the strait in May. Russians say the war feels far away, a poll found.", "Russians", "Russia")]
    [TestCase("Ships moved into the strait in May. The Russians have warned they could close it to trade.", "The Russians", "Russia")]
    [TestCase("The United States moved ships into the strait in May. The Americans have warned they could close it to trade.", "The Americans", "United States")]
    public void OtherPeoples_AreNotTheState(string text, string mention, string state)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.Not.EqualTo(state));
    }
}
