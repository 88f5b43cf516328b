namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames120, on texts written for these tests: a state or an organisation is not named by a title-case headline's run that
/// holds its name and the headline's verb ("Why Does Corvania Refuse to Sign the Accord?" above "Corvania refuses ..." is `Corvania`);
/// a longer name a sentence writes, and a headline's word the body never writes in lower case, keep the longer name.
/// </summary>
public class HeadlineRunOnTests
{
    private const string Headline = "Why Does Corvania Refuse to Sign the Northern Accord?\n\nTalks broke down in May. ";

    // Fails on main ("Corvania Refuse").
    [TestCase(Headline + "Corvania refuses to sign, and Corvania said the accord was unfair.", "Corvania", 3, "Corvania")]
    public void HeadlineVerb_IsNoPartOfTheName(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards: the longer name written in a sentence; a headline word the body never writes in lower case.
    [TestCase("Korvex Holdings Posts Record Profits Again\n\nKorvex Holdings posted a profit. Korvex said sales rose.", "Korvex", 3, "Korvex")]
    [TestCase("Why Does Korvex Holdings Expand So Quickly?\n\nSales rose in May. Korvex said sales would rise again.", "Korvex", 2, "Korvex")]
    public void HeadlineRun_Guards(string text, string mention, int occurrence, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Not.EqualTo(notName));
}
