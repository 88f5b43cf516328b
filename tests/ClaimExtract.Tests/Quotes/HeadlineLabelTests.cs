using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall on PolNeAR (docs/quotes.md, "recall52"): a title that gives its words to a label before a colon
/// (<see cref="HeadlineLabel"/>), where the rules' headline colon reads none. Sentences written for these tests; each case that
/// reads finds no such statement on main.
/// </summary>
public class HeadlineLabelTests
{
    // text, the label read, the content read (null: no title statement).
    [TestCase("Economists: Ferry fares will double by spring.\n\nEconomists at the port expect higher costs.", "Economists", "Ferry fares will double by spring")]
    [TestCase("Marsh camp: The levy will fail in the council.\n\nLena Marsh spoke on Monday.", "Marsh camp", "The levy will fail in the council")]
    [TestCase("Audit report: The port lost money for three years;\nThe board will meet again.\n\nThe audit came out on Monday.", "Audit report", "The port lost money for three years")]
    [TestCase("Ruiz: 'We will win the harbor vote.'\n\nAna Ruiz spoke to supporters on Friday.", "Ruiz", "'We will win the harbor vote.'")]
    [TestCase("Marsh at Harbor Forum: The ferry will run again in May.\n\nLena Marsh told the forum about the boats.", "Marsh at Harbor Forum", "The ferry will run again in May")]
    [TestCase("Ruiz to Harbor Board: The quota will rise next year.\n\nAna Ruiz wrote to the board.", "Ruiz to Harbor Board", "The quota will rise next year")]
    [TestCase("Lena Marsh’s Aides: The budget is safe for now.\n\nThe aides spoke to reporters.", "Lena Marsh’s Aides", "The budget is safe for now")]
    // guards: a heading opening with "The", a word in capitals, a capitalised preposition, a head the article never names again,
    // a lower-case head that names no one, a colon after the first paragraph, a label of six tokens.
    [TestCase("The Latest: Ruiz wins the harbor vote.\n\nThe Latest on the harbor vote.", "The Latest", null)]
    [TestCase("LOOK: The ferry is back in town.\n\nThe ferry came back.", "LOOK", null)]
    [TestCase("Big Win For Ruiz: The harbor vote goes her way.\n\nAna Ruiz won.", "Big Win For Ruiz", null)]
    [TestCase("Delegate Update: The count in the harbor race.\n\nThe count goes on.", "Delegate Update", null)]
    [TestCase("Ruiz's reaction: 'Is that the best they have?'\n\nAna Ruiz spoke.", "Ruiz's reaction", null)]
    [TestCase("The mayor spoke.\n\nRuiz: We will win the harbor vote.\n\nAna Ruiz spoke.", "Ruiz", null)]
    [TestCase("Port Town Harbor Board Spring Report: The boats are back.\n\nThe report came out.", "Port Town Harbor Board Spring Report", null)]
    public void Title_IsRead(string text, string label, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var colon = tokens.Tokens.FindIndex(x => x.Value == ":");
        var found = HeadlineLabel.Find(tokens, colon);
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, label), (f.Content, content)] : null);
    }

    // A statement that touches the title keeps it: nothing is added over it.
    [Test]
    public void Title_HeldByAnotherStatement_AddsNothing()
    {
        const string text = "Economists: Ferry fares will double by spring.\n\nEconomists at the port expect higher costs.";
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        List<Attribution> held = [new(new Span(12, 45), QuoteType.Indirect, null, null, null, null)];
        Assert.That(HeadlineLabel.Add(tokens, held), Is.SameAs(held));
        Assert.That(HeadlineLabel.Add(tokens, []), Has.Count.EqualTo(1));
    }

    // A transcript: four turns or more with labels in capitals under two names or more; there a label the article never writes in
    // mixed case (the host's) is read. text, the label, the content read (null: none).
    [TestCase("The mayor spoke to the host.\n\nLENA OKAFOR: Will the ferry run in May?\n\nMARSH: It will, and on time.\n\nOKAFOR: And the fares?\n\nMARSH: They stay the same all year.",
        "LENA OKAFOR", "Will the ferry run in May?")]
    [TestCase("The mayor spoke to the host.\n\nOKAFOR: Will the ferry run in May?\n\nMARSH: It will, and on time.\n\nOKAFOR: And the fares?\n\nMARSH: They stay the same all year.",
        "OKAFOR", "Will the ferry run in May?")]
    // guards: three turns only; four turns under one name; labels inside their paragraphs.
    [TestCase("The mayor spoke to the host.\n\nOKAFOR: Will the ferry run in May?\n\nMARSH: It will, and on time.\n\nOKAFOR: And the fares stay the same?",
        "OKAFOR", null)]
    [TestCase("The mayor spoke.\n\nUPDATE: The ferry will run again.\n\nUPDATE: The fares stay.\n\nUPDATE: The pier is open.\n\nUPDATE: The boats are back in port.",
        "UPDATE", null)]
    [TestCase("The mayor spoke. OKAFOR: Will the ferry run in May? MARSH: It will, and on time. OKAFOR: And the fares? MARSH: They stay the same all year.",
        "OKAFOR", null)]
    public void TranscriptLabel_InATranscript(string text, string label, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var colon = tokens.Tokens.FindIndex(x => x.Value == ":");
        var found = TranscriptLabel.Find(tokens, colon, TranscriptLabel.IsTranscript(tokens));
        Assert.That(TranscriptLabel.Find(tokens, colon), Is.Null, "outside a transcript the host's label is not read");
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, label), (f.Content, content)] : null);
    }

    // "CONTENT, SOURCE show / found." with a longer source (joined by "by", "of", "and", "compiled") or an organisation's name; on
    // main only a phrase of at most 8 tokens ending in a noun of records, and no "found". text, the verb, content, source (null: none).
    [TestCase("Most of the harbor money came from two firms, state and county records show.", "show",
        "Most of the harbor money came from two firms", "state and county records")]
    [TestCase("Ferry fares rose twice as fast as rents, tallies by the Harbor Trust and other trackers show.", "show",
        "Ferry fares rose twice as fast as rents", "tallies by the Harbor Trust and other trackers")]
    [TestCase("The port lost money in each of the last three years, records compiled by the Coastal Ledger show.", "show",
        "The port lost money in each of the last three years", "records compiled by the Coastal Ledger")]
    [TestCase("Students in the port towns take more tests than any others, a study by the Council of Harbor Schools found.", "found",
        "Students in the port towns take more tests than any others", "a study by the Council of Harbor Schools")]
    [TestCase("Most of the new boats run on batteries, Harbor Energy Finance found.", "found",
        "Most of the new boats run on batteries", "Harbor Energy Finance")]
    [TestCase("The ferry ran late on most days in May, the survey found.", "found", "The ferry ran late on most days in May", "the survey")]
    // guards: a pronoun, a clause in the source, a participle, lower-case words that name no records, "found" mid-sentence.
    [TestCase("The ferry ran late on most days in May, he found.", "found", null, null)]
    [TestCase("The ferry ran late on most days in May, the riders who were polled found.", "found", null, null)]
    [TestCase("The ferry ran late on most days in May, reporters covering the port found.", "found", null, null)]
    [TestCase("The ferry ran late on most days in May, local officials and police found.", "found", null, null)]
    [TestCase("The ferry ran late on most days in May, the survey found in June with a new method that counts riders.", "found", null, null)]
    public void RecordsShow_LongerSource(string text, string verb, string? content, string? source)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = TrailingReport.Find(tokens, tokens.Tokens.FindLastIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Attribution.Content, content), (f.Attribution.Speaker ?? default, source)] : null);
    }

    // "called for" as a stance, the content after "for" (on main "for" opens no clause, so nothing is read). text, the verb, the
    // speaker, the content (null: none).
    [TestCase("Ruiz called for the harbor master to resign.", "called", "Ruiz", "the harbor master to resign")]
    [TestCase("She has not called for him to step down from the board.", "called", "She", "him to step down from the board")]
    [TestCase("The farmers call for lower tolls on the bridge.", "call", "farmers", "lower tolls on the bridge")]
    // guards: "calls" (mostly a noun), "call for" in a question, "called" before another preposition.
    [TestCase("Local calls for the mayor to quit grew louder.", "calls", null, null)]
    [TestCase("Does she really call for him to quit the board?", "call", null, null)]
    [TestCase("Ruiz called on the board to act before winter.", "called", null, null)]
    public void Stance_CalledFor(string text, string verb, string? speaker, string? content)
        => StanceCases.AssertFinds(text, verb, speaker, content);

    // "with POLLS showing CONTENT" (on main nothing reads "showing"). text, the poll phrase, the content (null: none).
    [TestCase("Ruiz needs the farm vote, with recent polls showing a tight race against Marsh.", "recent polls", "a tight race against Marsh")]
    [TestCase("The race is close in the valley, with the latest county surveys showing Marsh ahead by two points.", "the latest county surveys", "Marsh ahead by two points")]
    [TestCase("Ruiz needs the farm vote, with polls showing a tight race against Marsh, who won the valley in May.", "polls", "a tight race against Marsh")]
    [TestCase("Ruiz will campaign in the valley with polls showing Sen. Lena Marsh, R-Valley, ahead by two points.", "polls", "Sen. Lena Marsh, R-Valley, ahead by two points")]
    // guards: no "with", no poll noun, a content of two words, "showing" as a participle of the sentence's subject.
    [TestCase("Recent polls showing a tight race worried Ruiz.", "polls", null)]
    [TestCase("Ruiz spoke on Monday, with slides showing a tight race against Marsh.", "slides", null)]
    [TestCase("Ruiz needs the farm vote, with polls showing gains.", "polls", null)]
    public void Showing_IsRead(string text, string poll, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = PollReport.Showing(tokens, tokens.Tokens.FindIndex(x => x.Value == "showing"));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, poll), (f.Content, content)] : null);
    }

    // "POSSESSIVE NOUN: CONTENT" (on main a colon after the noun reads nothing). text, the noun, the source, the content (null: none).
    [TestCase("The farmers met again on Monday. Their argument: only the council can lower the tolls.", "argument", "Their", "only the council can lower the tolls")]
    [TestCase("Marsh’s message: the pier will open before the summer season.", "message", "Marsh’s", "the pier will open before the summer season")]
    [TestCase("Lena Marsh’s message: the pier will open before the summer season.", "message", "Lena Marsh’s", "the pier will open before the summer season")]
    [TestCase("Her goal: keeping the ferry running through the winter.", "goal", "Her", "keeping the ferry running through the winter")]
    // guards: no possessive, a possessive not opening the sentence, a noun of no message, a content of two words.
    [TestCase("The argument: only the council can lower the tolls.", "argument", null, null)]
    [TestCase("In the end their argument: only the council can lower the tolls.", "argument", null, null)]
    [TestCase("Their boat: a small ferry that runs twice a day.", "boat", null, null)]
    [TestCase("Their goal: lower tolls.", "goal", null, null)]
    public void NounColon_IsRead(string text, string noun, string? source, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = NounReport.Colon(tokens, tokens.Tokens.FindIndex(x => x.Value == noun));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, source), (f.Content, content)] : null);
    }

    // Through the whole pipeline with its models: text, the content, the speaker mention as written.
    [Category("Model")]
    [TestCase("Marsh camp: The levy will fail in the council.\n\nLena Marsh spoke on Monday about the harbor.", "The levy will fail in the council", "Marsh camp")]
    [TestCase("Ruiz to Harbor Board: The quota will rise next year.\n\nAna Ruiz wrote to the board on Friday.", "The quota will rise next year", "Ruiz to Harbor Board")]
    public void Title_ThroughThePipeline(string text, string content, string speaker)
    {
        var statements = PipelineStatements.Of(text);
        var found = statements.Where(s => s.Cue == ":" && s.Text == content).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text + " <" + s.SpeakerMention + ">")));
        Assert.That(found[0].SpeakerMention, Is.EqualTo(speaker));
    }
}
