namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names101, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// surname alone is the article's fullest form of it even where that form stands where the index reads no names: a line in title case
/// ("Greta Holm Opened Up About Her Years At Sea") or a transcript's speaker label in capitals ("TOM LIND:").
/// </summary>
public class FullerFormWrittenTests
{
    // Fail on main (the surname as written).
    [TestCase("1\nGreta Holm Opened Up About Her Years At Sea.\n\nDuring a radio interview in May, the sailor was asked about the storm. Holm said the crew had been lucky.", "Holm", 2, "Greta Holm")]
    [TestCase("Video Transcript:\n\nTOM LIND: Why not vote?\n\nANN ROE: The bill is not ready.\n\nLIND: When will it be?\n\nROE: Next week.", "LIND", 2, "TOM LIND")]
    [TestCase("Marta Lindqvist Won The Harbour Race Again.\n\nThe race ran for three days. Lindqvist told reporters the wind had helped.", "Lindqvist", 2, "Marta Lindqvist")]
    public void Surname_TakesTheFullFormWrittenWhereTheIndexReadsNoNames(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: two given names before the surname in a title-case line ("Jeb Holm", "Greta Holm"): no answer, the word
    // stays; a given name the article also writes in lower case ("will") is a common word, not a given name; a full name in ordinary
    // prose was the index's own answer already, and so was a name of three capitals or fewer ("ANN ROE", read as a name, not an acronym).
    [TestCase("Greta Holm And Jeb Holm Sailed Around The World.\n\nThe trip took a year. Holm said the boat had held.", "Holm", 3, "Holm")]
    [TestCase("Critics Say Will Holm Wrecks The Harbour Plan.\n\nThe board will vote on Monday. Holm said the plan was sound.", "Holm", 2, "Holm")]
    [TestCase("Greta Holm sailed around the world last year. Holm said the boat had held.", "Holm", 2, "Greta Holm")]
    [TestCase("Video Transcript:\n\nTOM LIND: Why not vote?\n\nANN ROE: The bill is not ready.\n\nLIND: When will it be?\n\nROE: Next week.", "ROE", 2, "ANN ROE")]
    public void Surname_FullerForm_Guards(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
