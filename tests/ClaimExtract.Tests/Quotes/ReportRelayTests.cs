using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Who relays a statement (ReportRelay, branch report108): "“...,” Ruiz said, according to the Ledger." stays Ruiz's and is reported
/// by the Ledger; a statement whose whole clause another statement of relaying holds ("The Ledger reported that Ruiz said ...") is
/// reported by that statement's speaker. A medium or an addressee ("in an interview with the Ledger", "told the Ledger"), the speaker
/// named again as the source ("according to Ruiz" of Ruiz's own words), a report inside the quotation, and an "according to" of a
/// clause of its own are no reporter. On texts written for these tests: through the whole pipeline, and on attributions built by hand
/// for the relaying statement.
/// </summary>
public class ReportRelayTests
{
    private static Statement Holding(string text, string words) =>
        PipelineStatements.Of(text).Single(s => s.Text.Contains(words, StringComparison.Ordinal) && s.Cue is not "according to" and not "reported");

    [TestCase("The harbour board met on Monday.\n\n“We will not pay for the new bridge,” Ana Ruiz said, according to the Daily Ledger. “The levy is enough.”",
        "We will not pay", "Ana Ruiz", "the Daily Ledger", "Daily Ledger")]
    [TestCase("The harbour board met on Monday.\n\n“The ferry stays open all winter,” Okafor said, the Vexo Ledger reported.",
        "The ferry stays open", "Okafor", "the Vexo Ledger", "Vexo Ledger")]
    [TestCase("The harbour board met on Monday.\n\n“The levy is fair,” Ruiz wrote in her book, according to the Vexo Times. “The roads need it.”",
        "The levy is fair", "Ruiz", "the Vexo Times", "Vexo Times")]
    [TestCase("The harbour board met on Monday.\n\nIn one letter, Okafor described how he had lost the keys in a “burn bag,” the Vexo Ledger reported. The boats were late.",
        "he had lost the keys", "Okafor", "the Vexo Ledger", "Vexo Ledger")]
    [TestCase("The harbour board met on Monday.\n\nEarlier in the day, Okafor met the pilots and pledged to “keep the ferry running all winter,” the Vexo Ledger reported.",
        "keep the ferry running", "Okafor", "the Vexo Ledger", "Vexo Ledger")]
    public void StatementRelayedByASource_KeepsItsSpeaker_AndIsReportedByTheSource(string text, string words, string speaker, string mention, string reporter)
    {
        var statement = Holding(text, words);

        Assert.That(
            (statement.SpeakerMention, statement.ReportedByMention, statement.ReportedBy, statement.ReportedByKind),
            Is.EqualTo(((string?)speaker, (string?)mention, (string?)reporter, (string?)"organization")));
        Assert.That(text[statement.ReportedByStart!.Value..statement.ReportedByEnd!.Value], Is.EqualTo(mention));
    }

    [TestCase("The harbour board met on Monday.\n\n“The deal is dead,” the mayor said in an interview with the Ledger. “We move on.”", "The deal is dead")]
    [TestCase("The harbour board met on Monday.\n\nThe mayor said in an interview with the Ledger that the levy would go.", "the levy would go")]
    [TestCase("The harbour board met on Monday.\n\n“The deal is dead,” Ruiz told the Ledger on Monday.", "The deal is dead")]
    [TestCase("The harbour board met on Monday.\n\nRuiz told the Ledger that the deal was dead.", "the deal was dead")]
    [TestCase("Ana Ruiz spoke on Monday.\n\n“The deal is dead,” she said, according to Ruiz. “We move on.”", "The deal is dead")]
    [TestCase("The harbour board met on Monday.\n\n“The Ledger reported that the deal was dead, and it was wrong,” Ruiz said.", "it was wrong")]
    [TestCase("The harbour board met on Monday.\n\n“We will not close the ferry this winter,” Okafor said, and according to the Vexo Ledger the board agreed.", "We will not close")]
    [TestCase("The harbour board met on Monday.\n\n“The deal is dead,” Ruiz said. According to the Vexo Ledger, the board agreed.", "The deal is dead")]
    public void MediumAddresseeSpeakerOrLaterClause_IsNoReporter(string text, string words)
    {
        var statement = Holding(text, words);

        Assert.That(
            (statement.ReportedBy, statement.ReportedByMention, statement.ReportedByStart, statement.ReportedByEnd, statement.ReportedByKind),
            Is.EqualTo(((string?)null, (string?)null, (int?)null, (int?)null, (string?)null)));
    }

