using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch zytenames, on short texts written for these tests: where a person's name starts in a capitalised run that holds more than the name
/// (read on the Zyte pages, which are no training data: "NASA Administrator Jim Bridenstine", "envoy to Ukraine Kurt Volker", "Questioning
/// Vindman’s"). A capitalised role word that is no title ends what goes before the name; after a role noun and "to", the run opens with the
/// place the role is for; a sentence's opening word in -ing is no part of the name after it; and where the entity index starts a name inside a
/// mention and ends it with the mention, the resolver takes that person. Each case failed on the code before the branch.
/// </summary>
public class NameStartTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Interim Harbor Police Chief Dana Ortiz told reporters the suspect fled.", "Interim Harbor Police Chief Dana Ortiz", "Dana Ortiz")]
    [TestCase("In May, VEXA Administrator Tom Reyes said the launch was on time.", "VEXA Administrator Tom Reyes", "Tom Reyes")]
    [TestCase("Republican state schools Superintendent Jane Holt has cited a study.", "Superintendent Jane Holt", "Jane Holt")]
    [TestCase("Metro Sports Insider Carl Minter reported that the league will act.", "Metro Sports Insider Carl Minter", "Carl Minter")]
    [TestCase("Party Chair Ellen Voss announced she will step down.", "Party Chair Ellen Voss", "Ellen Voss")]
    public void RoleWordInTheMention_EndsWhatGoesBeforeTheName(string text, string mention, string name)
    {
        var resolved = Resolve(text, mention);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Person));
    }

    // A person noun that is often a word of a title or a name is no role before a name ("Star Wars Jedi" is no "Wars Jedi").
    [TestCase("Star Wars Jedi says the sequel will ship in May.", "Star Wars Jedi", "Wars Jedi")]
    public void NounOfANameOrTitle_IsNoRoleWord(string text, string mention, string notName)
    {
        Assert.That(Resolve(text, mention).Name, Is.Not.EqualTo(notName));
    }

    [TestCase("A diplomat, former special envoy to Moldova Kurt Lanning, changed his account. “It ended,” Lanning said.", "Lanning", 2, "Kurt Lanning")]
    [TestCase("The ambassador to the Moldova Marie Toller testified. “It ended,” Toller said.", "Toller", 2, "Marie Toller")]
    [TestCase("China’s ambassador to Britain Bao Zheng spoke on Monday. “We will respond,” Zheng said.", "Zheng", 2, "Bao Zheng")]
    public void PlaceAfterRoleAndTo_IsNoPartOfTheName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // After a role that is no place's ("adviser to"), the run is the name, all of it.
    [TestCase("He is an adviser to Donald J. Truman. “It ended,” Truman said.", "Truman", 2, "Donald J. Truman")]
    [TestCase("She is an aide to Hillary Rodham Clanton. “It ended,” Clanton said.", "Clanton", 2, "Hillary Rodham Clanton")]
    public void GivenNameAfterRoleAndTo_StaysTheName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    [TestCase("Nora Pell met Ted Vance in May.\n\nHosting Vance at the fair \"is our dream,\" Pell said. To that, Vance joked that he was late.", "Vance", 3, "Ted Vance")]
    [TestCase("Ted Vance spoke. Questioning Vance’s judgment, the lawyer asked about Pell. “He was fine,” Vance said.", "Vance", 3, "Ted Vance")]
    [TestCase("Nora Pell met voters.\n\nFollowing Pell’s arrest, her lawyer said the case was closed. “No,” Pell said.", "Pell", 3, "Nora Pell")]
    public void OpeningWordInIng_IsNoPartOfTheName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // A company whose name opens with a word in -ing keeps it: the rest does not open with a given name.
    [TestCase("Playing Field Promotions said the event will go ahead.", "Playing Field Promotions", "Playing Field Promotions")]
    public void CompanyOpeningWithIng_KeepsIt(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    [TestCase("Nora Pell and Ted Vance met. But Vance said the talks went well.", "But Vance", "Ted Vance")]
    [TestCase("Bernard Sandor spoke. Sen. Sandor said he will vote no.", "Sen. Sandor", "Bernard Sandor")]
    public void NameTheIndexStartsInsideTheMention_IsTheSpeaker(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
