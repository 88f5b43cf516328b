namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names112, on texts written for these tests: a name the article marks as Chinese, Korean or Vietnamese by the words before it
/// ("Chinese Commerce Ministry spokesman Lu Feng", "China's commerce minister, Lu Feng,") and that opens with a common surname of those
/// countries is written surname first. Its first word is no given name, so the first-name table (where "Lu" is a girl's name) does not
/// make the person a woman whom "he" passes over, and the first word alone ("Lu added") is that person. The resolver is given the mention
/// directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class SurnameFirstNationalityTests
{
    private const string Consultant = "Tom Harlan, a trade consultant who has studied the talks, said he saw no sign of a deal.\n“There is no plan at all,” Harlan said.\n";

    [TestCase(Consultant + "Speaking in Shanghai, Chinese Commerce Ministry spokesman Lu Feng repeated that China opposed the tariffs.\nTraders should look at the figures before they judge, he told reporters.\n", "he", "Lu Feng", 2)]
    [TestCase(Consultant + "Speaking in Taipei, Taiwanese Foreign Ministry spokesman Su Wenlong repeated that the port would stay open.\nTraders should look at the figures before they judge, he told reporters.\n", "he", "Su Wenlong", 2)]
    [TestCase(Consultant + "China's commerce minister, Lu Feng, said the tariffs would hurt both sides.\nLu added that the ministry would wait, and he said nothing more.\n", "he", "Lu Feng", 2)]
    public void NameMarkedAsWrittenSurnameFirst_IsThePersonInFull(string text, string mention, string name, int occurrence) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards: "Chinese American" before the name, "Chinese-born" (one word, no nationality alone), a name opening with no East Asian
    // surname after the nationality ("Lucy Feng"), and a name whose last word the article writes alone as a surname ("Whitby said"):
    // the first name still makes the person a woman, and "he" passes over her.
    [TestCase(Consultant + "Speaking in Boston, Chinese American Trade Council spokesman Lu Whitby repeated that the port would stay open.\nTraders should look at the figures before they judge, he told reporters.\n", "he", "Tom Harlan", 2)]
    [TestCase(Consultant + "Speaking in Boston, Chinese-born Commerce Ministry spokesman Lu Whitby repeated that the port would stay open.\nTraders should look at the figures before they judge, he told reporters.\n", "he", "Tom Harlan", 2)]
    [TestCase(Consultant + "Speaking in Shanghai, Chinese Commerce Ministry spokesman Lucy Feng repeated that the port would stay open.\nTraders should look at the figures before they judge, he told reporters.\n", "he", "Tom Harlan", 2)]
    [TestCase(Consultant + "Speaking in Shanghai, Chinese Culture Ministry spokesman Lu Whitby repeated that the film was finished.\n“It took four years,” Whitby said.\nThe studio should be patient, he told reporters.\n", "he", "Tom Harlan", 2)]
    public void OtherNamesAfterANationality_AreUnchanged(string text, string mention, string name, int occurrence) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
