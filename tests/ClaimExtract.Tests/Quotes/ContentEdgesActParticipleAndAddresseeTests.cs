using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edges of branch content38 (docs/quotes.md, "content38"): content after its cue ends before a comma and a
/// participle of an act of its own; an addressee after a cue of telling or asking, the verb after "quick to" and the "for"/"on"
/// after "called" are not content. Hand-built attributions (speaker, then cue, then the content as the cue tagger ran it) on
/// sentences written for these tests; each table holds rows the old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesActParticipleAndAddresseeTests
{
    private static TestCaseData Case(string name, string text, string speaker, string cue, string content, QuoteType type, string expected) =>
        new TestCaseData(text, speaker, cue, content, type, expected).SetName($"ContentEdges38_{name}");

    private static IEnumerable<TestCaseData> ParticipleCases()
    {
        // A participle of saying or naming after the object of a cue that is not a verb of saying.
        yield return Case("Participle_Calling", "Okafor defended the new levy, calling it the fairest tax the port had seen.",
            "Okafor", "defended", "the new levy, calling it the fairest tax the port had seen", QuoteType.Indirect, "the new levy");
        yield return Case("Participle_CallingMixed", "The mayor praised the ferry crews, calling them \u201cthe pride of the harbour.\u201d",
            "The mayor", "praised", "the ferry crews, calling them \u201cthe pride of the harbour.\u201d", QuoteType.Mixed, "the ferry crews");
        yield return Case("Participle_Saying", "Delgado mocked the council\u2019s budget, saying it would sink the pier by spring.",
            "Delgado", "mocked", "the council\u2019s budget, saying it would sink the pier by spring", QuoteType.Indirect, "the council\u2019s budget");
        // A reaction participle after any cue, a verb of saying too.
        yield return Case("Participle_DrawingAfterSaid", "Okafor said the pier would close in May, drawing boos from the dock workers.",
            "Okafor", "said", "the pier would close in May, drawing boos from the dock workers", QuoteType.Indirect, "the pier would close in May");
        yield return Case("Participle_Prompting", "The board announced a fare rise, prompting a walkout by the ferry crews.",
            "The board", "announced", "a fare rise, prompting a walkout by the ferry crews", QuoteType.Indirect, "a fare rise");

        // Kept: a participle of saying after a verb of saying, a participle that is no act of its own, a participle after a
        // later comma, a comma inside a quotation, a comma set off by a space.
        yield return Case("Participle_KeptAfterSaid", "Okafor said the crews had struck twice, calling it a fair protest.",
            "Okafor", "said", "the crews had struck twice, calling it a fair protest", QuoteType.Indirect,
            "the crews had struck twice, calling it a fair protest");
        yield return Case("Participle_KeptOther", "Delgado praised the crews, working through the night to save the pier.",
            "Delgado", "praised", "the crews, working through the night to save the pier", QuoteType.Indirect,
            "the crews, working through the night to save the pier");
        yield return Case("Participle_KeptLaterComma", "Delgado praised the crews, the pilots and the clerks, calling them heroes.",
            "Delgado", "praised", "the crews, the pilots and the clerks, calling them heroes", QuoteType.Indirect,
            "the crews, the pilots and the clerks, calling them heroes");
        yield return Case("Participle_KeptQuoted", "Delgado praised \u201cthe crews, calling them heroes\u201d in her letter.",
            "Delgado", "praised", "\u201cthe crews, calling them heroes\u201d in her letter", QuoteType.Mixed,
            "\u201cthe crews, calling them heroes\u201d in her letter");
        yield return Case("Participle_KeptSpacedComma", "Delgado praised the crews ,calling them heroes.",
            "Delgado", "praised", "the crews ,calling them heroes", QuoteType.Indirect, "the crews ,calling them heroes");
    }

    private static IEnumerable<TestCaseData> StartCases()
    {
        // An addressee of one to three words before the complement of a cue of telling or asking.
        yield return Case("Addressee_ToldThat", "Okafor told the dock workers that the pier would close in May.",
            "Okafor", "told", "the dock workers that the pier would close in May", QuoteType.Indirect, "that the pier would close in May");
        yield return Case("Addressee_AskedWhether", "Delgado asked Okafor whether the levy would stay.",
            "Delgado", "asked", "Okafor whether the levy would stay", QuoteType.Indirect, "whether the levy would stay");
        yield return Case("Addressee_TellsWhy", "Okafor tells them why the ferry runs late.",
            "Okafor", "tells", "them why the ferry runs late", QuoteType.Indirect, "why the ferry runs late");
        // "quick to" and its verb belong to the cue.
        yield return Case("Quick_PointOut", "Okafor was quick to point out that the pier had never flooded.",
            "Okafor", "was quick", "to point out that the pier had never flooded", QuoteType.Indirect, "that the pier had never flooded");
        yield return Case("Quick_Condemn", "The unions were quick to condemn the fare rise.",
            "The unions", "were quick", "to condemn the fare rise", QuoteType.Indirect, "the fare rise");
        // "called for", "called on".
        yield return Case("Call_For", "The union called for a new levy on cruise ships.",
            "The union", "called", "for a new levy on cruise ships", QuoteType.Indirect, "a new levy on cruise ships");
        yield return Case("Call_OnQuoted", "Okafor called on \u201cevery captain in the bay\u201d to stay in port.",
            "Okafor", "called", "on \u201cevery captain in the bay\u201d to stay in port", QuoteType.Mixed,
            "\u201cevery captain in the bay\u201d to stay in port");

        // Kept: no complement word after the addressee, a preposition or an adverb in the would-be addressee, a relative "who",
        // "quick to be", a cue that is not "call".
        yield return Case("Addressee_KeptNoComplement", "Okafor told the dock workers to stay home.",
            "Okafor", "told", "the dock workers to stay home", QuoteType.Indirect, "the dock workers to stay home");
        yield return Case("Addressee_KeptPreposition", "Delgado asked for that vote in May.",
            "Delgado", "asked", "for that vote in May", QuoteType.Indirect, "for that vote in May");
        yield return Case("Addressee_KeptAdverb", "Delgado asked specifically what the levy would pay for.",
            "Delgado", "asked", "specifically what the levy would pay for", QuoteType.Indirect, "specifically what the levy would pay for");
        yield return Case("Addressee_KeptRelative", "Okafor told the crews who had struck that the pier would close.",
            "Okafor", "told", "the crews who had struck that the pier would close", QuoteType.Indirect,
            "the crews who had struck that the pier would close");
        yield return Case("Quick_KeptBe", "The unions were quick to be heard on the fare rise.",
            "The unions", "were quick", "to be heard on the fare rise", QuoteType.Indirect, "to be heard on the fare rise");
        yield return Case("Call_KeptOtherCue", "The union pushed for a new levy on cruise ships.",
            "The union", "pushed", "for a new levy on cruise ships", QuoteType.Indirect, "for a new levy on cruise ships");
    }

    [TestCaseSource(nameof(ParticipleCases))]
    [TestCaseSource(nameof(StartCases))]
    public void Content_AfterItsCue_TakesPolNeARsEdges(string text, string speaker, string cue, string content, QuoteType type, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var speakerStart = text.IndexOf(speaker, StringComparison.Ordinal);
        var cueStart = text.IndexOf(" " + cue + " ", speakerStart + speaker.Length - 1, StringComparison.Ordinal) + 1;
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
