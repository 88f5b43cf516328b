using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// recall81 (docs/quotes.md): a report in the main clause before a statement's ", saying ..." or "and said ..." of the same subject
/// ("The mayor praised the crews, saying ...") becomes a statement of its own: the main verb its cue, its object the content, the same
/// speaker. On sentences written for these tests.
/// </summary>
public class EarlierClauseReportTests
{
    // The sentence; the given statement's speaker is the sentence's words before `verbGroup`, its cue the word `cue` and its content
    // the rest of the sentence after that cue.
    private static List<(string Cue, string? Speaker, string Content)> Read(string text, string speaker, string cue)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, []);
        var s = text.IndexOf(speaker, StringComparison.Ordinal);
        var c = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var a = new Attribution(new Span(c + cue.Length + 1, text.TrimEnd('.').Length), QuoteType.Indirect, new Span(c, c + cue.Length), cue,
            new Span(s, s + speaker.Length), null);
        return [.. EarlierClauseReport.Add(tokens, [a]).Select(x => (text[x.Cue!.Value.Start..x.Cue.Value.End], x.Speaker is { } p ? text[p.Start..p.End] : null, text[x.Content.Start..x.Content.End]))];
    }

    [TestCase("The harbour master praised the rescue crews, saying they had worked through the night.", "The harbour master", "saying",
        "praised", "the rescue crews")]
    [TestCase("Ms Okafor has repeatedly criticized the toll plan and said it would hurt the fishermen.", "Ms Okafor", "said",
        "criticized", "the toll plan")]
    [TestCase("The union rejected the latest offer but later said talks would resume.", "The union", "said", "rejected", "the latest offer")]
    [TestCase("Tom Hale called for a new vote on the levy, arguing the first count was flawed.", "Tom Hale", "arguing", "called",
        "a new vote on the levy")]
    [TestCase("She defended her record, adding that the budget had balanced every year.", "She", "adding", "defended", "her record")]
    public void EarlierReport_IsAdded(string text, string speaker, string cue, string earlierCue, string earlierContent)
    {
        var read = Read(text, speaker, cue);
        Assert.That(read, Has.Count.EqualTo(2));
        Assert.That(read[0], Is.EqualTo((earlierCue, (string?)speaker, earlierContent)));
        Assert.That(read[1].Cue, Is.EqualTo(cue));
    }

    // Guards: a verb rarely a report ("visited", "owns"), a time or place after the verb ("responded Friday", "spoke on radio"), a
    // speech verb's addressee ("wrote to the board"), a comma in the verb group, no object left, a joiner that is not "and"/"but".
    [TestCase("The harbour master visited the docks, saying the repairs were nearly done.", "The harbour master", "saying")]
    [TestCase("The mayor owns two boats and said the levy was unfair.", "The mayor", "said")]
    [TestCase("The council responded Friday, saying the levy would stay.", "The council", "saying")]
    [TestCase("The council responded on the radio, saying the levy would stay.", "The council", "saying")]
    [TestCase("Ms Okafor wrote to the harbour board, warning that the quay was unsafe.", "Ms Okafor", "warning")]
    [TestCase("Ms Okafor, in a letter, praised the crews, saying they had worked hard.", "Ms Okafor", "saying")]
    [TestCase("Ms Okafor remarked, saying the crews had worked hard.", "Ms Okafor", "saying")]
    [TestCase("Ms Okafor praised the crews; she said they had worked hard.", "Ms Okafor", "said")]
    public void NoEarlierReport_IsUnchanged(string text, string speaker, string cue)
    {
        Assert.That(Read(text, speaker, cue), Has.Count.EqualTo(1));
    }
}
