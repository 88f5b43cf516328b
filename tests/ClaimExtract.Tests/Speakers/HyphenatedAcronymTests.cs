namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames119, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// An organisation's acronym is spelt out by the one hyphenated name the article writes whose parts' initials are its letters
/// ("Hewlett-Packard" for HP), as by a run of capitalised words; not by a person's double-barrelled surname inside a longer name, and
/// not when two such names are written.
/// </summary>
public class HyphenatedAcronymTests
{
    // Fails on main (the acronym as written).
    [TestCase("She ran Dorner-Pike for six years. Under her, DP cut 3,000 jobs. In May, DP announced that the plant would close.", "DP", 2, "Dorner-Pike")]
    public void Acronym_IsTheHyphenatedName(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards: the hyphenated word inside a person's name; two hyphenated names with the same initials.
    [TestCase("Economist Ann Dorner-Pike spoke first. In May, DP announced that the plant would close.", "DP", 1, "Dorner-Pike")]
    [TestCase("She ran Dorner-Pike, then Dale-Porter. In May, DP announced that the plant would close.", "DP", 1, "Dorner-Pike")]
    [TestCase("She ran Dorner-Pike, then Dale-Porter. In May, DP announced that the plant would close.", "DP", 1, "Dale-Porter")]
    public void Acronym_Guards(string text, string mention, int occurrence, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Not.EqualTo(notName));
}
