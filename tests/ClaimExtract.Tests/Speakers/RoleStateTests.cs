using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names19, on short texts written for these tests: "The Vermont senator" names the person the article writes with that role and
/// state, the state read after the name too: a party-state tag ("Sen. Nora Pell (D-Vt.)", "Sen. Nora Pell, D-Vt.,"), "of" and the state
/// ("Senator Nora Pell of Vermont", "Sen. Nora Pell, Democrat of Vermont"). A senator written with another state, or a state senator
/// ("state Sen. Ray Oduya"), is not "the Vermont senator". Before, the tag was not read: the first senator written with no place beside
/// the title was taken.
/// </summary>
public class RoleStateTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Voters met Sen. Nora Pell (D-Vt.) and Sen. Ray Oduya (R-Ohio) on Monday. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    [TestCase("Voters met Sen. Nora Pell, D-Vt., and Sen. Ray Oduya, R-Ohio, on Monday. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    [TestCase("Voters met Sen. Nora Pell (D-N.Y.) and Sen. Ray Oduya (R-Ohio) on Monday. The New York senator said the vote was close.", "The New York senator", "Nora Pell")]
    [TestCase("Voters met Senator Nora Pell of Vermont and Senator Ray Oduya of Ohio on Monday. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    [TestCase("Voters met Sen. Nora Pell, Democrat of Vermont, and Sen. Ray Oduya, Republican of Ohio. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    // The role holder written before the description: the latest one with that state, not the latest senator; written after it: the
    // first one with that state.
    [TestCase("The Ohio senator said the vote was close. He spoke after Sen. Nora Pell (D-Vt.) and Sen. Ray Oduya (R-Ohio).", "The Ohio senator", "Ray Oduya")]
    public void RoleAndStateDescription_IsThePersonWrittenWithThatState(string text, string description, string name)
    {
        Assert.That(Resolve(text, description).Name, Is.EqualTo(name));
    }

    // A senator of another state, or a state senator, is not the role holder: the subject of the sentence before is the guess, as for any
    // description with no holder.
    [TestCase("Nora Pell spoke in Concord. She met Sen. Ray Oduya (R-Ohio) later. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    [TestCase("Nora Pell spoke in Concord. She met Sen. Ray Oduya, R-Ohio, later. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    [TestCase("Nora Pell spoke in Concord with state Sen. Ray Oduya. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    public void SenatorOfAnotherState_IsNotTheRoleHolder(string text, string description, string name)
    {
        Assert.That(Resolve(text, description).Name, Is.EqualTo(name));
    }

    // Guards (pass on the old code too): a state written before the title, and "the senator" with no state, which any senator answers.
    [TestCase("Voters met Ohio Sen. Ray Oduya and Vermont Sen. Nora Pell on Monday. The Vermont senator said the vote was close.", "The Vermont senator", "Nora Pell")]
    [TestCase("Lee Kim spoke first. Voters then met Sen. Nora Pell (D-Vt.). The senator said the vote was close.", "The senator", "Nora Pell")]
    public void StateBeforeTheTitle_OrNoStateInTheDescription_AsBefore(string text, string description, string name)
    {
        Assert.That(Resolve(text, description).Name, Is.EqualTo(name));
    }

    [TestCase("(D-Vt.) said", "vermont")]
    [TestCase(", R-Iowa, said", "iowa")]
    [TestCase(" (D-N.Y.) said", "new york")]
    [TestCase(" of Vermont, who", "vermont")]
    [TestCase(", Republican of Iowa, said", "iowa")]
    [TestCase(" of Burlington said", null)]
    [TestCase(" said on Monday", null)]
    public void StateAfterName(string after, string? state)
    {
        Assert.That(EntityIndex.StateAfterName("Nora Pell" + after, "Nora Pell".Length), Is.EqualTo(state));
    }
}
