namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A person known by their relation to another ("Lind's campaign manager", "his mother", "His chief aide") is never that other: a name
/// that resolves to the owner is no name, on texts written for these tests. Before, the owner's name.
/// </summary>
public class RelationOwnerTests
{
    [TestCase("Governor Tom Lind toured the plant on Monday. Lind's campaign manager said the tour went well.", "Lind's campaign manager")]
    [TestCase("Senator Ana Pell spoke in Dayton. Her chief aide said the vote would wait.", "Her chief aide")]
    [TestCase("Admiral Dan Fry served for decades. His mother said he always wanted to sail.", "His mother")]
    [TestCase("Dan Fry left the team in June. Fry's longtime physician said he was healthy.", "Fry's longtime physician")]
    public void RelationOfTheOwner_IsNotTheOwner(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, ClaimExtract.Speakers.SpeakerKind.Person)));
    }

    // Guards: a relation named beside its noun keeps that name, even one that shares the owner's surname.
    [TestCase("Dan Fry spoke on Monday. His brother Tom Fry said the family was proud. His brother added that he would stay.", "His brother", "Tom Fry", 2)]
    [TestCase("Nick Lind was sentenced on Friday. \"We need him,\" his wife, Ana Lind, wrote to the court.", "his wife", "Ana Lind", 1)]
    [TestCase("Tom Lind spoke on Monday. Lind's spokesman, Rob Vance, said the talks would go on.", "Lind's spokesman", "Rob Vance", 1)]
    public void RelationNamedBesideItsNoun_KeepsThatName(string text, string mention, string name, int occurrence)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }
}
