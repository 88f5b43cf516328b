using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names81, on sentences written for these tests: a word of <see cref="Lexicon.NotNames"/> is part of a name only where the
/// capitalised run leaves no other reading ("New" before a capitalised word that is no such word, title or common noun: "New York",
/// "New Hampshire"; a month or a modal right after a given name: "Theresa May"). The speaker mention then keeps the whole name, and the
/// resolver the surname.
/// </summary>
public class NotNameWordsInsideNamesTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    // The word (by its text, first occurrence) and whether it stands outside a name there.
    [TestCase("The New York Ledger reports that she will resign.", "New", false)]
    [TestCase("New Jersey voters went to the polls on Tuesday.", "New", false)]
    [TestCase("She flew to New Zealand and then to New Delhi.", "New", false)]
    [TestCase("Prime Minister Marta May said the talks would go on.", "May", false)]
    [TestCase("Columnist George Will wrote that the party was lost.", "Will", false)]
    [TestCase("New polls show the senator losing ground.", "New", true)]
    [TestCase("New Poll Shows Senator Losing Ground", "New", true)]
    [TestCase("In May, officials said the bridge would reopen.", "May", true)]
    [TestCase("Will voters care about the scandal?", "Will", true)]
    [TestCase("The council met Carter May 5 to discuss the budget.", "May", true)]
    [TestCase("The new rules start in May.", "May", true)]
    public void NotNameWord_IsPartOfANameOnlyInsideOne(string text, string word, bool notName)
    {
        var tokens = Tokenizer.Tokenize(text, new Span(0, text.Length));
        var j = tokens.FindIndex(t => t.Value == word);
        Assert.That(Lexicon.IsNotNameAt(tokens, j), Is.EqualTo(notName));
    }

    [TestCase("The New York Ledger reports that she will resign next week.", "The New York Ledger", "New York Ledger")]
    [TestCase("The New Hampshire Courier said the deal was dead.", "The New Hampshire Courier", "New Hampshire Courier")]
    [TestCase("New Jersey Gov. Ray Dolan told reporters that the bridge would reopen soon.", "New Jersey Gov. Ray Dolan", "Ray Dolan")]
    [TestCase("British Prime Minister Theresa May said the talks would continue.", "British Prime Minister Theresa May", "Theresa May")]
    [TestCase("The vote was close. The New York Ledger characterized many voters' views of the race as grim.", "New York Ledger", "New York Ledger")]
    public void Mention_KeepsTheWholeName(string text, string mention, string speaker) =>
        Assert.That(Speakers(text), Does.Contain(((string?)mention, (string?)speaker)));

    // Guards: a sentence's opening "New" before a lower-case noun, a month after a preposition, an opening modal.
    [TestCase("New polls show the senator losing ground among young voters in the state.", "polls")]
    [TestCase("In May, officials said the bridge would reopen by the end of the year.", "officials")]
    [TestCase("Will voters care? Analysts said the scandal would fade within weeks.", "Analysts")]
    public void NotNameWords_OutsideNames_StayOut(string text, string mention) =>
        Assert.That(Speakers(text).Select(s => s.Mention), Is.EqualTo(new[] { mention }));
}
