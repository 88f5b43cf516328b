
namespace ClaimExtract.Tests.Speakers;

/// <summary>Speakers resolved to full names on short articles written for these tests.</summary>
[Category("Model")]
public class SpeakerResolutionTests
{
    private static List<(string? Mention, string? Speaker, string Kind)> Speakers(string text) =>
        PipelineStatements.Of(text).Select(s => (s.SpeakerMention, s.Speaker, s.SpeakerKind)).ToList();

    [Test]
    public void PronounAndSurname_ResolveToTheFullName_NotToPlacesOrTitles()
    {
        var text = "HANOI (AP) - U.S. Defense Secretary Lena Park on Wednesday accused rivals of intimidating smaller nations in the South China Sea. "
                   + "She urged Laos and its neighbours to stand firm.\n\n“We will not accept it,” Park said.";

        Assert.That(Speakers(text), Is.EqualTo(new[]
        {
            ((string?)"U.S. Defense Secretary Lena Park", (string?)"Lena Park", "person"),
            ("She", "Lena Park", "person"),
            ("Park", "Lena Park", "person"),
        }));
    }

    [Test]
    public void TitledSurname_ResolvesToTheNameTheArticleGives()
    {
        var text = "Senator Maria Lopez Ortega spoke first.\n\nLater, Senator Ortega told reporters that the vote would be close.";

        Assert.That(Speakers(text).Single(), Is.EqualTo(((string?)"Senator Ortega", (string?)"Maria Lopez Ortega", "person")));
    }

    [Test]
    public void Description_ResolvesToTheMostSalientPerson()
    {
        var text = "Tomas Berg, the founder of a shipping firm, is closing two ports. The tycoon told investors that the closures would save money.";

        Assert.That(Speakers(text).Single(), Is.EqualTo(((string?)"The tycoon", (string?)"Tomas Berg", "person")));
    }

    [Test]
    public void Documents_Organisations_AndGroups()
    {
        var text = "Prices fell in May, according to a central bank report. The company said sales rose. Officials said the plan was dead.";

        Assert.That(Speakers(text), Is.EqualTo(new[]
        {
            ((string?)"a central bank report", (string?)"central bank report", "document"),
            ("The company", null, "organization"),
            ("Officials", null, "group"),
        }));
    }
}
