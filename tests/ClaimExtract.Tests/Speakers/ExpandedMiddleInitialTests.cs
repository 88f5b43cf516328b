namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch persons119, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// name written with a middle initial ("Anna R. Kell") and the same name with a middle name of that letter ("Anna Rose Kell") are one
/// person, named by the form with the middle name written out (data/names/GUIDE.md: the article's fullest form), however often the page
/// writes the initial.
/// </summary>
public class ExpandedMiddleInitialTests
{
    // The second and third fail on main (the form with the initial: of two forms of three words, the first was kept); the surname alone
    // was the form written out on main already, and stays so.
    [TestCase("The poet Anna R. Kell wrote four novels. Anna Rose Kell was born in Ohio in 1950. Kell said the last book was the hardest.", "Kell", 3, "Anna Rose Kell")]
    [TestCase("The poet Anna R. Kell wrote four novels. Anna Rose Kell was born in Ohio in 1950. Anna R. Kell said the last book was the hardest.", "Anna R. Kell", 2, "Anna Rose Kell")]
    [TestCase("The poet Anna R. Kell wrote four novels. Anna Rose Kell was born in Ohio in 1950. Anna Kell said the last book was the hardest.", "Anna Kell", 1, "Anna Rose Kell")]
    public void Name_WithAMiddleInitial_IsTheFormThatWritesTheMiddleNameOut(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: another letter is another middle name ("Anna B. Kell" is not "Anna Rose Kell"); another given name is
    // another person; a form written only inside a quotation does not replace the article's own; an initial alone stays as written.
    [TestCase("The poet Anna B. Kell wrote four novels. Anna Rose Kell was born in Ohio in 1950. Anna B. Kell said the last book was the hardest.", "Anna B. Kell", 2, "Anna B. Kell")]
    [TestCase("The poet Anna R. Kell wrote four novels. Rita Rose Kell was born in Ohio in 1950. Anna R. Kell said the last book was the hardest.", "Anna R. Kell", 2, "Anna R. Kell")]
    [TestCase("The poet Anna R. Kell wrote four novels. “Anna Rose Kell is my hero,” a reader wrote. Anna R. Kell said the last book was the hardest.", "Anna R. Kell", 2, "Anna R. Kell")]
    [TestCase("The poet Anna R. Kell wrote four novels. She was born in Ohio in 1950. Kell said the last book was the hardest.", "Kell", 2, "Anna R. Kell")]
    public void Name_WithAMiddleInitial_Guards(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
