using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names110, on texts written for these tests: a possessive opening a sentence before a role with capitalised modifiers and a name
/// ("Lind's Ohio chairman, Jim Holt, said") is the role's owner, not the subject a later "he" takes; the person named after the role is, as
/// for a role of lower-case words alone ("Lind's campaign manager, Jim Holt,": <c>OwnerIsNotTheSubject</c>). The resolver is given the
/// mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class OwnerBeforeCapitalisedRoleTests
{
    [TestCase("Tom Lind won in Ohio. Lind's Ohio chairman, Jim Holt, a former county party treasurer, said he had not read the rules. He said he would run as a delegate.", "He", "Jim Holt")]
    [TestCase("Tom Lind won in Ohio. Lind's Ohio campaign chairman, Jim Holt, said he had not read the rules. He said he would run as a delegate.", "He", "Jim Holt")]
    [TestCase("Tom Lind won in Ohio. Lind's GOP state director Jim Holt said he had not read the rules. He said he would run as a delegate.", "He", "Jim Holt")]
    public void OwnerBeforeARoleWithCapitalisedModifiers_IsNotTheSubject(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Guards: a role of lower-case words alone (the rule before this one), the person named first with the owner's role apposed, and
    // capitalised words after the owner that end in no person noun ("Lind's Ohio plan won praise from Jim Holt": Lind stays the subject).
    [TestCase("Tom Lind won in Ohio. Lind's campaign manager, Jim Holt, said he had not read the rules. He said he would run as a delegate.", "He", "Jim Holt")]
    [TestCase("Tom Lind won in Ohio. Jim Holt, Lind's Ohio chairman, said he had not read the rules. He said he would run as a delegate.", "He", "Jim Holt")]
    [TestCase("Tom Lind won in Ohio. Lind's Ohio plan won praise from Jim Holt on Monday. He said he would run again.", "He", "Tom Lind")]
    public void OwnerWithNoCapitalisedRoleAndName_IsUnchanged(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
}
