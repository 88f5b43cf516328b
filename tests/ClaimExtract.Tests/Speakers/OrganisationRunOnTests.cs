using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch runon119, on texts written for these tests: an organisation's name is not run on into the words after it, nor kept with a
/// modifier before it. A lower-case word ("state-run", "privately held") opens no organisation's name; the capitalised words after an
/// organisation's possessive ("ZNSA's Delta Flight Center") are a thing the organisation owns, not the rest of its name; nor are the
/// capitalised words after a name that the article also writes alone ("Korvex Zephyr ... the Zephyr": a product of Korvex).
/// </summary>
public class OrganisationRunOnTests
{
    // Fail on main: the lower-case modifier was kept in the name.
    [TestCase("Two farmers were fined on Monday, according to the state-run Kelvar News Agency.", "the state-run Kelvar News Agency", "Kelvar News Agency")]
    [TestCase("Two farmers were fined on Monday, the state-owned Kelvar Broadcasting Corporation reported.", "the state-owned Kelvar Broadcasting Corporation", "Kelvar Broadcasting Corporation")]
    public void LowerCaseModifier_IsNoPartOfTheName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards: the name as written, with no modifier before it, and a name with a lower-case word inside it.
    [TestCase("Two farmers were fined on Monday, according to the Kelvar News Agency.", "the Kelvar News Agency", "Kelvar News Agency")]
    [TestCase("Rates will stay where they are, according to the Bank of Tarvonia.", "the Bank of Tarvonia", "Bank of Tarvonia")]
    public void LowerCaseModifier_KeepsTheName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards, as on main: a description opened by a determiner, and a person of an organisation, are not cut to the capitalised words.
    [TestCase("\"The odds are long,\" said another leading Tarvonia Court advocate, Ann Roe.", "another leading Tarvonia Court", "Tarvonia Court")]
    [TestCase("Wages will rise by a third, according to calculations by Ann Roe of the Kelvar Institute of Labour.", "calculations by Ann Roe of the Kelvar Institute of Labour", "Ann Roe of the Kelvar Institute of Labour")]
    public void LowerCaseModifier_Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));

    // Fail on main: the name was run on into what follows its possessive ("ZNSA Delta Flight Center").
    [TestCase("A team at ZNSA's Delta Flight Center found ice on Pelion. The moon is a target in ZNSA's search for life, according to the agency.", "the agency", "ZNSA")]
    public void OwnersThing_IsNoPartOfTheName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guard: a longer name the article writes without a possessive is still the expansion.
    [TestCase("A team at the ZNSA Delta Flight Center found ice on Pelion. The moon is a target in ZNSA's search for life, according to the agency.", "the agency", "ZNSA Delta Flight Center")]
    [TestCase("A team at ZNSA's Delta Flight Center found ice on Pelion. The moon is a target in ZNSA's search for life, according to the center.", "the center", "Delta Flight Center")]
    public void OwnersThing_Guards(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Fail on main: "Korvex" was expanded into its product ("Korvex Zephyr"), which the article also writes alone.
    [TestCase("The Korvex Zephyr is a new phone. Reviewers like the Zephyr. Korvex says the battery lasts two days.", "Korvex", "Korvex")]
    public void ProductWrittenAlone_IsNoPartOfTheName(string text, string name, string expanded) =>
        Assert.That(Index(text).ExpandOrganization(name), Is.EqualTo(expanded));

    // Guards, as on main: a rest never written alone; a group of the organisation's members; a person's surname after a given name.
    [TestCase("The Korvex Holdings board met in May. Korvex says the battery lasts two days.", "Korvex", "Korvex Holdings")]
    [TestCase("The House Democrats met in May. Democrats said the bill would pass. House leaders agreed.", "House", "House Democrats")]
    [TestCase("Dale Rovan runs the shop. Rovan said the rent had doubled. Dale keeps the books.", "Dale", "Dale Rovan")]
    public void ProductWrittenAlone_Guards(string text, string name, string expanded) =>
        Assert.That(Index(text).ExpandOrganization(name), Is.EqualTo(expanded));

    private static EntityIndex Index(string text)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
        return EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted);
    }
}
