using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names40, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class OrganisationDescriptionByNounTests
{
    // "the" and lower-case words, with no organisation introduced in the sentence or the two before, are the organisation the article named
    // earlier with those words capitalised at the end of its name ("the nonpartisan Harbour Budget Office" → "the budget office").
    [TestCase("The nonpartisan Harbour Budget Office published its outlook on Monday. Deficits will grow. The mayor was silent. The band played on. The crowd sang.\n\nThe budget office said the gap would close by 2030.", "The budget office", 1, "Harbour Budget Office")]
    [TestCase("Figures from the National Kite Foundation show fewer sales. Shops are closing. The mayor was silent. The band played on. The crowd sang.\n\nSales will fall again, the foundation predicts.", "the foundation", 1, "National Kite Foundation")]
    [TestCase("Donors gave to the Ann and Tom Lind Foundation for years. Shops are closing. The mayor was silent. The band played on. The crowd sang.\n\nSo far, the foundation has refused to comment.", "the foundation", 1, "Ann and Tom Lind Foundation")]
    public void Description_IsTheOrganisationNamedWithItsNoun(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: another organisation with the noun introduced since ("the trade group"), a name that goes on after the noun ("Board of
    // Ports"), a mention that modifies a noun after it ("the committee chairmen"), a possessive ("the foundation's"), a description opening the text: no name.
    [TestCase("Kelp Group said it would leave the market. The mayor was silent. The band played on. Shops are closing.\n\nThis week the trade group for the ferries wrote to the mayor. The group wrote that prices must rise.", "The group")]
    [TestCase("The Harbour Board of Ports met on Monday. Shops are closing. The mayor was silent. The band played on. The crowd sang.\n\nThe board said fees would rise.", "The board")]
    [TestCase("The Harbour Safety Committee met on Monday. Shops are closing. The mayor was silent. The band played on. The crowd sang.\n\n“Fees will rise,” the committee chairmen wrote.", "the committee")]
    [TestCase("Figures from the National Kite Foundation show fewer sales. Shops are closing. The mayor was silent. The band played on. The crowd sang.\n\nSales will fall again, the foundation's staff predict.", "the foundation's")]
    [TestCase("The company said on Monday that the ferry would run again.", "The company")]
    public void Description_WithNoOrganisationEndingInItsNoun_NamesNone(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.Null);
    }

    // "the company", "the group" after a sentence (this one or up to two before) that opens with an organisation as its subject, written
    // elsewhere in the article too, is that organisation ("Kelpware keeps its finances secret. The company says ...").
    [TestCase("The harbour maps are sold by Kelpware to ports and banks.\n\nKelpware keeps its own accounts private. The company says its staff has tripled.", "The company", "Kelpware")]
    [TestCase("The ferry strike went on for a week, backed by Harbour Workers United.\n\nHarbour Workers United issued a statement on Friday. “We stand with the crews,” the group said.", "the group", "Harbour Workers United")]
    public void Description_IsTheOrganisationOpeningARecentSentence(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: a word capitalised only for opening its sentence ("Fundraising"), a state, a person's surname ("Quist" of "Zorvan Quist", a given name the table does not hold): no name.
    [TestCase("Ivo Quist ran the campaign from a ferry office.\n\nFundraising, according to the campaign, has doubled.", "the campaign")]
    [TestCase("The race is close in the south.\n\nNorth Carolina is leaning toward the mayor. This was the change the party warned about.", "the party")]
    [TestCase("A teacher at the harbour school, Zorvan Quist, was paid $41,000 a year.\n\nQuist could not be reached at the harbour, but the foundation reported his salary.", "the foundation")]
    public void Description_AfterAnOpeningThatIsNoOrganisation_NamesNone(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.Null);
    }
}
