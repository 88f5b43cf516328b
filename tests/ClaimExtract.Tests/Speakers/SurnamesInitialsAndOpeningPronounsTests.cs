using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names54, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class SurnamesInitialsAndOpeningPronounsTests
{
    // A capitalised auxiliary or role noun alone before a finite verb is a surname when the article writes it after one person's given
    // names ("George Will", "Billie Jean King"): not the modal, nor the role, nor a longer name it opens.
    [TestCase("Columnist Harold Will wrote about the race on Friday.\n\nIn his column, Will urged voters to look elsewhere.", "Will", 2, "Harold Will")]
    [TestCase("Columnist Harold Will wrote about the race on Friday. By contrast, Will had only kind words for the governor.", "Will", 2, "Harold Will")]
    [TestCase("Mourners met at King Solomon Baptist Church on Friday. Tennis great Billie Jean King spoke at the service.\n\nKing says the champion was kind.", "King", 3, "Billie Jean King")]
    [TestCase("The panel met behind closed doors.\n\n\"The hearing was closed but Congressman Pete King met the press later.\n\n“That is not what he told us,” King said.", "King", 2, "Pete King")]
    public void CommonWordAfterAGivenName_IsThatSurname(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: a modal before a noun ("Will voters", the article writing "will" as a modal too); a role noun with a name after it ("King
    // Salman") while one person's name ends with the word.
    [TestCase("Columnist Harold Will doubts the plan will pass.\n\nWill voters accept it, he asked.", "Will", 2, "Harold Will")]
    [TestCase("Saudi King Salman met the envoy, and the king later spoke with Pete King by phone.", "King", 1, "Pete King")]
    public void CommonWordWithoutOnePersonBehindIt_IsNotThatSurname(string text, string mention, int occurrence, string notName)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That(resolved.Name, Is.Not.EqualTo(notName));
    }

    // A mention cut after a given name, before a role noun that is also a title and no capitalised word after it, runs on to that surname.
    [TestCase("Tennis great Billie Jean King recalled the player as a joy to watch.", "Tennis great Billie Jean", "Billie Jean King")]
    [TestCase("Congressman Pete King met the press afterwards.", "Congressman Pete", "Pete King")]
    public void MentionCutBeforeATitleSurname_RunsOnToIt(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // Guard: a role noun with a name after it is a role ("Jordan King Abdullah"), not a surname.
    [Test]
    public void MentionBeforeARoleWithAName_DoesNotRunOn()
    {
        Assert.That(NameResolutionRulesTests.Resolve("Crowds in Amman cheered Jordan King Abdullah on Sunday.", "Jordan").Name, Is.Not.EqualTo("Jordan King"));
    }

    // Initials alone ("J.J.", a mention cut after them) open the name written right after them; a surname with a capital after "Mac" or
    // "Mc" is a proper name, not an acronym.
    [TestCase("“The movement needed a spark,” says J.J. Vellman, an expert on militias.", "J.J.", 1, "J.J. Vellman")]
    [TestCase("“The movement needed a spark,” says J.J. MacVell, an expert on militias. MacVell says that the movement wanted a fight.", "MacVell", 2, "J.J. MacVell")]
    [TestCase("“The movement needed a spark,” says R.T. McVell, an expert on militias. McVell says that the movement wanted a fight.", "McVell", 2, "R.T. McVell")]
    public void InitialsAndMacSurnames_NameThePerson(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: initials before an organisation's word; a run of capitals that no Mac or Mc opens.
    [TestCase("The U.S. Senate voted on Monday. “We had no choice,” the U.S. Senate said.", "U.S.", 2, "U.S. Senate")]
    [TestCase("“The movement needed a spark,” says J.J. VellNab, an expert on militias. VellNab says that the movement wanted a fight.", "VellNab", 2, "J.J. VellNab")]
    public void InitialsBeforeNoPersonsName_AreNotAPerson(string text, string mention, int occurrence, string notName)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.Not.EqualTo(((string?)notName, SpeakerKind.Person)));
    }

    // A pronoun inside the subordinate clause that opens its sentence, with nobody named before it there, is the person named as the
    // subject right after the clause's comma.
    [TestCase("Mayor Tom Lind faced protests. The unit was run by Cmdr. Jon Burge.\n\nAfter failing to convince members that he shares their worry, Lind said he meets with families.", "he", 1, "Tom Lind")]
    [TestCase("Ann Roe raised money online. Jane Moss ran the site for her.\n\nAs she spoke to accept the nomination, Roe became the first to pass the mark.", "she", 1, "Ann Roe")]
    public void PronounInAnOpeningClause_IsTheMainSubject(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: a name before the pronoun inside the clause; a pronoun of the other gender; no subordinator opening the sentence.
    [TestCase("Mayor Tom Lind faced protests.\n\nAfter Jon Burge said he would resign, Lind called the council.", "he", 1, "Tom Lind")]
    [TestCase("Mayor Tom Lind faced protests with Ann Roe.\n\nAfter struggling to show that she understands their fear, Lind said the city would act.", "she", 1, "Tom Lind")]
    [TestCase("Mayor Tom Lind faced protests. Jon Burge ran the unit.\n\nIn the months he ran it, Lind said little.", "he", 1, "Tom Lind")]
    public void PronounOutsideAnOpeningClause_IsNotTheMainSubject(string text, string mention, int occurrence, string notName)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Not.EqualTo(notName));
    }
}
