using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names110, on texts written for these tests: a role title written before a surname alone ("President Holloway") names the
/// person the article's honorifics of the other sex name ("Mr. Holloway"), not the one full name of that surname whose sex they decline
/// (Margaret Holloway), when the article writes no honorific of her sex before the surname or writes the titled surname before it first
/// names her. The role's description ("The president") follows, since the role is read off the titled mention. The resolver is given
/// the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class TitledSurnameAgreementTests
{
    // Only "Mr." before the surname, only a woman of that surname named in full: the titled surname is the surname alone, and so is
    // the description of its role.
    [TestCase("Margaret Holloway opened the library on Monday. President Holloway signed the bill. Mr. Holloway spoke for an hour. The president said the town had waited long enough.", "The president", "Holloway")]
    [TestCase("Margaret Holloway opened the library on Monday. President Holloway signed the bill. Mr. Holloway spoke for an hour. The president said the town had waited long enough.", "President Holloway", "Holloway")]
    [TestCase("Gerald Pruitt chairs the port board. Mayor Pruitt opened the fair. Mrs. Pruitt spoke for an hour. The mayor said the vote would be close.", "The mayor", "Pruitt")]
    // "Mrs." written too, but the titled surname comes before the woman is first named: the man "Mr." names.
    [TestCase("President Holloway signed the bill. Mr. Holloway and his wife, Margaret Holloway, hosted the dinner. Mrs. Holloway greeted the guests. The president said the town had waited long enough.", "The president", "Holloway")]
    public void TitledSurname_AgreesWithTheHonorificsOfTheArticle(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards: no honorific at all; an honorific that agrees with the full name; both honorifics and the woman named first (news style
    // names a person in full before "Mrs." or a title); a title of her own sex; the man named in full as well (the index's shared-surname
    // rules already give the titled surname to him, before this rule as after it).
    [TestCase("Margaret Holloway opened the library on Monday. President Holloway signed the bill. The president said the town had waited long enough.", "The president", "Margaret Holloway")]
    [TestCase("Gerald Pruitt chairs the port board. Mayor Pruitt opened the fair. Mr. Pruitt spoke for an hour. The mayor said the vote would be close.", "The mayor", "Gerald Pruitt")]
    [TestCase("Margaret Holloway opened the library on Monday. President Holloway signed the bill. Mrs. Holloway and Mr. Holloway spoke for an hour. The president said the town had waited long enough.", "The president", "Margaret Holloway")]
    [TestCase("Daniel Holloway and Margaret Holloway run the inn. Margaret Holloway cooks. President Holloway signed the bill. Mr. Holloway spoke for an hour. The president said the town had waited long enough.", "The president", "Daniel Holloway")]
    [TestCase("Margaret Holloway opened the library on Monday. Congresswoman Holloway signed the bill. Mr. Holloway spoke for an hour. The congresswoman said the town had waited long enough.", "The congresswoman", "Margaret Holloway")]
    public void TitledSurname_WithNoDisagreement_IsUnchanged(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
}
