using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch zytenames, on short texts written for these tests: an indefinite description as a speaker ("a Twitter spokesman said", "said one
/// party activist", "a campaign surrogate who said") introduces someone new. With no name given beside it, nor as the next sentence's new
/// subject, it names nobody; before, it took the recent subject or the most salient person (on the Zyte pages "a lawyer for the woman" was
/// Julian Assange, "one legal expert" Prince Andrew). An apposition after a name ("Evan Roe, a Republican consultant"), a name given right
/// after ("a former lawmaker, Sen. Carl Minter,", "an entrepreneur named Ted Vance") and a predicate ("He was a frantic man who") still
/// name the person.
/// </summary>
public class IndefiniteSpeakerTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Nora Pell signed the bill on Monday. “It will pass,” a Vexo spokesman said.", "a Vexo spokesman")]
    [TestCase("Nora Pell signed the bill on Monday. “It will pass,” said one party activist.", "party activist")]
    [TestCase("Nora Pell signed the bill on Monday. A reporter asked whether the bill would pass.", "A reporter")]
    [TestCase("Nora Pell signed the bill on Monday. Pell disavowed remarks made by a surrogate who said the bill was dead.", "who")]
    public void NewPersonWithNoName_NamesNobody(string text, string mention)
    {
        var resolved = Resolve(text, mention);
        Assert.That(resolved.Name, Is.Null);
        Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Person));
    }

    [TestCase("Nora Pell signed the bill. “It will pass,” said Evan Roe, a Republican consultant in Dover.", "a Republican consultant", "Evan Roe")]
    [TestCase("Nora Pell signed the bill. Gov. Ann Roe of Ohio, a lawyer who has refused to endorse Pell, said it will pass.", "who", "Ann Roe")]
    [TestCase("Nora Pell signed the bill. Another former lawmaker, Sen. Carl Minter, said it will pass.", "Another former lawmaker", "Carl Minter")]
    [TestCase("Nora Pell signed the bill. It drew an entrepreneur named Ted Vance, who said it will pass.", "an entrepreneur", "Ted Vance")]
    [TestCase("Leon Hardy was going to lose the farm in May. He was a frantic man who wrote to the bank.", "who", "Leon Hardy")]
    public void DescriptionOfSomeoneNamed_IsThatPerson(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