    // The relaying statement's cue, speaker and content; then the relayed statement's.
    [TestCase("According to the Vexo Ledger, Ruiz said the deal was dead.", "According to", "the Vexo Ledger", "Ruiz said the deal was dead", "said", "Ruiz", "the deal was dead",
        "the Vexo Ledger")]
    [TestCase("The Vexo Ledger reported that Ruiz said the deal was dead.", "reported", "The Vexo Ledger", "that Ruiz said the deal was dead", "said", "Ruiz", "the deal was dead",
        "The Vexo Ledger")]
    [TestCase("Ruiz told reporters the deal was dead, Reuters reported.", "reported", "Reuters", "Ruiz told reporters the deal was dead", "told", "Ruiz", "the deal was dead",
        "Reuters")]
    [TestCase("In a letter to the board, Okafor warned that the ferry would close, the Vexo Ledger reported.", "reported", "the Vexo Ledger",
        "In a letter to the board, Okafor warned that the ferry would close,", "warned", "Okafor", "that the ferry would close", "the Vexo Ledger")]
    [TestCase("According to the Vexo Ledger, the board met before Ruiz said the deal was dead.", "According to", "the Vexo Ledger",
        "the board met before Ruiz said the deal was dead", "said", "Ruiz", "the deal was dead", null)]
    [TestCase("Okafor said that Ruiz said the deal was dead.", "said", "Okafor", "that Ruiz said the deal was dead", "said", "Ruiz", "the deal was dead", null)]
    [TestCase("Okafor blamed the storm while — according to letters seen by the Ledger — knowing the boats were unsafe.", "according to", "letters seen by the Ledger",
        "Okafor blamed the storm while", "blamed", "Okafor", "the storm", null)]
    public void RelayingStatement_OverTheWholeClause_GivesItsReporter(
        string text, string relayCue, string relaySpeaker, string relayContent, string cue, string speaker, string content, string? reporter)
    {
        var document = TextDocument.Create(text);
        var tokens = new TokenizedDocument(document, []);
        var relaying = Built(text, relayCue, relaySpeaker, relayContent);
        var relayed = Built(text, cue, speaker, content, after: relayCue == "said" ? text.IndexOf(speaker, StringComparison.Ordinal) : 0);

        var result = ReportRelay.Apply(tokens, [relaying, relayed]);

        Assert.That(result[0].ReportedBy, Is.Null);
        Assert.That(result[1].ReportedBy?.Of(text), Is.EqualTo(reporter));
    }

    // An attribution found by its words in the text (the cue and content at or after `after`); the cue text lower-cased, as the rules write it.
    private static Attribution Built(string text, string cue, string speaker, string content, int after = 0)
    {
        var cueAt = text.IndexOf(cue, after, StringComparison.Ordinal);
        var speakerAt = text.IndexOf(speaker, StringComparison.Ordinal);
        var contentAt = text.IndexOf(content, after, StringComparison.Ordinal);
        Assert.That(cueAt >= 0 && speakerAt >= 0 && contentAt >= 0, "the test's words are not in its text");
        return new Attribution(new Span(contentAt, contentAt + content.Length), QuoteType.Indirect, new Span(cueAt, cueAt + cue.Length), cue.ToLowerInvariant(),
            new Span(speakerAt, speakerAt + speaker.Length), null);
    }
}
