using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names70, on texts written for these tests: a capitalised word that names both a text and a publication ("Post", "Review",
/// "Report") after an article or a capitalised word is the publication, an organisation, named in full as the article wrote it before
/// ("The Post" after "The Riverside Post" → "Riverside Post"), not a document named "Post". The resolver is given the mention directly
/// (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class PublicationNameTests
{
    [TestCase("The Riverside Post noted that the mayor left early. The Post reported that he was tired.", "The Post", "Riverside Post")]
    [TestCase("Officials spoke to the Riverside Post on Monday. The Post reported that he was tired.", "The Post", "Riverside Post")]
    [TestCase("Officials spoke to the Riverside Post on Monday. Later the Post reported that he was tired.", "the Post", "Riverside Post")]
    [TestCase("The Riverside Post noted that the mayor left early. The Post reported that he was tired.", "The Riverside Post", "Riverside Post")]
    [TestCase("The Harbour Review noted that the mayor left early. The Review reported that he was tired.", "The Review", "Harbour Review")]
    [TestCase("Readers of the Dockside Report wrote in. The Dockside Report said the mayor was tired.", "The Dockside Report", "Dockside Report")]
    [TestCase("The mayor left early. The Post reported that he was tired.", "The Post", "Post")]
    public void PublicationNamedByADocumentWord_IsTheOrganisationInFull(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Organization)));

    // Guards: a lower-case document noun, a headline's one word, a given name, a capitalised common word opening the mention.
    [TestCase("A report by the council came out on Monday. The report said the mayor was tired.", "The report", "report", SpeakerKind.Document)]
    [TestCase("Report: Mayor to leave early.\n\nThe mayor said on Monday that he was tired.", "Report", "Report", SpeakerKind.Document)]
    [TestCase("Harbour residents read a post by the mayor. The post said he was tired.", "The post", "post", SpeakerKind.Document)]
    public void DocumentNouns_AreUnchanged(string text, string mention, string name, SpeakerKind kind) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, kind)));

    [Test]
    public void GivenName_IsNoPublication() =>
        Assert.That(NameResolutionRulesTests.Resolve("Bill Reyes spoke on Monday. Later Bill said he was tired.", "Bill", 2).Kind, Is.Not.EqualTo(SpeakerKind.Organization));
}
