using System.Text.Json;
using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.NUnit;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

// NUnit1027 (parameters without arguments) does not know that FsCheck's [Property] supplies them.
#pragma warning disable NUnit1027

namespace ClaimExtract.Tests.Reliability;

/// <summary>A text made of news-like pieces: words, cues, abbreviations, every quotation mark, breaks, astral characters and lone surrogates.</summary>
public sealed record NewsText(string Value)
{
    public override string ToString() => JsonSerializer.Serialize(Value);
}

/// <summary>The generator of <see cref="NewsText"/>, for FsCheck.</summary>
public static class NewsTexts
{
    private static readonly string[] Pieces =
    [
        "He", "she", "said", "told", "Smith", "the plan", "we will win", "according to", "Mr.", "Dr.", "U.S.", "J.", "No.", "p.m.",
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "‹", "›", "「", "」",
        ".", ". ", "! ", "? ", "… ", "...", ", ", ": ", " — ", "-", "(", ")", "1.5", "2027.",
        " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2028",
        "🌊", "e\u0301", "é", "\uD800", "\uDC00", "\0",
    ];

    public static Arbitrary<NewsText> Text() =>
        Arb.From(Gen.ListOf(Gen.Elements(Pieces)).Select(pieces => new NewsText(string.Join(" ", pieces))));
}

/// <summary>
/// Invariants of the text stages that hold for every input (issue 6), checked by FsCheck on generated texts;
/// a failure prints the shrunk text as a JSON string.
/// </summary>
public class PropertyTests
{
    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new AssertionException(what);
        }
    }

    private static bool IsTrimmed(string text, Span span) =>
        span.Length > 0 && !char.IsWhiteSpace(text[span.Start]) && !char.IsWhiteSpace(text[span.End - 1]);

    [Property(Arbitrary = new[] { typeof(NewsTexts) }, MaxTest = 500)]
    public void Paragraphs_AndSentences_AreOrderedTrimmedNestedAndLoseNoCharacter(NewsText input)
    {
        var text = input.Value;
        var document = TextDocument.Create(text);

        var previousEnd = 0;
        foreach (var p in document.Paragraphs)
        {
            Check(p.Start >= previousEnd && p.End <= text.Length && IsTrimmed(text, p), $"paragraph {p}");
            previousEnd = p.End;
        }

        previousEnd = 0;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            var s = document.Sentences[i];
            Check(s.Index == i && s.Span.Start >= previousEnd && IsTrimmed(text, s.Span), $"sentence {i} {s}");
            Check(document.Paragraphs[s.Paragraph].Contains(s.Span), $"sentence {i} outside its paragraph");
            Check(document.SentenceAt(s.Span.Start) == i && document.ParagraphAt(s.Span.Start) == s.Paragraph, $"lookups of sentence {i}");
            previousEnd = s.Span.End;
        }

        // Every visible character is in a paragraph and in a sentence of it.
        for (var c = 0; c < text.Length; c++)
        {
            if (char.IsWhiteSpace(text[c]))
            {
                continue;
            }

            var paragraph = document.Paragraphs.Count(p => p.Start <= c && c < p.End);
            var sentence = document.Sentences.Count(s => s.Span.Start <= c && c < s.Span.End);
            Check(paragraph == 1 && sentence == 1, $"character {c} ({text[c]}) is in {paragraph} paragraphs and {sentence} sentences");
        }
    }

    [Property(Arbitrary = new[] { typeof(NewsTexts) }, MaxTest = 500)]
    public void Quotations_AreOrderedDisjointAndOpenAtAMark(NewsText input)
    {
        var text = input.Value;
        var quotes = QuoteScanner.Scan(TextDocument.Create(text));

        var previousEnd = 0;
        foreach (var q in quotes)
        {
            Check(q.Outer.Start >= previousEnd && q.Outer.End <= text.Length, $"outer {q.Outer} after {previousEnd}");
            Check(q.Outer.Start <= q.Inner.Start && q.Inner.Start <= q.Inner.End && q.Inner.End <= q.Outer.End, $"inner {q.Inner} outside outer {q.Outer}");
            Check("“”\"‘’'«»„‹›「」".Contains(text[q.Outer.Start], StringComparison.Ordinal), $"quotation {q.Outer} opens with '{text[q.Outer.Start]}'");
            previousEnd = q.Outer.End;
        }
    }

    [Property(Arbitrary = new[] { typeof(NewsTexts) }, MaxTest = 500)]
    public void CodePointOffsets_CountWhatEveryDecoderCounts(NewsText input)
    {
        var text = input.Value;
        var map = new CodePointMap(text);

        var codePoints = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var insidePair = i > 0 && i < text.Length && char.IsSurrogatePair(text[i - 1], text[i]);
            if (!insidePair)
            {
                Check(map.ToCodePoint(i) == codePoints, $"ToCodePoint({i}) = {map.ToCodePoint(i)}, not {codePoints}");
            }

            if (i < text.Length && !insidePair)
            {
                codePoints++;
            }
        }

        Check(codePoints == text.EnumerateRunes().Count(), "runes counted as .NET decodes them");
    }

    [Property(Arbitrary = new[] { typeof(NewsTexts) }, MaxTest = 200)]
    [Category("Model")]
    public void EveryStatementSpan_IsItsTextInCodePoints_AndTheOutputIsValid(NewsText input)
    {
        var article = Pipeline.Process(new InputDocument("p", "p", new DocumentContent.PlainText(input.Value)));

        Check(!article.Problems.Any(p => p.Code == "CE9900"), string.Join("; ", article.Problems));
        BadInputCorpusTests.AssertWritesValidJsonAndCsv(article);
    }

    private static readonly ClaimPipeline Pipeline = new();
}
