using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch content37 (docs/quotes.md, "content37"): the content of an "according to" attribution that
/// opens with a connective and a comma starts after the comma. Hand-built attributions (the content as the cue tagger's
/// ran, from the sentence's start to the comma before the cue) on sentences written for these tests; the table holds rows the
/// old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesAccordingToConnectiveTests
{
    private static IEnumerable<TestCaseData> ConnectiveCases()
    {
        TestCaseData Case(string name, string text, string content, string cue, string speaker, QuoteType type, string expected) =>
            new TestCaseData(text, content, cue, speaker, type, expected).SetName($"ContentEdges37_Connective_{name}");

        // A connective of one word or more and its comma are not content.
        yield return Case("However", "However, the pier will close in May, according to the harbour board.",
            "However, the pier will close in May", "according to", "the harbour board", QuoteType.Indirect, "the pier will close in May");
        yield return Case("InFact", "In fact, the ferry ran late on every day of the week, according to the port\u2019s own records.",
            "In fact, the ferry ran late on every day of the week", "according to", "the port\u2019s own records", QuoteType.Indirect,
            "the ferry ran late on every day of the week");
        yield return Case("Meanwhile", "Meanwhile, fares on the night boat have doubled, according to a survey by the council.",
            "Meanwhile, fares on the night boat have doubled", "according to", "a survey by the council", QuoteType.Indirect,
            "fares on the night boat have doubled");
        yield return Case("Mixed", "Still, the levy is \u201ca fair deal\u201d for sailors, according to Okafor.",
            "Still, the levy is \u201ca fair deal\u201d for sailors", "according to", "Okafor", QuoteType.Mixed,
            "the levy is \u201ca fair deal\u201d for sailors");

        // Kept: "however" as an adverb of degree (no comma after it), a connective inside a quotation, a time phrase that sets
        // the scene, a connective before the cue of saying of a parenthetical speaker, a connective right before the cue.
        yield return Case("HoweverAdverb", "However hard the crews worked, the pier stayed shut, according to Okafor.",
            "However hard the crews worked, the pier stayed shut", "according to", "Okafor", QuoteType.Indirect,
            "However hard the crews worked, the pier stayed shut");
        yield return Case("Quotation", "\u201cHowever, the pier will close,\u201d according to a letter from Okafor.",
            "\u201cHowever, the pier will close,\u201d", "according to", "a letter from Okafor", QuoteType.Direct,
            "\u201cHowever, the pier will close,\u201d");
        yield return Case("MixedFromQuotation", "\u201cStill, we won,\u201d and the crews kept their jobs, according to Okafor.",
            "\u201cStill, we won,\u201d and the crews kept their jobs", "according to", "Okafor", QuoteType.Mixed,
            "\u201cStill, we won,\u201d and the crews kept their jobs");
        yield return Case("TimePhrase", "In 2014, the pier closed twice, according to the port\u2019s records.",
            "In 2014, the pier closed twice", "according to", "the port\u2019s records", QuoteType.Indirect, "In 2014, the pier closed twice");
        yield return Case("CueOfSaying", "However, the pier will close in May, Okafor said.",
            "However, the pier will close in May", "said", "Okafor", QuoteType.Indirect, "However, the pier will close in May");
    }

    [TestCaseSource(nameof(ConnectiveCases))]
    public void Content_OfAccordingTo_StartsAfterAnOpeningConnectiveAndComma(string text, string content, string cue, string speaker, QuoteType type, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var contentStart = text.IndexOf(content, StringComparison.Ordinal);
        var cueStart = text.IndexOf(" " + cue + " ", contentStart + content.Length, StringComparison.Ordinal) + 1;
        var speakerStart = text.IndexOf(speaker, cueStart, StringComparison.Ordinal);
        if (cue == "said")
        {
            speakerStart = text.IndexOf(speaker, contentStart + content.Length, StringComparison.Ordinal);
            cueStart = text.IndexOf(" " + cue, speakerStart, StringComparison.Ordinal) + 1;
        }

        var attribution = new Attribution(new Span(contentStart, contentStart + content.Length), type, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(speakerStart, speakerStart + speaker.Length), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(expected));
    }
}
