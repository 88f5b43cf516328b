using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch content43 (docs/quotes.md, "content43"): the "about" of "asked about" belongs to the cue, as the
/// "to" of "referring to" does (content35). Hand-built attributions on sentences written for these tests; the table holds rows
/// the old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesAskedAboutTests
{
    private static IEnumerable<TestCaseData> AskedAboutCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges43_AskedAbout_{name}");

        // The "about" right after a form of "ask" is the cue's, not the content's.
        yield return Case("Asked", "Okafor was asked about the pier's future.", "asked", "the pier's future.");
        yield return Case("WhenAsked", "She smiled when asked about the ferry timetable.", "asked", "the ferry timetable.");
        yield return Case("Asks", "Delgado asks about the levy at every meeting.", "asks", "the levy at every meeting.");
        yield return Case("Asking", "A diver kept asking about the storm damage.", "asking", "the storm damage.");
        yield return Case("Ask", "Reporters will ask about the harbour board's budget.", "ask", "the harbour board's budget.");
        yield return Case("QuotedAfterAbout", "The skipper was asked about \u201cthe old pier\u201d twice.", "asked", "\u201cthe old pier\u201d twice.");

        // Kept: an "about" that does not follow the cue, a cue other than "ask" ("talked about", "told about"), "asked" before
        // another preposition, an "about" before a personal pronoun, an "about" with nothing after it in the content.
        yield return Case("NotAfterCue", "Okafor was asked on Friday about the levy.", "asked", "about the levy.");
        yield return Case("Talked", "The mayor talked about the new ferry.", "talked", "about the new ferry.");
        yield return Case("Told", "The crews were told about the closure.", "told", "about the closure.");
        yield return Case("AskedFor", "The union asked for a shorter shift.", "asked", "for a shorter shift.");
        yield return Case("Pronoun", "Okafor was asked about it at the dock.", "asked", "about it at the dock.");
        yield return Case("NothingAfter", "That is the pier she asked about", "asked", "about");
    }

    [TestCaseSource(nameof(AskedAboutCases))]
    public void Content_FromAnAboutAfterAsk_StartsAfterTheAbout(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        if (cueStart == 0)
        {
            cueStart = text.LastIndexOf(" " + cue, StringComparison.Ordinal) + 1;
        }

        var start = content.StartsWith("about the levy", StringComparison.Ordinal) ? text.IndexOf("about the levy", StringComparison.Ordinal) : cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(start, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }
}
