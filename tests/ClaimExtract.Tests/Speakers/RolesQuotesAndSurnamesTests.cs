using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Name rules of branch names12, on short texts written for these tests (the resolver is given the mention directly): role words inside
/// a capitalised name, appositions between dashes, pronouns after a quotation, subjects written after the cue, surnames two people share,
/// the article's own fullest form, "it", and title-case headlines.
/// </summary>
public class RolesQuotesAndSurnamesTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    // A role word inside a capitalised sequence is not part of the name after it.
    [TestCase("Senate Minority Whip Peter K. Lomond of Ohio wants an inquiry. On Friday, Lomond said the letter was sent.", "Lomond", "Peter K. Lomond")]
    [TestCase("\"Voters are angry,\" said Dayton Alderman Nora B. Abedi on Friday. Abedi said the vote would wait.", "Abedi", "Nora B. Abedi")]
    [TestCase("Herald Editor Tom Lind spoke on Monday. Lind said the paper would not endorse.", "Lind", "Tom Lind")]
    // The role word with one word after it is left alone ("Gary Player" keeps its "Player").
    [TestCase("The golfer Gary Player spoke on Monday. Player said the course was hard.", "Player", "Gary Player")]
    public void RoleWordInsideACapitalisedName_IsNotPartOfIt(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // The parts of a long mention split at dashes too: the first part that names someone.
    [TestCase("Anna Lind spoke. Tom Holt spoke. Rep. Anna Lind — like Holt, a critic of the plan, Rep. Tom Holt — recalled the vote.",
        "Rep. Anna Lind — like Holt, a critic of the plan, Rep. Tom Holt —", "Anna Lind")]
    public void LongMentionWithDashes_IsItsFirstNamedPart(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A mention ending an apposition between dashes, right before the cue, is the person who opens the sentence.
    [TestCase("Tom Holt spoke. Rep. Anna Lind — like Holt, a critic of the plan of Rep. Tom Holt — recalled the vote.", "Rep. Tom Holt", "Anna Lind")]
    // No closing dash before the cue: not an apposition of hers.
    [TestCase("Tom Holt spoke. Rep. Anna Lind — like Holt — met Rep. Tom Holt, who recalled the vote.", "Rep. Tom Holt", "Tom Holt")]
    public void MentionEndingADashedApposition_IsTheSentencesOpeningPerson(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A pronoun right after a quotation of several sentences reads the sentences before the quotation, not the quotation's own.
    [TestCase("Anna Lind met Tom Holt on Monday. “He called me at home. I said no. He did not give up. I hung up,” she said.", "she", "Anna Lind")]
    [TestCase("Anna Lind met Tom Holt on Monday. \"He called me at home. I said no. He did not give up. I hung up,\" she said.", "she", "Anna Lind")]
    // A short quotation: as before, the subject of the sentence before.
    [TestCase("Tom Holt met Anna Lind on Monday. “It works,” he said.", "he", "Tom Holt")]
    public void PronounAfterAQuotation_ReadsTheSentencesBeforeIt(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A name written right after "said" (after a quotation or a comma) or "according to" is the sentence's subject, inverted.
    [TestCase("“It works,” said Tom Holt, an adviser to Presidents Anna Lind and Sami Abedi. “It is easy,” he said.", "he", "Tom Holt")]
    [TestCase("The plan failed, according to Tom Holt, a friend of Sami Abedi. He said the vote came too late.", "He", "Tom Holt")]
    // The person told is not the subject.
    [TestCase("“It works,” Anna Lind told Tom Holt. “It is easy,” she said.", "she", "Anna Lind")]
    public void NameAfterAnInvertingCue_IsTheSubject(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A surname two people share is the one of them who is the subject of the sentence before (of the quotation's opening).
    [TestCase("The officer Sean Holt died in 2012. However, Patricia Holt, mother of Sean Holt, rejected the claim. “We were close. She lied to me,” Holt said.", "Holt", 4, "Patricia Holt")]
    [TestCase("The officer Sean Holt died in 2012. However, Patricia Holt, mother of Sean Holt, rejected the claim. Holt said she was lied to.", "Holt", 4, "Patricia Holt")]
    // The other one, named as the subject three sentences before, is not: the surname keeps its first holder.
    [TestCase("Tom Holt ran for office. Anna Holt, his wife, spoke in May. The campaign went on for months. Nobody expected a win. Holt said the race was close.", "Holt", 3, "Tom Holt")]
    public void SharedSurname_IsTheRecentSubjectOfThatSurname(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // A fuller form written only inside a quotation does not replace the form the article writes itself.
    [TestCase("“Tom Anders Lind lied to us,” a critic wrote. Tom Lind denied it on Monday. Lind said the claim was false.", "Lind", 3, "Tom Lind")]
    // With no form of its own outside quotations, the quoted full name is still the best there is.
    [TestCase("“Tom Anders Lind lied to us,” a critic wrote. Lind said the claim was false.", "Lind", 2, "Tom Anders Lind")]
    public void FullestForm_IsTheArticlesOwn(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // "it" and "you" are never names of their own. ("The Herald urged Tom Lind to visit. “He should come,” it added." names the Herald
    // since names53: OrganisationDescriptionAndItTests.)
    [TestCase("Tom Lind was urged to visit. “He should come,” it added.", "it", SpeakerKind.Organization)]
    [TestCase("Tom Lind spoke. “You said the plan would pass,” you said to him.", "you", SpeakerKind.Unknown)]
    public void ItAndYou_AreNotNames(string text, string mention, SpeakerKind kind)
    {
        var resolved = Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)null, kind)));
    }

    // In a headline in title case each capitalised word stands alone: no name is read across them.
    [TestCase("Gold Star Mom Corners Obama With 1 Question.\n\nA mother asked President Obama about her son. Obama said the plan would pass.", "Obama", 3, "Obama")]
    [TestCase("Farmer Comes Forward With Startling Story.\n\nShe said the claim was true.", "She", 1, null)]
    // Running text with names in it is no headline.
    [TestCase("The Fund For Children gave money to Tom Anders Holt. Holt said the gift came in time.", "Holt", 2, "Tom Anders Holt")]
    public void TitleCaseHeadline_HasNoNamesAcrossItsWords(string text, string mention, int occurrence, string? name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // "his" is a pronoun like "he"; a possessive pronoun before capitalised words that name nobody is the pronoun.
    [TestCase("Tom Holt spoke on Monday. Voters liked his argument for the plan.", "his", "Tom Holt")]
    [TestCase("Anna Lind lost the vote after her March comment that the mines would close.", "her March", "Anna Lind")]
    public void PossessivePronoun_IsThePronoun(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // An organisation noun after a person the article names is named by the surname and the noun.
    [TestCase("Hillary Lind spoke in Ohio. The Lind campaign said the vote was close.", "The Lind campaign", "Lind campaign")]
    [TestCase("Hillary Lind spoke in Ohio. Hillary Lind’s campaign said the vote was close.", "Hillary Lind’s campaign", "Lind campaign")]
    [TestCase("President Obama spoke in Ohio. The Obama administration said the vote was close.", "The Obama administration", "Obama administration")]
    // Not after a person: a nationality, a place in an indefinite description.
    [TestCase("Tom Holt spoke in Riyadh. The Saudi government said the vote was close.", "The Saudi government", null)]
    [TestCase("Tom Holt spoke in Ohio. A Port Delmar newspaper called on him to visit.", "A Port Delmar newspaper", null)]
    public void OrganisationOfAPerson_IsNamedBySurnameAndNoun(string text, string mention, string? name)
    {
        var resolved = Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo((name, SpeakerKind.Organization)));
    }

    // A description with no role holder takes the subject of its sentence or the two before, before the most salient person.
    [TestCase("Anna Lind spoke on Monday. Anna Lind spoke again on Tuesday. In a press conference, Tom Holt attacked the plan. Voters will hope to use the remark. The Republican nominee caused outrage.",
        "The Republican nominee", "Tom Holt")]
    public void Description_TakesTheSubjectOfTheTwoSentencesBefore(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A capitalised word after an honorific is a surname even when it is also a role noun or a title.
    [TestCase("Anna Lind spoke first. Mr. King said the guests were paid.", "Mr. King", "King")]
    public void HonorificAndARoleWord_IsASurname(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
