using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// recall60 (docs/quotes.md): a reported content that runs on over a second report joined after a comma and "and", "while", "but" or
/// a semicolon ends before the joiner, and the second clause becomes a statement of its own; recall65: the same for a non-restrictive
/// relative clause with a report of its own (", who announced ...", ", which he described as ..."), which ends the content before its
/// comma. On sentences written for these tests.
/// </summary>
public class ContentBeforeAJoinedReportTests
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

    // recall65: a non-restrictive relative clause with a report of its own (", who announced ...", ", which he declared ...").
    [TestCase("The clerk said the levy was drafted by Ana Ruiz, who announced she will stand down in May.",
        "the levy was drafted by Ana Ruiz", "announced", "who", "she will stand down in May")]
    [TestCase("The clerk said the ferry would be sold to Tom Hale, who has repeatedly criticized the harbour board.",
        "the ferry would be sold to Tom Hale", "criticized", "who", "the harbour board")]
    [TestCase("The clerk said the council had raised the mooring fee, which he declared a betrayal of the fishermen.",
        "the council had raised the mooring fee", "declared", "he", "which he declared a betrayal of the fishermen")]
    [TestCase("The clerk said the board would sign the lease, which Ms Okafor has denied twice.",
        "the board would sign the lease", "denied", "Ms Okafor", "which Ms Okafor has denied twice")]
    public void RelativeReport_IsSplitOut(string text, string first, string cue, string speaker, string second)
    {
        Assert.That(Read(text), Is.EqualTo(new List<(string, string?, string)> { ("said", null, first), (cue, speaker, second) }));
    }

    // Guards: a passive relative clause ("who was praised"), one closed by a comma inside the content, a relative clause without a
    // report verb, and "whom" are left in the content.
    [TestCase("The clerk said the ferry was built by Tom Hale, who was praised for the work.")]
    [TestCase("The clerk said that Tom Hale, who argued for the levy, is now against it.")]
    [TestCase("The clerk said the levy was drafted by Ana Ruiz, who chairs the harbour trust.")]
    [TestCase("The clerk said the levy was drafted by Ana Ruiz, whom he praised for her patience.")]
    public void NoRelativeReport_IsUnchanged(string text)
    {
        var before = Split(text);
        Assert.That(before, Has.Count.EqualTo(1));
        Assert.That(text[before[0].Content.Start..before[0].Content.End], Is.EqualTo(text[(text.IndexOf(" said ", StringComparison.Ordinal) + 6)..text.TrimEnd('.').Length]));
    }
}
