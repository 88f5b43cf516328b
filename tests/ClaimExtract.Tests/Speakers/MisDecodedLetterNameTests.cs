namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names60, on texts written for these tests: a name whose accented letter was written in UTF-8 and read as Latin-1 ("Muñoz" as
/// "MuÃ±oz", the "Ã" precomposed or an "A" with a combining tilde) is one name, not cut at the sign ("MuÃ" and "Ortega"). The resolver
/// is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class MisDecodedLetterNameTests
{
    private const string Precomposed =
        "The mayor, RamÃ³n MuÃ±oz Ortega, opened the new bridge on Monday.\n\n" +
        "“It will carry trucks by June,” he said.\n\n" +
        "Ortega said the city paid for half of it.\n\n";

    // The same text with each "Ã" written as "A" and a combining tilde.
    private static readonly string Decomposed = Precomposed.Replace("Ã", "A\u0303", StringComparison.Ordinal);

    private const string LastWord =
        "The council met on Tuesday. Its chair, InÃ©s PeÃ±a, asked for a vote.\n\n" +
        "PeÃ±a said the budget was late.\n\n";

    [TestCase(Precomposed, "he", "RamÃ³n MuÃ±oz Ortega")]
    [TestCase(Precomposed, "Ortega", "RamÃ³n MuÃ±oz Ortega", 2)]
    [TestCase(LastWord, "PeÃ±a", "InÃ©s PeÃ±a", 2)]
    public void MisDecodedLetter_IsPartOfTheName(string text, string mention, string name, int occurrence = 1)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    [TestCase("he", "RamA\u0303³n MuA\u0303±oz Ortega", 1)]
    [TestCase("Ortega", "RamA\u0303³n MuA\u0303±oz Ortega", 2)]
    public void MisDecodedLetterWithACombiningTilde_IsPartOfTheName(string mention, string name, int occurrence)
    {
        Assert.That(NameResolutionRulesTests.Resolve(Decomposed, mention, occurrence).Name, Is.EqualTo(name));
    }

    // Guards: a name with no such letter, a sign after a word with no "Ã" before it, an "Ã" ending a word before a space.
    [TestCase("The mayor, Ana Ruiz Ortega, opened the bridge on Monday.\n\nOrtega said the city paid for half of it.", "Ortega", 2, "Ana Ruiz Ortega")]
    [TestCase("The mayor, Ana Ruiz, opened the bridge on Monday. She said the span was 30±2 meters.\n\nRuiz said the city paid for it.", "Ruiz", 2, "Ana Ruiz")]
    [TestCase("The mayor, Ana SÃ Ruiz, opened the bridge on Monday.\n\nRuiz said the city paid for half of it.", "Ruiz", 2, "Ana SÃ Ruiz")]
    public void OtherNames_AreUnchanged(string text, string mention, int occurrence, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }
}
