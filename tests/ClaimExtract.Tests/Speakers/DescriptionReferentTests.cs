using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Name rules of branch names10, on short texts written for these tests (the resolver is given the mention directly): descriptions whose
/// referent the article writes beside them: a given name apposed to a kinship noun, the new person an indefinite description introduces,
/// and the organisation "the non-profit" or "the company" stands for.
/// </summary>
public class DescriptionReferentTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    // A given name apposed to a description is the one person of the article whose full name opens with it.
    [TestCase("Tom Lind spoke in Ohio. Anna Lind joined him later. But his wife, Anna, offered a preview of his thinking.", "his wife, Anna,", "Anna Lind")]
    [TestCase("Tom Lind spoke in Ohio with his son Peter Lind. Later his son, Peter, said the race was close.", "his son, Peter,", "Peter Lind")]
    // Two people of that given name: no guess from it.
    [TestCase("Anna Lind and Anna Berg spoke. Tom Lind listened. But his wife, Anna, offered a preview.", "his wife, Anna,", null)]
    // The mention cut before the apposed name ("his wife" of "his wife, Anna, offered").
    [TestCase("Tom Lind spoke in Ohio. Anna Lind joined him later. But his wife, Anna, offered a preview of his thinking.", "his wife", "Anna Lind")]
    public void GivenNameApposedToADescription_IsThatPerson(string text, string mention, string? name)
    {
        var resolved = Resolve(text, mention);

        Assert.That(name is null ? resolved.Name is not "Anna Lind" and not "Anna Berg" : resolved.Name == name, Is.True, resolved.Name);
    }

    // An indefinite description is the new person the next sentence opens with, not the most salient person so far.
    [TestCase("Ana Ruiz won in Delmar. A senior Tom Hale aide says the developer is on course for the chair. Ben Vale met the press on Thursday.",
        "A senior Tom Hale aide", "Ben Vale")]
    [TestCase("Nora Abedi spoke first. A senior aide said the plan would pass. Jim Holt spoke to reporters later.", "A senior aide", "Jim Holt")]
    // The mention cut after its article ("senior Tom Hale aide" of "A senior Tom Hale aide says").
    [TestCase("Ana Ruiz won in Delmar. A senior Tom Hale aide says the developer is on course for the chair. Ben Vale met the press on Thursday.",
        "senior Tom Hale aide", "Ben Vale")]
    public void IndefiniteDescription_IsTheNewSubjectOfTheNextSentence(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // The next sentence opens with someone named before: the description is not that person.
    [Test]
    public void IndefiniteDescription_IsNotAPersonNamedBefore()
    {
        Assert.That(Resolve("Jim Holt spoke on Monday. Nora Abedi spoke first. A senior aide said the plan would pass. Jim Holt spoke to reporters later.", "A senior aide").Name, Is.Not.EqualTo("Jim Holt"));
    }

    // "The" and an organisation noun name the organisation written last before it.
    [TestCase("The charity group River Watch is funding a contest called the Clean Banks Award. The non-profit is seeking new ideas.", "The non-profit", "River Watch")]
    [TestCase("Shares of the retailer Zalando fell on Monday. The company said sales would recover.", "The company", "Zalando")]
    [TestCase("Inspectors of the Labor Department visited the mine. The agency said it found no fault.", "The agency", "Labor Department")]
    public void OrganisationDescription_IsTheOrganisationNamedBefore(string text, string mention, string name)
    {
        var resolved = Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // No organisation in the sentences before: no name.
    [Test]
    public void OrganisationDescription_WithNoOrganisationBefore_HasNoName()
    {
        var resolved = Resolve("Jim Holt spoke to reporters. The company said sales would recover.", "The company");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, SpeakerKind.Organization)));
    }

    // A possessive opening the sentence before a role and a name is the owner; the pronoun after it is the person named after the role.
    [TestCase("Tom Lind won in Ohio. After the results were in, Lind's campaign manager, Jim Holt, appeared on television. He also said the race was close.", "He", "Jim Holt")]
    [TestCase("Anna Lind won in Ohio. Lind’s spokesman Jim Holt spoke to reporters. He said the race was close.", "He", "Jim Holt")]
    // Not a role between: the owner stays the subject.
    [TestCase("Tom Lind won in Ohio. Lind's win surprised Jim Holt. He said the race was close.", "He", "Tom Lind")]
    public void PossessiveBeforeARoleAndAName_IsNotTheSubject(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // The same pronoun opening the sentence before, with no subject named since: the same person, not the last one named.
    [TestCase("\"We were shocked,\" Sami Abedi, 66, said on Monday. \"Most people are against this.\"\n\nHe says Tom Lind's call to ban all visitors hurt the town. \"The voices have gathered courage,\" he told the paper.", "he", 1, "Sami Abedi")]
    [TestCase("Anna Lind spoke on Monday. The hall was full. She says Nora Abedi's plan will fail. \"It cannot pass,\" she said.", "she", 1, "Anna Lind")]
    // A subject named between: the pronoun is that person.
    [TestCase("Sami Abedi spoke on Monday. He says the plan will fail. Tom Lind disagreed. \"It will pass,\" he said.", "he", 1, "Tom Lind")]
    public void PronounAfterTheSamePronounOpeningTheSentenceBefore_IsTheSamePerson(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // A second "who" after a comma and a thing continues the first: its antecedent is the first one's.
    [TestCase("Nora Abedi spoke first. This was the Lind we knew, the Lind who questions a judge because of his heritage, who fights with reporters.", "who", 2, "Tom Lind")]
    // After a person noun the second "who" is that person's (no change).
    [TestCase("Tom Lind met Nora Abedi. This was the Lind who met the mayor, Nora Abedi, who said the plan was fine.", "who", 2, "Nora Abedi")]
    public void SecondRelativePronounAfterAThing_ContinuesTheFirst(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve("Tom Lind won in Ohio. " + text, mention, occurrence).Name, Is.EqualTo(name));
    }
}
