using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch content36 (docs/quotes.md, "content36"): reported content before "SPEAKER said" that runs on
/// over the speaker, the cue and a participle of saying ends before the speaker. Hand-built attributions (the content from
/// the sentence's start to its full stop, as the cue tagger's ran) on sentences written for these tests; the table holds rows
/// the old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesBeforeSpeakerSaidTests
{
    private static IEnumerable<TestCaseData> ParticipleCases()
    {
        TestCaseData Case(string name, string text, string speaker, string cue, QuoteType type, string content) =>
            new TestCaseData(text, speaker, cue, type, content).SetName($"ContentEdges36_SpeakerAndParticiple_{name}");

        // The clause before ", SPEAKER CUE, PARTICIPLE OF SAYING" is the content.
        yield return Case("Adding", "The pier will close in May, Okafor said, adding that the levy would stay.", "Okafor", "said", QuoteType.Indirect, "The pier will close in May");
        yield return Case("Citing", "The mayor soured on the plan long ago, the Gazette reported, citing two aides.", "the Gazette", "reported", QuoteType.Indirect, "The mayor soured on the plan long ago");
        yield return Case("TimePhrase", "The ferry will run again soon, the harbour master said on Tuesday, noting the calm weather.", "the harbour master", "said", QuoteType.Indirect, "The ferry will run again soon");
        yield return Case("Recalling", "Her brother had left the island years ago, Okafor explained, recalling the winter storm.", "Okafor", "explained", QuoteType.Indirect, "Her brother had left the island years ago");
        yield return Case("Mixed", "The levy is \u201ca fair deal\u201d for sailors, Delgado said, adding, \u201cWe waited long enough.\u201d", "Delgado", "said", QuoteType.Mixed, "The levy is \u201ca fair deal\u201d for sailors");

        // Kept whole: a lead that opens with a subordinator or a preposition (it goes on after the speaker), a participle that
        // is not of saying, "including", a direct quotation, an addressee before the participle, fewer than three words.
        yield return Case("Subordinator", "While the crews may get a bonus, Okafor said, adding a levy would be a mistake.", "Okafor", "said", QuoteType.Indirect, "While the crews may get a bonus, Okafor said, adding a levy would be a mistake");
        yield return Case("Preposition", "In the long run, Okafor said, noting the costs, the levy will pay off.", "Okafor", "said", QuoteType.Indirect, "In the long run, Okafor said, noting the costs, the levy will pay off");
        yield return Case("OtherParticiple", "The pier was the subject of every debate, the council announced, gaining new members.", "the council", "announced", QuoteType.Indirect, "The pier was the subject of every debate, the council announced, gaining new members");
        yield return Case("Including", "The crews lost several boats, Okafor said, including two ferries.", "Okafor", "said", QuoteType.Indirect, "The crews lost several boats, Okafor said, including two ferries");
        yield return Case("Direct", "\u201cWe will win the vote,\u201d Okafor said, adding that it is in May.", "Okafor", "said", QuoteType.Direct, "\u201cWe will win the vote,\u201d Okafor said, adding that it is in May");
        yield return Case("Addressee", "The pier will close soon, Okafor told the council, adding that the levy stays.", "Okafor", "told", QuoteType.Indirect, "The pier will close soon, Okafor told the council, adding that the levy stays");
        yield return Case("TwoWords", "It failed, Okafor said, adding that nobody came.", "Okafor", "said", QuoteType.Indirect, "It failed, Okafor said, adding that nobody came");
    }

    [TestCaseSource(nameof(ParticipleCases))]
    public void Content_BeforeItsSpeakerCueAndAParticipleOfSaying_EndsBeforeTheSpeaker(string text, string speaker, string cue, QuoteType type, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var speakerStart = text.IndexOf(", " + speaker + " ", StringComparison.Ordinal) + 2;
        var cueStart = text.IndexOf(" " + cue, speakerStart, StringComparison.Ordinal) + 1;
        var attribution = new Attribution(new Span(0, text.LastIndexOf('.')), type, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(speakerStart, speakerStart + speaker.Length), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }
}
