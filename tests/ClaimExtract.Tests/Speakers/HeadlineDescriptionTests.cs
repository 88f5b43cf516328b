using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names56, on texts written for these tests: a description written as a headline's speaker ("..., Former White House Doctor
/// Says", "Woman Steps Forward ...") is the person the body ties the description to. The resolver is given the mention directly
/// (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class HeadlineDescriptionTests
{
    private const string Body = "Ann Roe has hidden health problems for years, a new book claims.\n\nRoe has faced questions about her age. Roe said she felt fine. Roe walked for an hour on Friday.\n\n";

    // The body gives the role with the headline's modifiers (a physician's role for a doctor's), or writes the role right after the
    // name in an apposition or a predicate.
    [TestCase("Roe Hid Health Problems, Former White House Doctor Says\n\n" + Body + "Former White House physician Dr. Mary Pike told a radio host that Roe had fainted twice.\n", "Former White House Doctor", "Mary Pike")]
    [TestCase("Roe Hid Health Problems, Former White House Doctor Says\n\n" + Body + "Mary Pike, a former White House physician, told a radio host that Roe had fainted twice.\n", "Former White House Doctor", "Mary Pike")]
    [TestCase("Roe Hid Health Problems, Former White House Doctor Says\n\n" + Body + "Dr. Mary Pike, who served as White House doctor for nine years, told a radio host that Roe had fainted.\n", "Former White House Doctor", "Mary Pike")]
    [TestCase("Roe Hid Health Problems, Former White House Doctor Says\n\nAnn Roe has hidden health problems for years, says Dr. Mary Pike.\n\nPike was the White House doctor from 1992 to 2001. Roe said she felt fine. Roe walked for an hour on Friday.\n", "Former White House Doctor", "Mary Pike")]
    [TestCase("Woman Steps Forward With New Claim: Lind Cheated Me\n\nA woman who has accused former Governor Tom Lind of fraud said Sunday that he had called her weeks later. She also described a talk with his wife.\n\nMary Brandt, who said Lind cheated her in 1990, told the story on a radio show.\n", "Woman Steps Forward With New", "Mary Brandt")]
    public void HeadlineDescription_IsThePersonTheBodyDescribes(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: a body that ties the role to no one names nobody, not the headline's capitalised words or the article's main person; an
    // indefinite opening of another noun introduces no one; a name the article writes in full stays a name; a description outside the headline is left to the other
    // rules (the role holder the article names before it).
    [TestCase("Roe Hid Health Problems, Former White House Doctor Says\n\n" + Body + "A radio host said that Roe had fainted twice.\n", "Former White House Doctor", "Ann Roe")]
    [TestCase("Roe Hid Health Problems, Former White House Doctor Says\n\n" + Body + "A radio host said that Roe had fainted twice.\n", "Former White House Doctor", "Roe Hid Health Problems")]
    [TestCase("Woman Steps Forward With New Claim\n\nA man from Ohio said Sunday that Tom Lind had called him.\n\nMary Brandt, who met Lind in 1990, told the story on a radio show.\n", "Woman Steps Forward With New", "Mary Brandt")]
    public void HeadlineDescriptionTheBodyDoesNotTie_IsNotThatPerson(string text, string mention, string notName)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
    }

    [TestCase("Lind Backs Roe\n\nSenator Ann Roe spoke on Monday. Former White House doctor Mary Pike met her. Later the doctor said Roe was well.\n", "the doctor", "Mary Pike")]
    [TestCase("Pope Says Peace Is Near\n\nPope Francis spoke to crowds on Sunday. Roe Pope said the crowd was large.\n", "Roe Pope", "Roe Pope")]
    public void NamesAndBodyDescriptions_StayAsTheyWere(string text, string mention, string name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
