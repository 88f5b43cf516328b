using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact60 (docs/quotes.md, "exact60"): a report inside a relative clause whose content has no
/// subject of its own ("which the auditors said [was never collected]") starts at the relative "that" or "which". Hand-built
/// attributions on sentences written for these tests (the speaker the words right before the cue, the content from right after
/// the cue to the sentence's final period); rows that move, then rows that pin what is kept.
/// </summary>
public class ContentEdgesRelativeWithoutSubjectTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string speaker, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, speaker, cue, expected, type).SetName($"ContentEdgesExact60_{name}");

        // The relative word is the content's missing subject.
        yield return Case("WhichWas", "The council dropped the levy, which the auditors said was never collected.", "the auditors", "said",
            "which the auditors said was never collected");
        yield return Case("ThatModal", "Okafor backed a plan that her aides hoped would reopen the pier by June.", "her aides", "hoped",
            "that her aides hoped would reopen the pier by June");
        yield return Case("ThatPast", "It was a ferry timetable that Ruiz said doubled the evening crossings.", "Ruiz", "said",
            "that Ruiz said doubled the evening crossings");
        yield return Case("WhichMixed", "The mayor cited a survey which critics say was \u201cbadly skewed\u201d from the start.", "critics", "say",
            "which critics say was \u201cbadly skewed\u201d from the start", QuoteType.Mixed);

        // Kept: a content with a subject of its own (a "that" complement or an object gap), a capitalised first word, "who",
        // a comma between the relative word and the speaker.
        yield return Case("KeptComplement", "The traders warned that officials said the market would close in May.", "officials", "said",
            "the market would close in May");
        yield return Case("KeptObjectGap", "It was the ferry that Ruiz said the council should buy next year.", "Ruiz", "said",
            "the council should buy next year");
        yield return Case("KeptWho", "The clerk, who Okafor said was ill, stayed home on Monday.", "Okafor", "said", "was ill, stayed home on Monday");
        yield return Case("KeptCommaAside", "Okafor backed a plan that, her aides said, would reopen the pier by June.", "her aides", "said,",
            "would reopen the pier by June");
        yield return Case("KeptCapitalised", "The pier that Okafor called Harbour Point was closed for repairs.", "Okafor", "called",
            "Harbour Point was closed for repairs");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_InARelativeClauseWithNoSubject_StartsAtTheRelativeWord(string text, string speaker, string cue, string expected, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var speakerStart = text.IndexOf(speaker + " " + cue + " ", StringComparison.Ordinal);
        Assert.That(speakerStart, Is.GreaterThanOrEqualTo(0));
        var cueStart = speakerStart + speaker.Length + 1;
        var start = cueStart + cue.Length + 1;
        var end = text.EndsWith('.') ? text.Length - 1 : text.Length;
        var attribution = new Attribution(new Span(start, end), type, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(speakerStart, speakerStart + speaker.Length), null);
        var found = ContentEdges.StartAtGapRelative(tokens, [attribution]).Single();
        Assert.That(found.Content.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void Content_BeforeItsCue_IsLeftWhole()
    {
        const string text = "The levy was never collected, which the auditors said.";
        ContentEdgeCases.AssertLeavesContentBeforeItsCue(ContentEdges.StartAtGapRelative, text, "said", "the auditors");
    }
}
