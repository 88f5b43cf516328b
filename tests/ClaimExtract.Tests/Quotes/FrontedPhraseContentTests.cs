using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall58"): a content read from the phrase that opens its sentence ahead of the source and
/// cue ("[Asked if the ferry would run], Okafor said no.") moves to the rest of the sentence after the cue
/// (<see cref="ContentEdges.AfterFrontedPhrase"/>). Sentences written for these tests.
/// </summary>
public class FrontedPhraseContentTests
{
    // The statement as the models read it: content the sentence's opening up to `content`'s end, the source the words between it
    // and the cue, the cue the first " cue" after the content. Returns the content after the rule.
    private static string Apply(string text, string content, string cue, QuoteType type = QuoteType.Indirect)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var contentStart = text.IndexOf(content, StringComparison.Ordinal);
        Assert.That(contentStart, Is.GreaterThanOrEqualTo(0));
        var contentEnd = contentStart + content.Length;
        var cueStart = text.IndexOf(" " + cue, contentEnd, StringComparison.Ordinal) + 1;
        Assert.That(cueStart, Is.GreaterThan(0));
        var attribution = new Attribution(new Span(contentStart, contentEnd), type, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(contentEnd + 2, cueStart - 1), null);
        return ContentEdges.AfterFrontedPhrase(tokens, [attribution]).Single(a => a.Speaker is not null).Content.Of(text);
    }

    // text, the fronted content the models read, the cue, the content after the rule.
    [TestCase("Asked whether the ferry would run on Sunday, the harbour master said no.",
        "Asked whether the ferry would run on Sunday", "said", "no")]
    [TestCase("Asked on local radio who should chair the inquiry, the minister said Okafor. The inquiry opens in May.",
        "Asked on local radio who should chair the inquiry", "said", "Okafor")]
    [TestCase("Speaking Tuesday on the morning show, the mayor admitted the pier repairs had gone over budget.",
        "Speaking Tuesday on the morning show", "admitted", "the pier repairs had gone over budget")]
    [TestCase("In an interview with the Harbour Gazette, Ruiz defended her decision to close the library on Mondays.",
        "In an interview with the Harbour Gazette", "defended", "her decision to close the library on Mondays")]
    [TestCase("Earlier this week, during a visit to the shipyard, the governor said that the contract would be signed by June.",
        "Earlier this week, during a visit to the shipyard", "said", "the contract would be signed by June")]
    [TestCase("When asked about the strike, the union leader said no. But she said talks would go on.",
        "When asked about the strike", "said", "no")]
    // Guards: left as they are.
    // A fronted clause with a subject of its own ("In Ohio, the mayor was ...": a main clause).
    [TestCase("In Ohio last week, the mayor was booed at the rally, the paper said on Friday.",
        "In Ohio last week, the mayor was booed at the rally", "said", "In Ohio last week, the mayor was booed at the rally")]
    // "according to": its content is the clause, wherever it stands.
    [TestCase("In March, the harbour fees rose by a third, according to the port authority.",
        "In March, the harbour fees rose by a third", "according to", "In March, the harbour fees rose by a third")]
    // Not a fronted setting: the sentence opens with its subject.
    [TestCase("The ferry will not run on Sunday, the harbour master said in a statement.",
        "The ferry will not run on Sunday", "said", "The ferry will not run on Sunday")]
    // Not the sentence's opening.
    [TestCase("The council met twice. Then in a letter to residents, the mayor promised new lights for the pier.",
        "in a letter to residents", "promised", "in a letter to residents")]
    // Nothing after the cue.
    [TestCase("Asked about the strike on Friday, the union leader declined.",
        "Asked about the strike on Friday", "declined", "Asked about the strike on Friday")]
    public void ContentMovesAfterTheCue(string text, string content, string cue, string expected) =>
        Assert.That(Apply(text, content, cue), Is.EqualTo(expected));

    // An "Asked ..." opening becomes a report of its own: the question, cue "asked", and as its source the asker a "by" phrase names
    // (branch speakers119), else none. Guards: other openings add none.
    [TestCase("Asked whether the ferry would run on Sunday, the harbour master said no.", "Asked", "whether the ferry would run on Sunday", null)]
    [TestCase("Asked by the host if the levy would rise, Okafor said it would not.", "Asked", "if the levy would rise", "the host")]
    [TestCase("Asked by Tom Hale whether the pier would reopen, Ana Ruiz said it would.", "Asked", "whether the pier would reopen", "Tom Hale")]
    [TestCase("Asked by two reporters, about the late ferry, the mayor said it would run.", "Asked", "about the late ferry", "two reporters")]
    [TestCase("When asked by a caller about the strike, the union leader said talks would go on.", "asked", "about the strike", "a caller")]
    [TestCase("When asked about the strike, the union leader said talks would go on.", "asked", "about the strike", null)]
    [TestCase("Asked on the radio whether the levy would rise, Okafor said it would not.", "Asked", "on the radio whether the levy would rise", null)]
    [TestCase("Speaking Tuesday on the morning show, the mayor admitted the repairs had gone over budget.", null, null, null)]
    [TestCase("In March, the harbour fees rose by a third, according to the port authority.", null, null, null)]
    public void AskedOpeningIsAReport(string text, string? cue, string? question, string? asker)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (text.StartsWith("Asked by two reporters,", StringComparison.Ordinal))
        {
            comma = text.IndexOf(", ", comma + 1, StringComparison.Ordinal);
        }

        var cueStart = text.IndexOf(text.Contains("according to", StringComparison.Ordinal) ? " according to" : " said", StringComparison.Ordinal) + 1;
        cueStart = cueStart > 0 ? cueStart : text.IndexOf(" admitted", StringComparison.Ordinal) + 1;
        var cueEnd = text.IndexOf(' ', cueStart + (text[cueStart] == 'a' && text[cueStart + 1] == 'c' ? 10 : 0));
        var attribution = new Attribution(new Span(0, comma), QuoteType.Indirect, new Span(cueStart, cueEnd), text[cueStart..cueEnd],
            new Span(comma + 2, cueStart - 1), null);
        var found = ContentEdges.AfterFrontedPhrase(tokens, [attribution]);
        var questions = found.Where(a => a.Content.End <= comma).ToList();
        if (cue is null)
        {
            Assert.That(found, Has.Count.EqualTo(1));
            return;
        }

        Assert.That(found, Has.Count.EqualTo(2));
        Assert.That(questions.Single().Cue!.Value.Of(text), Is.EqualTo(cue));
        Assert.That(questions.Single().Content.Of(text), Is.EqualTo(question));
        Assert.That(questions.Single().Speaker?.Of(text), Is.EqualTo(asker));
    }

    // A direct quotation before its cue stays where it is.
    [Test]
    public void DirectQuotationStays()
    {
        const string text = "Asked about the vote, “We will see,” the senator said on Tuesday.";
        Assert.That(Apply(text, "Asked about the vote", "said", QuoteType.Direct), Is.EqualTo("Asked about the vote"));
    }
}
