using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact49 (docs/quotes.md, "exact49"): the content of a cue inside a clause that opens its sentence
/// with a subordinator ("While", "After", "Though", "As", "Despite", ...) ends before the comma that closes that clause.
/// Hand-built attributions (speaker, then cue, then the content as the cue tagger ran it, to the sentence's end) on sentences
/// written for these tests: rows the old code gets wrong, then rows that pin what is kept.
/// </summary>
public class ContentEdgesSubordinateClauseEndTests
{
    private static TestCaseData Case(string name, string text, string speaker, string cue, string content, QuoteType type, string expected) =>
        new TestCaseData(text, speaker, cue, content, type, expected).SetName($"ContentEdgesExact49_{name}");

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return Case("While", "While Okafor praised the new levy, the union called it a tax on the poor.",
            "Okafor", "praised", "the new levy, the union called it a tax on the poor", QuoteType.Indirect, "the new levy");
        yield return Case("AfterSaid", "After Delgado said the pier would close, the ferry crews walked out.",
            "Delgado", "said", "the pier would close, the ferry crews walked out", QuoteType.Indirect, "the pier would close");
        yield return Case("Though", "Though she never mentioned the harbour levy by name, Okafor cast her rival as a friend of the shipowners.",
            "she", "mentioned", "the harbour levy by name, Okafor cast her rival as a friend of the shipowners", QuoteType.Indirect,
            "the harbour levy by name");
        yield return Case("Although", "Although the mayor has promised a new ferry terminal, the port budget holds no money for it.",
            "the mayor", "has promised", "a new ferry terminal, the port budget holds no money for it", QuoteType.Indirect,
            "a new ferry terminal");
        yield return Case("EvenAs", "Even as Delgado criticized the fare rise, her party voted for it.",
            "Delgado", "criticized", "the fare rise, her party voted for it", QuoteType.Indirect, "the fare rise");
        yield return Case("As", "As the council debated the port levy, protesters gathered outside the hall.",
            "the council", "debated", "the port levy, protesters gathered outside the hall", QuoteType.Indirect, "the port levy");
        yield return Case("Despite", "Despite warnings urging calm, the crowd marched on the harbour.",
            "warnings", "urging", "calm, the crowd marched on the harbour", QuoteType.Indirect, "calm");
        yield return Case("When", "When Okafor described the levy as unfair, the board dropped it.",
            "Okafor", "described", "the levy as unfair, the board dropped it", QuoteType.Indirect, "the levy as unfair");
        yield return Case("Because", "Because the board rejected the harbour plan, Okafor resigned.",
            "the board", "rejected", "the harbour plan, Okafor resigned", QuoteType.Indirect, "the harbour plan");

        // Kept: a comma right after the cue (the cue's clause is the lead of the main clause's report), a reportive "As" clause
        // with an adjunct before its comma, a speech verb in the
        // main clause with no cue of ours there, a comma before the cue, a sentence that opens with no subordinator, a comma
        // two characters into the content, commas inside quotation marks only.
        yield return Case("KeptCommaAfterCue", "As Okafor said, the pier will close in May, and the ferry with it.",
            "Okafor", "said", "the pier will close in May, and the ferry with it", QuoteType.Indirect,
            "the pier will close in May, and the ferry with it");
        yield return Case("KeptReportiveAs", "As Okafor noted in her May letter, the pier will close, and the ferry with it.",
            "Okafor", "noted", "in her May letter, the pier will close, and the ferry with it", QuoteType.Indirect,
            "in her May letter, the pier will close, and the ferry with it");
        yield return Case("KeptSpeechInMainClause", "While the union pushed for talks, Okafor told reporters the levy would stay.",
            "the union", "pushed", "for talks, Okafor told reporters the levy would stay", QuoteType.Indirect,
            "for talks, Okafor told reporters the levy would stay");
        yield return Case("KeptCommaInLead", "When the pier closed, Okafor praised the crews, the pilots and the clerks.",
            "Okafor", "praised", "the crews, the pilots and the clerks", QuoteType.Indirect, "the crews, the pilots and the clerks");
        yield return Case("KeptNoSubordinator", "The mayor praised the new levy, the fairest in years.",
            "The mayor", "praised", "the new levy, the fairest in years", QuoteType.Indirect, "the new levy, the fairest in years");
        yield return Case("KeptShort", "While Okafor praised it, the union struck.",
            "Okafor", "praised", "it, the union struck", QuoteType.Indirect, "it, the union struck");
        yield return Case("KeptQuotedComma", "If the board approves the \u201cnew levy, at last,\u201d the ferry fares will double.",
            "the board", "approves", "the \u201cnew levy, at last,\u201d the ferry fares will double", QuoteType.Mixed,
            "the \u201cnew levy, at last,\u201d the ferry fares will double");

    }

    [TestCaseSource(nameof(Cases))]
    public void Content_InAnOpeningClause_EndsWhereTheClauseEnds(string text, string speaker, string cue, string content, QuoteType type, string expected)
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
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(expected));
    }
}
