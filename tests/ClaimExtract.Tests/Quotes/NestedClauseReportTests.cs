using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A report of its own after a comma or semicolon inside another statement's content (<see cref="NestedReport"/>, form
/// <c>Clause</c>; docs/quotes.md, "recall49"): "The mayor denied the rumours, [Lena Marsh] said the ferry would run" (cue "said"). The outer
/// statement's content ends before the comma, the clause becomes a statement with its own subject as speaker. By hand, on sentences
/// written for these tests: an outer statement is given as the models would leave it.
/// </summary>
public class NestedClauseReportTests
{
    // text, the outer cue, where the outer content starts (its first words; it runs to the sentence's last word), the inner cue,
    // the inner speaker, the inner content, the outer content after the cut (null: the outer statement is gone)
    [TestCase("The mayor denied the rumours about the harbour, Lena Marsh said the ferry would keep running.",
        "denied", "the rumours", "said", "Lena Marsh", "the ferry would keep running", "the rumours about the harbour")]
    [TestCase("Critics attacked the levy as unfair; she added that it would hurt farmers.",
        "attacked", "the levy", "added", "she", "that it would hurt farmers", "the levy as unfair")]
    [TestCase("The council approved the budget, which is a relief, he said, “for every family here.”",
        "approved", "the budget", "said", "he", "“for every family here.”", "the budget, which is a relief")]
    [TestCase("The union criticized the cuts, but most workers, officials noted, would keep their jobs.",
        "criticized", "the cuts", "noted", "officials", "would keep their jobs", "the cuts, but most workers")]
    [TestCase("Since the bridge reopened, Omar Haddad has said the ferry is no longer needed.",
        "reopened", ",", "said", "Omar Haddad", "the ferry is no longer needed", null)]
    [TestCase("The board defended its record, Ana Ruiz also argued that the port had never been busier.",
        "defended", "its record", "argued", "Ana Ruiz", "that the port had never been busier", "its record")]
    [TestCase("The mayor denied the rumours, Lena Marsh told the council that the ferry would run.",
        "denied", "the rumours", "told", "Lena Marsh", "that the ferry would run", "the rumours")]
    [TestCase("The mayor praised the crew, pilots admitted that the ferry was late.",
        "praised", "the crew", "admitted", "pilots", "that the ferry was late", "the crew")]
    public void ClauseInsideAContent_IsAStatementOfItsOwn(string text, string outerCue, string outerFrom, string cue, string speaker, string content, string? outer)
    {
        var (tokens, result) = Add(text, outerCue, outerFrom);
        var inner = result.Where(a => a.CueText == cue).ToList();
        Assert.That(inner, Has.Count.EqualTo(1), string.Join(" | ", result.Select(a => a.CueText + ": " + Text(text, a.Content))));
        Assert.That(Text(text, inner[0].Speaker!.Value), Is.EqualTo(speaker));
        Assert.That(Text(text, inner[0].Content), Is.EqualTo(content));
        var kept = result.Where(a => a.CueText == outerCue).ToList();
        if (outer is null)
        {
            Assert.That(kept, Is.Empty);
        }
        else
        {
            Assert.That(kept, Has.Count.EqualTo(1));
            Assert.That(Text(text, kept[0].Content), Is.EqualTo(outer));
            Assert.That(kept[0].Parts, Has.Count.EqualTo(1));
            Assert.That(Text(text, kept[0].Parts[0]), Is.EqualTo(outer));
        }

        Assert.That(tokens, Is.Not.Null);
    }

    // No clause of its own: no comma before the subject, a subject the rule does not read ("the report"), a verb that is no cue, "who"
    // (the relative form), a parenthetical report closing the comma ("aides noted,"), the clause inside a quotation.
    [TestCase("The mayor denied the rumours and Lena Marsh said the ferry would keep running.", "denied", "the rumours", "said")]
    [TestCase("The mayor denied the rumours, the report said the ferry would keep running.", "denied", "the rumours", "said")]
    [TestCase("The mayor denied the rumours, Lena Marsh repaired the ferry before the storm.", "denied", "the rumours", "repaired")]
    [TestCase("The plan, aides noted, Lena Marsh said was late by a year.", "noted", "The plan", "said")]
    [TestCase("The mayor denied “the rumours, Lena Marsh said, that the ferry would stop.”", "denied", "“the rumours", "said")]
    public void NoClauseOfItsOwn(string text, string outerCue, string outerFrom, string cue)
    {
        var (_, result) = Add(text, outerCue, outerFrom);
        Assert.That(result.Select(a => a.CueText), Does.Not.Contain(cue));
        Assert.That(result, Has.Count.EqualTo(1), "the outer statement stays as it was");
    }

    // The subject ClauseSubject reads before a verb of saying (null: none).
    [TestCase("The mayor denied it, Lena Marsh said the ferry would run.", "said", "Lena Marsh")]
    [TestCase("The mayor denied it; they added that the ferry would run.", "added", "they")]
    [TestCase("The mayor denied it, critics have argued that the ferry would run.", "argued", "critics")]
    [TestCase("The mayor denied it, Lena Marsh, who said the ferry would run, left.", "said", null)]
    [TestCase("The mayor denied it and Lena Marsh said the ferry would run.", "said", null)]
    [TestCase("Lena Marsh said the ferry would run.", "said", null)]
    public void ClauseSubject_Forms(string text, string cue, string? subject)
    {
        var tokens = Tokens(text);
        var k = tokens.Tokens.ToList().FindIndex(x => x.Value == cue);
        var found = NestedReport.ClauseSubject(tokens, k);
        Assert.That(found is { } s ? Text(text, s) : null, Is.EqualTo(subject));
    }

    private static TokenizedDocument Tokens(string text)
    {
        var doc = TextDocument.Create(text);
        return new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
    }

    private static string Text(string text, Span span) => text[span.Start..span.End];

    // The outer statement: its cue the first occurrence of outerCue, its content from outerFrom's first occurrence after the cue
    // (or at the cue's start when it is before) to the sentence's last word, its speaker the sentence's first word; then NestedReport.Add.
    private static (TokenizedDocument Tokens, List<Attribution> Result) Add(string text, string outerCue, string outerFrom)
    {
        var tokens = Tokens(text);
        var cue = text.IndexOf(outerCue, StringComparison.Ordinal);
        var from = text.IndexOf(outerFrom, cue + outerCue.Length, StringComparison.Ordinal);
        from = from < 0 ? text.IndexOf(outerFrom, StringComparison.Ordinal) : from;
        var end = text.TrimEnd('.', '”').Length;
        end = text.EndsWith(".”", StringComparison.Ordinal) ? text.Length : end;
        var outer = new Attribution(new Span(from, end), QuoteType.Indirect, new Span(cue, cue + outerCue.Length), outerCue, new Span(0, 3), null);
        return (tokens, NestedReport.Add(tokens, [outer]));
    }
}
