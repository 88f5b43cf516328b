using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A newsletter's reading list gives no statements (<see cref="ReadingList"/>): a linked article's headline in quotation marks,
/// followed by its byline ("by the Gazette's Mia Lund"), and the excerpt in quotation marks after the byline's colon. On texts
/// written for these tests: through the whole pipeline (each change case gave the quotation as a statement on main 67c707b),
/// and by hand.
/// </summary>
public class ReadingListTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    private const string List = "HARBOUR NEWS—\"Trust votes to sell the old pier to a hotel chain,\" by the Gazette's Mia Lund: \"The harbour trust voted on "
        + "Monday to sell the old pier, ending a fight that has divided the town for a decade.\" http://example.org/pier.\n\n"
        + "—\"Ferry union plans a second strike,\" by Coast Weekly's Tom Hale: http://example.org/ferry.";

    [TestCase("Trust votes to sell the old pier")]
    [TestCase("The harbour trust voted on Monday")]
    [TestCase("Ferry union plans a second strike")]
    public void HeadlineOrExcerptOfAReadingList_IsNoStatement(string words)
    {
        Assert.That(Statements(List).Where(s => s.Text.Contains(words, StringComparison.Ordinal)), Is.Empty);
    }

    // Guards: a quotation with a cue, one followed by "by" and a name that is no outlet's byline, and quotations of a speaker.
    [TestCase("The letter was blunt. \"We will not sell the pier,\" by Trust Chairman Omar Reyes, was read aloud at the meeting.", "We will not sell the pier")]
    [TestCase("The crowd cheered. \"We will not sell the pier,\" Reyes said. \"Not now, not ever,\" by his own account the view of most members.", "We will not sell the pier")]
    [TestCase("Residents packed the hall. \"This is our harbour, not theirs,\" said one fisherman, Jonas Berg. \"We built it by hand.\"", "This is our harbour")]
    public void QuotationOfASpeaker_StaysAStatement(string text, string words)
    {
        Assert.That(Statements(text).Where(s => s.Text.Contains(words, StringComparison.Ordinal)), Is.Not.Empty);
    }

    // By hand: a quotation with no cue, and what stands right after or before it.
    [TestCase("\"Ferry union plans a second strike,\" by Coast Weekly's Tom Hale: http://example.org/ferry.", "\"Ferry union plans a second strike,\"", null, true)]
    [TestCase("\"Ferry union plans a second strike,\" by Times' Tom Hale.", "\"Ferry union plans a second strike,\"", null, true)]
    [TestCase("\"Ferry union plans a strike,\" by The Wall Street Journal's Tom Hale: \"The union voted on Friday.\"", "\"The union voted on Friday.\"", null, true)]
    [TestCase("\"Ferry union plans a second strike,\" by Coast Weekly's Tom Hale: http://example.org/ferry.", "\"Ferry union plans a second strike,\"", "said", false)]
    [TestCase("\"Ferry union plans a second strike,\" by Chairman Tom Hale.", "\"Ferry union plans a second strike,\"", null, false)]
    [TestCase("\"We will strike,\" by the union's own count, is what most members want.", "\"We will strike,\"", null, false)]
    [TestCase("Hale spoke to Coast Weekly's Tom Hale: \"The union voted on Friday.\"", "\"The union voted on Friday.\"", null, false)]
    public void IsEntry_AsTheWordsAroundTheQuotationVary(string text, string quotation, string? cue, bool entry)
    {
        var start = text.IndexOf(quotation, StringComparison.Ordinal);
        var a = new Attribution(new Span(start, start + quotation.Length), QuoteType.Direct, cue is null ? null : new Span(0, 1), cue, null, null);
        Assert.That(ReadingList.IsEntry(text, a), Is.EqualTo(entry));
        Assert.That(ReadingList.Apply(text, [a]), Has.Count.EqualTo(entry ? 0 : 1));
    }
}
