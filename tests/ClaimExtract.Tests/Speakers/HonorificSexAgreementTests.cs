using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names80, on texts written for these tests: an honorific's sex ("Mr." a man; "Mrs.", "Ms.", "Miss" a woman) must agree with the
/// full name a surname after it resolves to, as the article shows that person's sex (the first name's clear majority in
/// <see cref="FirstNameGender"/>, else the article's pronouns). Another person of the surname who agrees is taken; with none, the
/// surname alone, as for a person the article never names in full. The resolver is given the mention directly
/// (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class HonorificSexAgreementTests
{
    // Only the other sex's full name is known: the surname alone.
    [TestCase("Margaret Holloway opened the library on Monday. Mr. Holloway said the town had waited long enough.", "Mr. Holloway", "Holloway")]
    [TestCase("Gerald Pruitt chairs the port board. Mrs. Pruitt said the vote would be close.", "Mrs. Pruitt", "Pruitt")]
    [TestCase("Gerald Pruitt chairs the port board. Ms. Pruitt said the vote would be close.", "Ms. Pruitt", "Pruitt")]
    // A shared surname: the person of the honorific's sex, whoever was named last.
    [TestCase("Daniel Okafor and his sister, Grace Okafor, run the bakery. Grace Okafor bakes. Mr. Okafor said the rent had doubled.", "Mr. Okafor", "Daniel Okafor")]
    [TestCase("Susan Whitcombe met the mayor. Later Robert Whitcombe joined the talks. Mrs. Whitcombe said the deal was fair.", "Mrs. Whitcombe", "Susan Whitcombe")]
    // A neutral first name: the article's pronouns show the sex.
    [TestCase("Jordan Ellery runs the clinic. She opened it in 2009 and she still works nights. Mr. Ellery said the clinic was full.", "Mr. Ellery", "Ellery")]
    [TestCase("On the right, Carla Dunmore, the author, led the fight. Mr. Dunmore called the plan a fraud.", "Mr. Dunmore", "Dunmore")]
    [TestCase("Secretary of State Harold Vesey met the envoy for two hours. Ms. Vesey said talks would go on. “The talks will go on,” Ms. Vesey said.", "Ms. Vesey", "Vesey", 2)]
    [TestCase("Secretary of State Harold Vesey met the envoy for two hours. Ms. Vesey said talks would go on.", "Ms. Vesey", "Vesey")]
    // A middle initial: the surname alone, not "H. Chipley".
    [TestCase("Paul H. Chipley runs the firm in Tulsa. Ms. Chipley said the firm would grow.", "Ms. Chipley", "Chipley")]
    [TestCase("“Some firms adapt,” said Paul H. Chipley, a lawyer in Tulsa. “They will pay more,” Ms. Chipley said.", "Ms. Chipley", "Chipley")]
    // A capitalised run ending in the surname is no person of unknown sex to fall back on.
    [TestCase("Senators Pruitt and Vale spoke. Gerald Pruitt chairs the port board. Ms. Pruitt said the vote would be close.", "Ms. Pruitt", "Pruitt")]
    // The mention holds the surname alone, the honorific written right before it.
    [TestCase("Secretary of State Harold Vesey met the envoy for two hours. Ms. Vesey said talks would go on.", "Vesey", "Vesey", 2)]
    public void Honorific_DoesNotResolveToAFullNameOfTheOtherSex(string text, string mention, string name, int occurrence = 1) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards: the honorific agrees (a man's name, a woman's name, a neutral name with no pronoun), a name written surname first ("Mr. Lou"
    // of "Lou Jiwei": no given name to read), a surname after no honorific.
    [TestCase("Margaret Holloway opened the library on Monday. Mrs. Holloway said the town had waited long enough.", "Mrs. Holloway", "Margaret Holloway")]
    [TestCase("Gerald Pruitt chairs the port board. Mr. Pruitt said the vote would be close.", "Mr. Pruitt", "Gerald Pruitt")]
    [TestCase("Jordan Ellery runs the clinic. Ms. Ellery said the clinic was full.", "Ms. Ellery", "Jordan Ellery")]
    [TestCase("The finance minister, Lou Jiwei, spoke on Monday. Mr. Lou said the tariffs would stay.", "Mr. Lou", "Lou Jiwei")]
    [TestCase("Margaret Holloway opened the library on Monday. Holloway said the town had waited long enough.", "Holloway", "Margaret Holloway")]
    // "Miss" is no title of the lexicon: the mention is kept as written, never the man's name.
    [TestCase("Gerald Pruitt chairs the port board. Miss Pruitt said the vote would be close.", "Miss Pruitt", "Miss Pruitt")]
    // A person never named in full: the surname alone, as before.
    [TestCase("The port board met on Monday. Mr. Holloway said the town had waited long enough.", "Mr. Holloway", "Holloway")]
    [TestCase("Secretary of State Harold Vesey met the envoy for two hours. Mr. Vesey said talks would go on.", "Vesey", "Harold Vesey", 2)]
    public void Honorific_ThatAgrees_IsUnchanged(string text, string mention, string name, int occurrence = 1) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
