using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// Branch content42 (docs/quotes.md, "content42"): the "v." of a court case and an abbreviated title after a hyphenated
/// prefix ("then-Sen.") end no sentence, so a content that holds them is not cut there. Sentences written for these tests.
/// </summary>
public class SentenceSplitter42Tests
{
    [TestCase("The clerk cited Okafor v. Delgado in her ruling. Then she left.", new[] { "The clerk cited Okafor v. Delgado in her ruling.", "Then she left." })]
    [TestCase("They asked the court to overturn Harbour Board v. Smith. It declined.", new[] { "They asked the court to overturn Harbour Board v. Smith.", "It declined." })]
    [TestCase("She lost the primary to then-Sen. Okafor in a close race.", new[] { "She lost the primary to then-Sen. Okafor in a close race." })]
    [TestCase("The pier was built under ex-Gov. Delgado, who later retired.", new[] { "The pier was built under ex-Gov. Delgado, who later retired." })]
    [TestCase("The board backed Plan-B. Then it voted.", new[] { "The board backed Plan-B.", "Then it voted." })]
    [TestCase("The vote ended 5-3. Delgado won.", new[] { "The vote ended 5-3.", "Delgado won." })]
    [TestCase("Crews opposed the anti-levy. Okafor did not.", new[] { "Crews opposed the anti-levy.", "Okafor did not." })]
    [TestCase("It was a yes-or-no. Delgado said no.", new[] { "It was a yes-or-no.", "Delgado said no." })]
    public void Split_KeepsCourtCasesAndPrefixedTitles(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text, new Span(0, text.Length)).Select(s => s.Of(text));
        Assert.That(sentences, Is.EqualTo(expected));
    }
}
