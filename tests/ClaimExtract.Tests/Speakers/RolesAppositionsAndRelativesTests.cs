using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names29, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part. A mention cut inside a longer role with a name apposed after it ("Acme's chief| human resources officer,
/// Tom Lind, told") took the recent subject; "Sen. Ann Roe of Ohio" was an organisation named by the whole run, and "who" after her long
/// apposition ("the senior Green on the Senate Harbour Committee, who") the committee; the writer's "my editor", an indefinite
/// predicate of a relative ("who had been a law student") and an indefinite apposed to a name followed by a sentence with a new
/// subject took someone else; "who" after "the editors of The Gazette" was the newspaper, and "who" after a predicate noun ("Roe is a
/// liar and bully who") nobody.
/// </summary>
public class RolesAppositionsAndRelativesTests
{
    private const string Opening = "Mark Hale ran the port for ten years and hired most of its staff.\n\n";

    [TestCase(Opening + "“The harbour will reopen before the summer,” Acme's chief human resources officer, Tom Lind, told reporters.", "Acme's chief", "Tom Lind")]
    [TestCase(Opening + "“The harbour will reopen before the summer,” the firm's chief legal officer, Ann Roe, said on Monday.", "the firm's chief", "Ann Roe")]
    [TestCase(Opening + "The harbour will reopen before the summer, said Sen. Ann Roe of Ohio.", "Sen. Ann Roe of Ohio", "Ann Roe")]
    [TestCase(Opening + "It was backed by Sen. Ann Roe of Ohio, the senior Green on the Senate Harbour Committee, who said the harbour will reopen.", "who", "Ann Roe")]
    [TestCase("The company replied in a letter, written by Tom Lind, a vice president for public affairs, that the harbour will reopen. In a call, Mayor Mark Hale said he agreed.", "a vice president", "Tom Lind")]
    [TestCase("Editor’s note: Tom Lind is a serial liar, braggart and bully who has said the harbour will reopen before the summer.", "who", "Tom Lind")]
    public void RoleOrRelativeOfANamedPerson_IsThatPerson(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    [TestCase(Opening + "I wrote about him often. My editor at the time said the harbour will reopen before the summer.", "editor")]
    [TestCase(Opening + "“The harbour will reopen before the summer,” our pollster told us.", "our pollster")]
    [TestCase("Mark Hale spoke at the town hall on Monday. A tall man who had been a law student in Ohio asked Hale about the harbour.", "a law student")]
    public void WritersRoleOrPredicateOfAnUnnamedPerson_NamesNobody(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, SpeakerKind.Person)));
    }

    // "A Treasury spokesman said ... . In a call, Treasury Secretary Ann Lee said": the next sentence's new subject, written with a role of
    // its own, is someone else.
    [TestCase("Ships wait in the bay. A Harbour Board spokesman said the harbour will reopen before the summer. In a call, Harbour Board Chairman Tom Lind said the works were late.", "A Harbour Board spokesman")]
    [TestCase("Ships wait in the bay. “The harbour will reopen before the summer,” said a longtime port official. But Tom Lind, a senior harbour pilot, disagreed with the plan.", "a longtime port official")]
    public void IndefiniteBeforeASubjectWithAnotherRole_NamesNobody(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, SpeakerKind.Person)));
    }

    // Guards: a new subject written with no role, with ranks only, or with the same role noun.
    [TestCase("Ships wait in the bay. A top Acme adviser says the harbour will reopen before the summer. Tom Lind spoke to reporters after a meeting.", "A top Acme adviser")]
    [TestCase("Ships wait in the bay, among them a career Army officer who said the harbour will reopen.\n\nLt. Col. Tom Lind told the panel it was his job.", "a career Army officer")]
    [TestCase("Ships wait in the bay. A port spokesman said the harbour will reopen before the summer. Tom Lind, a spokesman for the port since May, spoke after the meeting.", "A port spokesman")]
    public void IndefiniteBeforeANewSubject_IsThatSubject(string text, string mention)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)"Tom Lind", SpeakerKind.Person)));
    }

    // A political action committee is an organisation, named as the article names it: "Harbour Solutions PAC" was a person named
    // "Solutions PAC"; "Rise for Harbours, a super PAC backing ..." and "the super PAC" were persons named by another PAC or "the super PAC".
    [TestCase("Ann Roe visited the port on Monday. Harbour Solutions PAC said the harbour will reopen before the summer.", "Harbour Solutions PAC", 1, "Harbour Solutions PAC")]
    [TestCase("Ann Roe visited the port on Monday. Harbour Solutions PAC spent $2 million on ads.\n\nRise for Harbours, a super PAC backing Ann Roe, said the harbour will reopen.", "a super PAC", 1, "Rise for Harbours")]
    [TestCase("Ann Roe visited the port on Monday. Harbour Solutions PAC spent $2 million on ads. The group's leader spoke on Monday. Later the super PAC said the harbour will reopen.", "the super PAC", 1, "Harbour Solutions PAC")]
    [TestCase("Ann Roe visited the port on Monday. A super PAC backing Ann Roe said the harbour will reopen before the summer.", "A super PAC", 1, null)]
    public void PoliticalActionCommittee_IsAnOrganisation(string text, string mention, int occurrence, string? name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo((name, SpeakerKind.Organization)));
    }

    [Test]
    public void WhoAfterPeopleOfAnOrganisation_IsThosePeople()
    {
        var text = "Mark Hale visited the port on Monday.\n\nThat did not sit well with the editors of The Harbour Gazette, who said the harbour will reopen.";

        var resolved = NameResolutionRulesTests.Resolve(text, "who");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, SpeakerKind.Group)));
    }

    // Guards, right before and after: a person of an organisation, an organisation "of" a place, a role with no name apposed, a role owned by a person.
    [TestCase("Mark Hale visited the port on Monday.\n\nThat did not sit well with Tom Lind of The Harbour Gazette, who said the harbour will reopen.", "who", "Tom Lind", SpeakerKind.Person)]
    [TestCase("The plan was backed on Monday by the Bank of Ohio. The harbour will reopen before the summer, said the Bank of Ohio.", "the Bank of Ohio", "Bank of Ohio", SpeakerKind.Organization)]
    [TestCase("Tom Lind visited the port on Monday.\n\n“The harbour will reopen before the summer,” his campaign manager, Ann Roe, said.", "his campaign manager", "Ann Roe", SpeakerKind.Person)]
    public void OtherShapes_AreResolvedAsBefore(string text, string mention, string? name, SpeakerKind kind)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, mention == "the Bank of Ohio" ? 2 : 1);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo((name, kind)));
    }
}
