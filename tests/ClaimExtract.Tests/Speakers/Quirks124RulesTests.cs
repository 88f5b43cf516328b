namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch quirks124, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// A full name written with a nickname in quotation marks between the given name and the surname is indexed as one person, marks and
/// all (EntityIndex.QuotedNicknames.cs), so the surname alone and a pronoun after it reach that person. A pronoun subject of a reporting
/// verb passes over the person the verb addresses ("he told Roe") and, after a sentence reporting another person's words, the persons
/// named in the clause its ", he said" closes (SpeakerResolver.CueSubjectPronouns.cs).
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

    [TestCase("At the town hall, voter Tom Hale told the senator that he had come a long way. Senator Ben Lind backs the bill.\n\n\"My job is gone,\" he told Lind.", "he", "Tom Hale")]
    [TestCase("Senator Ben Lind wants a third term. Tom Hale, a farmer in Delmar, said he would oppose Lind in the primary. Also, Lind is no reformer, he said.", "he", "Tom Hale")]
    [TestCase("Senator Ben Lind wants a third term. Tom Hale, a farmer in Delmar, said he would oppose Lind in the primary. Also, Lind is no reformer, he said on Monday.", "he", "Tom Hale")]
    [TestCase("Tom Hale, a farmer in Delmar, said he would oppose Ben Lind in the primary. Also, Ben Lind is no reformer, he said.", "he", "Tom Hale")]
    public void CueSubjectPronoun_PassesOverTheNamesTheCueCommands(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, Occurrences(text, mention)).Name, Is.EqualTo(name));

    // Guards: a clause about its own subject with no report before it ("Ms. Roe found the work dull, she said"); the reporter before is
    // the one the clause names; the one before is of the other sex; the pronoun opens a reported clause of its own (", he said it").
    [TestCase("The work drew Ann Roe in at 15. Then a student, Ann Roe found it a relief, she said.", "she", "Ann Roe")]
    [TestCase("“It felt good,” Tom Hale said. When the mayor finally noticed Mr. Hale, she smiled, he said.", "he", "Tom Hale")]
    [TestCase("Ann Roe said she would not vote for Lind. Tom Hale spoke, Lind is no reformer, he said.", "he", "Tom Hale")]
    public void CueSubjectPronoun_Guards(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, Occurrences(text, mention)).Name, Is.EqualTo(name));

    /// <summary>How many times <paramref name="mention"/> stands as a whole word in <paramref name="text"/> (the last is the one resolved).</summary>
    private static int Occurrences(string text, string mention)
    {
        var n = 0;
        for (var at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + mention.Length == text.Length || !char.IsLetter(text[at + mention.Length])))
            {
                n++;
            }
        }

        return n;
    }
}
