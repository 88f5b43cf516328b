using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// What audit 13 found in the statements of real pages: a single lower-case word that is no pronoun and no noun of a speaker
/// ("been", "always", "obvious"), a contracted function word ("That’s"), an auxiliary or a letter was written as the speaker's
/// name, typed organisation. Short texts written for these tests.
/// </summary>
public class WordThatNamesNobodyTests
{
    private static ResolvedSpeaker Resolve(string text, string mention) => NameResolutionRulesTests.Resolve(text, mention);

    [TestCase("The harbour has always been busy; critics have always said the ferry is late.", "always")]
    [TestCase("The club has been asking for a new roof, members have been saying for years.", "been")]
    [TestCase("It was obvious that the council wanted the plan, obvious said nobody.", "obvious")]
    [TestCase("The fair opens next week, week after week the organisers said.", "week")]
    [TestCase("That’s what the organisers said about the fair.", "That’s")]
    [TestCase("Let’s see if the ferry keeps to its new timetable.", "Let’s")]
    [TestCase("Is the ferry late again, the riders asked.", "Is")]
    [TestCase("Q: Why did you open the bakery?\n\nA: We wanted fresh bread in the village.", "A")]
    public void LowerCaseWordThatIsNoSpeakerNoun_NamesNobody(string text, string mention)
    {
        var resolved = Resolve(text, mention);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Name, Is.Null);
            Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Unknown));
        });
    }

    // Nouns of speakers keep what the resolver made of them before: a group, a document as written.
    [TestCase("Officials met on Monday. officials said the bridge was safe.", "officials", null, SpeakerKind.Group)]
    [TestCase("The council met on Monday. According to a report, the bridge was safe.", "report", "report", SpeakerKind.Document)]
    public void LowerCaseSpeakerNoun_IsResolvedAsBefore(string text, string mention, string? name, SpeakerKind kind) =>
        Assert.That((Resolve(text, mention).Name, Resolve(text, mention).Kind), Is.EqualTo((name, kind)));

    // A lower-case plural of an organisation's noun is a group, not a person named as written ("The unions" was typed person);
    // a singular stays a description of one body, and a plural person noun stays a group.
    [TestCase("The unions said more than 9,000 nurses signed the letter.", "The unions", null, SpeakerKind.Group)]
    [TestCase("Both companies declined to comment on the merger.", "Both companies", null, SpeakerKind.Group)]
    [TestCase("The two charities said the appeal raised more than expected.", "The two charities", null, SpeakerKind.Group)]
    [TestCase("The nurses said the ward was short of staff.", "The nurses", null, SpeakerKind.Group)]
    public void PluralOfAnOrganisationNoun_IsAGroup(string text, string mention, string? name, SpeakerKind kind) =>
        Assert.That((Resolve(text, mention).Name, Resolve(text, mention).Kind), Is.EqualTo((name, kind)));

    // An organisation's name written with a possessive ("the Harbour Board’s decision to ...") is the name without it.
    [TestCase("The harbour board met. Ferrylink's new timetable was announced on Monday.", "Ferrylink's", "Ferrylink")]
    [TestCase("The Harbour Board’s decision to close the pier came on Monday.", "The Harbour Board’s", "Harbour Board")]
    public void OrganisationWithAPossessive_IsNamedWithoutIt(string text, string mention, string name) =>
        Assert.That((Resolve(text, mention).Name, Resolve(text, mention).Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
}
