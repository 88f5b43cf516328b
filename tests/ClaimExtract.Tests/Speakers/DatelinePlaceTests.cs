using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs122, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// dateline's place ("HARBOUR CITY, New Kestrava —") says where the story was filed: an organisation whose name ends it ("Kestrava", an
/// airline) is not widened to it; the same place written again in the body still widens the name as before.
/// </summary>
public class DatelinePlaceTests
{
    // Fails on main ("New Kestrava").
    [TestCase("HARBOUR CITY, New Kestrava — Kestrava, the island's flagship carrier, ordered ten jets on Monday.\n\nAs of May, Kestrava had a fleet of 90 planes. It said the jets would come in 2027.", "Kestrava")]
    [TestCase("HARBOUR CITY, New Kestrava (AP) — Kestrava, the island's flagship carrier, ordered ten jets on Monday.\n\nAs of May, Kestrava had a fleet of 90 planes. It said the jets would come in 2027.", "Kestrava")]
    // Left as before: the place written in the body too.
    [TestCase("HARBOUR CITY, New Kestrava — The carrier that flies across New Kestrava ordered ten jets.\n\nAs of May, Kestrava had a fleet of 90 planes. It said the jets would come in 2027.", "New Kestrava")]
    public void ReportingIt_OfAnOrganisationNamedLikeTheDatelinesPlace(string text, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "It");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }
}
