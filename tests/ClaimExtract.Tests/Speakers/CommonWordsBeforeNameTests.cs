using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names21, on short texts written for these tests: common words written capitalised before a given name are not part of the
/// name ("Comedian Nora Pell", "Entrusting Ray Oduya", "Chief of Staff Nora Pell"; before, the name was the whole capitalised run), and
/// "New" in the middle of a sentence opens the proper name after it ("The New York Times"; before, the run began at "York", so "The
/// Times" was "York Times"); a surname of two words is the tail of the longer name ("Lenz Marlowe" after "Dora Lenz Marlowe"; before, the form
/// itself), and the first of two surnames or a surname before a suffix names the person ("Ms. Ferrante" after "Lucia Ferrante Obeso",
/// "Mr. Grisham" after "Walter Grisham III"; before, the surname alone); a common word opening a sentence before a person's surname is not
/// part of the name ("Admiral Oduya", "Stated Lund", "But Pell"; before, the two words); a place named by its words ("Quicken Loans Arena",
/// "Fort Pierce", "San Diego") is no person a pronoun could take.
/// </summary>
public class CommonWordsBeforeNameTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    // A sentence's first word, a word after "of" or "for", a person noun, or a word the article writes in lower case, before a given name.
    [TestCase("Comedian Nora Pell spoke in Dover on Monday. “We are ready,” Pell said.", "Pell", 2, "Nora Pell")]
    [TestCase("Comedian Nora Pell said the vote was close.", "Comedian Nora Pell", 1, "Nora Pell")]
    [TestCase("Entrusting Ray Oduya with the budget was a mistake, critics say. Oduya said he disagreed.", "Oduya", 2, "Ray Oduya")]
    [TestCase("Mr. Lund met the White House Chief of Staff Nora Pell on Monday. Pell said the talks went well.", "Pell", 2, "Nora Pell")]
    [TestCase("The talks were led by Undersecretary for Political Affairs Nora Pell. Pell said they went well.", "Pell", 2, "Nora Pell")]
    [TestCase("She is a podcaster herself. On Monday the network's Podcaster Ray Oduya said the plan failed. Oduya said more.", "Oduya", 2, "Ray Oduya")]
    [TestCase("Wherever Nora Pell goes, reporters follow. She said the plan was sound.", "She", 1, "Nora Pell")]
    public void CommonWordsBeforeAGivenName_AreNotPartOfTheName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // Guards (pass on the code before too): a first word with no sign of being a common word (mid-sentence, never written in lower case)
    // stays part of the name; so do the words of an organisation's name.
    [TestCase("Officials met Khaing Sarah Fonua in Suva on Monday. Fonua said the talks went well.", "Fonua", 2, "Khaing Sarah Fonua")]
    [TestCase("Entrusting Ray Oduya was a mistake. The Westbrook Ray Foundation said it disagreed.", "The Westbrook Ray Foundation", 1, "Westbrook Ray Foundation")]
    public void AFirstWordWithNoSignOfACommonWord_StaysInTheName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    [TestCase("The New York Times reported on Monday that the deal failed. The Times said the talks ended.", "The Times", "New York Times")]
    [TestCase("The New York Times reported on Monday that the deal failed. Later the York Times said the talks ended.", "York Times", "New York Times")]
    [TestCase("Voters met in the New Hampshire town of Keene. Officials of the New Bedford Herald said turnout was high. The Herald said so again.", "The Herald", "New Bedford Herald")]
    public void NewInTheMiddleOfASentence_OpensTheName(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // "New Hampshire" is a place, not a person a pronoun or a description could take (no one's given name is "New").
    [TestCase("Nora Pell spoke to voters on Monday. Rivals of New Hampshire Gov. Ray Oduya met in New Hampshire Hall. She said the race was close.", "She", "Nora Pell")]
    [TestCase("New rules took effect on Monday, Nora Pell said. Pell said more.", "Pell", "Nora Pell")]
    public void ANameOpenedByNew_IsNoPerson(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention, mention == "Pell" ? 2 : 1).Name, Is.EqualTo(name));
    }

    // A form whose first word no one is given is a surname of two words: the longer name ending with it.
    [TestCase("Rep. Dora Lenz Marlowe spoke on Monday. “We are ready,” Lenz Marlowe said.", "Lenz Marlowe", 2, "Dora Lenz Marlowe")]
    [TestCase("Officials met Thet Mya Oo Khaing in Yangon. Oo Khaing said the talks went well.", "Oo Khaing", 2, "Thet Mya Oo Khaing")]
    [TestCase("Rep. Dora Lenz Marlowe spoke on Monday. Lenz Marlowe met voters. She said the vote was close.", "She", 1, "Dora Lenz Marlowe")]
    public void ASurnameOfTwoWords_IsTheLongerName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // "Ms. Ferrante" after "Lucia Ferrante Obeso"; "Mr. Grisham" after "Walter Grisham III".
    [TestCase("“Yes,” said Lucia Ferrante Obeso, the bank's president. Ms. Ferrante said the bonds were safe.", "Ms. Ferrante", "Lucia Ferrante Obeso")]
    [TestCase("“Yes,” said Lucia Ferrante Obeso, the bank's president. Ferrante said the bonds were safe.", "Ferrante", "Lucia Ferrante Obeso")]
    [TestCase("Walter Grisham III wrote the book in 1991. Mr. Grisham said he was eager to see it printed.", "Mr. Grisham", "Walter Grisham III")]
    public void TheFirstOfTwoSurnames_NamesThePerson(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // Guards (pass on the code before too): a form opening with a given name is not a surname of two words; a surname another person has
    // is theirs; a name written only inside quotation marks (a title) lends its middle word to no one.
    [TestCase("The senator Ray Tom Oduya spoke on Monday. Tom Oduya, his cousin, said the vote was close.", "Tom Oduya", 2, "Tom Oduya")]
    [TestCase("Lucia Ferrante Obeso met Marco Ferrante on Monday. “The bonds are safe,” Ferrante said.", "Ferrante", 3, "Marco Ferrante")]
    [TestCase("She spoke on “The Nora Pell Show” on Monday. Pell said the race was close.", "Pell", 2, "Pell")]
    public void ASurnameOfTwoWordsOrAMiddleName_Guards(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // A sentence's first word that is a common word (written in lower case elsewhere, a person noun, a participle or adverb) before the
    // surname of a person the article names with a given name.
    [TestCase("Ray Oduya leads the fleet. Admiral Oduya makes no apologies, an admiral's aide says.", "Admiral Oduya", 1, "Ray Oduya")]
    [TestCase("Ray Oduya leads the fleet. Admiral Oduya makes no apologies, an admiral's aide says. “We are ready,” he said.", "he", 1, "Ray Oduya")]
    [TestCase("Roger Lund spoke on the radio on Monday. Stated Lund: “The stakes are high.”", "Stated Lund", 1, "Roger Lund")]
    [TestCase("Nora Pell spoke to voters. But Pell, who has long backed the plan, said it failed.", "who", 1, "Nora Pell")]
    [TestCase("Nora Pell spoke on Monday. Chief Pell later said the plan failed.", "Chief Pell", 1, "Nora Pell")]
    public void ACommonWordOpeningASentence_BeforeASurname_IsNotPartOfTheName(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // Guards (pass on the code before too): a first word with no sign of a common word (a given name the table lacks), or a surname no one
    // is given with a first name, keeps the two words.
    [TestCase("Donald Lund spoke on Monday. Ivara Lund, his wife, said the plan failed.", "Ivara Lund", 1, "Ivara Lund")]
    [TestCase("Voters met on Monday. Admiral Oduya makes no apologies, an admiral's aide says.", "Admiral Oduya", 1, "Admiral Oduya")]
    public void ACommonWordBeforeASurname_Guards(string text, string mention, int occurrence, string name)
    {
        Assert.That(Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    [TestCase("Ray Oduya spoke on Monday. Quicken Loans Arena was full. “We are ready,” he said.", "he", "Ray Oduya")]
    [TestCase("Ray Oduya spoke to voters. Fort Pierce residents cheered. “We are ready,” he said.", "he", "Ray Oduya")]
    [TestCase("Ray Oduya spoke to voters. San Diego was calm. “We are ready,” he said.", "he", "Ray Oduya")]
    [TestCase("Ray Oduya spoke on Monday. Trump Tower was full. “We are ready,” he said.", "he", "Ray Oduya")]
    // Guard (passes on the code before too): a place's word ending the name of a person with a given name.
    [TestCase("Anita Hill spoke on Monday. “We are ready,” Hill said.", "Hill", "Anita Hill")]
    public void APlaceNamedByItsWords_IsNoPerson(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention, mention == "Hill" ? 2 : 1).Name, Is.EqualTo(name));
    }
}
