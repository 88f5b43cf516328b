namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch quirks124, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// A full name written with a nickname in quotation marks between the given name and the surname is indexed as one person, marks and
/// all (EntityIndex.QuotedNicknames.cs), so the surname alone and a pronoun after it reach that person.
/// </summary>
public class Quirks124RulesTests
{
    [TestCase("The plan came from the board's oldest member, the chemist Thomas \"Tuck\" Harlow. Harlow was one of its most trusted voices.\n\nHe said the firm should move fast.", "He", "Thomas \"Tuck\" Harlow")]
    [TestCase("The plan came from the chemist Thomas \"Tuck\" Harlow. Later, Harlow said the firm should move fast.", "Harlow", "Thomas \"Tuck\" Harlow")]
    [TestCase("A retired ranger, Peter “Bo” Lindqvist, found both plans wanting.\n\n“It is a mess,” Lindqvist said.", "Lindqvist", "Peter “Bo” Lindqvist")]
    [TestCase("Mayor Dana “Dee” Morrow opened the bridge on Friday. Morrow said it had cost too much.", "Morrow", "Dana “Dee” Morrow")]
    public void NameWithAQuotedNickname_IsOnePerson(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(ClaimExtract.Speakers.SpeakerKind.Person));
    }

    // Guards: the article also writes the nickname with the surname (that form is the name, names GUIDE); a quoted word that is no
    // nickname (after a word no one is given; lower case; a title of two words); marks with spaces inside.
    [TestCase("Rep. Robert C. \"Bobby\" Scott spoke first. Bobby Scott said the bill would pass.", "Bobby Scott", "Robert C. \"Bobby\" Scott")]
    [TestCase("The studio Harbex \"Tide\" Films said on Monday that it would close.", "Films", "Harbex \"Tide\" Films")]
    [TestCase("Ann Roe read \"Summer\" Tuesday night. Roe said it went well.", "Roe", "Ann \"Summer\" Tuesday")]
    [TestCase("Thomas \" Tuck \" Harlow was there. Harlow said it went well.", "Harlow", "Thomas \" Tuck \" Harlow")]
    public void Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
}
