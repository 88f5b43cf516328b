using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// speakers118 (docs/quotes.md), on sentences written for these tests. A sentence that is only a participle cue and its quotation
/// ("Adding, “We will try again.”") takes the speaker of the statement before it
/// (<see cref="SpeakerRanker.SpeakerOfTheStatementBeforeAFragment"/>); a participle with a subject after its phrase, one inside its
/// sentence, a statement two paragraphs back and a speaker already chosen are left alone.
/// </summary>
public class ParticipleFragmentTests
{
    private const string Before = "Ana Ruiz said the vote was close.";

    [TestCase(Before + " Adding, \u201CWe will try again next spring.\u201D", "Adding", "\u201CWe will try again next spring.\u201D")]
    [TestCase(Before + " Continuing, \"The pier stays open all winter.\"", "Continuing", "\"The pier stays open all winter.\"")]
    [TestCase(Before + "\n\nAdding, \u201CWe will try again next spring.\u201D", "Adding", "\u201CWe will try again next spring.\u201D")]
    public void ParticipleFragment_TakesTheSpeakerBefore(string text, string cue, string content)
    {
        var (doc, previous, a) = Statements(text, cue, content);

        var result = SpeakerRanker.SpeakerOfTheStatementBeforeAFragment(doc, previous, a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("Ana Ruiz"));
        Assert.That(result.InheritedFrom, Is.SameAs(previous));
    }

    // Nobody stays: the participle's phrase has a subject after it (no quotation after its comma), the participle is inside its
    // sentence, and the statement before is two paragraphs back.
    [TestCase(Before + " Noting the count, Tom Hale said \u201Cwe will try again.\u201D", "Noting", "the count")]
    [TestCase("Ana Ruiz said the vote was close, adding, \u201Cwe will try again.\u201D", "adding", "\u201Cwe will try again.\u201D")]
    [TestCase(Before + "\n\nThe board met late.\n\nAdding, \u201CWe will try again.\u201D", "Adding", "\u201CWe will try again.\u201D")]
    [TestCase("The vote was close. Adding, \u201CWe will try again.\u201D", "Adding", "\u201CWe will try again.\u201D")]
    public void OtherShapes_StayWithNobody(string text, string cue, string content)
    {
        var (doc, previous, a) = Statements(text, cue, content);

        var result = SpeakerRanker.SpeakerOfTheStatementBeforeAFragment(doc, previous, a);

        Assert.That(result.Speaker, Is.Null);
    }

    // A speaker already chosen stays.
    [Test]
    public void ParticipleFragmentWithASpeaker_Stays()
    {
        const string Text = Before + " Adding, \u201CWe will try again,\u201D Tom Hale nodded.";
        var (doc, previous, a) = Statements(Text, "Adding", "\u201CWe will try again,\u201D");
        var hale = Text.IndexOf("Tom Hale", StringComparison.Ordinal);
        a = a with { Speaker = new Span(hale, hale + "Tom Hale".Length) };

        var result = SpeakerRanker.SpeakerOfTheStatementBeforeAFragment(doc, previous, a);

        Assert.That(result.Speaker?.Of(Text), Is.EqualTo("Tom Hale"));
    }

    // The statement before: "Ana Ruiz said the vote was close" when the text opens with it, else a statement with no speaker; then
    // the participle's attribution with no speaker.
    private static (TokenizedDocument Doc, Attribution Previous, Attribution A) Statements(string text, string cue, string content)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var vote = text.IndexOf("the vote was close", StringComparison.OrdinalIgnoreCase);
        var said = text.IndexOf("said", StringComparison.Ordinal);
        Span? ruiz = text.StartsWith("Ana Ruiz", StringComparison.Ordinal) ? new Span(0, "Ana Ruiz".Length) : null;
        var previous = new Attribution(new Span(vote, vote + "the vote was close".Length), QuoteType.Indirect,
            said >= 0 ? new Span(said, said + 4) : null, said >= 0 ? "said" : null, ruiz, null);
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var contentAt = text.IndexOf(content, cueAt, StringComparison.Ordinal);
        var a = new Attribution(new Span(contentAt, contentAt + content.Length), QuoteType.Direct, new Span(cueAt, cueAt + cue.Length), cue, null, null);
        return (doc, previous, a);
    }
}
