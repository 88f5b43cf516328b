using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch quirks123, on texts written for these tests: a full name written as the last conjunct of a list that opens its sentence is that
/// person, not the end of an apposition to the list's first name (SpeakerResolver.ListsLastConjunct.cs); and a clipped given name is the
/// person whose given name the article writes out with the same surname (EntityIndex.WrittenOutGivenNames.cs); a role owned by a country
/// the tables know is a role of a place, not the person the sentence named before it (SpeakerResolver.RoleOfACountry.cs).
/// </summary>
public class Quirks123RulesTests
{
    // The last conjunct after "and" or "or", over titles, writing a full name of its own: that person.
    [TestCase("Former harbour chief Tom Lusk called it silly. Lusk, Vance, Gov. Ben Hale of Delmar and Sen. Ann Lind of Kentucky all appeared on shows to tout their chances.", "Sen. Ann Lind", "Ann Lind")]
    [TestCase("Former harbour chief Tom Lusk called it silly. Lusk, Vance and Sen. Ann Lind of Kentucky all appeared on shows to tout their chances.", "Sen. Ann Lind", "Ann Lind")]
    [TestCase("Lusk, Vance, Gov. Ben Hale of Delmar and Sen. Ann Lind of Kentucky all appeared on shows to tout their chances.", "Sen. Ann Lind", "Ann Lind")]
    [TestCase("Ann Roe, Tom Vale and Sen. Ann Lind said the port would close.", "Sen. Ann Lind", "Ann Lind")]
    [TestCase("Ann Roe, Tom Vale or Gov. Ben Hale will speak first, the mayor said.", "Gov. Ben Hale", "Ben Hale")]
    public void FullName_EndingAList_IsItsOwnPerson(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // Guards: an apposition that holds "and" inside it is still the opening person's, and so is one opening after a comma with no name.
    [TestCase("Ann Roe, an aide to Tom Lind and Sen. Ann Vale, said the port would close.", "an aide to Tom Lind and Sen. Ann Vale", "Ann Roe")]
    [TestCase("Ann Roe, a lawyer for the harbour board, said the port would close.", "a lawyer for the harbour board", "Ann Roe")]
    public void Apposition_StaysTheOpeningPersons(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A clipped given name and its written-out form with one surname: one person, by the written-out form, whichever comes first.
    [TestCase("Ken Vale praises the port.\n\nKenneth Vale, the counsel, spoke on Monday. Vale said the port was fine. Ann Roe agreed. The dock was busy. Vale said it would grow.", "Vale", 3, "Kenneth Vale")]
    [TestCase("Ken Vale praises the port.\n\nKenneth Vale, the counsel, spoke on Monday. Vale said the port was fine.", "Ken Vale", 1, "Kenneth Vale")]
    [TestCase("Chris Lind spoke at the dock. Christopher Lind agreed with the plan. Lind said so.", "Lind", 3, "Christopher Lind")]
    [TestCase("Kenneth Vale spoke at the dock. Ken Vale agreed with the plan. Vale said so.", "Vale", 3, "Kenneth Vale")]
    public void ClippedGivenName_IsTheWrittenOutForm(string text, string mention, int occurrence, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // Guards: two given names neither of which opens the other, a clipped form of two letters, one letter more, or the other sex: two people.
    [TestCase("Ann Vale spoke at the dock. Anna Vale agreed with the plan. Ann Vale said so.", "Ann Vale", 2, "Ann Vale")]
    [TestCase("Tom Vale spoke at the dock. Thomas Vale agreed with the plan. Tom Vale said so.", "Tom Vale", 2, "Tom Vale")]
    [TestCase("Max Vale spoke at the dock. Maxine Vale agreed with the plan. Max Vale said so.", "Max Vale", 2, "Max Vale")]
    [TestCase("Eric Vale spoke at the dock. Erica Vale agreed with the plan. Eric Vale said so.", "Eric Vale", 2, "Eric Vale")]
    [TestCase("Jo Vale spoke at the dock. Joan Vale agreed with the plan. Jo Vale said so.", "Jo Vale", 2, "Jo Vale")]
    public void OtherGivenNames_StayApart(string text, string mention, int occurrence, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // A country's role with no holder the article ties to that country: someone the article does not name, not the person named before it.
    [TestCase("The house will become a library, Tom Lusk said. Austria's interior minister told reporters the plan was good.", "Austria's interior minister")]
    [TestCase("The house where Tom Lusk was born will become a library, Kenya's finance minister told reporters late in the week.", "Kenya's finance minister")]
    [TestCase("Ann Roe opened the dock on Monday. Ohio's governor said the port would grow.", "Ohio's governor")]
    public void CountrysRole_WithNoHolder_IsUnnamed(string text, string mention)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Null);
    }

    // The holder the article gives the country's role is still that person.
    [TestCase("Ohio Gov. Ann Roe opened the dock on Monday. Tom Lusk watched. Ohio's governor said the port would grow.", "Ohio's governor", "Ann Roe")]
    public void CountrysRole_WithAHolder_IsTheHolder(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
