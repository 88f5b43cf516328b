using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names31, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part. A no-break space inside a mention ("a\u00A0port pilot") hid its article and split no words, so the
/// mention took the recent subject or kept the no-break space in its name; an indefinite predicate ("was a friend of", "views her as a
/// candidate", "being an effective mayor") took the recent subject; an organisation's description with "called" and a name after it
/// ("a super PAC called Harbour Voices") had no name or another PAC's; a name modifying a lower-case role ("Former Ohio governor Tom
/// Lind", "Hale spokesman Tom Lind") was the sentence's subject, so a pronoun after took the place or the role's owner; "the" before a
/// capitalised run the index takes for a person's name was a person; "A Libertarian" was a person of that name.
/// </summary>
public class PredicatesAndOrganisationNamesTests
{
    private const string Opening = "Mark Hale ran the port for ten years and hired most of its staff.\n\n";

    // A no-break space is a space: the article of "a\u00A0port pilot" is seen, "Tom\u00A0Lind" is the name the index holds, and "this\u00A0source"
    // after "another anonymous source" is that unnamed source.
    [TestCase(Opening + "After a\u00A0port spokesman was fired over the delays, the harbour reopened.", "a\u00A0port spokesman", null)]
    [TestCase("Tom Lind took over the board in May.\n\n“The harbour will reopen before the summer,” Harbour Board Chairman Tom\u00A0Lind said.", "Harbour Board Chairman Tom\u00A0Lind", "Tom Lind")]
    [TestCase(Opening + "The paper cited another anonymous source. “Hale was the only one who wanted it,” this\u00A0source told the paper.", "this\u00A0source", null)]
    [TestCase(Opening + "The paper cited another anonymous source. “Hale was the only one who wanted it,” this source told the paper.", "this source", null)]
    public void NoBreakSpaceOrDemonstrative_IsReadAsAPlainDescription(string text, string mention, string? name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo((name, SpeakerKind.Person)));
    }

    // An indefinite predicate is the one it is said of, or nobody; never the recent subject.
    [TestCase(Opening + "Harbourland, which at one time was a friend of Tom Lind, then became his rival.", "friend", null)]
    [TestCase(Opening + "I say this because part of being a careful mayor is owning errors.", "a careful mayor", null)]
    [TestCase("Tom Lind met Ann Roe in May. He views her as a candidate easily swayed by donors.", "a candidate", "Ann Roe")]
    [TestCase("Tom Lind filed the claim in May.\n\nMark Hale answered it on Monday, and Ann Roe — who is registered as a lawyer in Ohio — told the paper it was wrong.", "lawyer", "Ann Roe")]
    public void IndefinitePredicate_IsWhatItIsSaidOf(string text, string mention, string? name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo((name, SpeakerKind.Person)));
    }

    // Guard: a predicate of the recent subject was that subject before, and is now by the rule.
    [Test]
    public void PredicateOfTheSubject_IsTheSubject()
    {
        var resolved = NameResolutionRulesTests.Resolve(Opening + "Tom Lind was a lawyer who said the harbour will reopen.", "a lawyer");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)"Tom Lind", SpeakerKind.Person)));
    }

    // An organisation's indefinite description with "called", "named" or "known as" and a name is that organisation.
    [TestCase("Ann Roe visited the port on Monday. An anti-Roe super PAC called Harbour Voices is ramping up its ads.", "An anti-Roe super PAC", "Harbour Voices")]
    [TestCase("Ann Roe visited the port on Monday. Harbour Solutions PAC spent $2 million. A recently created super PAC called Bright 12 ran its first ads.", "PAC", "Bright 12")]
    [TestCase("Ann Roe visited the port on Monday. A new group called Citizens for Harbours, led by Tom Lind, said the port will reopen.", "group", "Citizens for Harbours")]
    [TestCase("Ann Roe visited the port on Monday. A German news organization called “The Harbour” cited a poll.", "A German news organization", "Harbour")]
    public void OrganisationCalledByName_IsThatName(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, mention == "PAC" ? 2 : 1);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guard: "called on" is the verb, and no name follows.
    [Test]
    public void OrganisationThatCalledOnSomeone_HasNoNameFromIt()
    {
        var resolved = NameResolutionRulesTests.Resolve("Ann Roe visited the port on Monday. A port group called on Tom Lind to resign.", "A port group");

        Assert.That(resolved.Name, Is.Null);
    }

    // A name right before a lower-case role and a name is the role's modifier: the named person after the role is the subject a pronoun takes.
    [TestCase(Opening + "Former Ohio governor Tom Lind, an early supporter of the plan, praised it on Monday. “It will work,” he said.", "Tom Lind")]
    [TestCase(Opening + "Hale spokesman Tom Lind would not say when the port reopens. “I have no news yet,” he said.", "Tom Lind")]
    public void NameModifyingARole_IsNotTheSubject(string text, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "he");

        Assert.That(resolved.Name, Is.EqualTo(name));
    }

    // Guard: a possessive owner before the role was never the subject's modifier rule's business ("Hale's spokesman Tom Lind").
    [Test]
    public void PossessiveBeforeARole_IsAsBefore()
    {
        var resolved = NameResolutionRulesTests.Resolve(Opening + "Hale's spokesman Tom Lind would not say when the port reopens. “I have no news yet,” he said.", "he");

        Assert.That(resolved.Name, Is.EqualTo("Tom Lind"));
    }

    [Test]
    public void ArticleBeforeACapitalisedRunNamedAsWritten_IsAnOrganisation()
    {
        var resolved = NameResolutionRulesTests.Resolve(
            "Denver Free Beacon reporters asked about the port.\n\nAccording to the Denver Free Beacon, the harbour will reopen before the summer.",
            "the Denver Free Beacon");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)"Denver Free Beacon", SpeakerKind.Organization)));
    }

    [Test]
    public void IndefiniteArticleBeforeACapitalisedWord_NamesNobody()
    {
        var resolved = NameResolutionRulesTests.Resolve(Opening + "Tom Lind was a pilot. A Libertarian, he backed the port's plan in 2012.", "A Libertarian");

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, SpeakerKind.Person)));
    }
}
