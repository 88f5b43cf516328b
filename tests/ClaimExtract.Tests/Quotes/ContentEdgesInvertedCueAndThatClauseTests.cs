using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Content edges of branch content29 (docs/quotes.md, "content29"): content that runs over an inverted "said SPEAKER," and
/// the speaker's apposition ends before the cue; a second complement clause's "that" after "and" does not start the content;
/// a relative "that" with no subject of its own after the cue's words starts the content at those words; a news dateline is not
/// content. One table row each, on sentences written for these tests; each table holds rows the old code gets wrong and rows
/// that pin what is kept.
/// </summary>
public class ContentEdgesInvertedCueAndThatClauseTests
{
    private static IEnumerable<TestCaseData> InvertedSpeakerCases()
    {
        TestCaseData Case(string name, string text, string cue, string speaker, string content) =>
            new TestCaseData(text, cue, speaker, content).SetName($"ContentEdges29_InvertedSpeaker_{name}");

        // "CLAUSE, said SPEAKER, APPOSITION." is the clause.
        yield return Case("Apposition", "The port will close in May, said Ana Okafor, the harbour's director.", "said", "Ana Okafor", "The port will close in May");
        yield return Case("Relative", "Few of the dock workers expect a raise this year, said Tomas Berg, who leads the union.", "said", "Tomas Berg", "Few of the dock workers expect a raise this year");
        yield return Case("ClosingMark", "The levy is \u201ca tax on every sailor,\u201d said Okafor, a port director.", "said", "Okafor", "The levy is \u201ca tax on every sailor,\u201d");
        yield return Case("Added", "Nobody at the pier had been told of the plan, added Delgado, the mayor's aide.", "added", "Delgado", "Nobody at the pier had been told of the plan");

        // Kept whole: a lead that opens with a connective, a cue that is no verb of saying, a quotation after the speaker, two
        // words before the cue, "according to", a finite verb after the speaker's comma (a parenthetical cue), a "speaker" that is
        // a complement clause.
        yield return Case("Connective", "And the levy, said Okafor, the port's director, will not pass.", "said", "Okafor", "And the levy, said Okafor, the port's director, will not pass");
        yield return Case("NotSaying", "The levy will fail in May, predicted Okafor, the port's director.", "predicted", "Okafor", "The levy will fail in May, predicted Okafor, the port's director");
        yield return Case("QuotationAfter", "The port will close in May, said Okafor, \u201cand not a day later.\u201d", "said", "Okafor", "The port will close in May, said Okafor, \u201cand not a day later.\u201d");
        yield return Case("TwoWords", "Not yet, said Okafor, the port's director.", "said", "Okafor", "Not yet, said Okafor, the port's director");
        yield return Case("FiniteVerb", "The key to the harbour plan, says Okafor, is the new crane.", "says", "Okafor", "The key to the harbour plan, says Okafor, is the new crane");
        yield return Case("ThatClause", "Okafor, who chairs the port board, noted that the new director, Delgado, is from Lagos.", "noted", "that the new director", "Okafor, who chairs the port board, noted that the new director, Delgado, is from Lagos");
        yield return Case("AccordingTo", "The port will close in May, according to Okafor, the director.", "according to", "Okafor", "The port will close in May, according to Okafor, the director");
    }

