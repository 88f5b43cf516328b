using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs120b, on texts written for these tests: "WHO" written in capitals inside lower-case prose ("According to WHO, ...") is the
/// health body's acronym, an organisation named as the article names it (spelt out when the article ties the two), not the relative
/// pronoun "who" with no antecedent. A lower-case or sentence-opening "Who" and an all-capitals line ("WHO SAID IT FIRST?") are left
/// to the pronoun's reading.
/// </summary>
public class AcronymWhoTests
{
    // The first two fail on main (1f47122): the capitals were read as the pronoun "who", nobody's name with no antecedent. The third,
    // an acronym the article spells out, passed there already and must stay named by its spelt-out name.
    [TestCase("Cases of the fever are rare. According to WHO, there were 120 cases in the region last year.", 1, "WHO")]
    [TestCase("The fever spread along the coast. WHO said the outbreak was under control.", 1, "WHO")]
    [TestCase("The World Health Organization (WHO) met in May. The fever spread. WHO said the outbreak was under control.", 2, "World Health Organization")]
    public void AcronymWho_IsTheOrganisation(string text, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, "WHO", occurrence);
        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Organization)));
    }

    // Guards: the relative pronoun after a name keeps its antecedent; a question's "Who" and an all-capitals line are no acronym.
    [TestCase("The fever spread along the coast, said Ann Roe, who runs the clinic.", "who", "Ann Roe", SpeakerKind.Person)]
    [TestCase("The fever spread. Who said the outbreak was under control?", "Who", null, SpeakerKind.Unknown)]
    [TestCase("WHO SAID IT FIRST? The fever spread along the coast.", "WHO", null, SpeakerKind.Unknown)]
    public void AcronymWho_Guards(string text, string mention, string? name, SpeakerKind kind)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);
        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo((name, kind)));
    }
}
