namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs122, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// An organisation's acronym that no run of words spells out is the one word the article writes alone at least twice that opens with
/// its first letter and holds its other letters in order ("Dornwerk" for DW); not a word written once, a word the article also writes in
/// lower case, a group of people, a person's surname, a US state, nor one of two such words; acronyms of two or three letters only.
/// </summary>
public class AcronymOfOneWordTests
{
    // Fail on main (the acronym as written).
    [TestCase("Dornwerk unveiled a long electric van on Monday. Analysts expect Dornwerk to sell it in Europe. DW says the van will reach the US next year.", "DW", 1, "Dornwerk")]
    [TestCase("The show opened with a van from Dornwerk. In the US, Dornwerk estimates a range of 300 miles. DW says it will build the van in Ohio.", "DW", 1, "Dornwerk")]
    public void Acronym_IsTheOneWordThatHoldsItsLetters(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards: the word written alone once; written in lower case too; a person's surname; a state; a group of people; four letters; two words.
    [TestCase("Dornwerk unveiled a long electric van on Monday. DW says the van will reach the US next year.", "DW", 1, "Dornwerk")]
    [TestCase("Wheels turn all night at the plant. Wheels are cheap now, and the wheels last. WH says the plant will close.", "WH", 1, "Wheels")]
    [TestCase("Senator Ann Cannon spoke on Monday. Cannon said no, and then Cannon left. CNN says the vote failed.", "CNN", 1, "Cannon")]
    [TestCase("Farmers are worried about Iowa this year. Iowa grows corn, and many call Iowa home. IA says the crop is late.", "IA", 1, "Iowa")]
    [TestCase("Loyalists marched on Monday. Police watched as Loyalists gathered. LS says the march was calm.", "LS", 1, "Loyalists")]
    [TestCase("Fighters took the town. The Islamists held it, and Islamists say more will come. ISIS says it will fight on.", "ISIS", 1, "Islamists")]
    [TestCase("Dornwerk and Dalwick unveiled vans on Monday. Analysts expect Dornwerk to sell more than Dalwick, though Dalwick is cheaper. DW says the van will reach the US.", "DW", 1, "Dornwerk")]
    public void Acronym_Guards(string text, string mention, int occurrence, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Not.EqualTo(notName));
}
