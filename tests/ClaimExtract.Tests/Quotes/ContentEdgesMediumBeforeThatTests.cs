using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch start55 (docs/quotes.md, "start55"): when the cue is a verb of saying with the preposition of its
/// medium or addressee ("said in", "insisted at", "joked to") and the content right after it holds that medium or addressee
/// before a "that" clause, the content starts at "that". Hand-built attributions on sentences written for these tests (the
/// content runs from right after the cue to the sentence's final period, as the cue tagger leaves it); rows that move, then rows
/// that pin what is kept.
/// </summary>
public class ContentEdgesMediumBeforeThatTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, type).SetName($"ContentEdgesStart55_{name}");

        // The medium or the addressee between the cue and "that" is not content.
        yield return Case("SaidInStatement", "Okafor said in a statement on Friday that the levy had been approved in March.", "said in",
            "that the levy had been approved in March");
        yield return Case("InsistedAtRally", "The mayor insisted at a rally in Tarrow that the pier would reopen by June.", "insisted at",
            "that the pier would reopen by June");
        yield return Case("JokedToAddressee", "Ruiz joked to the harbour board that the ferry ran on goodwill alone.", "joked to",
            "that the ferry ran on goodwill alone");
        yield return Case("AgreedWith", "Most traders agreed with the council that the fees had doubled since spring.", "agreed with",
            "that the fees had doubled since spring");
        yield return Case("SaidOnMixed", "Delgado said on Radio Tarrow that the budget was \u201ca disgrace to the county.\u201d", "said on",
            "that the budget was \u201ca disgrace to the county.\u201d", QuoteType.Mixed);

        // Kept: a cue with no preposition, a preposition after a verb that is not of saying, "agreed on", a relative "that",
        // "that" as a determiner, a quotation before "that", a content that opens with "that".
        yield return Case("KeptPlainSaid", "Okafor said he believes that the levy had been approved in March.", "said",
            "he believes that the levy had been approved in March");
        yield return Case("KeptPointedTo", "Okafor pointed to the survey that the council published in March.", "pointed to",
            "the survey that the council published in March");
        yield return Case("KeptAgreedOn", "The board agreed on a timetable that the traders can accept this year.", "agreed on",
            "a timetable that the traders can accept this year");
        yield return Case("KeptRelative", "Okafor said in a letter that was sent to every trader the levy would rise.", "said in",
            "a letter that was sent to every trader the levy would rise");
        yield return Case("KeptDeterminer", "Okafor said in the statement he issued that same day the levy would rise.", "said in",
            "the statement he issued that same day the levy would rise");
        yield return Case("KeptQuotationFirst", "Okafor said in \u201cThe Tarrow Times\u201d that the levy would rise in March.", "said in",
            "\u201cThe Tarrow Times\u201d that the levy would rise in March", QuoteType.Mixed);
        yield return Case("KeptPrepositionInContent", "Okafor said in March that the levy would rise again.", "said",
            "in March that the levy would rise again");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_AfterASayingVerbsMedium_StartsAtThat(string text, string cue, string expected, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var start = cueStart + cue.Length + 1;
        var end = text.EndsWith('.') ? text.Length - 1 : text.Length;
        var attribution = new Attribution(new Span(start, end), type, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, cueStart - 1), null);
        var found = ContentEdges.StartAtThatAfterSayingMedium(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void Content_BeforeItsCue_IsLeftWhole()
    {
        const string text = "In a statement that the levy would rise, Okafor said in March.";
        ContentEdgeCases.AssertLeavesContentBeforeItsCue(ContentEdges.StartAtThatAfterSayingMedium, text, "said in", "Okafor");
    }
}
