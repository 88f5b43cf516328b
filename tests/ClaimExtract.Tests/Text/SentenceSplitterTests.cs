using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

public class SentenceSplitterTests
{
    [TestCase("He lives in the U.S. and works here.", new[] { "He lives in the U.S. and works here." })]
    [TestCase("Mr. Smith met Dr. Jones. They talked.", new[] { "Mr. Smith met Dr. Jones.", "They talked." })]
    [TestCase("It opened on Jan. 5 in Washington. Crowds came.", new[] { "It opened on Jan. 5 in Washington.", "Crowds came." })]
    [TestCase("George W. Bush spoke. Then he left.", new[] { "George W. Bush spoke.", "Then he left." })]
    [TestCase("“We will win.” The crowd cheered.", new[] { "“We will win.”", "The crowd cheered." })]
    [TestCase("Is it over? No! It goes on.", new[] { "Is it over?", "No!", "It goes on." })]
    [TestCase("It will still continue...We need rules.", new[] { "It will still continue...We need rules." })]
    [TestCase("Prices rose 3.5 percent. Wages did not.", new[] { "Prices rose 3.5 percent.", "Wages did not." })]
    [TestCase("He said \"enough.\" Then he left.", new[] { "He said \"enough.\"", "Then he left." })]
    [TestCase("no period at the end", new[] { "no period at the end" })]
    public void Split_GivesSentences(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text, new Span(0, text.Length)).Select(s => s.Of(text));

        Assert.That(sentences, Is.EqualTo(expected));
    }

    [Test]
    public void TextDocument_SplitsParagraphsOnBlankLines_AndIndexesSentences()
    {
        var text = "Title line\n\nFirst one. Second one.\n\n\n  Third paragraph.  \n";

        var doc = TextDocument.Create(text);

        Assert.That(doc.Paragraphs.Select(p => p.Of(text)), Is.EqualTo(new[] { "Title line", "First one. Second one.", "Third paragraph." }));
        Assert.That(doc.Sentences.Select(s => (s.Span.Of(text), s.Paragraph, s.Index)), Is.EqualTo(new[]
        {
            ("Title line", 0, 0), ("First one.", 1, 1), ("Second one.", 1, 2), ("Third paragraph.", 2, 3),
        }));
    }

    [Test]
    public void TextDocument_WithoutBlankLines_TakesEachLineAsAParagraph()
    {
        var doc = TextDocument.Create("One.\nTwo.\r\nThree.");

        Assert.That(doc.Paragraphs, Has.Count.EqualTo(3));
    }

    [Test]
    public void CodePointMap_CountsAstralCharactersOnce()
    {
        var text = "a😀b😀c";
        var map = new CodePointMap(text);

        Assert.That(new[] { map.ToCodePoint(0), map.ToCodePoint(1), map.ToCodePoint(3), map.ToCodePoint(4), map.ToCodePoint(6), map.ToCodePoint(7) },
            Is.EqualTo(new[] { 0, 1, 2, 3, 4, 5 }));
    }
}
