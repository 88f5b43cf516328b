namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs123, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// Organisations named in full: a publication written with its own "The" inside a sentence; "the" and a surname cut before
/// "administration" or "campaign"; an organisation's "they" after a plural verb or after "because" back to a campaign; "the automaker";
/// "the NATIONALITY government" as its state.
/// </summary>
public class Orgs123RulesTests
{
    [TestCase("The third Moon Raiders film was approved in 2016. It is unclear whether Dana Hale will return, according to The Hollywood Reporter on Friday.", "The Hollywood Reporter", 1, "Hollywood Reporter")]
    [TestCase("Ann Roe won the vote in May. A deal would lift the Roe administration's hopes for a treaty.", "the Roe", 1, "Roe administration")]
    [TestCase("Ann Roe spoke in Dayton on Friday. Aides said the Roe campaign’s plan was to win Ohio.", "the Roe", 1, "Roe campaign")]
    [TestCase("Dana Hale said the label had blocked her songs.\n\nHarbex Music have twice denied any wrongdoing.\n\n“We never blocked a song,” they said in a statement.", "they", 1, "Harbex Music")]
    [TestCase("Ann Roe met Dana Hale on Friday. The endorsement was one the Roe campaign had long sought because they hope to win young voters.", "they", 1, "Roe campaign")]
    [TestCase("Analysts expect Dornwerk to sell the van in Europe. Dornwerk has used cheap paint on it. The automaker says it will build the van in Ohio.", "The automaker", 1, "Dornwerk")]
    [TestCase("Inside, there is room for four. Lights allow Dornwerk to greet the driver. Dornwerk has used cheap paint on the van. The carmaker says it will build more.", "The carmaker", 1, "Dornwerk")]
    [TestCase("Mexico will hold talks on tariffs in May. The Mexican government said it would not raise them.", "The Mexican government", 1, "Mexico")]
    [TestCase("Talks with South Korea ended on Friday. Officials said the South Korean government wants a new deal.", "the South Korean government", 1, "South Korea")]
    public void Organisation_IsNamedInFull(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(ClaimExtract.Speakers.SpeakerKind.Organization));
    }

    // Guards of the publication: "The" opening its sentence; a title in the run.
    [TestCase("The third Moon Raiders film was approved in 2016. The Hollywood Reporter says Dana Hale will return.", "The Hollywood Reporter")]
    [TestCase("Dana Hale spoke on Monday, and The Senate Majority Leader answered her.", "The Senate Majority Leader")]
    public void Publication_Guards(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Kind, Is.Not.EqualTo(ClaimExtract.Speakers.SpeakerKind.Organization));

    // Guards of a state's government: the state never written; another word between; a nationality outside the table.
    [TestCase("Tariffs rose in May. The Mexican government said it would not raise them again.", "The Mexican government")]
    [TestCase("Mexico will hold talks in May. The Mexican federal government said it would not raise tariffs.", "The Mexican federal government")]
    [TestCase("The United States will hold talks in May. The American government said it would not raise tariffs.", "The American government")]
    public void Government_Guards(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.AnyOf("Mexico", "United States"));

    // Guards: "the" and a surname before another noun; a plural before
    // "have"; a plural between the campaign and "because"; a "they" after "when".
    [TestCase("Ann Roe won the vote in May. It was a blow to the Roe family's hopes.", "the Roe", 1, "Roe administration")]
    [TestCase("Dana Hale said the label had blocked her songs.\n\nCritics have twice denied any wrongdoing.\n\n“We never blocked a song,” they said.", "they", 1, "Critics")]
    [TestCase("Ann Roe met Dana Hale on Friday. The Roe campaign told volunteers to stay because they hope to win young voters.", "they", 1, "Roe campaign")]
    [TestCase("Ann Roe met Dana Hale on Friday. The endorsement was one the Roe campaign had long sought when they hoped to win young voters.", "they", 1, "Roe campaign")]
    public void Guards(string text, string mention, int occurrence, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Not.EqualTo(notName));
}
