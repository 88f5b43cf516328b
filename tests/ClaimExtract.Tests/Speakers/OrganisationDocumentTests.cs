using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names57, on texts written for these tests: a document of a named organisation ("the Brandt Policy Institute analysis shows")
/// is the organisation's word, and "the newspaper" with no organisation written as a subject near it is the newspaper an earlier "a ...
/// newspaper" was (the next sentence's opening name). The resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class OrganisationDocumentTests
{
    [TestCase("Turnout rose in the spring, according to a study by the Brandt Policy Institute.\n\nMore than a fifth of voters took part, the Brandt Policy Institute analysis shows.", "the Brandt Policy Institute analysis", "Brandt Policy Institute")]
    [TestCase("Spending broke records in March. A KVLR analysis found that the two campaigns spent $40 million on television.", "A KVLR analysis", "KVLR")]
    [TestCase("The Harlow Research Center released its figures on Monday. Wages fell, another Harlow study found.", "another Harlow study", "Harlow Research Center")]
    [TestCase("The state's jobs fell in 2014. A 2015 Labor Department report said that wages rose again.", "A 2015 Labor Department report", "Labor Department")]
    public void DocumentOfANamedOrganisation_IsTheOrganisation(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: a person's or a party's document, a place's, a month's, a capitalised common word, a possessive owner, a number: no
    // organisation's name.
    [TestCase("Ann Roe spoke in Dayton on Friday. One Roe ad says the mill will reopen.", "One Roe ad", "Roe")]
    [TestCase("Voters were split. Some GOP figures say the race is lost.", "Some GOP figures", "GOP")]
    [TestCase("The storm hit Dayton on Friday. A Dayton report said the mill would close.", "A Dayton report", "Dayton")]
    [TestCase("Support fell in the summer. A June poll showed Roe ahead.", "A June poll", "June")]
    [TestCase("Support fell in the summer. Recent polling shows Roe ahead.", "Recent polling", "Recent")]
    [TestCase("Support fell in the summer. The new 50-state poll shows Roe ahead.", "The new 50-state poll", "50-state")]
    [TestCase("The school’s Facebook post said classes would resume.", "The school’s Facebook post", "Facebook")]
    public void DocumentWithoutANamedOrganisation_IsNotNamedByItsModifier(string text, string mention, string notName)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
    }

    private const string Newspaper =
        "A week after the floods, a Dayton newspaper called on Governor Ann Roe to visit the town.\n\n" +
        "The Courier had chided Roe on Monday for staying in the capital.\n\n" +
        "Roe said she would visit later. That did not sit well with the editors of the Courier, who wrote again on Friday.\n\n" +
        "“She should come now,” the editorial read.\n\n" +
        "The newspaper said that the damage was the worst in years.\n\n";

    [TestCase(Newspaper, "The newspaper", 1, "Courier")]
    [TestCase(Newspaper + "“The town needs help,” the newspaper wrote. “It cannot wait,” it added.", "it", 1, "Courier")]
    public void TheNewspaper_IsTheNewspaperAnEarlierDescriptionIntroduced(string text, string mention, int occurrence, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // Guards: an organisation written as a subject near it still wins; a description followed by no organisation's name gives none.
    [TestCase("A Dayton newspaper called on Roe to visit. The Courier had chided her.\n\nRoe stayed in the capital. Her aides met donors. She spoke on Friday.\n\nThe Sentinel said in a statement that it had sent reporters. The newspaper said its staff would stay.", "The newspaper", "Courier")]
    [TestCase("A Dayton newspaper called on Roe to visit. Roe said she would come later.\n\nShe stayed in the capital all week. Her aides met donors on Friday. The newspaper said the damage was the worst in years.", "The newspaper", "Roe")]
    public void TheNewspaper_OtherCases_AreNotTheEarlierDescription(string text, string mention, string notName)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
    }
}
