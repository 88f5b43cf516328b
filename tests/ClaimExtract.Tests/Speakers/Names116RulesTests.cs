using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names116, on texts written for these tests: a relative "which" after an organisation's name written "X of Y" ("the Ohio Chamber
/// of Commerce, which"), a mention cut from a name written "X for Y" ("Reform" of "Voters for Reform"), and "Neither" opening a capitalised
/// run ("Neither Hale nor Ruiz"), and a subject after a capitalised title with "of" ("Secretary of State Tom Lind said"). The resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class Names116RulesTests
{
    // Fail with the rule switched off: the words after "of" were read as the place of the name before it ("Ohio Chamber" typed a person,
    // as "Sen. Ann Roe of Ohio, who" is Ann Roe), so "which" named the words before "of" only.
    [TestCase("The tax plan drew fire on Monday. Critics include the Ohio Chamber of Commerce, which said members would fight it.", "Ohio Chamber of Commerce")]
    [TestCase("The tax plan drew fire on Monday. Critics include the ACLU of Delmar, which released a statement against it.", "ACLU of Delmar")]
    [TestCase("Shares fell on Friday after news from the Bank of Velmar, which did not cut rates as many had hoped.", "Bank of Velmar")]
    [TestCase("Tom Hale, the president of the Harbor Workers of America, which backed Ann Roe in May, said the vote was close.", "Harbor Workers of America")]
    public void Which_AfterAnOfName_IsTheWholeOrganisation(string text, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, "which"), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Organization)));

    // Guards, the same with the rule off: a person's "who" after "NAME of PLACE" is the person; "which" after a lower-case noun names no
    // one; "which" after a name that opens with a given name is not made an organisation.
    [TestCase("The tax plan drew fire on Monday. Critics include Sen. Ann Roe of Ohio, who said members would fight it.", "who", "Ann Roe")]
    [TestCase("The tax plan drew fire on Monday. Critics include Ann Roe of Ohio, which said members would fight it.", "which", "Ann Roe")]
    public void PersonBeforeOf_StaysThePerson(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    [Test]
    public void Which_AfterALowerCaseNoun_NamesNoOne() =>
        Assert.That(NameResolutionRulesTests.Resolve("The tax plan drew fire on Monday. Critics include the union, which said members would fight it.", "which").Name, Is.Null);

    // Fail with the rule switched off: the mention cut after "for" was its last words alone ("Reform"; "Progress Action" typed a person).
    [TestCase("The tax plan drew fire on Monday from groups such as Voters for Reform, a citizens group, and unions.", "Reform", "Voters for Reform")]
    [TestCase("The tax plan drew fire on Monday. The conservative Club for Progress Action said it spent $1 million on ads.", "Progress Action", "Club for Progress Action")]
    [TestCase("The tax plan drew fire on Monday.\n\nVoters for Reform, a citizens group, said it would hurt families. Voters for Reform ran ads.", "Reform", "Voters for Reform")]
    public void MentionCutAfterFor_IsTheOrganisation(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Organization)));

    // Guards, the same with the rule off: "As for" a person is no organisation's name; a capitalised common noun opening a sentence before
    // "for", written there only, is no name's first word ("Executives for Vexo Foods").
    [TestCase("The tax plan drew fire on Monday. As for Ann Roe, the mayor, she said the plan was fair.", "Ann Roe", "Ann Roe")]
    [TestCase("The tax plan drew fire on Monday. Executives for Vexo Foods said the plan would hurt trade.", "Vexo Foods", "Vexo Foods")]
    public void ForBeforeTheMention_NotAnOrganisationsName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Fails with "neither" out of Lexicon.NotNames: "Neither Hale" opening a sentence was a capitalised run, the last one named Hale
    // before the bare surname.
    [TestCase("Ana Hale, the mayor, spoke first. Neither Hale nor Tom Ruiz would back the plan. Hale said later that the plan was bad.", 3, "Ana Hale")]
    [TestCase("Ana Hale, the mayor, spoke first. Either Hale or Tom Ruiz will chair the board. Hale said later that she would.", 3, "Ana Hale")]
    // Guard: a full name after "Neither" is still the full name its surname takes.
    [TestCase("The plan drew fire. Neither Ana Hale nor Tom Ruiz would back it. Hale said later that the plan was bad.", 2, "Ana Hale")]
    public void Neither_OpensNoName(string text, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, "Hale", occurrence), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Fail with EntityIndex.OfInACapitalisedTitle switched off: the "of" of "Secretary of State" made the name after it no subject, so "He"
    // went back past it to the man named before.
    [TestCase("The talks went on. \"It is a matter for the people,\" Tom Roe said.\n\nSecretary of State Tom Lind said on Sunday that the vote was an \"important step.\" He cited the exclusion of some voters as a problem.", "Tom Lind")]
    [TestCase("The talks went on. \"It is a matter for the people,\" Tom Roe said.\n\nMinister of Finance Tom Lind said on Sunday that the vote was an \"important step.\" He cited the exclusion of some voters as a problem.", "Tom Lind")]
    // Guards, the same with the rule off: a title's name after a preposition is no subject ("In a letter to Secretary of State Tom Lind,
    // Paul Vale said"), nor a name after "of" with no title before it ("Friends of Tom Lind").
    [TestCase("The talks went on. \"It is a matter for the people,\" Tom Roe said.\n\nIn a letter to Secretary of State Tom Lind, Paul Vale said on Sunday that the vote was an \"important step.\" He cited the exclusion of some voters as a problem.", "Paul Vale")]
    [TestCase("The talks went on. \"It is a matter for the people,\" Tom Roe said.\n\nFriends of Tom Lind said on Sunday that the vote was an \"important step.\" He cited the exclusion of some voters as a problem.", "Tom Roe")]
    public void NameAfterACapitalisedTitleWithOf_IsTheSubjectAPronounTakes(string text, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, "He"), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Fails with the office check out of SpeakerResolver.IntroducedWithOtherRole: once "Secretary of State Tom Lind" is the next sentence's
    // subject, an indefinite description before it would be taken for him, though his title is an office of his own.
    [Test]
    public void IndefiniteDescription_IsNotTheNextSubjectWithAnOfficeOfHisOwn() =>
        Assert.That(NameResolutionRulesTests.Resolve("The prisoners were freed on Monday, according to a Vexo representative.\n\nSecretary of State Tom Lind said the release gave hope for peace talks.", "a Vexo representative").Name, Is.Null);

    // Guard, the same with either rule off: with no office written before the next subject's name, the description is still that new person.
    [Test]
    public void IndefiniteDescription_IsStillTheNextSubjectWithNoOffice() =>
        Assert.That(NameResolutionRulesTests.Resolve("The prisoners were freed on Monday, according to a senior official.\n\nTom Lind said the release gave hope for peace talks.", "a senior official").Name, Is.EqualTo("Tom Lind"));
}
