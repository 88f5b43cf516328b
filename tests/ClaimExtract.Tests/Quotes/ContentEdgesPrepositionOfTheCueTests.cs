using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch content35 (docs/quotes.md, "content35"): the "to" of a cue that takes it as a preposition
/// ("referring to", "paid tribute to") is not content. Hand-built attributions on sentences written for these tests; the table
/// holds rows the old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesPrepositionOfTheCueTests
{
    private static IEnumerable<TestCaseData> PrepositionToCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges35_PrepositionTo_{name}");

        // The "to" after refer, allude, acquiesce (every form) and the nouns tribute, reference, allusion belongs to the cue.
        yield return Case("Referring", "\u201cThey built it well,\u201d Okafor said, referring to the crews who rebuilt the pier.", "referring", "the crews who rebuilt the pier.");
        yield return Case("Refers", "Delgado often refers to the levy as a tax on sailors.", "refers", "the levy as a tax on sailors.");
        yield return Case("Alluded", "The mayor alluded to a quarrel between the two harbour boards.", "alluded", "a quarrel between the two harbour boards.");
        yield return Case("Tribute", "The council paid tribute to the divers who searched the bay.", "tribute", "the divers who searched the bay.");
        yield return Case("Reference", "Her speech made no reference to the storm damage.", "reference", "the storm damage.");
        yield return Case("Acquiesced", "The board acquiesced to the workers' demand for a shorter shift.", "acquiesced", "the workers' demand for a shorter shift.");
        yield return Case("QuotedAfterTo", "Okafor kept referring to \u201cthe old pier\u201d in her speech.", "referring", "\u201cthe old pier\u201d in her speech.");

        // Kept: "referred to as" (a name given, not what is referred to), a cue whose "to" opens an infinitive or another
        // phrase ("said", "plans"), a "to" that does not follow the cue, a "to" with nothing after it in the content.
        yield return Case("ReferredToAs", "The skipper, often referred to as the pier's saviour, retired in May.", "referred", "to as the pier's saviour, retired in May.");
        yield return Case("Said", "Okafor said to the crowd that the pier would reopen.", "said", "to the crowd that the pier would reopen.");
        yield return Case("Infinitive", "The port plans to close the old pier in May.", "plans", "to close the old pier in May.");
        yield return Case("NotAfterCue", "Delgado referred on Friday to the levy.", "referred", "to the levy.");
        yield return Case("NothingAfter", "That is the pier she referred to", "referred", "to");
    }

    [TestCaseSource(nameof(PrepositionToCases))]
    public void Content_FromAPrepositionToAfterItsCue_StartsAfterTheTo(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        if (cueStart == 0)
        {
            cueStart = text.LastIndexOf(" " + cue, StringComparison.Ordinal) + 1;
        }

        var start = content.StartsWith("to the levy", StringComparison.Ordinal) ? text.IndexOf("to the levy", StringComparison.Ordinal) : cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(start, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }
}
