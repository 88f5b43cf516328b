using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall on PolNeAR (docs/quotes.md, "port47"): recall47's trailing attributions and recall46's transcript label in
/// capitals, moved out of <see cref="AttributionFinder"/> (whose attributions the models train on) into rules after the models:
/// <see cref="TrailingReport"/> and <see cref="TranscriptLabel"/>. Sentences written for these tests; each positive case finds
/// nothing on main.
/// </summary>
public class TrailingReportTests
{
    // text, the cue's first word, the content and the source read (null: no attribution).
    [TestCase("Heating costs will rise again this year, analyst says.", "says", "Heating costs will rise again this year", "analyst")]
    [TestCase("Ferry fares will double by spring, former mayor says.", "says", "Ferry fares will double by spring", "former mayor")]
    [TestCase("The levy will pass in the end, former rival says.", "says", "The levy will pass in the end", "former rival")]
    [TestCase("Harbor plan stalls; \nThe new pier will not open before summer, candidate says.\n\nWork began in March.", "says", "The new pier will not open before summer", "candidate")]
    [TestCase("In 2019, the town had 40 burglaries — including two at the library — according to the latest police data.",
        "according", "In 2019, the town had 40 burglaries — including two at the library", "the latest police data")]
    [TestCase("The old ferry was retired last year – after three breakdowns – according to the harbor office.",
        "according", "The old ferry was retired last year – after three breakdowns", "the harbor office")]
    [TestCase("She later likened the budget talks to a “long winter,” according to the mayor’s memoir.",
        "according", "She later likened the budget talks to a “long winter,”", "the mayor’s memoir")]
    [TestCase("Ruiz leads Marsh by 40 delegates according to a count by the Ledger, but Marsh will not quit.",
        "according", "Ruiz leads Marsh by 40 delegates", "a count by the Ledger")]
    [TestCase("That’s according to early results of a survey by the harbor office.",
        "according", "That", "early results of a survey by the harbor office")]
    [TestCase("The team played according to plan and won the cup.", "according", null, null)]
    [TestCase("The crowd voted for “red,” or “blue,” according to their mood.", "according", null, null)]
    [TestCase("Heating costs will rise again this year, weather says.", "says", null, null)]
    // With a determiner the bare form reads nothing; since recall54 the speaker's phrase form reads it (TrailingReport.PhraseSpeaker).
    [TestCase("Heating costs will rise again this year, the analyst says.", "says", "Heating costs will rise again this year", "the analyst")]
    [TestCase("Heating costs will rise, analyst says, and soon.", "says", null, null)]
    public void Trailing_IsRead(string text, string cue, string? content, string? source)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
        var found = TrailingReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == cue));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Attribution.Content, content), (f.Attribution.Speaker ?? default, source)] : null);
    }

    // The sentence splitter joins a headline and its deck when a paragraph follows them, as on the PolNeAR page behind this case.
    [Test]
    public void Relined_ContentMovesToTheSpeakersLine()
    {
        const string text = "Town faces a long winter; \nHeating costs will rise again, analysts say.\n\nThe council met on Monday.";
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var said = new Attribution(new Span(0, 24), QuoteType.Indirect, new Span(text.IndexOf(" say", StringComparison.Ordinal) + 1, text.IndexOf(" say", StringComparison.Ordinal) + 4), "say",
            new Span(text.IndexOf("analysts", StringComparison.Ordinal), text.IndexOf(" say", StringComparison.Ordinal)), null);
        List<Attribution> attributions = [said];
        TrailingReport.Relined(tokens, attributions);
        Assert.That(text[attributions[0].Content.Start..attributions[0].Content.End], Is.EqualTo("Heating costs will rise again"));
    }

    // text, the content of the turn with its label (null: no turn read).
    [TestCase("Jake Tapper asked the governor.\n\nTAPPER: Will you back the levy this year?\n\nFALLIN: Yes.", "TAPPER", "Will you back the levy this year?")]
    [TestCase("Governor Mary Fallin spoke.\n\nFALLIN: I think the whole town needs the ferry.", "FALLIN", "I think the whole town needs the ferry.")]
    [TestCase("The mayor spoke.\n\nUPDATE: The ferry will run again on Monday.\n\nUpdate later.", "UPDATE", null)]
    [TestCase("The mayor spoke.\n\nMARSH: The ferry will run again on Monday.", "MARSH", null)]
    [TestCase("Abby answers letters.\n\nDEAR ABBY: My husband just bought plane tickets to Lima.", "ABBY", null)]
    public void TranscriptLabel_IsRead(string text, string label, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var colon = tokens.Tokens.FindIndex(x => x.Value == label) + 1;
        var found = TranscriptLabel.Find(tokens, colon);
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, label), (f.Content, content)] : null);
    }

    // Through the whole pipeline with its models: text, the cue, the content, the speaker mention as written.
    [Category("Model")]
    [TestCase("Town faces a long winter; \nHeating costs will rise again this year, analysts say.\n\nThe council met on Monday.",
        "say", "Heating costs will rise again this year", "analysts")]
    [TestCase("The council met on Monday.\n\nFerry fares will double by spring, former rival says. The council will vote soon.",
        "says", "Ferry fares will double by spring", "former rival")]
    [TestCase("The council met on Monday.\n\nIn 2019, the town had 40 burglaries — including two at the library — according to the latest police data. The police list the town as safe.",
        "according to", "In 2019, the town had 40 burglaries — including two at the library", "the latest police data")]
    [TestCase("The harbor office counted the boats on Monday.\n\nThat’s according to early results of a survey by the harbor office. The ferry will run again.",
        "according to", "That", "early results of a survey by the harbor office")]
    [TestCase("Jake Tapper asked the governor.\n\nTAPPER: Will you back the levy this year? I think you should.\n\nFALLIN: Yes.",
        ":", "Will you back the levy this year? I think you should.", "TAPPER")]
    public void Trailing_ThroughThePipeline(string text, string cue, string content, string speaker)
    {
        var statements = PipelineStatements.Of(text);
        var found = statements.Where(s => s.Cue == cue && s.Text == content).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text + " <" + s.SpeakerMention + ">")));
        Assert.That(found[0].SpeakerMention, Is.EqualTo(speaker));
    }
}
