using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers72, on texts written for these tests. A speaker chosen inside a quotation whose cue stands between or after its
/// quoted parts gives way to the words beside the cue (<see cref="SpeakerRanker.SpeakerOutsideTheQuotation"/>).
/// </summary>
public class SpeakerOutsideTheQuotationTests
{
    // The chosen words stand inside the first quoted part; the cue and its source stand between the two parts.
    [TestCase("“The dip you see now comes from the weather,” said a person close to the mayor. “It will pass.”", "said", "The dip you", "a person close to the mayor")]
    [TestCase("“Tom is a fine leader,” said the 52-year-old. “He will serve you well.”", "said", "Tom", "the 52-year-old")]
    [TestCase("“What the council does not grasp is that the bridge matters,” said one aide, “and it always has.”", "said", "the council", "one aide")]
    public void SpeakerInsideTheQuotation_GivesWayToTheWordsAfterTheCue(string text, string cue, string chosen, string expected)
    {
        var (traits, a) = Quoted(text, cue, chosen);

        var result = SpeakerRanker.SpeakerOutsideTheQuotation(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a speaker outside the quotation, a cue followed by a preposition ("said in a statement"), and words after the cue
    // that run on past eight before the sentence ends.
    [TestCase("“The dip you see now comes from the weather,” said Ana Ruiz. “It will pass.”", "said", "Ana Ruiz", false)]
    [TestCase("“The dip you see now comes from the weather,” said in a statement. “It will pass.”", "said", "The dip you", true)]
    [TestCase("“The dip you see now comes from the weather,” said the very long list of people who came to the hall on that cold night. “It will pass.”", "said", "The dip you", true)]
    public void SpeakerInsideTheQuotation_LeavesTheSpeaker(string text, string cue, string chosen, bool inside)
    {
        var (traits, a) = Quoted(text, cue, chosen);

        var result = SpeakerRanker.SpeakerOutsideTheQuotation(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
        Assert.That(traits.Doc.Quoted[traits.Doc.IndexAtOrAfter(a.Speaker!.Value.Start)], Is.EqualTo(inside));
    }

    // A direct attribution of the text's quoted parts, with the given cue and the given words as its speaker.
    private static (TokenTraits Traits, Attribution Attribution) Quoted(string text, string cue, string speaker)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var speakerAt = text.IndexOf(speaker, StringComparison.Ordinal);
        Assume.That(quotes, Is.Not.Empty);
        Assert.That(cueAt >= 0 && speakerAt >= 0, "the test's words are not in its text");
        var parts = quotes.Select(q => q.Outer).ToList();
        var content = new Span(parts[0].Start, parts[^1].End);
        var a = new Attribution(content, QuoteType.Direct, new Span(cueAt, cueAt + cue.Length), cue, new Span(speakerAt, speakerAt + speaker.Length), null) { Parts = parts };
        return (new TokenTraits(tokens), a);
    }
}
