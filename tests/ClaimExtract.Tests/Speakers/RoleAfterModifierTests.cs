using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names17, on short texts written for these tests: a speaker mention cut after a capitalised modifier ("The GOP", "Lakeview
/// College", "White House") before the lower-case role noun that heads its noun phrase is that role's description, not the party,
/// place or organisation; a name right after the role (titles between) is the speaker.
/// </summary>
public class RoleAfterModifierTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    // The name after the role noun, titles allowed between them.
    [TestCase("Vance Delaro spoke in Ohio. Democratic presidential candidate Sen. Mara Quell said the plan failed.", "Democratic", 1, "Mara Quell")]
    [TestCase("Vance Delaro spoke in Ohio. “It was close,” said Lakeview College political scientist Dora Vantz on Monday.", "Lakeview College", 1, "Dora Vantz")]
    [TestCase("Vance Delaro spoke in Ohio. White House hopeful Tom Arliss said the tax would go.", "White House", 1, "Tom Arliss")]
    // After a person's name, an organisation noun and the role: the role holder, not the person.
    [TestCase("Nora Pell ran in May. Pell campaign chairman Ray Oduya said the vote was fair.", "Pell", 2, "Ray Oduya")]
    public void RoleAfterTheMention_NamesTheOneAfterIt(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // With no name after it, a definite description: the subject of the sentence before, as for "the governor".
    [TestCase("Nora Pell won the vote in May. The GOP presidential front-runner said the race was over.", "The GOP", "Nora Pell")]
    [TestCase("Nora Pell won the vote in May. The Democratic speechwriter said the race was over.", "The Democratic", "Nora Pell")]
    public void DefiniteRoleAfterTheMention_IsADescription(string text, string mention, string name)
    {
        var resolved = Resolve(text, mention);
        Assert.That(resolved.Name, Is.EqualTo(name));
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Person));
    }

    // An indefinite one ("an EU member", "a Pell supporter", "one Pell insider") is someone the article does not name.
    [TestCase("Nora Pell spoke in May. An EU member said the deal was poor.", "EU", 1)]
    [TestCase("Nora Pell spoke in May. A Pell supporter said the vote was fair.", "Pell", 2)]
    [TestCase("Nora Pell spoke in May. One Pell insider said the vote was fair.", "Pell", 2)]
    public void IndefiniteRoleAfterTheMention_NamesNobody(string text, string mention, int occurrence)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.Null);
    }

    // Guards (pass on the old code too): a verb after a name, an adverb or comparative in -er, a verb in -ist, a role noun heading a
    // larger noun ("terrorist groups") and a plural keep the mention's own reading.
    [TestCase("Nora Pell ran in May. Pell took down businessman Ray Oduya in the primary.", "Pell", 2, "Nora Pell")]
    [TestCase("Nora Pell ran in May. Pell later said the vote was fair.", "Pell", 2, "Nora Pell")]
    [TestCase("Nora Pell ran in May. Pell praised evangelist Ray Oduya on Sunday.", "Pell", 2, "Nora Pell")]
    // "former" ends in -er but is no role noun: "a super PAC backing former governor Ray Oduya" keeps its own reading (here the
    // apposition's head), not an unnamed person (it was, before "former" was left out of the agent endings).
    [TestCase("Ray Oduya ran in May. Open Doors, a super PAC backing former governor Ray Oduya, said the ads would run.", "a super PAC", 1, "Open Doors")]
    [TestCase("Users grew in May. Facebook reported last quarter that users grew.", "Facebook", 1, "Facebook")]
    [TestCase("Ray Oduya met Nora Pell. The GOP however said the vote was fair.", "The GOP", 1, "GOP")]
    // A role of the person nouns right after the mention was already read (NameAfterRole), before and after this rule.
    [TestCase("Vance Delaro spoke in Ohio. Harbor Times editor Lena Prost said the paper would wait.", "Harbor Times", 1, "Lena Prost")]
    [TestCase("Ray Oduya spoke. Pentagon analysts who study Islamic terrorist groups said the risk was low.", "Pentagon", 1, "Pentagon")]
    public void NoRoleAfterTheMention_KeepsItsReading(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }
}
