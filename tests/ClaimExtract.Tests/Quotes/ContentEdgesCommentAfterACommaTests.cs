using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact54 (docs/quotes.md, "exact54"): a bare clause reported after its cue ends before a comment
/// that a comma and "which", "where", "while" or "despite" add to it ("Okafor said [the levy had been approved], which surprised
/// the board"). Hand-built attributions on sentences written for these tests (the content runs from right after the cue to the
/// sentence's final period, as the cue tagger leaves it); rows the old code leaves whole, then rows that pin what is kept.
/// </summary>
public class ContentEdgesCommentAfterACommaTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string cue, string expected, QuoteType type = QuoteType.Indirect) =>
            new TestCaseData(text, cue, expected, type).SetName($"ContentEdgesExact54_{name}");

        // The writer's comment on a reported bare clause is not content.
        yield return Case("Which", "Okafor said the levy had been approved in March, which surprised the harbour board.", "said",
            "the levy had been approved in March");
        yield return Case("WhichAfterName", "The mayor said she would open the new pier in Tarrow, which lost its ferry last year.", "said",
            "she would open the new pier in Tarrow");
        yield return Case("Where", "Delgado said they will hold the vote at the town hall, where the council met in May.", "said",
            "they will hold the vote at the town hall");
        yield return Case("While", "The union says fares have doubled since spring, while wages have stayed flat.", "says",
            "fares have doubled since spring");
        yield return Case("Despite", "Ruiz said the plant will stay open, despite the losses of the last two years.", "said",
            "the plant will stay open");
        yield return Case("Mixed", "She said the levy was \u201cunfair to small traders\u201d, which the council denied.", "said",
            "the levy was \u201cunfair to small traders\u201d", QuoteType.Mixed);

        // Kept: a "that" complement (PolNeAR keeps the comment in it as often as not), a noun phrase, a person or group noun
        // before the comma, a comment with a comma of its own, another word after the comma, a comma inside a quotation, a
        // first comma that opens no comment.
        yield return Case("KeptThatComplement", "Okafor said that the levy had been approved in March, which surprised the board.", "said",
            "that the levy had been approved in March, which surprised the board");
        yield return Case("KeptNounPhrase", "Okafor praised the new ferry timetable, which starts in May.", "praised",
            "the new ferry timetable, which starts in May");
        yield return Case("KeptPerson", "Okafor said she had called her lawyer, while the board waited.", "said",
            "she had called her lawyer, while the board waited");
        yield return Case("KeptGroupNoun", "Okafor said she had written to the residents, which took most of a week.", "said",
            "she had written to the residents, which took most of a week");
        yield return Case("KeptCommaInComment", "Delgado said the board had shelved the plan, which, he added, was costly.", "said",
            "the board had shelved the plan, which, he added, was costly");
        yield return Case("KeptOtherWord", "Okafor said the levy had been approved in March, although the vote was close.", "said",
            "the levy had been approved in March, although the vote was close");
        yield return Case("KeptQuoted", "Okafor said \u201cthe levy is fair, which is all I will say.\u201d", "said",
            "\u201cthe levy is fair, which is all I will say.\u201d", QuoteType.Mixed);
        yield return Case("KeptEarlierComma", "Okafor said the pier, which opened in May, is already too small.", "said",
            "the pier, which opened in May, is already too small");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_BeforeACommentOnABareClause_EndsAtItsComma(string text, string cue, string expected, QuoteType type)
    {
        ContentEdgeCases.AssertEndsAt(ContentEdges.EndBeforeClauseComment, text, cue, expected, type);
    }

    // A cue whose clause frames the sentence ("As SOURCE CUE, [content]"): the content is the sentence's main clause, and a comment in
    // it is the source's (the seed article's "As a Bloomberg report once explained, ... listing on, which has its own logistics
    // network ..."). The bare-clause row is the same content after "said", which the rule cuts.
    [TestCase("As a harbour report once explained, the levy is only a start and it is not as easy as raising fares, which needs a vote of the board.",
        "explained", "the levy is only a start and it is not as easy as raising fares, which needs a vote of the board")]
    [TestCase("As Okafor said, the levy had been approved in March, which surprised the harbour board.",
        "said", "the levy had been approved in March, which surprised the harbour board")]
    [TestCase("A harbour report once said the levy is only a start and it is not as easy as raising fares, which needs a vote of the board.",
        "said", "the levy is only a start and it is not as easy as raising fares")]
    public void Content_OfACueThatFramesTheSentence_KeepsItsComment(string text, string cue, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue, StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var cueEnd = cueStart + cue.Length;
        var start = text[cueEnd] == ',' ? cueEnd + 2 : cueEnd + 1;
        var attribution = new Attribution(new Span(start, text.Length - 1), QuoteType.Indirect, new Span(cueStart, cueEnd), cue, new Span(0, cueStart - 1), null);
        var found = ContentEdges.EndBeforeClauseComment(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(expected));
    }
}
