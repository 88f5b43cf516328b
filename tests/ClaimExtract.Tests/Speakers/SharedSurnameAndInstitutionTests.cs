using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Name rules of branch speakers9, on short texts written for these tests (the resolver is given the mention directly): two people of
/// one surname told apart by "Mr."/"Mrs.", and institutions whose name holds a title word ("The Justice Department").
/// </summary>
public class SharedSurnameAndInstitutionTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    // Both honorifics before one surname: two people. The first "Mrs. X" is the one written in full nearest before it, and "Mr. X" the other,
    // however the pronouns after the (wrongly merged) mentions voted.
    [TestCase("In a year when Tom Lind's record faced scrutiny, Anna Lind is shaping the role of her husband. Mrs. Lind told voters that Mr. Lind would help. She said he would lead.", "Mrs. Lind", 1, "Anna Lind")]
    [TestCase("In a year when Tom Lind's record faced scrutiny, Anna Lind is shaping the role of her husband. Mrs. Lind told voters that Mr. Lind would help. She said he would lead.", "Mr. Lind", 1, "Tom Lind")]
    [TestCase("Anna Lind spoke first. Tom Lind spoke later. Mr. Lind said the race was close. Mrs. Lind agreed.", "Mr. Lind", 1, "Tom Lind")]
    [TestCase("Anna Lind spoke first. Tom Lind spoke later. Mr. Lind said the race was close. Mrs. Lind agreed.", "Mrs. Lind", 1, "Anna Lind")]
    // A gender noun before a full name decides before the order does ("Her husband, Saeed Abedini").
    [TestCase("The president called Nora Abedi. Her husband, Sami Abedi, was free. Mrs. Abedi wrote on Facebook. Mr. Abedi was flown home.", "Mrs. Abedi", 1, "Nora Abedi")]
    [TestCase("The president called Nora Abedi. Her husband, Sami Abedi, was free. Mrs. Abedi wrote on Facebook. Mr. Abedi was flown home.", "Mr. Abedi", 1, "Sami Abedi")]
    // Only one honorific for the surname: the rule before (pronoun agreement) stands.
    [TestCase("Anna Lind spoke in Ohio. She thanked her staff.\n\nTom Lind spoke later. He praised the crowd. Mr. Lind said the race was close.", "Mr. Lind", 1, "Tom Lind")]
    public void SharedSurname_TheHonorificTellsThePeopleApart(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // A capitalised institution noun at the end is an organisation, even after a title word ("Justice", "State").
    [TestCase("The Justice Department said on Monday that it would appeal.", "The Justice Department", "Justice Department")]
    [TestCase("The State Department said it had no comment.", "The State Department", "State Department")]
    [TestCase("The Justice Department's lawyers said it would appeal.", "The Justice Department's", "Justice Department")]
    [TestCase("Montclair State University said the talk would go ahead.", "Montclair State University", "Montclair State University")]
    public void InstitutionNoun_IsAnOrganisation(string text, string mention, string name)
    {
        var resolved = Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // "Justice" and "Bill" opening a name are a title and a first name, not an organisation word.
    [TestCase("Justice Scalia said the law was clear.", "Justice Scalia", "Scalia")]
    [TestCase("Bill Lind said the law was clear.", "Bill Lind", "Bill Lind")]
    public void TitleOrFirstNameThatIsAnOrganisationWord_IsAPerson(string text, string mention, string name)
    {
        var resolved = Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }
}
