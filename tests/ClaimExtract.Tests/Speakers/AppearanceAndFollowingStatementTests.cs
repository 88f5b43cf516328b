using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers123, on texts written for these tests. Where the ranker chose nobody: the person who appears somewhere ("Ana Ruiz
/// appeared on the morning show to ...") is the source of that "appear" (<see cref="SpeakerRanker.SubjectOfAnAppearance"/>), and a
/// cueless quotation after "the following statement:" or "as follows:" is the colon sentence's subject's
/// (<see cref="SpeakerRanker.SourceOfTheFollowingStatement"/>).
/// </summary>
public class AppearanceAndFollowingStatementTests
{
    // An attribution with no speaker chosen, found by its cue (null: none) and content words.
    private static (TokenTraits Traits, Attribution Attribution) Unspoken(string text, string? cue, string content)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, []);
        var contentAt = text.IndexOf(content, StringComparison.Ordinal);
        Assert.That(contentAt >= 0, "the test's content is not in its text");
        Span? cueSpan = null;
        if (cue is not null)
        {
            var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
            Assert.That(cueAt >= 0, "the test's cue is not in its text");
            cueSpan = new Span(cueAt, cueAt + cue.Length);
        }

        var type = cue is null ? QuoteType.Direct : QuoteType.Indirect;
        var a = new Attribution(new Span(contentAt, contentAt + content.Length), type, cueSpan, cue ?? "", null, null);
        return (new TokenTraits(tokens), a);
    }

    // "appear" with "on", "before", "with", ...: the mention before it (over auxiliaries and adverbs) speaks.
    [TestCase("Ana Ruiz appeared on the morning show to defend the harbour plan.", "appeared", "Ana Ruiz")]
    [TestCase("When Mayor Tom Hale appeared before the council to explain the budget, the room was full.", "appeared", "Tom Hale")]
    [TestCase("The plan was mocked, although Ana Ruiz later appeared with the clerk to praise it.", "appeared", "Ana Ruiz")]
    [TestCase("The board chose a pier builder who will appear before the committee to describe the work.", "appear", "who")]
    [TestCase("Later that week he appeared at a fish market to talk about the dock.", "appeared", "he")]
    public void Appearance_PersonSpeaks(string text, string cue, string expected)
    {
        var (traits, a) = Unspoken(text, cue, text);

        var result = SpeakerRanker.SubjectOfAnAppearance(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Does.EndWith(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Does.EndWith(expected));
    }

    // Left alone: an evidential "seem"-like "appear", an infinitive "to appear", a preposition's object, a word that is no name, the
    // same person's later clause in the sentence.
    [TestCase("Ana Ruiz appeared to back the harbour plan at the meeting.", "appeared", "Ana Ruiz")]
    [TestCase("The clerk is due to appear in court on Monday to answer the charges.", "appear", "The clerk")]
    [TestCase("That letter from Ana Ruiz appeared in the Ledger last spring.", "appeared", "That letter")]
    [TestCase("Neither mayor will appear on the stage in Delmar this week.", "appear", "Neither")]
    [TestCase("When she appeared before the board, she declined to back the pier.", "appeared", "When she")]
    public void Appearance_LeavesOthers(string text, string cue, string content)
    {
        var at = text.IndexOf(content, StringComparison.Ordinal);
        var (traits, a) = Unspoken(text, cue, text[at..]);

        Assert.That(SpeakerRanker.SubjectOfAnAppearance(new(traits, a), a).Speaker, Is.Null);
    }

    [Test]
    public void Appearance_KeepsAChosenSpeaker()
    {
        const string text = "Ana Ruiz appeared on the morning show to defend the harbour plan.";
        var (traits, a) = Unspoken(text, "appeared", text);
        var show = text.IndexOf("morning", StringComparison.Ordinal);
        a = a with { Speaker = new Span(show, show + 7) };

        Assert.That(SpeakerRanker.SubjectOfAnAppearance(new(traits, a), a).Speaker?.Of(text), Is.EqualTo("morning"));
    }

    // A colon sentence ending "the following statement:" or "as follows:" names the cueless quotation's source.
    [TestCase("When the pier closed, Mayor Tom Hale released the following statement:\n\n“We will build it again.”", "Mayor Tom Hale")]
    [TestCase("At the dock, harbour chief Ana Ruiz then issued the following remarks:\n\n“The dock stays open all winter.”", "Ana Ruiz")]
    [TestCase("Ana Ruiz spoke at the dock on Monday.\n\nTranscript as follows:\n\n“We will build it again.”", "Transcript")]
    public void FollowingStatement_SubjectSpeaks(string text, string expected)
    {
        var open = text.IndexOf('“', StringComparison.Ordinal);
        var (traits, a) = Unspoken(text, null, text[open..]);

        var result = SpeakerRanker.SourceOfTheFollowingStatement(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Does.EndWith(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Does.EndWith(expected));
    }

    // Left alone: a colon after other words, a quotation that does not open after the colon.
    [TestCase("Mayor Tom Hale had a plan for the dock:\n\n“We will build it again.”")]
    [TestCase("Mayor Tom Hale released the following statement: the dock will reopen.\n\n“We will build it again.”")]
    public void FollowingStatement_LeavesOthers(string text)
    {
        var open = text.IndexOf('“', StringComparison.Ordinal);
        var (traits, a) = Unspoken(text, null, text[open..]);

        Assert.That(SpeakerRanker.SourceOfTheFollowingStatement(new(traits, a), a).Speaker, Is.Null);
    }
}
