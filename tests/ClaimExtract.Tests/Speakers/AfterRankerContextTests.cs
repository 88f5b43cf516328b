using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The context the rules after the ranker share per attribution (<see cref="AfterRankerContext"/>) gives what each rule computed on its
/// own before: the tokens of whatever cue or speaker is asked about, in any order, and the attribution's candidates; and one context
/// reused over many choices (as the trainer and the ranker's chain of rules use it) gives what a fresh one gives.
/// </summary>
public class AfterRankerContextTests
{
    private const string Text = "Tom Hale, the county clerk, told the Daily Ledger on Monday that the vote was fair, and Ana Ruiz said it was not.";

    // Spans asked in turn: each answer must be that span's own tokens, not the previous span's.
    [TestCase("Tom Hale", "the Daily Ledger", "Tom Hale")]
    [TestCase("the county clerk", "Ana Ruiz", "Monday")]
    [TestCase("Ana Ruiz", "Ana Ruiz", "the vote")]
    public void SpeakerTokens_AreThoseOfTheSpanAsked(string first, string second, string third)
    {
        var (traits, a) = Attributed(Text, "told", "Tom Hale", "the vote was fair");
        var context = new AfterRankerContext(traits, a);
        var doc = traits.Doc;

        foreach (var words in new[] { first, second, third, first })
        {
            var span = SpanOf(words);
            Assert.That(context.SpeakerTokens(span), Is.EqualTo((doc.IndexAtOrAfter(span.Start), doc.IndexAtOrAfter(span.End) - 1)), words);
        }
    }

    // A cue inside quotation marks is no cue outside them; the tokens are the cue's whatever was asked before.
    [TestCase("told", true)]
    [TestCase("said", true)]
    [TestCase("was fair", false)]
    public void CueOutsideQuotes_ReadsTheCueAsked(string cue, bool outside)
    {
        var document = TextDocument.Create(Text);
        var quoted = SpanOf("the vote was fair");
        var doc = new TokenizedDocument(document, [quoted]);
        var a = new Attribution(quoted, QuoteType.Direct, SpanOf("told"), "told", SpanOf("Tom Hale"), null);
        var context = new AfterRankerContext(new TokenTraits(doc), a);
        var span = SpanOf(cue);

        _ = context.CueTokens(SpanOf("Monday"));
        var result = context.CueOutsideQuotes(span, out var cueFirst, out var cueLast);

        Assert.That((result, cueFirst, cueLast), Is.EqualTo((outside, doc.IndexAtOrAfter(span.Start), doc.IndexAtOrAfter(span.End) - 1)));
    }

    // The rules' opening test: the chosen cue outside quotation marks with its tokens and document, and with TrySpeakerAndCue a
    // speaker too; no cue, a quoted cue or (for the second) no speaker is false with the default.
    [TestCase("told", "Tom Hale", true)]
    [TestCase("said", null, true)]
    [TestCase("was fair", "Tom Hale", false)]
    [TestCase(null, "Tom Hale", false)]
    public void TryChosenCue_GivesTheCueOutsideQuotes_AndTrySpeakerAndCue_TheSpeakerToo(string? cue, string? speaker, bool outside)
    {
        var document = TextDocument.Create(Text);
        var quoted = SpanOf("the vote was fair");
        var doc = new TokenizedDocument(document, [quoted]);
        var traits = new TokenTraits(doc);
        var cueSpan = cue is null ? (Span?)null : SpanOf(cue);
        var speakerSpan = speaker is null ? (Span?)null : SpanOf(speaker);
        var chosen = new Attribution(quoted, QuoteType.Direct, cueSpan, cue, speakerSpan, null);
        var context = new AfterRankerContext(traits, new Attribution(quoted, QuoteType.Direct, SpanOf("told"), "told", SpanOf("Tom Hale"), null));

        var found = context.TryChosenCue(chosen, out var chosenCue);
        var withSpeaker = context.TrySpeakerAndCue(chosen, out var speakerFound, out var speakerCue);

        Assert.That(found, Is.EqualTo(outside));
        Assert.That(withSpeaker, Is.EqualTo(outside && speaker is not null));
        if (!outside)
        {
            Assert.That((chosenCue.Span, chosenCue.First, chosenCue.Last, chosenCue.Traits), Is.EqualTo((default(Span), 0, 0, (TokenTraits?)null)));
            return;
        }

        var (span, first, last, cueTraits, cueDoc, tokens) = chosenCue;
        var expected = cueSpan!.Value;
        Assert.That((span, first, last), Is.EqualTo((expected, doc.IndexAtOrAfter(expected.Start), doc.IndexAtOrAfter(expected.End) - 1)));
        Assert.That(cueTraits, Is.SameAs(traits));
        Assert.That(cueDoc, Is.SameAs(doc));
        Assert.That(tokens, Is.SameAs(doc.Tokens));
        if (withSpeaker)
        {
            Assert.That((speakerFound, speakerCue.Span, speakerCue.First, speakerCue.Last), Is.EqualTo((speakerSpan!.Value, span, first, last)));
        }
    }

    [Test]
    public void Candidates_AreTheAttributionsOwn_OrTheOnesGiven()
    {
        var (traits, a) = Attributed(Text, "told", "Tom Hale", "the vote was fair");
        var given = SpeakerCandidates.Generate(traits, a);

        Assert.That(new AfterRankerContext(traits, a).Candidates, Is.EqualTo(given));
        Assert.That(new AfterRankerContext(traits, a, given).Candidates, Is.SameAs(given));
    }

    // The trainer runs every candidate's choice through the rules with one context: each result is the one a fresh context gives.
    [TestCase("Tom Hale, the county clerk, told the Daily Ledger on Monday that the vote was fair.", "told", "Tom Hale", "the vote was fair")]
    [TestCase("Speaking on Monday in Dayton, Ana Ruiz said the plan was bad.", "said", "Ana Ruiz", "the plan was bad")]
    [TestCase("The plan has been called a mess by Ana Ruiz, who said it would fail.", "called", "The plan", "a mess")]
    [TestCase("According to a report from the Ledger, six in 10 voters backed the plan.", "According to", "a report", "six in 10 voters backed the plan")]
    [TestCase("It is unclear whether Tom Hale, who was asked about it, will run.", "is unclear", "It", "whether Tom Hale, who was asked about it, will run")]
    public void OneContext_GivesWhatAFreshOneGives_ForEveryChoice(string text, string cue, string speaker, string content)
    {
        var (traits, a) = Attributed(text, cue, speaker, content);
        var candidates = SpeakerCandidates.Generate(traits, a);
        var shared = new AfterRankerContext(traits, a, candidates);

        foreach (var c in candidates)
        {
            var chosen = SpeakerRanker.Choose(a, c, text);
            Assert.That(SpeakerRanker.AfterRanker(shared, chosen), Is.EqualTo(SpeakerRanker.AfterRanker(new AfterRankerContext(traits, a), chosen)), c.Span.Of(text));
        }
    }

    private static Span SpanOf(string words)
    {
        var at = Text.IndexOf(words, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), words);
        return new Span(at, at + words.Length);
    }
}
