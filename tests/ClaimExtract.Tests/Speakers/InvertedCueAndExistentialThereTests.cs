using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers122, on texts written for these tests. Where the ranker chose nobody: the mention right after an inverted verb of
/// saying ("“…,” said pollster Tom Hale. “…”") is its source (<see cref="SpeakerRanker.SubjectAfterAnInvertedCue"/>), and the noun
/// phrase after an existential "there" is the source of the participle right after it (<see cref="SpeakerRanker.NounAfterAnExistentialThere"/>).
/// </summary>
public class InvertedCueAndExistentialThereTests
{
    // An attribution with no speaker chosen, found by its cue and content words.
    private static (TokenTraits Traits, Attribution Attribution) Unspoken(string text, string cue, string content)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, []);
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var contentAt = text.IndexOf(content, StringComparison.Ordinal);
        Assert.That(cueAt >= 0 && contentAt >= 0, "the test's words are not in its text");
        var a = new Attribution(new Span(contentAt, contentAt + content.Length), QuoteType.Direct, new Span(cueAt, cueAt + cue.Length), cue, null, null);
        return (new TokenTraits(tokens), a);
    }

    // A verb of saying right after a quotation's closing mark and its comma (or question mark): the mention after it speaks.
    [TestCase("“The pier will be in some ad by spring,” said pollster Tom Hale. “Nobody wants to vote for the past.”", "said", "Tom Hale")]
    [TestCase("“It is hard to come back after a long winter,” said the baker, who runs a shop on Elm Street. “But we did.”", "said", "the baker")]
    [TestCase("\"Who pays for the pier?\" says Ana Ruiz of the harbour board. \"Every year, we do.\"", "says", "Ana Ruiz")]
    public void InvertedCue_MentionAfterItSpeaks(string text, string cue, string expected)
    {
        var (traits, a) = Unspoken(text, cue, text);

        var result = SpeakerRanker.SubjectAfterAnInvertedCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Does.Contain(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Does.Contain(expected));
    }

    // Left alone: a cue that follows no quotation, a cue the name comes before, another verb than one of saying, a speaker already chosen.
    [TestCase("The clerk said Tom Hale would resign. “Nobody wants that.”", "said")]
    [TestCase("“The pier will be ready by spring,” Tom Hale said. “Nobody doubts it.”", "said")]
    [TestCase("“The pier will be ready by spring,” warned pollster Tom Hale. “Nobody doubts it.”", "warned")]
    public void InvertedCue_LeavesOthers(string text, string cue)
    {
        var (traits, a) = Unspoken(text, cue, text);

        Assert.That(SpeakerRanker.SubjectAfterAnInvertedCue(new(traits, a), a).Speaker, Is.Null);
    }

    [Test]
    public void InvertedCue_KeepsAChosenSpeaker()
    {
        const string text = "“The pier will be in some ad by spring,” said pollster Tom Hale. “Nobody wants to vote for the past.”";
        var (traits, a) = Unspoken(text, "said", text);
        var mayor = text.IndexOf("pier", StringComparison.Ordinal);
        a = a with { Speaker = new Span(mayor, mayor + 4) };

        Assert.That(SpeakerRanker.SubjectAfterAnInvertedCue(new(traits, a), a).Speaker?.Of(text), Is.EqualTo("pier"));
    }

    // "There BE [adverbs] NOUN PHRASE -ing": the noun phrase speaks.
    [TestCase("There were also letters that week showing that the clerk knew about the leak.", "showing", "that the clerk knew about the leak", "letters that week")]
    [TestCase("There is no public record suggesting that the board voted on the pier.", "suggesting", "that the board voted on the pier", "public record")]
    [TestCase("There was a memo from the clerk warning that the pier could close.", "warning", "that the pier could close", "a memo from the clerk")]
    [TestCase("There’s a letter warning that the pier could close.", "warning", "that the pier could close", "a letter")]
    public void ExistentialThere_NounPhraseSpeaks(string text, string cue, string content, string expected)
    {
        var (traits, a) = Unspoken(text, cue, content);

        var result = SpeakerRanker.NounAfterAnExistentialThere(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Does.EndWith(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Does.EndWith(expected));
    }

    // Left alone: a finite cue ("suggests"), no "there" before the noun, a comma before the participle, a gerund after "no".
    [TestCase("There is nothing that suggests the pier will close.", "suggests", "the pier will close")]
    [TestCase("Most records were letters showing that the clerk knew.", "showing", "that the clerk knew")]
    [TestCase("There were letters, showing that the clerk knew.", "showing", "that the clerk knew")]
    [TestCase("There’s no denying that the pier has had quite a run.", "denying", "that the pier has had quite a run")]
    public void ExistentialThere_LeavesOthers(string text, string cue, string content)
    {
        var (traits, a) = Unspoken(text, cue, content);

        Assert.That(SpeakerRanker.NounAfterAnExistentialThere(new(traits, a), a).Speaker, Is.Null);
    }
}
