using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall on PolNeAR (docs/quotes.md, "recall54"): a speaker's phrase after the content ("..., the harbour master’s
/// spokesman said."; <see cref="TrailingReport"/>), a relative clause after a trailing speaker ("“...,” said Omar Haddad, who added
/// that ..."; <see cref="NestedReport.AfterSpeaker"/>), a clause of its own after ", and" / ", but" / ", while", and more participles
/// of the outer speaker ("..., citing ..."). Sentences written for these tests; each case that reads finds nothing on main.
/// </summary>
public class TrailingSpeakerPhraseAndRelativeTests
{
    // "CONTENT, SPEAKER said|told ADDRESSEE|reported [TIME]." text, the verb, the content, the speaker (null: none read).
    [TestCase("The ferry will run twice a day from May, the harbour master’s spokesman said.", "said",
        "The ferry will run twice a day from May", "the harbour master’s spokesman")]
    [TestCase("Two boats were lost in the storm, port spokesman Omar Haddad said Thursday.", "said",
        "Two boats were lost in the storm", "port spokesman Omar Haddad")]
    [TestCase("The levy will hurt the small farms most, farmers and union officials told the Valley Post.", "told",
        "The levy will hurt the small farms most", "farmers and union officials")]
    [TestCase("Fares rose faster than rents over the last year, the Harbor Gazette reported last week.", "reported",
        "Fares rose faster than rents over the last year", "the Harbor Gazette")]
    [TestCase("The mayor will not seek a second term, people close to her say.", "say",
        "The mayor will not seek a second term", "people close to her")]
    [TestCase("The mayor will not seek a second term, a source close to him said.", "said",
        "The mayor will not seek a second term", "a source close to him")]
    // guards: a clause rather than a speaker ("as ... have taken to", "which"), a head that names no one with no determiner (trail55
    // reads "the old bridge said"), words after the verb that
    // are not of time, a quotation (the rules' form), no comma, "it", a content of two words.
    [TestCase("The ferry ran late on most days, as some riders have taken to say.", "say", null, null)]
    [TestCase("Ruiz won the harbor vote by a wide margin, which the board wrote.", "wrote", null, null)]
    [TestCase("The mayor spoke for an hour, old bridge said.", "said", null, null)]
    [TestCase("The crew worked until dawn, Lena Marsh said in a long interview with reporters.", "said", null, null)]
    [TestCase("“The crew worked until dawn,” Lena Marsh said.", "said", null, null)]
    [TestCase("The crew worked until dawn and Lena Marsh said nothing.", "said", null, null)]
    [TestCase("The crew worked until dawn on the pier, it said.", "said", null, null)]
    [TestCase("Crews worked, Lena Marsh said.", "said", null, null)]
    public void PhraseSpeaker_AfterTheContent(string text, string verb, string? content, string? speaker)
    {
        var tokens = Tokens(text);
        var found = TrailingReport.Find(tokens, tokens.Tokens.FindLastIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Attribution.Content, content), (f.Attribution.Speaker ?? default, speaker)] : null);
    }

    // "CONTENT, according to SOURCE" that no statement took, its source running to a bracket, a dash or up to 16 tokens (on main: only
    // after a dash, a quotation's comma or a word, a source of at most 12 tokens ending at a comma or the sentence's end). text, content,
    // source (null: none read).
    [TestCase("Ruiz won 54 percent of the harbor towns on Tuesday, according to exit polls (a wide margin for a newcomer).",
        "Ruiz won 54 percent of the harbor towns on Tuesday", "exit polls")]
    [TestCase("The harbor plan would raise only $2 million a year, according to the Coastal Tax Office - half of what the port needs.",
        "The harbor plan would raise only $2 million a year", "the Coastal Tax Office")]
    [TestCase("Ferry fares are higher than at any time in the last forty years, according to the Center for Harbor Research at Valley State University in Leeds.",
        "Ferry fares are higher than at any time in the last forty years", "the Center for Harbor Research at Valley State University in Leeds")]
    [TestCase("The ferry was built by Harbor-Line in 1990, according to the Valley-Post.",
        "The ferry was built by Harbor-Line in 1990", "the Valley-Post")]
    // guards: a sentence that opens with "according to", a content of two words, a source of more than 16 tokens.
    [TestCase("According to the harbor office, the ferry ran late, according to the riders.", null, null)]
    [TestCase("Fares rose, according to the harbor office.", null, null)]
    [TestCase("The ferry ran late on most days, according to a long report by the office of the harbor master of the old town of Leeds near the river mouth.", null, null)]
    public void AccordingTo_AfterAComma(string text, string? content, string? source)
    {
        var tokens = Tokens(text);
        var found = TrailingReport.Find(tokens, tokens.Tokens.FindLastIndex(x => x.Value == "according"));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Attribution.Content, content), (f.Attribution.Speaker ?? default, source)] : null);
    }

    // "“...,” said SPEAKER, who CUE CONTENT." text, the outer speaker, the cue read, its content (null: none read).
    [TestCase("“The bridge is safe,” said Omar Haddad, who added that the cables were replaced in April.", "Omar Haddad", "added",
        "that the cables were replaced in April")]
    [TestCase("“The bridge is safe,” said Omar Haddad, an engineer from Leeds, who said the cables were “as good as new.”", "Omar Haddad", "said",
        "the cables were “as good as new.”")]
    [TestCase("“The bridge is safe,” Omar Haddad said, who also noted that the cables were new.", "Omar Haddad", "noted",
        "that the cables were new")]
    // guards: a verb that reports nothing, ", who" in the next sentence, a speaker before the content, ", who" too far from the speaker.
    [TestCase("“The bridge is safe,” said Omar Haddad, who repaired the cables in April.", "Omar Haddad", null, null)]
    [TestCase("“The bridge is safe,” said Omar Haddad. Lena Marsh, who added that the cables were new, agreed.", "Omar Haddad", null, null)]
    [TestCase("Omar Haddad said the bridge is safe for lorries, who added that the cables were new.", "Omar Haddad", null, null)]
    [TestCase("“The bridge is safe,” said Omar Haddad, an engineer from the old town of Leeds near the river, who added that the cables were new.", "Omar Haddad", null, null)]
    public void RelativeClause_AfterATrailingSpeaker(string text, string speaker, string? cue, string? content)
    {
        var tokens = Tokens(text);
        var outer = Outer(text, speaker);
        var found = NestedReport.AfterSpeaker(tokens, outer);
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Cue, cue), (f.Content, content), (f.Relative, "who")] : null);
    }

    [Test]
    public void RelativeClause_AfterATrailingSpeaker_IsAddedWithTheSpeakerAsReferent()
    {
        const string text = "“The bridge is safe,” said Omar Haddad, who added that the cables were replaced in April.";
        var tokens = Tokens(text);
        var outer = Outer(text, "Omar Haddad");
        var result = NestedReport.Add(tokens, [outer]);
        Assert.That(result, Has.Count.EqualTo(2));
        var added = result.Single(a => a.CueText == "added");
        Assert.That(Text(text, added.Speaker!.Value), Is.EqualTo("who"));
        Assert.That(Text(text, added.Referent!.Value), Is.EqualTo("Omar Haddad"));

        // A statement that already holds the cue keeps it: nothing is added.
        var cue = text.IndexOf("added", StringComparison.Ordinal);
        var held = new Attribution(new Span(cue + 6, text.Length - 1), QuoteType.Indirect, new Span(cue, cue + 5), "added", null, null);
        Assert.That(NestedReport.Add(tokens, [Outer(text, "Omar Haddad"), held]), Has.Count.EqualTo(2));
    }

    // A clause of its own after ", and" / ", but" / ", while" inside an outer content (Form.Clause; on main only right after the comma).
    // text, the outer cue, the inner cue, the inner speaker, the inner content, the outer content after the cut.
    [TestCase("The mayor denied the rumours about the harbour, but Lena Marsh said the ferry would keep running.",
        "denied", "said", "Lena Marsh", "the ferry would keep running", "the rumours about the harbour")]
    [TestCase("The mayor praised the crew, and officials warned that the ferry would be late.",
        "praised", "warned", "officials", "that the ferry would be late", "the crew")]
    public void ClauseAfterAJoiner_IsAStatementOfItsOwn(string text, string outerCue, string cue, string speaker, string content, string outer)
    {
        var result = AddAfterCue(text, outerCue, cue: null);
        var inner = result.Single(a => a.CueText == cue);
        Assert.That(Text(text, inner.Speaker!.Value), Is.EqualTo(speaker));
        Assert.That(Text(text, inner.Content), Is.EqualTo(content));
        Assert.That(Text(text, result.Single(a => a.CueText == outerCue).Content), Is.EqualTo(outer));
    }

    // guards: an "according to" content holds both clauses; a joiner with no comma; "or" is no joiner the rule reads.
    [TestCase("According to the port, the ferry ran late, and officials said it was tired after the storm.", "according to", "said")]
    [TestCase("The mayor praised the crew and officials warned that the ferry would be late.", "praised", "warned")]
    [TestCase("The mayor praised the crew, or officials warned that the ferry would be late.", "praised", "warned")]
    public void ClauseAfterAJoiner_NotRead(string text, string outerCue, string cue)
    {
        var result = AddAfterCue(text, outerCue, cue);
        Assert.That(result.Select(a => a.CueText), Does.Not.Contain(cue));
        Assert.That(result, Has.Count.EqualTo(1));
    }

    // More participles of the outer speaker after a comma (on main only "adding", "noting", ... read). text, the participle, the content (null: none).
    [TestCase("The board met, citing the rising cost of fuel.", "citing", "the rising cost of fuel")]
    [TestCase("The mayor attacked the plan, calling it a waste of money.", "calling", "it a waste of money")]
    [TestCase("The mayor attacked the plan, comparing it to the old harbour deal.", "comparing", "it to the old harbour deal")]
    [TestCase("The mayor spoke for an hour, accusing the board of hiding the costs.", "accusing", "the board of hiding the costs")]
    // guards: participles measured and left out ("claiming", "telling"), no comma before the participle.
    [TestCase("The board met, claiming that the ferry would run.", "claiming", null)]
    [TestCase("The board met, telling the crew that the ferry would run.", "telling", null)]
    [TestCase("The board met citing the rising cost of fuel.", "citing", null)]
    public void Participle_OfTheOuterSpeaker(string text, string cue, string? content)
    {
        var tokens = Tokens(text);
        var k = tokens.Tokens.FindIndex(x => x.Value == cue);
        var inner = NestedReport.Inner(tokens, k, text.Length - 1);
        ReportCases.AssertReads(text, content is null, inner is { } f ? [(f.Cue, cue), (f.Content, content)] : null);
    }

    private static TokenizedDocument Tokens(string text)
    {
        var doc = TextDocument.Create(text);
        return new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
    }

    private static string Text(string text, Span span) => text[span.Start..span.End];

    // The statement "“...,” said SPEAKER" (or "SPEAKER said the ..."): its content the first quotation or the words after "said ".
    private static Attribution Outer(string text, string speaker)
    {
        var said = text.IndexOf("said", StringComparison.Ordinal);
        var who = text.IndexOf(speaker, StringComparison.Ordinal);
        var content = text.StartsWith('“') ? new Span(0, text.IndexOf('”') + 1) : new Span(said + 5, text.IndexOf(',', said));
        return new Attribution(content, QuoteType.Indirect, new Span(said, said + 4), "said", new Span(who, who + speaker.Length), null);
    }

    // The outer statement as the models leave it: its cue the first occurrence of outerCue, its content from after the cue (after
    // its comma for "According to ...") to the sentence's last word, its speaker the sentence's first word; then NestedReport.Add.
    private static List<Attribution> AddAfterCue(string text, string outerCue, string? cue)
    {
        var tokens = Tokens(text);
        var at = text.IndexOf(outerCue, StringComparison.OrdinalIgnoreCase);
        var from = outerCue == "according to" ? text.IndexOf(", ", at, StringComparison.Ordinal) + 2 : at + outerCue.Length + 1;
        var end = text.TrimEnd('.').Length;
        var outer = new Attribution(new Span(from, end), QuoteType.Indirect, new Span(at, at + outerCue.Length), outerCue.ToLowerInvariant(), new Span(0, 3), null);
        Assert.That(cue is null || text.Contains(cue, StringComparison.Ordinal));
        return NestedReport.Add(tokens, [outer]);
    }
}
