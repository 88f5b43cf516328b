using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names36, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class SurnamesAndDeputyRolesTests
{
    // A surname alone is the first person named with it by a given name, even at the start of a sentence ("Nora Halvey, 61, ..." before
    // "her husband, Tom Halvey"), and not a headline's run of capitalised words whose first word the article writes in lower case
    // ("Harbour Donor Pell", "the donor").
    [TestCase("Nora Halvey, 61, has known the mayor since school.\n\nOn Monday her husband, Tom Halvey, drove the van to the rally. The crowd sang for an hour. The band played on.\n\nHalvey said the mayor was her oldest friend.", "Halvey", 3, "Nora Halvey")]
    [TestCase("Why the mayor trusts Donor Pell.\n\nThe shipping donor Gareth Pell gave $2 million on Monday. The crowd sang for an hour. The band played on.\n\nPell said the mayor would win.", "Pell", 3, "Gareth Pell")]
    [TestCase("Marta Quist, 58, runs the bakery on Dock Street.\n\nIn the photograph, her son Ivo Quist holds the sign. The crowd sang for an hour. The band played on.\n\nQuist said the rent had doubled.", "Quist", 3, "Marta Quist")]
    public void Surname_IsTheFirstPersonNamedWithAGivenName(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }

    // Guards: a first name the table does not hold, written mid-sentence before the other, keeps the surname; a headline's run opening
    // with a word that is no name (the article never writes it in lower case, but at the start of a sentence) still loses.
    [TestCase("On Monday, Zorvan Keld opened the harbour fair. Later, Nora Keld handed out the prizes. The band played on. The crowd sang for an hour.\n\nKeld said the fair would return.", "Keld", 3, "Zorvan Keld")]
    [TestCase("Understated Perrow Wins.\n\nThe harbour master, Dana Perrow, won the vote on Monday. The band played on. The crowd sang for an hour.\n\nPerrow said the docks came first.", "Perrow", 3, "Dana Perrow")]
    public void Surname_KeepsTheFirstRealName(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }
    // A lone surname two people share, a subject itself with no subject of that surname in its sentence or the one before, is the one
    // of them named last there ("... marched with Tom Lind. “...,” Lind says"); else the first named, as before.
    [TestCase("Ruth Lind founded the harbour club in 1990. The club grew fast. The band played on.\n\nOn Monday, Ann Roe marched with Tom Lind to the docks. “Go home,” Lind says to the crowd.", "Lind", 3, "Tom Lind")]
    public void SharedSurname_IsTheOneNamedLastBeforeIt(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }

    // Guard: a shared surname that is no subject ("stuck by Lind") keeps the first named, and a pronoun after it with it.
    [Test]
    public void SharedSurname_NotASubject_KeepsTheFirstNamed()
    {
        var resolved = NameResolutionRulesTests.Resolve(
            "Ruth Lind founded the harbour club in 1990. The club grew fast. The band played on.\n\nIn 2006, the port hired Ann Lind. Donors have stuck by Lind as she rolled out plans. She has said the club comes first.",
            "She");

        Assert.That(resolved.Name, Is.EqualTo("Ruth Lind"));
    }
    // "the vice president", "the lieutenant governor": the person the article gives the deputy's role ("Vice President Ann Roe", "Ann Roe,
    // the vice president,"), not the holder of the role itself ("President Tom Lind"); and "the president" is not the vice president.
    [TestCase("Vice President Ann Roe spoke first on Monday. President Tom Lind opened the harbour after her. The band played on.\n\nThe harbour is open to all, the vice president said.", "the vice president", "Ann Roe")]
    [TestCase("Lt. Gov. Ann Roe spoke first on Monday. Gov. Tom Lind opened the harbour after her. The band played on.\n\nThe harbour is open to all, the lieutenant governor said.", "the lieutenant governor", "Ann Roe")]
    [TestCase("President Tom Lind opened the harbour on Monday. Ann Roe, the vice president, spoke after him. The band played on.\n\nThe harbour is open to all, the president said.", "the president", "Tom Lind")]
    public void DeputyRole_IsTheDeputysHolder(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }
}
