using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Audit 14: a description whose head the lexicon does not know ("the insider", "one user", "the whole point") was written as
/// the speaker's name, typed person; a document noun followed by what modifies it ("data from ...", "analysis by ...") was named
/// and typed by its last word. Short texts written for these tests.
/// </summary>
public class DescriptionWithNoReferentTests
{
    private static ResolvedSpeaker Resolve(string text, string mention) => NameResolutionRulesTests.Resolve(text, mention);

    [TestCase("The ferry will stop in May, the insider told the paper.", "the insider", SpeakerKind.Person)]
    [TestCase("One user quipped that the new app was slower than the old one.", "One user", SpeakerKind.Person)]
    [TestCase("The patient described the pain as sharp and sudden.", "The patient", SpeakerKind.Person)]
    [TestCase("A radiologist dismissed the shadow on the scan as harmless.", "A radiologist", SpeakerKind.Person)]
    [TestCase("The whole point, the organisers argued, was to keep the pier open.", "The whole point", SpeakerKind.Unknown)]
    [TestCase("An emergency room about the cut on her hand would have helped.", "An emergency room", SpeakerKind.Unknown)]
    [TestCase("The agreement says the pier stays open until May.", "The agreement", SpeakerKind.Unknown)]
    public void DescriptionWithALowerCaseHead_NamesNobody(string text, string mention, SpeakerKind kind) =>
        Assert.That(Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(null, kind)));

    [TestCase("According to data from Harbourstat, ferry use rose by a tenth.", "data from Harbourstat", "data from Harbourstat")]
    [TestCase("According to an analysis by the Tide Institute, the pier is sinking.", "an analysis by the Tide Institute", "analysis by the Tide Institute")]
    [TestCase("According to figures released by the council in May, rents rose.", "figures released by the council in May", "figures released by the council in May")]
    [TestCase("According to reports, the ferry will be sold next year.", "reports", "reports")]
    [TestCase("Reports from two local papers said the pier would close.", "Reports from two local papers", "Reports from two local papers")]
    public void DocumentNounBeforeItsModifier_IsADocument(string text, string mention, string name) =>
        Assert.That(Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Document)));

    // Names and known nouns are resolved as before.
    [TestCase("Lena Park opened the bakery. Park said the bread sold out by noon.", "Park", "Lena Park", SpeakerKind.Person)]
    [TestCase("The Harbour Board met on Monday. The board said the pier was safe.", "The Harbour Board", "Harbour Board", SpeakerKind.Organization)]
    [TestCase("The council met. According to a report, the bridge was safe.", "a report", "report", SpeakerKind.Document)]
    [TestCase("Officials at the port said the ferry would run.", "Officials at the port", null, SpeakerKind.Group)]
    public void NameOrKnownNoun_IsResolvedAsBefore(string text, string mention, string? name, SpeakerKind kind) =>
        Assert.That(Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, kind)));
}