    [TestCaseSource(nameof(InvertedSpeakerCases))]
    public void Content_OverAnInvertedSpeakerAndApposition_EndsBeforeTheCue(string text, string cue, string speaker, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var speakerStart = text.IndexOf(speaker, cueStart, StringComparison.Ordinal);
        var end = text.EndsWith('.') && !text.EndsWith(".\u201d", StringComparison.Ordinal) ? text.Length - 1 : text.Length;
        var type = text.Contains('\u201c', StringComparison.Ordinal) ? QuoteType.Mixed : QuoteType.Indirect;
        var attribution = new Attribution(new Span(0, end), type, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(speakerStart, speakerStart + speaker.Length), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> FirstClauseCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges29_FirstClause_{name}");

        // Content from the "that" of a second complement clause starts at the first clause, after the cue (and a time phrase).
        yield return Case("And", "Okafor said the pier is safe for now and that the levy will pass.", "said", "the pier is safe for now and that the levy will pass.");
        yield return Case("CommaAnd", "Delgado said on Friday she met the mayor last week, and that the two discussed the levy.", "said", "she met the mayor last week, and that the two discussed the levy.");

        // Kept at "that": an addressee verb, a first clause under three words, a quotation mark in it.
        yield return Case("Addressee", "Okafor told the council the pier is safe and that the levy will pass.", "told", "that the levy will pass.");
        yield return Case("Short", "Okafor said yes and that the levy will pass.", "said", "that the levy will pass.");
        yield return Case("Quoted", "Okafor said the \u201cold\u201d pier is safe and that the levy will pass.", "said", "that the levy will pass.");
    }

    [TestCaseSource(nameof(FirstClauseCases))]
    public void Content_FromASecondClausesThat_StartsAtTheFirstClause(string text, string cue, string content)
        => AssertContentFromTheLastThat(text, cue, content);

    private static IEnumerable<TestCaseData> RelativeThatCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges29_RelativeThat_{name}");

        // Content from a relative "that" before an auxiliary or a past form starts at the words after the cue.
        yield return Case("PastForm", "Okafor said Delgado ran a campaign in May that led to her win.", "said", "Delgado ran a campaign in May that led to her win.");
        yield return Case("Auxiliary", "Okafor criticized Delgado for a levy that was signed in May.", "criticized", "Delgado for a levy that was signed in May.");
        yield return Case("LongObject", "Okafor praised Delgado for her long fight over a port levy that would have closed the pier.", "praised", "Delgado for her long fight over a port levy that would have closed the pier.");

        // Kept at "that": a complementiser (a subject after it), more than thirty words between (twelve before exact61), a time word between.
        yield return Case("Complementiser", "Okafor said Delgado believes that the levy will pass.", "said", "that the levy will pass.");
        yield return Case("TooFar", "Okafor said Delgado and the old harbour board of the port of the city of Lagos in the north and the two ferry unions on the east side of the river and their many friends ran a plan that failed.", "said", "that failed.");
        yield return Case("TimeWord", "Okafor said Tuesday that was the last vote.", "said", "that was the last vote.");
    }

    [TestCaseSource(nameof(RelativeThatCases))]
    public void Content_FromARelativeThat_StartsAtTheWordsAfterTheCue(string text, string cue, string content)
        => AssertContentFromTheLastThat(text, cue, content);

    private static IEnumerable<TestCaseData> DatelineCases()
    {
        TestCaseData Case(string name, string text, string content) =>
            new TestCaseData(text, content).SetName($"ContentEdges29_Dateline_{name}");

        // A dateline that opens the paragraph is not content.
        yield return Case("Agency", "WASHINGTON (AP) \u2014 The pier will close in May, officials said.", "The pier will close in May");
        yield return Case("StateAndDate", "LOS ANGELES, Feb. 2 \u2014 The port will reopen next week, the mayor said.", "The port will reopen next week");
        yield return Case("Hyphen", "MEXICO CITY - The levy has angered the dock workers, officials said.", "The levy has angered the dock workers");
        yield return Case("AfterLineBreak", "Port levy passes.\nLAGOS \u2014 The levy has angered the dock workers, officials said.", "The levy has angered the dock workers");

        // Kept: a place name not in capitals, no dash after the capitals, no dateline.
        yield return Case("NotCapitals", "Washington \u2014 The pier will close in May, officials said.", "Washington \u2014 The pier will close in May");
        yield return Case("NoDash", "NATO officials expect the pier to close in May, the mayor said.", "NATO officials expect the pier to close in May");
        yield return Case("None", "The pier will close in May, officials said.", "The pier will close in May");
    }

    [TestCaseSource(nameof(DatelineCases))]
    public void Content_OpeningWithADateline_StartsAfterIt(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var paragraph = text.LastIndexOf('\n') + 1;
        var comma = text.LastIndexOf(',');
        var cueStart = text.LastIndexOf(" said", StringComparison.Ordinal) + 1;
        var attribution = new Attribution(new Span(paragraph, comma), QuoteType.Indirect, new Span(cueStart, cueStart + 4), "said",
            new Span(comma + 2, cueStart - 1), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    // The cue's content given from the sentence's last "that" to its end, the speaker its first word: the content after the edges.
    private static void AssertContentFromTheLastThat(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var that = text.LastIndexOf(" that ", StringComparison.Ordinal) + 1;
        var attribution = new Attribution(new Span(that, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(0, text.IndexOf(' ', StringComparison.Ordinal)), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }
}
