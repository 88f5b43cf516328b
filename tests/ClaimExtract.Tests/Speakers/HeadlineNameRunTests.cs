using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names72, on texts written for these tests: a headline capitalises its verbs and adverbs as well as its names, so a capitalised
/// run in an article's first line ("Nominates Pedro Almaraz Vidal", "Dana Whitfield Just") is cut to the person's name the body writes inside it,
/// both in the entity index (a pronoun or "Mr. Vidal" of the body then takes "Pedro Almaraz Vidal") and when the run is itself the speaker mention.
/// The resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class HeadlineNameRunTests
{
    [TestCase("U.S. Nominates Pedro Almaraz Vidal for 2nd Term at Port Board.\n\nThe chamber voted for Pedro Almaraz Vidal on Monday. Mr. Vidal said he was grateful.", "Mr. Vidal", "Pedro Almaraz Vidal")]
    [TestCase("U.S. Nominates Pedro Almaraz Vidal for 2nd Term at Port Board.\n\nThe chamber voted for Pedro Almaraz Vidal on Monday. Mr. Vidal said he was grateful.", "he", "Pedro Almaraz Vidal")]
    [TestCase("Dana Whitfield Just Explained Her Plan For The Port.\n\nDana Whitfield spoke at the harbour on Monday.", "Dana Whitfield Just", "Dana Whitfield")]
    [TestCase("Dana Whitfield Is Now Backing The Port Plan.\n\nDana Whitfield spoke at the harbour on Monday.", "Dana Whitfield Is Now", "Dana Whitfield")]
    public void HeadlineRun_IsThePersonTheBodyNames(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards: a run ending in a role noun (someone else holds the role), a function word before the name; runs in the body are not cut.
    [TestCase("Dana Whitfield Campaign Chief Says Race Is Close.\n\nDana Whitfield spoke on Monday; her campaign chief spoke later.", "Dana Whitfield Campaign Chief")]
    [TestCase("Claim That Dana Whitfield Is Leaving Is False.\n\nDana Whitfield spoke on Monday.", "Claim That Dana Whitfield Is Leaving Is False")]
    public void HeadlineRun_IsNotThePerson_WhenTheNameIsNotItsSubject(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo("Dana Whitfield"));

    [TestCase("Port plan stalls.\n\nOn Monday Dana Whitfield Jones said the plan had stalled. Dana Whitfield left early.", "Dana Whitfield Jones", "Dana Whitfield Jones")]
    [TestCase("Port plan stalls.\n\nMarta Rowe Hill spoke on Monday. Marta Rowe said the plan had stalled.", "Marta Rowe Hill", "Marta Rowe Hill")]
    public void NamesWrittenWhole_AreUnchanged(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
}
