namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgnames119, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// A capital that is the whole speaker mention and its clause's subject is the state it stands for, in the form the article writes
/// (data/names/GUIDE.md: "Berlin's pledge" → Germany, "Seoul expects" → South Korea); a capital in a longer phrase, a person of that
/// surname, or a capital whose state the article never names keeps its name.
/// </summary>
public class CapitalForItsStateTests
{
    // Fail on main (the capital's own name).
    [TestCase("Talks on the grain deal stalled in May. Beijing also wants the fruit tariffs lifted, as China asked last year.", "Beijing", 1, "China")]
    [TestCase("South Korea set new targets for its solar makers. Seoul expects the cell makers to raise their output by half.", "Seoul", 1, "South Korea")]
    [TestCase("Germany will send more troops to the border. Berlin's pledge came after a week of talks in the capital.", "Berlin's", 1, "Germany")]
    [TestCase("But Moscow responded that the drills were routine, a week after Russia had moved its ships.", "Moscow", 1, "Russia")]
    public void Capital_IsItsState(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards: a place after a preposition or in a longer name; a person of that surname; a capital used as a noun's modifier; none of
    // them is the state. A capital whose state the article never names keeps its own name.
    [TestCase("Rebel groups backed by Ankara agree to the truce, the envoys in Turkey said on Monday.", "Ankara", 1, "Turkey")]
    [TestCase("Bishop Tom Lind of the Patriarchate of Moscow told the paper that Russia would help the church.", "Moscow", 1, "Russia")]
    [TestCase("Jeremy Paris runs the host committee. \"We are ready,\" Paris, who once worked for a senator, said of France's team.", "Paris", 2, "France")]
    [TestCase("The Paris accord set goals for France and others. Paris officials said the goals were met.", "Paris", 2, "France")]
    public void Capital_Guards(string text, string mention, int occurrence, string state) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Not.EqualTo(state));

    [Test]
    public void Capital_WhoseStateIsNeverNamed_KeepsItsName() =>
        Assert.That(NameResolutionRulesTests.Resolve("Talks on the grain deal stalled in May. Beijing also wants the fruit tariffs lifted.", "Beijing").Name,
                    Is.EqualTo("Beijing"));
}
