using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names20, on short texts written for these tests: a definite description ("the man", "The official") that repeats the noun of an
/// indefinite one a few sentences before ("One man in the crowd", "a senior campaign official") is the person that one introduced: unnamed
/// (no name) unless the article names them right there ("a witness, Ray Oduya,") or opens the next sentence with them; so is someone's
/// role holder ("the mayor’s spokesman", "her spokesman"), and a chain of definite ones goes on three sentences before each. Before, the
/// description took the recent subject or the most salient person, so an unnamed heckler got the candidate's name.
/// </summary>
public class IndefiniteAntecedentTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Nora Pell spoke in Concord on Monday. One man in the crowd interrupted her: “Go home,” the man shouted.", "the man")]
    [TestCase("At a town hall in Concord, a young woman asked Nora Pell about taxes. “Will you cut them?” the woman said.", "the woman")]
    [TestCase("Ray Oduya met voters in Dover. A senior campaign official said on Friday that turnout was high. The official said more events were planned.", "The official")]
    [TestCase("Nora Pell sued the city in May. A judge in Dover issued a ruling today. The judge said the law was void.", "The judge")]
    [TestCase("Nora Pell sued the city in May. A judge in Dover issued a ruling today. Pell was pleased. The judge said the law was void.", "The judge")]
    // The chain goes back over the definite descriptions between.
    [TestCase("Nora Pell spoke in Concord. A man in the crowd shouted. The man was led out. Outside, the man said he was sorry.", "the man")]
    // Initialisms among the modifiers; a chain of definite ones longer than the three sentences before the last.
    [TestCase("Ray Oduya met voters. A U.S. trade official said the talks were stuck. The official said more talks were planned.", "The official")]
    [TestCase("Nora Pell spoke in Dover. One man in the crowd shouted at her. He waved a sign. He threw it. The man sat down. He was calm. The man said he was sorry.", "The man", 2)]
    // Someone's role holder is introduced as an indefinite one is: "the mayor’s spokesman" is not the mayor.
    [TestCase("Nora Pell spoke in Dover on Monday. Later the mayor’s spokesman said the vote was close. “She is pleased,” the spokesman said.", "the spokesman")]
    [TestCase("Nora Pell spoke in Dover on Monday. Later her spokesman said the vote was close. “She is pleased,” the spokesman said.", "the spokesman")]
    public void DefiniteAfterIndefinite_IsTheUnnamedPerson(string text, string description, int occurrence = 1)
    {
        var speaker = Resolve(text, description, occurrence);
        Assert.Multiple(() =>
        {
            Assert.That(speaker.Name, Is.Null);
            Assert.That(speaker.Kind, Is.EqualTo(SpeakerKind.Person));
        });
    }

    [TestCase("Nora Pell spoke first. A witness, Ray Oduya, called the police. The witness said the car was red.", "The witness", "Ray Oduya")]
    [TestCase("Nora Pell spoke first. A witness named Ray Oduya called the police. The witness said the car was red.", "The witness", "Ray Oduya")]
    [TestCase("Nora Pell spoke in Dover. Later the mayor’s spokesman Ray Oduya said the vote was close. “She is pleased,” the spokesman said.", "the spokesman", "Ray Oduya")]
    public void DefiniteAfterIndefinite_NamedRightThere_IsThatName(string text, string description, string name)
    {
        Assert.That(Resolve(text, description).Name, Is.EqualTo(name));
    }

    // Guards (pass on the old code too): an apposition or a predicate describes a person already named; a role the article gives a named
    // person ("Judge Ray Oduya", "campaign manager Ray Oduya") is theirs, whatever indefinite came before.
    [TestCase("Ray Oduya, a lawyer for the family, spoke first. The lawyer said the case was closed.", "The lawyer", "Ray Oduya")]
    [TestCase("Ray Oduya is a lawyer in Dover. The lawyer said the case was closed.", "The lawyer", "Ray Oduya")]
    [TestCase("A judge in Dover ruled on Monday. Judge Ray Oduya wrote that the law was void. The judge said more was to come.", "The judge", "Ray Oduya")]
    [TestCase("Nora Pell blamed campaign manager Ray Oduya. A new campaign manager could help, she said. Asked about it, the campaign manager said he would stay.", "the campaign manager", "Ray Oduya")]
    public void AppositionPredicateOrNamedRoleHolder_AsBefore(string text, string description, string name)
    {
        Assert.That(Resolve(text, description).Name, Is.EqualTo(name));
    }
}
