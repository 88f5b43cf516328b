namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch orgs122, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve).
/// An organisation's two-word short form that drops the middle words of a name the article writes in full before it is that name; not
/// when two such names are written, when the full name comes only after, or when the words between are not capitalised.
/// </summary>
public class MiddleWordsDroppedTests
{
    // Fail on main ("Harbour Museum").
    [TestCase("The Harbour Maritime Museum opened a show on Monday. Days later, the Harbour Museum issued a statement on the ships.", "the Harbour Museum", "Harbour Maritime Museum")]
    [TestCase("A report by the Lind Water Safety Office came out in May. The Lind Office said the wells were clean.", "The Lind Office", "Lind Water Safety Office")]
    public void ShortForm_IsTheNameWrittenInFull(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));

    // Left alone: two fuller names; the fuller name only after the mention; a lower-case word between ("Harbour of Ships Museum").
    [TestCase("The Harbour Maritime Museum and the Harbour Art Museum opened shows. The Harbour Museum issued a statement.", "The Harbour Museum", "Harbour Maritime Museum")]
    [TestCase("The Harbour Museum issued a statement. The Harbour Maritime Museum opened a show.", "The Harbour Museum", "Harbour Maritime Museum")]
    [TestCase("The Harbour of Ships Museum opened a show. The Harbour Museum issued a statement.", "The Harbour Museum", "Harbour of Ships Museum")]
    public void ShortForm_Guards(string text, string mention, string notName) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Not.EqualTo(notName));
}
