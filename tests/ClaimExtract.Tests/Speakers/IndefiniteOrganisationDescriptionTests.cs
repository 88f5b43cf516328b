using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names35, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part. An indefinite description of an organisation ("a Boston newspaper", "A major harbour group") had no
/// name when the next sentence opens with the organisation's name as its subject ("The Courier had chided", "Clean Harbours Now, founded by
/// ..., will air"); it is now that organisation, unless the description's own sentence writes the name too, the description is apposed
/// to a name before it, or the next sentence opens with a person, a group of people, a function word or a description.
/// </summary>
public class IndefiniteOrganisationDescriptionTests
{
    [TestCase("Storms flooded the harbour for a week. A week later, a Boston newspaper called on Mayor Ann Roe to visit the docks.\n\nThe Courier had chided her for staying away.", "a Boston newspaper", "Courier")]
    [TestCase("A major harbour group is demanding that the candidates talk about the docks.\n\nClean Harbours Now, founded by the shipping heir Tom Lind, will air an ad on Monday.", "A major harbour group", "Clean Harbours Now")]
    [TestCase("Among the spenders is a super committee backing Ann Roe. The 2020 Committee has spent $1 million on mugs.", "a super committee", "2020 Committee")]
    [TestCase("An advocacy group sued the port on Monday. Harbour Watch said the docks were unsafe.", "An advocacy group", "Harbour Watch")]
    [TestCase("A harbour group is demanding that the candidates talk about the docks.\n\nGreen Tomorrow, founded by the shipping heir Tom Lind, will air an ad on Monday.", "A harbour group", "Green Tomorrow")]
    public void IndefiniteOrganisation_IsTheNextSentencesOpeningOrganisation(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: the writer's organisation named in the description's own sentence; a person, a group of people, a place with a description
    // apposed, a pronoun or a quotation opening the next sentence; a description apposed to a name before it.
    [TestCase("A harbour movement may have paid for the trips, a Daily Star investigation found.\n\nDaily Star identified dozens of gifts.", "A harbour movement")]
    [TestCase("An advocacy group sued the port on Monday. Ann Roe said the docks were unsafe.", "An advocacy group")]
    [TestCase("An advocacy group sued the port on Monday. Republicans said the docks were unsafe.", "An advocacy group")]
    [TestCase("The banner named a group called the “Harbour First Fund.”\n\nOhio, the first state to vote, saw more banners.", "a group")]
    [TestCase("An advocacy group sued the port on Monday. It has said the docks were unsafe.", "An advocacy group")]
    [TestCase("An advocacy group sued the port on Monday. “The docks are unsafe,” Harbour Watch said.", "An advocacy group")]
    public void IndefiniteOrganisation_WithNoOpeningOrganisation_HasNoName(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.Null);
    }

    [Test]
    public void DescriptionApposedToAName_IsNotTheNextSubject()
    {
        var resolved = NameResolutionRulesTests.Resolve(
            "The couple started Harbourline, a foundation that funds dock repairs. Seaview Partners said it would match the gifts.", "a foundation");

        Assert.That(resolved.Name, Is.Not.EqualTo("Seaview Partners"));
    }
}
