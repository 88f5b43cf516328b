using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names49, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class DescriptionsAfterOpeningsAndAppositionsTests
{
    // A name ending a phrase that opens the sentence with a preposition is that phrase's object; the description after its comma is the
    // sentence's subject, not an apposition giving the name a role: it is the person the article gives the role, else the recent subject.
    // (The governor case passes on main too: the recent subject holds the role there.)
    [TestCase("Ann Roe no longer recognises her old rival.\n\nIn an interview with radio hosts Tom Vance and Mira Holt, the Democratic presidential candidate stated that the port must stay open.", "the Democratic presidential candidate", "Ann Roe")]
    [TestCase("Sen. Ann Roe spoke at the harbour on Monday.\n\nLike Tom Vance, the senator opposes the new toll on the ferries.", "the senator", "Ann Roe")]
    [TestCase("Ann Roe was in Dover on Friday.\n\nAt a rally with the singer Mira Holt, the Republican nominee said that the port would grow.", "the Republican nominee", "Ann Roe")]
    [TestCase("Gov. Ann Roe toured the docks on Monday.\n\nDuring a long dinner with Tom Vance, the governor promised that the toll would fall.", "the governor", "Ann Roe")]
    public void Description_AfterAnOpeningPhrasesObject_IsNotThatObject(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }

    // Guards: an apposition closed by a second comma inside the opening phrase gives its role ("After meeting Mira Holt, the mayor, ..."),
    // and so does one after a name that opens the sentence itself.
    [TestCase("Ann Roe toured the docks on Monday.\n\nAfter meeting Mira Holt, the mayor, on Tuesday, Roe left the town. Later the mayor said the toll would fall.", "the mayor", "Mira Holt")]
    [TestCase("Ann Roe toured the docks on Monday.\n\nMira Holt, the mayor, met her on Tuesday. “The toll will fall,” the mayor said.", "the mayor", "Mira Holt")]
    public void Description_AfterAClosedApposition_IsTheApposedName(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }

    // "who" after a description that names no one by itself but ends an apposition to a person's name is that person.
    [TestCase("The ferry vote split the caucus.\n\nRep. Jared Holm, a harbour caucus member who now wants the toll removed, said he had heard the account.", "Jared Holm")]
    [TestCase("Support for the toll is thin here. Peter Lind, the billionaire shipping maverick who backed the last mayor with millions, has stayed silent.", "Peter Lind")]
    [TestCase("The fund raised money from other donors, among them Robert Vane, a longtime harbour donor who backs Ms. Roe.", "Robert Vane")]
    [TestCase("The ferry line spent little on ads. Tom Vance, the property magnate who has held a wide lead in the surveys, spent even less.", "Tom Vance")]
    [TestCase("Ivo Quist ran the numbers. Quist, a Delmar native who paints landscapes in his spare time, joined the campaign in June.", "Ivo Quist")]
    public void Who_AfterADescriptionApposedToAName_IsThatName(string text, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "who");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: the apposition closed before a cue verb ("..., said the party ignored the women who"), a plural ("pilots"): not the name.
    [TestCase("Ann Roe, a harbour strategist, said the party ignored the women who complained about the toll.")]
    [TestCase("Tom Vance, a friend of the harbour pilots who oppose the toll, spoke on Monday.")]
    public void Who_AfterNoApposedDescription_IsNotTheName(string text)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "who");

        Assert.That(resolved.Name, Is.Not.EqualTo(text.StartsWith("Ann", StringComparison.Ordinal) ? "Ann Roe" : "Tom Vance"));
    }
}
