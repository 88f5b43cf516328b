namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames117, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// surname of two words whose first word is a boy's given name, after a woman's name of three words ending with it ("Dean Keller" after
/// "Marta Dean Keller"), or the other way round, is that longer name (CommonWordsBeforeNameTests keeps "Tom Oduya" after "Ray Tom Oduya").
/// </summary>
public class TwoWordSurnameTests
{
    // Fail on main (the two words as written).
    [TestCase("Warden Marta Dean Keller spoke to the panel on Tuesday. Dean Keller said the staff were short.", "Dean Keller", 2, "Marta Dean Keller")]
    [TestCase("Laura Kent Ross opened the clinic in May. Later, Kent Ross said the wait had halved.", "Kent Ross", 2, "Laura Kent Ross")]
    public void TwoWordSurname_IsTheLongerNameWrittenBefore(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: two longer names end with the two words (no guess between them); a first word the article writes in lower
    // case ("will") opens no name; two girls' names (a middle name, and perhaps a relative).
    [TestCase("Ana Dean Tanaka and Mia Dean Tanaka ran the clinic together. Dean Tanaka said the wait had halved.", "Dean Tanaka", 3, "Dean Tanaka")]
    [TestCase("Will Dean Keller stay on as warden? The board will decide in May. Dean Keller said the staff were short.", "Dean Keller", 2, "Dean Keller")]
    [TestCase("Ana Rose Keller opened the clinic in May. Rose Keller, her cousin, said the wait had halved.", "Rose Keller", 2, "Rose Keller")]
    public void TwoWordSurname_Guards(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
