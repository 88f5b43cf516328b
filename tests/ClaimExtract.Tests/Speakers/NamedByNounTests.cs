namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch forms120, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// person the article introduces once by a noun and a given name alone ("a local resident named Greta.") is a person of the index, so a
/// "she" after it takes Greta, not a man named before her; a "named"/"called" that is a verb of its own, or a name going on into more
/// words, gives no person.
/// </summary>
public class NamedByNounTests
{
    // Fail on the base (Greta and Bob were no persons of the index: the pronoun went to another person or to none).
    [TestCase("Sen. Tom Lind spoke at the rally. The woman who shouted was a local resident named Greta. “He cares about us,” she said of Lind.", "she", 1, "Greta")]
    [TestCase("Gov. Ann Roe visited the base. The station chief, known as Bob, ran the camp. He said the guards were ready.", "He", 1, "Bob")]
    [TestCase("Sen. Tom Lind met the nurses. A nurse called Greta, who runs the night shift, spoke first. She said the beds were full.", "She", 1, "Greta")]
    public void NamedByNoun_IsThePerson(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Left alone, the same on the base: "named" after a pronoun is a verb of its own ("she named Greta after her mother"); "called" after a
    // relative pronoun too; a name followed by a word is no noun's naming phrase ("called Greta a hero").
    [TestCase("Sen. Ann Roe adopted a baby girl; she named Greta after her mother. Later she said the law must change.", "she", 2, "Ann Roe")]
    [TestCase("Sen. Ann Roe praised the crowd, which called Greta a hero. Later she said the law must change.", "she", 1, "Ann Roe")]
    [TestCase("Sen. Ann Roe praised the rescuers, the best of them a diver called Greta Holm of Leeds. Later she said the law must change.", "she", 1, "Ann Roe")]
    public void NamedByNoun_LeftAlone(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
