namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names103, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// name written as a noun's modifier ("the Dunmore Vesk trading floor", "an avowed Vance supporter", "the Vance campaign") is no person
/// acting in its sentence: "she" or "he" with no subject in the last sentences takes the person named before it, not the modifier.
/// </summary>
public class NounModifierTests
{
    // Fail on main (the modifier, the latest person named, was taken).
    [TestCase("Ms. Ann Roe wrote her second book last year. Like her narrator, Ms. Roe worked on the Dunmore Vesk trading floor, then a busy place. She said she shrugged off the teasing. ''I was fine,'' she said. She quit in 2004, but she said she missed the job.", "she", 3, "Ann Roe")]
    [TestCase("Rick Vance won the state in May. The vote was close. Turnout was low in the north. There, the county chairman Tom Lind declined to name the delegates but said one was a loyal Vance supporter and he was unsure about the other two. The county drew 30 hopefuls for the seats, which he said were split evenly.", "he", 2, "Tom Lind")]
    [TestCase("Rick Vance won the state in May. The vote was close. Turnout was low in the north. Ms. Roe would do well to reach out to him, said Tom Hale, a former strategist for the Vance campaign. ''It seems certain the race will go on,'' he said.", "he", 1, "Tom Hale")]
    public void PronounAfterANameModifyingANoun_TakesThePersonNamedBefore(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a name after an adjective and before a verb is the person acting, and a modifier with no other person
    // named before it is still the only one a pronoun can take.
    [TestCase("Ann Roe won the state in May. A dejected Rick Vance knew what the results meant. Though the lead was his, the race went on. In March, he said, the voters would decide.", "he", 1, "Rick Vance")]
    [TestCase("Reporters waited outside the Rick Vance campaign office all morning. The doors stayed shut. By noon the crowd had thinned. At last he said, ''We will win.''", "he", 1, "Rick Vance")]
    public void NameActingOrAlone_IsStillTaken(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
