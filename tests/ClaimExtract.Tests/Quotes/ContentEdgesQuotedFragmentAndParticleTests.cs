using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Content edges of branch content31 (docs/quotes.md, "content31"): a quoted fragment in the words after a quotation's speaker
/// is not joined to the quotation; mixed content whose quotation stops inside its sentence takes the sentence's words after
/// it; a phrasal verb's particle after the cue is not content. One table row each, on sentences written for these tests; each
/// table holds rows the old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesQuotedFragmentAndParticleTests
{
    private static IEnumerable<TestCaseData> QuotedFragmentCases()
    {
        TestCaseData Case(string name, string text, string content, QuoteType type) =>
            new TestCaseData(text, content, type).SetName($"ContentEdges31_QuotedFragment_{name}");

        // A quotation before its cue ends at its own closing mark when the sentence goes on with a quoted fragment.
        yield return Case("Relative", "\u201cWe will keep the harbour open,\u201d said Ana Okafor, who called the levy \u201ca fair deal.\u201d", "\u201cWe will keep the harbour open,\u201d", QuoteType.Direct);
        yield return Case("Title", "\u201cThe pier is safe,\u201d Delgado said on the radio show \u201cHarbour Talk.\u201d", "\u201cThe pier is safe,\u201d", QuoteType.Direct);
        yield return Case("Apposition", "\u201cIt was shameful,\u201d said Tomas Berg, a dock worker who waited in a \u201cvery long line\u201d at the gate.", "\u201cIt was shameful,\u201d", QuoteType.Direct);

        // Kept whole: a split quotation, a quotation in the next sentence, a piece after "and" or right after the cue, a piece
        // after ", that".
        yield return Case("Split", "\u201cThe pier,\u201d said Okafor, \u201cwill close in May.\u201d", "\u201cThe pier,\u201d said Okafor, \u201cwill close in May.\u201d", QuoteType.Direct);
        yield return Case("NextSentence", "\u201cWe are ready,\u201d Okafor said. \u201cThe vote is in May.\u201d", "\u201cWe are ready,\u201d Okafor said. \u201cThe vote is in May.\u201d", QuoteType.Direct);
        yield return Case("And", "\u201cWe will win,\u201d she said, and \u201cnobody will stop us.\u201d", "\u201cWe will win,\u201d she said, and \u201cnobody will stop us.\u201d", QuoteType.Direct);
        yield return Case("RightAfterCue", "\u201cWe will win,\u201d she said \u201cand nobody will stop us.\u201d", "\u201cWe will win,\u201d she said \u201cand nobody will stop us.\u201d", QuoteType.Direct);
        yield return Case("CommaThat", "\u201cWe are worried,\u201d the workers wrote in a letter to the mayor, that the levy \u201cmay close the pier.\u201d", "\u201cWe are worried,\u201d the workers wrote in a letter to the mayor, that the levy \u201cmay close the pier.\u201d", QuoteType.Direct);
    }

    [TestCaseSource(nameof(QuotedFragmentCases))]
    public void Quotation_BeforeItsCue_EndsBeforeAQuotedFragmentOfTheSpeakersWords(string text, string content, QuoteType type)
        => AssertThroughTheRules(text, content, type);

    private static IEnumerable<TestCaseData> MixedSentenceWordsCases()
    {
        TestCaseData Case(string name, string text, string content) =>
            new TestCaseData(text, content, QuoteType.Mixed).SetName($"ContentEdges31_MixedSentenceWords_{name}");

        // Mixed content whose quotation stops inside its sentence takes the words after it, twenty at most.
        yield return Case("For", "Okafor called the levy \u201ca fair deal\u201d for the port workers.", "the levy \u201ca fair deal\u201d for the port workers");
        yield return Case("Relative", "Okafor called the new levy \u201ca fair deal\u201d for the workers of the port who have waited for a raise since the storms of last year.",
            "the new levy \u201ca fair deal\u201d for the workers of the port who have waited for a raise since the storms of last year");

        // Kept: a semicolon or a dash after the quotation, more than twenty words.
        yield return Case("Semicolon", "Okafor called the levy \u201ca fair deal\u201d; the workers disagreed with her.", "the levy \u201ca fair deal\u201d");
        yield return Case("Dash", "Okafor called the levy \u201ca fair deal\u201d \u2014 the workers disagreed.", "the levy \u201ca fair deal\u201d");
        yield return Case("TooManyWords", "Okafor called the new levy \u201ca fair deal\u201d for the workers of the port who have waited for a raise since the great storms of the year before last year.",
            "the new levy \u201ca fair deal\u201d");
    }

    [TestCaseSource(nameof(MixedSentenceWordsCases))]
    public void MixedContent_StoppingInsideItsSentence_TakesTheWordsAfterIt(string text, string content, QuoteType type)
        => AssertThroughTheRules(text, content, type);

    private static void AssertThroughTheRules(string text, string content, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => (a.Content.Of(text), a.Type)), Has.Member((content, type)));
    }

    private static IEnumerable<TestCaseData> ParticleCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges31_Particle_{name}");

        // A phrasal verb's particle right after the cue is not content.
        yield return Case("Off", "The campaign shrugged off the criticism from the dock workers.", "shrugged", "the criticism from the dock workers.");
        yield return Case("Up", "Delgado talked up her plan for the new pier.", "talked", "her plan for the new pier.");
        yield return Case("Back", "Okafor fired back at the council over the levy.", "fired", "at the council over the levy.");

        // Kept: "up to" a number, "out of", a particle with no word after it, a particle that does not follow the cue.
        yield return Case("UpTo", "The mayor said up to 300 workers would strike in May.", "said", "up to 300 workers would strike in May.");
        yield return Case("OutOf", "Okafor ruled out of order any vote on the levy.", "ruled", "out of order any vote on the levy.");
        yield return Case("NoWordAfter", "In the end the council backed down.", "backed", "down.");
        yield return Case("NotAfterCue", "Okafor said on Friday off the record the pier would close.", "said", "off the record the pier would close.");
    }

    [TestCaseSource(nameof(ParticleCases))]
    public void Content_FromAParticleAfterItsCue_StartsAfterTheParticle(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var start = content.StartsWith("off the record", StringComparison.Ordinal) ? text.IndexOf("off the record", StringComparison.Ordinal) : cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(start, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }
}
