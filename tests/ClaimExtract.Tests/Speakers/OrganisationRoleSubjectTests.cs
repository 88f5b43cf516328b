namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A name before an organisation's role ("Lee campaign manager Tom Hale", "Park administration official Ana Ruiz") is the
/// organisation's modifier, not the sentence's subject (branch persons120b, EntityIndex.OrganisationRoles.cs): the person after the role
/// is, and a "he" or "she" after that sentence goes on with that person. Short texts written for these tests; the resolver is given the
/// mention directly.
/// </summary>
public class OrganisationRoleSubjectTests
{
    private static string? Resolve(string text, string mention, int occurrence) =>
        NameResolutionRulesTests.Resolve(text, mention, occurrence).Name;

    // The role holder after "campaign"/"administration" and a role noun, lower-case or capitalised, is the subject.
    [TestCase("Ben Lee spoke in Ohio on Monday. Lee campaign manager Tom Hale said the count was slow. “We will win this,” he said.",
              "he", 1, "Tom Hale")]
    [TestCase("Ben Lee spoke in Ohio on Monday. Lee campaign Chairman Tom Hale said the count was slow. “We will win this,” he said.",
              "he", 1, "Tom Hale")]
    [TestCase("Lara Park toured the port. Park administration official Ana Ruiz told reporters the port would stay open. "
              + "She said the workers would be paid.", "She", 1, "Ana Ruiz")]
    [TestCase("Ben Lee spoke in Ohio on Monday. And Lee campaign Chairman Tom Hale — Ned Cross’s old deputy at the mill — gave us a "
              + "motto when I asked him about the race. “She will fight for the people,” he said.", "he", 1, "Tom Hale")]
    public void Pronoun_TakesTheRoleHolder_NotTheNameOfItsOrganisation(string text, string pronoun, int occurrence, string name)
    {
        Assert.That(Resolve(text, pronoun, occurrence), Is.EqualTo(name));
    }

    // Left alone: a name that is the sentence's own subject before a verb, a possessive before the role, a role holder named as an
    // object after a subject, and a name before a lower-case role with no organisation noun ("Lee aide Tom Hale", as before).
    [TestCase("Tom Hale spoke in Ohio on Monday. Ben Lee campaigned in Ohio with Ned Cross on Monday. “We will win this,” he said.",
              "he", 1, "Ben Lee")]
    [TestCase("Ben Lee spoke in Ohio on Monday. Lee’s campaign manager Tom Hale said the count was slow. “We will win this,” he said.",
              "he", 1, "Tom Hale")]
    [TestCase("Tom Hale spoke in Ohio on Monday. Ben Lee met campaign manager Ned Cross on Monday. “We will win this,” he said.",
              "he", 1, "Ben Lee")]
    [TestCase("Ben Lee spoke in Ohio on Monday. Lee aide Tom Hale said the count was slow. “We will win this,” he said.",
              "he", 1, "Tom Hale")]
    public void Pronoun_KeepsTheSubject_WhereNoNameModifiesAnOrganisationRole(string text, string pronoun, int occurrence, string name)
    {
        Assert.That(Resolve(text, pronoun, occurrence), Is.EqualTo(name));
    }
}
