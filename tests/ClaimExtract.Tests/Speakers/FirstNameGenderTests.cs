using System.Text;
using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The first-name gender prior (branch gender16): the table's reading, and pronouns that pass over a person whose first name is clearly
/// of the other gender when the article itself says nothing, or little, of it. Short texts written for these tests; the resolver is
/// given the mention directly, so speaker choice plays no part.
/// </summary>
public class FirstNameGenderTests
{
    private const string Table = "# name\tfemale share\tflipped\nmaria\t995\t0\ndaniel\t5\t0\nbernie\t121\t0\ntaylor\t738\t1\njordan\t276\t0\n"
        + "lindsey\t961\t1\nsandy\t880\t0\nkelly\t849\t0\n";

    private static Dictionary<string, short> ReadTable() => FirstNameGender.Read(new MemoryStream(Encoding.UTF8.GetBytes(Table)));

    private static string? Resolve(string text, string mention, int occurrence = 1) =>
        NameResolutionRulesTests.Resolve(text, mention, occurrence).Name;

    [TestCase("Maria Ortega", -1)]
    [TestCase("MARIA ORTEGA", -1)]
    [TestCase("Daniel Price", 1)]
    [TestCase("J. Daniel Price", 1)] // initials before the first name are skipped
    [TestCase("Bernie Sanders", 1)] // 12% girls: clear at 85%
    [TestCase("Sandy Cole", -1)] // 88% girls
    [TestCase("Kelly Ames", 0)] // 84.9% girls: just short of clear
    [TestCase("Taylor Brooks", 0)] // given to both
    [TestCase("Jordan Hale", 0)]
    [TestCase("Lindsey Hale", 0)] // 96% girls, but a boy's name before 1970 (flipped)
    [TestCase("Daniel", 0)] // one word: a surname alone says nothing
    [TestCase("Khizr Nadeem", 0)] // not in the table
    public void Of_GivesOnlyAClearMajority(string fullName, int gender)
    {
        Assert.That(FirstNameGender.Of(fullName, ReadTable()), Is.EqualTo(gender));
    }

    [TestCase("Taylor Brooks", true)] // a given name of neither gender still names a person
    [TestCase("Lindsey Hale", true)]
    [TestCase("Sanders", true)] // a surname alone
    [TestCase("Purple Heart", false)]
    [TestCase("Capitol Hill", false)]
    public void IsPersonName_KnowsGivenNames(string fullName, bool person)
    {
        Assert.That(FirstNameGender.IsPersonName(fullName, ReadTable()), Is.EqualTo(person));
    }

    [TestCase("maria\t995")]
    [TestCase("maria\t995\t2")]
    [TestCase("\t995\t0")]
    public void Read_RejectsAMalformedLine(string line)
    {
        Assert.Throws<InvalidDataException>(() => FirstNameGender.Read(new MemoryStream(Encoding.UTF8.GetBytes(line + "\n"))));
    }

    [Test]
    public void EmbeddedTable_HasTheCommonNames()
    {
        // The shipped table (SSA births 1930-2009): names every reader knows the gender of, and the ambiguous ones neutral.
        Assert.Multiple(() =>
        {
            Assert.That(FirstNameGender.Of("Hillary Clinton"), Is.EqualTo(-1));
            Assert.That(FirstNameGender.Of("Elizabeth Warren"), Is.EqualTo(-1));
            Assert.That(FirstNameGender.Of("Donald Trump"), Is.EqualTo(1));
            Assert.That(FirstNameGender.Of("Bernie Sanders"), Is.EqualTo(1));
            Assert.That(FirstNameGender.Of("Taylor Swift"), Is.EqualTo(0));
            Assert.That(FirstNameGender.Of("Jordan Peele"), Is.EqualTo(0));
            Assert.That(FirstNameGender.Of("Lindsey Graham"), Is.EqualTo(0));
        });
    }

    // No evidence in the article: the first name decides, where it is clear.
    [TestCase("Maria Ortega met Daniel Price on Monday. He said the plan would work.", "He", "Daniel Price")]
    [TestCase("Daniel Price met Maria Ortega on Monday. She said the budget was short.", "She", "Maria Ortega")]
    [TestCase("Daniel Price met Maria Ortega on Monday. Price spoke first.\n\nShe said the budget was short.", "She", "Maria Ortega")]
    [TestCase("Bernie Walsh met Maria Ortega in Iowa. She said the race was close.", "She", "Maria Ortega")]
    // One lone pronoun in the article (here a slip) does not outweigh a clear first name.
    [TestCase("Maria Ortega spoke on Monday. He thanked the staff.\n\nMaria Ortega met Daniel Price later. He said the plan would work.", "He", "Daniel Price")]
    public void Pronoun_PassesOverAPersonWhoseFirstNameIsOfTheOtherGender(string text, string pronoun, string name)
    {
        Assert.That(Resolve(text, pronoun, text.Split(pronoun).Length - 1), Is.EqualTo(name));
    }

    // Guards (the same before and after): names given to both, or whose majority changed, are neutral; after passing someone over,
    // only a person's name takes the pronoun, else the one passed over keeps it. Since names80 a "Mrs. Price" beside a clear man's
    // name "Daniel Price" is another person (his wife, say), never named in full: "She" is that "Price", no longer Daniel Price.
    [TestCase("Daniel Price spoke on Monday. Mrs. Price thanked the staff.\n\nDaniel Price met Tom Lind later. She said the plan would work.", "She", "Price")]
    [TestCase("Taylor Brooks met Daniel Price on Monday. She said the budget was short.", "She", "Taylor Brooks")]
    [TestCase("Jordan Hale met Maria Ortega on Monday. He said the budget was short.", "He", "Jordan Hale")]
    [TestCase("Lindsey Hale met Maria Ortega on Monday. He said the budget was short.", "He", "Lindsey Hale")]
    [TestCase("Maria Ortega spoke beside the Purple Heart Memorial on Monday. He said the plan would work.", "He", "Maria Ortega")]
    [TestCase("Maria Ortega spoke on Capitol Hill on Monday. He said the plan would work.", "He", "Maria Ortega")]
    public void Pronoun_KeepsItsPerson_WhereTheFirstNameIsNoEvidence(string text, string pronoun, string name)
    {
        Assert.That(Resolve(text, pronoun, text.Split(pronoun).Length - 1), Is.EqualTo(name));
    }
}
