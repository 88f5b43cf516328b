using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Pronouns that agree in gender with their person, and descriptions that name a role the article gives a person, on short texts
/// written for these tests: the resolver is given the mention directly, so speaker choice plays no part.
/// </summary>
public class NameAgreementTests
{
    private static string? Resolve(string text, string mention, int occurrence = 1) =>
        NameResolutionRulesTests.Resolve(text, mention, occurrence).Name;

    // The latest subject is of the other gender by the article's own evidence (a pronoun after her alone, or an honorific): passed over.
    [TestCase("Rosa Delgado spoke in Ohio on Monday. She thanked her staff.\n\nRosa Delgado met Tom Lind later. He said the plan would work.", "He", "Tom Lind")]
    [TestCase("Tom Lind spoke in Ohio on Monday. He thanked his staff.\n\nTom Lind met Rosa Delgado later. She said the plan would work.", "She", "Rosa Delgado")]
    [TestCase("Tom Lind spoke in Ohio on Monday. Mr. Lind thanked the staff.\n\nTom Lind met Rosa Delgado later. She said the plan would work.", "She", "Rosa Delgado")]
    [TestCase("Mrs. Rosa Delgado spoke on Monday.\n\nRosa Delgado met Tom Lind later. He said the plan would work.", "He", "Tom Lind")]
    // No evidence, or evidence that agrees: the latest subject, as before. (The first name is evidence too since gender16, so the case
    // without evidence has a name given to both; "Rosa Delgado ... He" now goes to Tom Lind: FirstNameGenderTests.)
    [TestCase("Jordan Delgado met Tom Lind later. He said the plan would work.", "He", "Jordan Delgado")]
    [TestCase("Tom Lind spoke in Ohio on Monday. He thanked his staff.\n\nTom Lind met Rosa Delgado later. He said the plan would work.", "He", "Tom Lind")]
    // Two people in the sentences before a pronoun: it is no evidence for either (first names given to both since gender16).
    [TestCase("Jordan Delgado and Tom Lind spoke. She thanked the staff.\n\nJordan Delgado met Taylor Roe later. He said the plan would work.", "He", "Jordan Delgado")]
    public void Pronoun_AgreesInGender_WithThePersonItResolvesTo(string text, string pronoun, string? name)
    {
        Assert.That(Resolve(text, pronoun, text.Split(pronoun).Length - 1), Is.EqualTo(name));
    }

    // A surname after an honorific is the person of that surname whose gender the article's pronouns agree with.
    [TestCase("Anna Lind spoke in Ohio. She thanked her staff.\n\nTom Lind spoke later. He praised the crowd. Mr. Lind said the race was close.", "Mr. Lind", "Tom Lind")]
    [TestCase("Tom Lind spoke in Ohio. He thanked his staff.\n\nAnna Lind spoke later. She praised the crowd. Mrs. Lind said the race was close.", "Mrs. Lind", "Anna Lind")]
    [TestCase("Anna Lind spoke in Ohio. She thanked her staff.\n\nTom Lind spoke later. He praised the crowd. Mrs. Lind said the race was close.", "Mrs. Lind", "Anna Lind")]
    public void SurnameAfterAnHonorific_IsThePersonOfThatGender(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention), Is.EqualTo(name));
    }

    [TestCase("Indiana Gov. Mike Pence joined Donald Trump on Monday. Trump spoke first. The Indiana governor said the ticket would win.", "The Indiana governor", "Mike Pence")]
    [TestCase("Mike Pence, the Indiana governor, joined Donald Trump on Monday. Trump spoke first. The governor said the ticket would win.", "The governor", "Mike Pence")]
    [TestCase("Vice President Joseph Biden met President Barack Obama on Monday. Biden spoke first. The president said the talks went well.", "The president", "Barack Obama")]
    [TestCase("Republican nominee Donald Trump met Democratic nominee Hillary Clinton. Trump spoke first. The Democratic nominee said the debate was useful.", "The Democratic nominee", "Hillary Clinton")]
    [TestCase("Republican nominee Donald Trump met Democratic nominee Hillary Clinton. Clinton spoke first. The Republican nominee said the debate was useful.", "The Republican nominee", "Donald Trump")]
    [TestCase("The mayor said the budget was balanced. Mayor Ana Ruiz later signed it.", "The mayor", "Ana Ruiz")]
    public void RoleDescription_ResolvesToThePersonTheArticleGivesTheRole(string text, string description, string name)
    {
        Assert.That(Resolve(text, description), Is.EqualTo(name));
    }

    [Test]
    public void RoleNoun_RightBeforeAName_IsThatName()
    {
        var text = "Democratic pollster Chris Anderson spoke first. The result did not surprise Republican pollster Daron Shaw.";

        Assert.That(Resolve(text, "pollster", 2), Is.EqualTo("Daron Shaw"));
    }

    [Test]
    public void RoleDescription_WithAnotherPlace_DoesNotTakeTheRoleHolder()
    {
        // "The Ohio governor" is not "Indiana Gov. Mike Pence": the subject of the sentence before is the guess, as before.
        var text = "Indiana Gov. Mike Pence joined Donald Trump on Monday. Trump spoke first. The Ohio governor said the ticket would lose.";

        Assert.That(Resolve(text, "The Ohio governor"), Is.EqualTo("Donald Trump"));
    }
}
