namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames120, on texts written for these tests: an acronym the article ties to its name by writing the two side by side ("the
/// Caldonian Farmers' League, or CFL", "Ministry of Farms, Water and Energy (MOFWE)", "the PVS, the Party of Free Citizens,"), when the
/// letters are not the name's initials, is named by that name, and so is a bare acronym the resolver ran on into an adjective before it
/// ("Eurosceptic CFL"). A list's next item after a comma, a name tied to two acronyms' worth of different names, and a longer name that
/// holds the acronym ("The Junge CFL") are not.
/// </summary>
public class AcronymTiesTests
{
    private const string League =
        "Voters went to the polls on Sunday. Back in 1998, the rural Caldonian Farmers' League, or CFL, started a drive for land reform. "
        + "In 2005, the Eurosceptic CFL fought the treaty. The CFL said the treaty would ruin farmers.";

    private const string Ministry =
        "Caldonia's Ministry of Farms, Water and Energy (MOFWE) has unveiled a plan to cut costs. The plan was welcomed. MOFWE said the plan would lower prices.";

    private const string Party =
        "In Caldonia, the PVS, the Party of Free Citizens, won 30 seats. The PVS said it would govern alone.";

    // Fail on main: "Eurosceptic CFL" (the adjective run into the acronym), "MOFWE" and "PVS" (no expansion by initials).
    [TestCase(League, "The CFL", "Caldonian Farmers' League")]
    [TestCase(Ministry, "MOFWE", "Ministry of Farms, Water and Energy")]
    [TestCase(Party, "The PVS", "Party of Free Citizens")]
    public void TiedAcronym_IsNamedByItsName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Branch speed120: the mention is read in place before it is split into words; a mention with two spaces inside ("The  CFL") is still
    // split as before, a possessive ("The CFL's") is read without it, and each tie shape is still read when the text writes it so.
    [TestCase("Farmers met in the old hall. Back in 1998, the Caldonian Farmers' League, or CFL, began. The  CFL said the treaty would ruin farmers.", "The  CFL", "Caldonian Farmers' League")]
    [TestCase("Farmers met in the old hall. The Caldonian Farmers' League (or CFL) began in 1998. The CFL's leader said the treaty would ruin farmers.", "The CFL's", "Caldonian Farmers' League")]
    [TestCase("Farmers met in the old hall. In 1998 the CFL, the Caldonian Farmers' League, began. The CFL said the treaty would ruin farmers.", "The CFL", "Caldonian Farmers' League")]
    public void TiedAcronym_IsNamedWhateverItsSpacingOrShape(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards: a list's next item after the acronym ("the DOJ, AG Roe, and Deputy AG Ann Lee"); the same letters tied to two names; a longer
    // name that holds the acronym (the youth wing "Junge CFL" is not the party).
    [TestCase("Roe sued Obama's DOJ, AG Lynn Roe, and Deputy Assistant AG Ann Lee. The DOJ said the suit had no merit.", "The DOJ", "Deputy Assistant AG Ann Lee")]
    [TestCase("The Party of Free Citizens (PVS) met in May. The Pension Union of Sarn (PVS) met in June. The PVS said it would win.", "The PVS", "Party of Free Citizens")]
    [TestCase("The Party of Free Citizens (PVS) met in May. The Pension Union of Sarn (PVS) met in June. The PVS said it would win.", "The PVS", "Pension Union of Sarn")]
    [TestCase(League + " The Junge CFL said it would march.", "The Junge CFL", "Caldonian Farmers' League")]
    public void TiedAcronym_Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
}
