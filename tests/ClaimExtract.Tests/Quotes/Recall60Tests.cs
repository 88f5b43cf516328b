using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// recall60 (docs/quotes.md): a reported content that runs on over a second report joined after a comma and "and", "while", "but" or
/// a semicolon ends before the joiner, and the second clause becomes a statement of its own. On sentences written for these tests.
/// </summary>
public class Recall60Tests
{
    // The sentence; the first statement's cue is its first "said" and its content runs from after that cue to the sentence's last word.
    private static List<Attribution> Split(string text)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, []);
        var cue = text.IndexOf(" said ", StringComparison.Ordinal) + 1;
        var start = cue + "said ".Length;
        var a = new Attribution(new Span(start, text.TrimEnd('.').Length), QuoteType.Indirect, new Span(cue, cue + 4), "said", null, null);
        return CoordinatedReport.Split(tokens, [a]);
    }

    private static List<(string Cue, string? Speaker, string Content)> Read(string text) =>
        [.. Split(text).Select(a => (text[a.Cue!.Value.Start..a.Cue.Value.End], a.Speaker is { } s ? text[s.Start..s.End] : null, text[a.Content.Start..a.Content.End]))];

    [TestCase("Most of the riders said the new timetable is worse, and nearly one in three said the old one should come back.",
        "the new timetable is worse", "nearly one in three", "the old one should come back")]
    [TestCase("Two of the fishermen said the harbour was calm that night; the coastguard says the storm had already begun.",
        "the harbour was calm that night", "the coastguard", "the storm had already begun")]
    public void SecondReport_IsSplitOut(string text, string first, string speaker, string second)
    {
        Assert.That(Read(text), Is.EqualTo(new List<(string, string?, string)> { ("said", null, first), (text.Contains("says") ? "says" : "said", speaker, second) }));
    }

    // Guards: "and" without a comma joins a subject ("the mayor and her deputy said"); an infinitive or a negated verb is no report.
    [TestCase("The clerk said the ferry will sail on time and the mayor and her deputy said so as well.")]
    [TestCase("The clerk said the riders had few good things to say about the new timetable.")]
    [TestCase("The clerk said the levy passed, but the union did not say whether it would appeal.")]
    public void NoSecondReport_IsUnchanged(string text)
    {
        var before = Split(text);
        Assert.That(before, Has.Count.EqualTo(1));
        Assert.That(text[before[0].Content.Start..before[0].Content.End], Is.EqualTo(text[(text.IndexOf(" said ", StringComparison.Ordinal) + 6)..text.TrimEnd('.').Length]));
    }
}
