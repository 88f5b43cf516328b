using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact50 (docs/quotes.md, "exact50"): content after its cue ends before a comma that a report of
/// its own follows (another statement's cue within two words of the comma, its content after that cue). Hand-built pairs of
/// attributions on sentences written for these tests: the first statement's content as the cue tagger ran it, to the sentence's
/// end, and the statement of the report after the comma; rows the old code leaves whole, then rows that pin what is kept.
/// </summary>
public class ContentEdgesCommaBeforeAReportTests
{
    private static TestCaseData Case(string name, string text, string speaker, string cue, string content, QuoteType type,
        string? otherSpeaker, string otherCue, string otherContent, string expected) =>
        new TestCaseData(text, speaker, cue, content, type, otherSpeaker, otherCue, otherContent, expected).SetName($"ContentEdgesExact50_{name}");

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("Saying", "Okafor praised the new levy, saying it would pay for the ferry.",
            "Okafor", "praised", "the new levy, saying it would pay for the ferry", QuoteType.Indirect,
            null, "saying", "it would pay for the ferry", "the new levy");
        yield return Case("Citing", "Delgado endorsed the mayor, citing her record on the port.",
            "Delgado", "endorsed", "the mayor, citing her record on the port", QuoteType.Indirect,
            null, "citing", "her record on the port", "the mayor");
        yield return Case("Claiming", "The clerk announced plans to sue the board, claiming he was fired for his views.",
            "The clerk", "announced", "plans to sue the board, claiming he was fired for his views", QuoteType.Indirect,
            null, "claiming", "he was fired for his views", "plans to sue the board");
        yield return Case("NameSaid", "The board approved the harbour levy, Okafor said the fares would stay low.",
            "The board", "approved", "the harbour levy, Okafor said the fares would stay low", QuoteType.Indirect,
            "Okafor", "said", "the fares would stay low", "the harbour levy");
        yield return Case("TwoWordSubject", "Critics attacked the plan, Okafor's office insisted it was fair.",
            "Critics", "attacked", "the plan, Okafor's office insisted it was fair", QuoteType.Indirect,
            "Okafor's office", "insisted", "it was fair", "the plan");
        yield return Case("Mixed", "She welcomed the \u201cbold\u201d ferry plan, adding that it was overdue.",
            "She", "welcomed", "the \u201cbold\u201d ferry plan, adding that it was overdue", QuoteType.Mixed,
            null, "adding", "that it was overdue", "the \u201cbold\u201d ferry plan");

        // Kept: a relative clause after the comma, a report more than two words after it, a comma in the first words of a "that"
        // clause, a report whose content stands before its cue (a trailing attribution, not a report of its own).
        yield return Case("KeptRelative", "Okafor praised the clerk, who said the fares were fair.",
            "Okafor", "praised", "the clerk, who said the fares were fair", QuoteType.Indirect,
            "who", "said", "the fares were fair", "the clerk, who said the fares were fair");
        yield return Case("KeptFarReport", "Okafor praised the levy, and the union's own treasurer later said it was fair.",
            "Okafor", "praised", "the levy, and the union's own treasurer later said it was fair", QuoteType.Indirect,
            "the union's own treasurer", "said", "it was fair", "the levy, and the union's own treasurer later said it was fair");
        yield return Case("KeptThatOpening", "Okafor argued that in May, the board said the pier would close.",
            "Okafor", "argued", "that in May, the board said the pier would close", QuoteType.Indirect,
            "the board", "said", "the pier would close", "that in May, the board said the pier would close");
        yield return Case("KeptTrailingReport", "Okafor praised the levy, her aides said.",
            "Okafor", "praised", "the levy, her aides said", QuoteType.Indirect,
            "her aides", "said", "Okafor praised the levy", "the levy, her aides said");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_BeforeACommaAndAReportOfItsOwn_EndsAtTheComma(string text, string speaker, string cue, string content, QuoteType type,
        string? otherSpeaker, string otherCue, string otherContent, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var speakerStart = text.IndexOf(speaker, StringComparison.Ordinal);
        var cueStart = text.IndexOf(cue, speakerStart + speaker.Length, StringComparison.Ordinal);
        var contentStart = text.IndexOf(content, cueStart + cue.Length, StringComparison.Ordinal);
        Assert.That(speakerStart, Is.GreaterThanOrEqualTo(0));
        Assert.That(cueStart, Is.GreaterThan(0));
        Assert.That(contentStart, Is.GreaterThan(cueStart));
        var attribution = new Attribution(new Span(contentStart, contentStart + content.Length), type, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(speakerStart, speakerStart + speaker.Length), null);

        // The other statement's cue is the first after the first statement's cue; its content is searched from the sentence's start.
        var otherCueStart = text.IndexOf(otherCue, cueStart + cue.Length, StringComparison.Ordinal);
        var otherContentStart = text.IndexOf(otherContent, StringComparison.Ordinal);
        Assert.That(otherCueStart, Is.GreaterThan(cueStart));
        Assert.That(otherContentStart, Is.GreaterThanOrEqualTo(0));
        Span? otherSpeakerSpan = null;
        if (otherSpeaker is not null)
        {
            var s = text.LastIndexOf(otherSpeaker, otherCueStart, StringComparison.Ordinal);
            Assert.That(s, Is.GreaterThanOrEqualTo(0));
            otherSpeakerSpan = new Span(s, s + otherSpeaker.Length);
        }

        var other = new Attribution(new Span(otherContentStart, otherContentStart + otherContent.Length), QuoteType.Indirect,
            new Span(otherCueStart, otherCueStart + otherCue.Length), otherCue, otherSpeakerSpan, null);
        var found = ContentEdges.EndBeforeCommaReport(tokens, [attribution, other]);
        Assert.That(found[0].Content.Of(text), Is.EqualTo(expected));
        Assert.That(found[1], Is.EqualTo(other));
    }
}
