
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names92, on sentences written for these tests: a speaker mention that opens with "his" or "her" before a thing the person has
/// ("His remarks indicated", "Her financial disclosure suggests", "His pitch long has been") is named as the pronoun's person, as
/// "Lind's remarks" is cut to "Lind's"; a person or people after the pronoun ("his colleague", "His advisers") are someone else.
/// </summary>
public class PossessorOfThingTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    // Fail on main (the mention was named by no one).
    [TestCase("Senator Tom Lind spoke to reporters in Dayton on Monday. His remarks indicated that the harbour bill would pass before the summer.", "His remarks", "Tom Lind")]
    [TestCase("Ann Roe delivered two paid speeches in October, one to a bank and one to a trade group. Her financial disclosure suggests she gave the fees to charity.", "Her financial disclosure", "Ann Roe")]
    [TestCase("Voters in Ohio can be fickle. Tom Lind cannot take those votes for granted. His pitch long has been that he can beat anyone because he leads the count.", "His pitch long", "Tom Lind")]
    public void ThingOfAPerson(string text, string mention, string speaker) =>
        Assert.That(Speakers(text).Last(s => s.Mention == mention), Is.EqualTo(((string?)mention, (string?)speaker)));

    // Guards, the same on main: people after the pronoun are not the pronoun's person.
    [TestCase("Tom Lind trails in Ohio. His advisers believe he can carry a string of towns later in April.", "His advisers")]
    [TestCase("\"The support I got from Tom Lind kept me going,\" his colleague wrote on Facebook.", "his colleague")]
    public void PeopleOfAPerson(string text, string mention) =>
        Assert.That(Speakers(text).Where(s => s.Mention == mention).Select(s => s.Speaker), Is.Not.Empty.And.All.Not.EqualTo("Tom Lind"));
}
