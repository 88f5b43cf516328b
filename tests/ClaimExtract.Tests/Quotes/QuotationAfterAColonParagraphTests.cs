using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// speakers121c (docs/quotes.md): a quotation that opens its paragraph with no cue and no speaker, after a paragraph ending in a colon,
/// takes the speaker of the one statement whose cue stands in that paragraph's last sentence (<see cref="QuotationAfterAColonParagraph"/>).
/// On sentences written for these tests, with attributions made by hand.
/// </summary>
public class QuotationAfterAColonParagraphTests
{
    // text, the introducing statement's cue, its speaker, its content; the quotation; the speaker the quotation ends with (null: none)
    [TestCase("The mayor spoke at the pier on Monday. She told the crowd, to loud cheers:\n“We will rebuild the dock before the winter storms.”",
        "told", "She", "the crowd, to loud cheers", "“We will rebuild the dock before the winter storms.”", "She")]
    [TestCase("Ana Ruiz wrote to the harbour board in May:\n\n\"The fees have doubled and the boats are leaving.\"",
        "wrote", "Ana Ruiz", "to the harbour board in May", "\"The fees have doubled and the boats are leaving.\"", "Ana Ruiz")]
    // Left alone: no colon ends the paragraph before; the cue is in an earlier sentence than the colon's; the quotation does not open
    // its paragraph.
    [TestCase("She told the crowd, to loud cheers.\n“We will rebuild the dock before the winter storms.”",
        "told", "She", "the crowd, to loud cheers", "“We will rebuild the dock before the winter storms.”", null)]
    [TestCase("She told the crowd about the dock. Then the band played:\n“We will rebuild the dock before the winter storms.”",
        "told", "She", "the crowd about the dock", "“We will rebuild the dock before the winter storms.”", null)]
    [TestCase("She told the crowd, to loud cheers:\nAt the end she added “we will rebuild the dock before the winter storms.”",
        "told", "She", "the crowd, to loud cheers", "“we will rebuild the dock before the winter storms.”", null)]
    public void QuotationAfterAColonParagraph_TakesTheSpeakerOfItsCue(string text, string cue, string speaker, string content, string quotation, string? expected)
    {
        var doc = TextDocument.Create(text);
        Span Of(string words) => new(text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var introducing = new Attribution(Of(content), QuoteType.Indirect, Of(cue), cue, Of(speaker), null);
        var quoted = new Attribution(Of(quotation), QuoteType.Direct, null, null, null, null);

        var result = QuotationAfterAColonParagraph.Apply(doc, [introducing, quoted]);

        Assert.That(result, Has.Count.EqualTo(2));
        Assert.That(result[1].Speaker is { } s ? text[s.Start..s.End] : null, Is.EqualTo(expected));
        Assert.That(result[0], Is.EqualTo(introducing));
    }

    // Two statements with different speakers in the colon's sentence: which one introduces the quotation is not read; none is given.
    [Test]
    public void TwoSpeakersInTheColonSentence_GiveNone()
    {
        const string Text = "Ruiz said the fees rose, and Okafor told the board:\n“The boats are leaving.”";
        var doc = TextDocument.Create(Text);
        Span Of(string words) => new(Text.IndexOf(words, StringComparison.Ordinal), Text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var first = new Attribution(Of("the fees rose"), QuoteType.Indirect, Of("said"), "said", Of("Ruiz"), null);
        var second = new Attribution(Of("the board"), QuoteType.Indirect, Of("told"), "told", Of("Okafor"), null);
        var quoted = new Attribution(Of("“The boats are leaving.”"), QuoteType.Direct, null, null, null, null);

        var result = QuotationAfterAColonParagraph.Apply(doc, [first, second, quoted]);

        Assert.That(result[2].Speaker, Is.Null);
    }
}
