namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames117, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// surname of two words whose first word is also a given name ("Rose Keller" after "Marta Rose Keller") is the one longer name written
/// before it that ends with it.
/// </summary>
public class TwoWordSurnameTests
{
    // Fail on main (the two words as written).
    [TestCase("Warden Marta Rose Keller spoke to the panel on Tuesday. Rose Keller said the staff were short.", "Rose Keller", 2, "Marta Rose Keller")]
    [TestCase("Ana Lee Tanaka opened the clinic in May. Later, Lee Tanaka said the wait had halved.", "Lee Tanaka", 2, "Ana Lee Tanaka")]
    public void TwoWordSurname_IsTheLongerNameWrittenBefore(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: two longer names end with the two words (no guess between them); a first word the article writes in lower
    // case ("will") opens no name.
    [TestCase("Ana Lee Tanaka and Mia Lee Tanaka ran the clinic together. Lee Tanaka said the wait had halved.", "Lee Tanaka", 3, "Lee Tanaka")]
    [TestCase("Will Rose Keller stay on as warden? The board will decide in May. Rose Keller said the staff were short.", "Rose Keller", 2, "Rose Keller")]
    public void TwoWordSurname_Guards(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
