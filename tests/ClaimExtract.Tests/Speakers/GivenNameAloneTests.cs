namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names101, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). A
/// person the article names only by a given name ("Bob said", a source whose surname is withheld) is a person of the index, so a pronoun
/// after "Bob said" takes Bob, not the last person named in full; a description that gives the name ("the pilot known as Bob", "a
/// nurse named Greta", also when the mention was cut before the naming words) is that person.
/// </summary>
public class GivenNameAloneTests
{
    // Fail on main (the pronoun went to the last person named in full, the description stayed as written).
    [TestCase("Sen. Tom Lind of Maine praised the ferry crews on Monday. The harbour master, known only as Bob, has never spoken in public. Bob said the crews were brave. Bob said he had stayed on the pier all night. “I never left,” he said.", "he", 2, "Bob")]
    [TestCase("Gov. Ann Roe of Ohio visited the camp. The nurse, who asked to be named only as Greta, ran the clinic. Greta said the tents leaked. Greta told reporters that the water was cold, and she said the children were sick.", "she", 1, "Greta")]
    [TestCase("Joe Dunn, the mayor, met the harbour pilots. “We never saw the ship,” said the pilot known as Bob. Bob said the fog was thick. Bob said the radio was dead.", "the pilot known as Bob", 1, "Bob")]
    [TestCase("Joe Dunn, the mayor, met the harbour pilots. “We never saw the ship,” said the pilot known as Bob. Bob said the fog was thick. Bob said the radio was dead.", "the pilot", 1, "Bob")]
    [TestCase("Tom Lind, the governor, toured the ward. A nurse named Greta met him. Greta said the beds were full. Greta said the staff were tired.", "A nurse named Greta", 1, "Greta")]
    public void GivenNameAlone_IsThePerson(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a given name the article also writes before a surname is that person in full; a given name after a place
    // preposition is a place, not a person ("in Georgia"); one written once before "said" is too little to go on; a given name after a
    // capitalised word inside a sentence may be a surname ("said Will Doyle": the index reads no name in "Will").
    [TestCase("Greta Holm runs the clinic. Greta said the beds were full. Greta said the staff were tired, and she said more would come.", "she", 1, "Greta Holm")]
    [TestCase("Sen. Ann Roe toured the farms in Georgia on Monday. Georgia said the crop was poor. Georgia said prices would rise. Later she said the aid would come.", "she", 1, "Ann Roe")]
    [TestCase("Sen. Tom Lind toured the port on Monday. Bob said the crews were brave. Later he said the bill would pass.", "he", 1, "Tom Lind")]
    public void GivenNameAlone_Guards(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Branch speed108 (the index counts the uses before a verb of saying first and reads the exclusions only for a name counted twice):
    // an exclusion written after the counted uses still holds, whether a longer name's word ("Bob Hale") or a place ("in Georgia"); without
    // it the given name alone is the person.
    [TestCase("Sen. Tom Lind of Maine praised the ferry crews on Monday. Bob said the crews were brave. Bob said he had stayed on the pier all night. “I never left,” he said.", "he", 2, true)]
    [TestCase("Sen. Tom Lind of Maine praised the ferry crews on Monday. Bob said the crews were brave. Bob said he had stayed on the pier all night. “I never left,” he said. Bob Hale later sold his boat.", "he", 2, false)]
    [TestCase("Gov. Ann Roe of Ohio visited the camp. Georgia said the tents leaked. Georgia said the water was cold, and she said the children were sick.", "she", 1, true)]
    [TestCase("Gov. Ann Roe of Ohio visited the camp. Georgia said the tents leaked. Georgia said the water was cold, and she said the children were sick. The crews flew on to the farms in Georgia.", "she", 1, false)]
    public void GivenNameAlone_ExclusionAfterTheUses(string text, string mention, int occurrence, bool alone)
    {
        var given = text.Contains("Bob", StringComparison.Ordinal) ? "Bob" : "Georgia";

        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name == given, Is.EqualTo(alone));
    }
}
