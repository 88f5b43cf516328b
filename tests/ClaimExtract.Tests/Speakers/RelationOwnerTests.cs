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

    // A relation named after someone else the resolver reached (the recent subject, the most salient person, the owner read through a
    // description) is no name either, unless the article ties that person to the relation (the guards below). Before, that person's name.
    [TestCase("Kim Dahl won the primary on Tuesday and thanked voters in Akron. Pell's campaign manager said the senator would not concede.", "Pell's campaign manager")]
    [TestCase("Former senator Ana Pell will skip the summit. Citing other plans, the former senator's spokeswoman said Pell would stay home.", "senator's spokeswoman")]
    [TestCase("Kim Dahl spoke after Tom Lind in Toledo. Dahl praised the crowd. Lind's lawyer said the speech was too long.", "Lind's lawyer")]
    [TestCase("Tom Lind and Ana Pell debated on Monday. Pell's spokeswoman Kim Dahl said Pell had won. Lind's spokeswoman said the debate was a draw.", "Lind's spokeswoman")]
    public void RelationNamedAfterAnotherPerson_IsNotThatPerson(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, ClaimExtract.Speakers.SpeakerKind.Person)));
    }

    // Guards: a relation named beside its noun keeps that name, even one that shares the owner's surname.
    [TestCase("Dan Fry spoke on Monday. His brother Tom Fry said the family was proud. His brother added that he would stay.", "His brother", "Tom Fry", 2)]
    [TestCase("Nick Lind was sentenced on Friday. \"We need him,\" his wife, Ana Lind, wrote to the court.", "his wife", "Ana Lind", 1)]
    [TestCase("Tom Lind spoke on Monday. Lind's spokesman, Rob Vance, said the talks would go on.", "Lind's spokesman", "Rob Vance", 1)]
    [TestCase("Tom Lind leads the race. His campaign manager, Rob Vance, said the lead would hold.", "His campaign manager", "Rob Vance", 1)]
    [TestCase("Tom Lind was away on Monday. Rob Vance, Lind's spokesman, said the talks would go on.", "Lind's spokesman", "Rob Vance", 1)]
    [TestCase("Eva Roe sang. Her husband, Mark Roe, said she was tired. Her husband added that the tour would end.", "Her husband", "Mark Roe", 2)]
    public void RelationNamedBesideItsNoun_KeepsThatName(string text, string mention, string name, int occurrence)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }
}
