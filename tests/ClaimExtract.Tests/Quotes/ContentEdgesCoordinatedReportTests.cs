using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edges of branch content40 (docs/quotes.md, "content40"): reported content ends before a coordinated clause
/// that holds another attribution's cue, and the participle of saying after "a statement" is not content. Hand-built
/// attributions (speaker, then cue, then the content as the cue tagger ran it) on sentences written for these tests; each
/// table holds rows the old code gets wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesCoordinatedReportTests
{
    private static TestCaseData Next(string name, string text, string speaker, string cue, string content, string? other, string expected) =>
        new TestCaseData(text, speaker, cue, content, other, expected).SetName($"ContentEdges40_{name}");

    private static IEnumerable<TestCaseData> NextReportCases()
    {
        // The content runs on into a clause joined by a comma and "and", "but", "while", "compared", by "but" alone or a dash,
        // whose own report the other attribution (its speaker, cue and content, "|"-separated) is.
        yield return Next("And", "Six in ten voters said the mayor was honest, and three in ten said the same of Delgado.",
            "Six in ten voters", "said", "the mayor was honest, and three in ten said the same of Delgado",
            "three in ten|said|the same of Delgado", "the mayor was honest");
        yield return Next("But", "Okafor said the pier is safe, but the union said it would strike in May.",
            "Okafor", "said", "the pier is safe, but the union said it would strike in May",
            "the union|said|it would strike in May", "the pier is safe");
        yield return Next("While", "Most captains say the fees are fair, while the clerks say they are too high.",
            "Most captains", "say", "the fees are fair, while the clerks say they are too high",
            "the clerks|say|they are too high", "the fees are fair");
        yield return Next("Compared", "Half the crews said they trusted the board, compared with a third who said so in May.",
            "Half the crews", "said", "they trusted the board, compared with a third who said so in May",
            "a third|said|so in May", "they trusted the board");
        yield return Next("BareBut", "Okafor praised the ferry crews but Delgado said they were slow.",
            "Okafor", "praised", "the ferry crews but Delgado said they were slow",
            "Delgado|said|they were slow", "the ferry crews");
        yield return Next("Dash", "Okafor said the pier would close in May \u2014 the union says it will strike first.",
            "Okafor", "said", "the pier would close in May \u2014 the union says it will strike first",
            "the union|says|it will strike first", "the pier would close in May");

        // Kept: a second "that" clause of the same cue, no other attribution, another comma last before the other cue (a
        // relative clause), a dash that opens an aside closed later, a semicolon between a list's items, one word before the
        // break.
        yield return Next("KeptAndThat", "Okafor said the pier was safe, and that Delgado had admitted as much.",
            "Okafor", "said", "the pier was safe, and that Delgado had admitted as much",
            "Delgado|admitted|as much", "the pier was safe, and that Delgado had admitted as much");
        yield return Next("KeptNoOtherCue", "Okafor said the pier is safe, and the ferry will run in May.",
            "Okafor", "said", "the pier is safe, and the ferry will run in May", null, "the pier is safe, and the ferry will run in May");
        yield return Next("KeptRelative", "Okafor said the pier is safe, and the crews, who said little, went home.",
            "Okafor", "said", "the pier is safe, and the crews, who said little, went home",
            "the crews|said|little", "the pier is safe, and the crews, who said little, went home");
        yield return Next("KeptAside", "Okafor said the plan \u2014 which Delgado called a gimmick \u2014 would pass.",
            "Okafor", "said", "the plan \u2014 which Delgado called a gimmick \u2014 would pass",
            "Delgado|called|a gimmick", "the plan \u2014 which Delgado called a gimmick \u2014 would pass");
        yield return Next("KeptSemicolon", "Okafor asked why the board was silent when the levy passed; when Delgado said it would fail.",
            "Okafor", "asked", "why the board was silent when the levy passed; when Delgado said it would fail",
            "Delgado|said|it would fail", "why the board was silent when the levy passed; when Delgado said it would fail");
        yield return Next("KeptOneWord", "Okafor said yes, but Delgado said no.",
            "Okafor", "said", "yes, but Delgado said no", "Delgado|said|no", "yes, but Delgado said no");
    }

    private static IEnumerable<TestCaseData> StatementCases()
    {
        // A statement noun and a participle of saying right after the cue belong to the cue.
        yield return Next("Statement_Saying", "The union issued a statement saying the pier is safe.",
            "The union", "issued", "a statement saying the pier is safe", null, "the pier is safe");
        yield return Next("Statement_Condemning", "Both parties issued statements condemning the attack on the ferry.",
            "Both parties", "issued", "statements condemning the attack on the ferry", null, "the attack on the ferry");
        yield return Next("Statement_DayComma", "Okafor released a joint statement Tuesday, describing the talks as useful.",
            "Okafor", "released", "a joint statement Tuesday, describing the talks as useful", null, "the talks as useful");
        yield return Next("Statement_SayingThat", "The board issued a statement saying that the levy would stay.",
            "The board", "issued", "a statement saying that the levy would stay", null, "that the levy would stay");

        // Kept: a preposition after the participle, a noun that is no statement, no participle.
        yield return Next("Statement_KeptCallingOn", "The union issued a statement calling on the board to act.",
            "The union", "issued", "a statement calling on the board to act", null, "a statement calling on the board to act");
        yield return Next("Statement_KeptReport", "The union issued a report saying the pier is safe.",
            "The union", "issued", "a report saying the pier is safe", null, "a report saying the pier is safe");
        yield return Next("Statement_KeptNoParticiple", "The union issued a statement on Tuesday.",
            "The union", "issued", "a statement on Tuesday", null, "a statement on Tuesday");
    }

    [TestCaseSource(nameof(NextReportCases))]
    [TestCaseSource(nameof(StatementCases))]
    public void Content_AfterItsCue_TakesPolNeARsEdges(string text, string speaker, string cue, string content, string? other, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        List<Attribution> attributions = [Build(text, 0, speaker, cue, content)];
        if (other?.Split('|') is [var otherSpeaker, var otherCue, var otherContent])
        {
            attributions.Add(Build(text, text.IndexOf(content, StringComparison.Ordinal) + 1, otherSpeaker, otherCue, otherContent));
        }

        var found = ContentEdges.Apply(tokens, attributions);
        Assert.That(found[0].Content.Of(text), Is.EqualTo(expected));
    }

    // An indirect attribution whose speaker is found at or after `from`, then its cue, then its content.
    internal static Attribution Build(string text, int from, string speaker, string cue, string content)
    {
        var speakerStart = text.IndexOf(speaker, from, StringComparison.Ordinal);
        var cueStart = text.IndexOf(" " + cue + " ", speakerStart + speaker.Length - 1, StringComparison.Ordinal) + 1;
        var contentStart = text.IndexOf(content, cueStart + cue.Length, StringComparison.Ordinal);
        Assert.That(speakerStart, Is.GreaterThanOrEqualTo(0));
        Assert.That(cueStart, Is.GreaterThan(0));
        Assert.That(contentStart, Is.GreaterThan(cueStart));
        return new Attribution(new Span(contentStart, contentStart + content.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(speakerStart, speakerStart + speaker.Length), null);
    }
}
