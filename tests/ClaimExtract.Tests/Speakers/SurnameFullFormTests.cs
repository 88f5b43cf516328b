namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names102, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// run of capitals whose first word no one is given lends a one-word name its full form only where the article writes it as a name:
/// not a phrase written only inside quotation marks ("the app ''Caliphate Rivo''"), not a sentence's opening preposition or common word
/// run into the name ("Outside Dunmore's plant").
/// </summary>
public class SurnameFullFormTests
{
    // Fail on main (the one-word name took the longer run as its full name).
    [TestCase("Rivo, the chat app, said on Monday that it had closed 900 accounts. Users mocked it as “Caliphate Rivo” in their posts. Rivo said it would hire more reviewers.", "Rivo", 2, "Rivo")]
    [TestCase("Dunmore, the furniture maker, said on Monday that it would move its plant to Mexico.\n\nOutside Dunmore's plant on Elm Road, the pickets stood in the rain. Dunmore said the plant would close in May.", "Dunmore", 3, "Dunmore")]
    [TestCase("Halvorsen, the insurer, said it had lost the files.\n\nInside Halvorsen's office, the phones kept ringing. Halvorsen said the firm would answer every call.", "Halvorsen", 3, "Halvorsen")]
    public void LongerRunThatIsNoName_LendsNothing(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a given name opens a full name inside quotation marks too; a name written outside quotation marks lends its
    // full form though its first word is no given name the table knows, also opening a sentence.
    [TestCase("“We trust Ann Velko to fix this,” the mayor said. Velko said the bridge would open in June.", "Velko", 1, "Ann Velko")]
    [TestCase("Quorin Talbeck said the vote was close. Talbeck added that the count would take a week.", "Talbeck", 1, "Quorin Talbeck")]
    [TestCase("The board met on Monday, and Quorin Talbeck said the vote was close. Talbeck added that the count would take a week.", "Talbeck", 1, "Quorin Talbeck")]
    public void NameWrittenAsOne_LendsItsFullForm(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
