using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact61 (docs/quotes.md, "exact61"): content that starts at a relative "that" with no subject
/// of its own (an auxiliary, a past form or a present verb in "-s" after it) closing the cue's object starts at that object even when the object is
/// long (up to 30 tokens) or holds commas (<see cref="ContentEdges.StartAtNounPhrase"/>). Hand-built attributions on sentences
/// written for these tests (the cue a given word, the content from the given "that" to the sentence's final period); rows
/// that move, then rows that pin what is kept.
/// </summary>
public class ContentEdgesLongObjectBeforeRelativeThatTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected) =>
            new TestCaseData(text, cue, expected).SetName($"ContentEdgesExact61_{name}");

        // A relative "that" closes a long object or one with commas: the content starts right after the cue.
        yield return Case("CommaObject", "The mayor blamed two things, chiefly the harbour budget cuts that ended the night ferry.", "blamed",
            "two things, chiefly the harbour budget cuts that ended the night ferry");
        yield return Case("CommaClause", "Her aides insisted it was a short slump, reflecting doubts among older voters that would fade by June.", "insisted",
            "it was a short slump, reflecting doubts among older voters that would fade by June");
        yield return Case("LongObject", "Okafor described a long list of small repairs to the old pier and the two ferry ramps on the east side that had been put off for years.", "described",
            "a long list of small repairs to the old pier and the two ferry ramps on the east side that had been put off for years");
        yield return Case("PresentVerb", "The council praised a small harbour charity in the east end that runs the night ferry.", "praised",
            "a small harbour charity in the east end that runs the night ferry");

        // Kept at the "that": a complement "that" with its own subject after a comma or a long phrase, an addressee, a time word.
        yield return Case("KeptComplementAfterComma", "Okafor told the board, in a long letter to every member, that the pier would close.", "told",
            "that the pier would close");
        yield return Case("KeptComplementLong", "Okafor said at a crowded meeting of the harbour trust in the old town hall on the east side that the pier would close.", "said",
            "that the pier would close");
        yield return Case("KeptAddressee", "Okafor told the members of the board, one by one, that had been settled.", "told",
            "that had been settled");
        yield return Case("KeptNounSubject", "Okafor said at a crowded meeting of the harbour trust that polls could turn by June.", "said",
            "that polls could turn by June");
        yield return Case("KeptPronoun", "Okafor said at a crowded meeting of the harbour trust that his pier would close.", "said",
            "that his pier would close");
        yield return Case("KeptTimeWord", "Okafor mentioned the levy, the ferry and the ramps on Monday that were built in May.", "mentioned",
            "that were built in May");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_AtARelativeThat_StartsAtTheCuesObject(string text, string cue, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var thatAt = text.LastIndexOf(" that ", StringComparison.Ordinal) + 1;
        var end = text.Length - 1;
        var attribution = new Attribution(new Span(thatAt, end), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var start = ContentEdges.StartAtNounPhrase(tokens, attribution) ?? thatAt;
        Assert.That(text[start..end], Is.EqualTo(expected));
    }
}
