using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A word of evidence that opens its sentence ("Photos which were released online show ...", "Footage shows ...") was typed an
/// organisation, the kind of a capitalised word the resolver does not know; it is a document, as "the video shows" is.
/// Short texts written for these tests.
/// </summary>
public class EvidenceNounTests
{
    private static ResolvedSpeaker Resolve(string text, string mention) => NameResolutionRulesTests.Resolve(text, mention);

    [TestCase("Photos which were posted online on Monday show the ferry half sunk.", "Photos")]
    [TestCase("The pier closed in May. Footage shows the crowd running from the water.", "Footage")]
    [TestCase("Images taken by a drone indicate that the bridge had cracked.", "Images")]
    [TestCase("Recordings of the meeting suggest the mayor knew of the leak.", "Recordings")]
    public void EvidenceNounOpeningItsSentence_IsADocument(string text, string mention) =>
        Assert.That(Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(mention, SpeakerKind.Document)));

    // A capitalised word the evidence nouns do not hold keeps its kind: a name is still a name.
    [TestCase("Lena Park opened the bakery. Park said the bread sold out by noon.", "Park", "Lena Park", SpeakerKind.Person)]
    [TestCase("The Harbour Board met on Monday. The board said the pier was safe.", "The Harbour Board", "Harbour Board", SpeakerKind.Organization)]
    public void OtherCapitalisedWord_KeepsItsKind(string text, string mention, string name, SpeakerKind kind) =>
        Assert.That(Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, kind)));
}
