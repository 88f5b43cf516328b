using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// What audit 13 found in the statements of real web pages (docs/audit.md), on snippets written for these tests: the
/// quote rules must not make statements of a page's labels, notices and reader-addressed asides.
/// </summary>
public class WebPageStatementTests
{
    private static List<(string Content, string? Cue, string? Speaker)> Find(string text)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return AttributionFinder.Find(tokens, quotes).Select(a => (a.Content.Of(text), a.CueText, a.Speaker?.Of(text))).ToList();
    }

    private static IEnumerable<TestCaseData> LabelsThatAreNoSpeakers()
    {
        TestCaseData Case(string name, string text) => new TestCaseData(text).SetName($"ColonLabel_{name}_IsNoSpeaker");

        yield return Case("Notice", "Note: The shop closes early on public holidays this year.");
        yield return Case("Citation", "The survey ran for two weeks.\n\nCitation: Field notes on river otters, published in the spring issue of the club letter.");
        yield return Case("Salutation", "Dear Worried Neighbour: Your neighbour is right to ask you to trim the hedge before winter.");
        yield return Case("InterviewQuestion", "Q: What made you move back to the valley after college?");
        yield return Case("RepeatedRecipeField", "Breakfast\n\nServing Cups: two green, one red, one yellow cup.\n\nLunch\n\nServing Cups: one green, two red, one blue cup.");
        yield return Case("SectionHeading", "Moreover: the bridge is made of recycled steel from three old ships.");
    }

    [TestCaseSource(nameof(LabelsThatAreNoSpeakers))]
    public void ColonLabel_NotNamedInTheArticle_GivesNoStatement(string text) =>
        Assert.That(Find(text).Where(f => f.Cue == ":"), Is.Empty);

    private static IEnumerable<TestCaseData> LabelsThatAreSpeakers()
    {
        TestCaseData Case(string name, string text, string content, string speaker) =>
            new TestCaseData(text, content, speaker).SetName($"ColonLabel_{name}_IsTheSpeaker");

        yield return Case(
            "HeadlineNamedInTheStory",
            "Ruiz: Bridge will reopen before winter\n\nMayor Ana Ruiz opened the old bridge in 2019.",
            "Bridge will reopen before winter",
            "Ruiz");
        yield return Case("DocumentHeadline", "Survey: Most riders want later trains on weekends", "Most riders want later trains on weekends", "Survey");
        yield return Case(
            "TranscriptTurn",
            "Lena Park spoke to the club.\n\nPark: We have planted four hundred trees since March.",
            "We have planted four hundred trees since March",
            "Park");
    }

    [TestCaseSource(nameof(LabelsThatAreSpeakers))]
    public void ColonLabel_NamedInTheArticle_IsTheSpeaker(string text, string content, string speaker) =>
        Assert.That(Find(text).Where(f => f.Cue == ":").Select(f => (f.Content, f.Speaker)), Is.EqualTo(new[] { (content, (string?)speaker) }));

    // A quotation's cue after it, over a speaker the rules left out: "it" (an organisation or document), an adverb in -ly.
    [TestCase("“The bridge will stay closed until the spring,” it added.", "added", "it")]
    [TestCase("“Can we keep the ferry running all winter?” Ruiz quietly asked.", "asked", "Ruiz")]
    [TestCase("“We have not finished counting the votes,” Lena Park cheerfully told reporters.", "told", "Lena Park")]
    public void QuotationCue_AfterItOrAnAdverb_IsFound(string text, string cue, string speaker) =>
        Assert.That(Find(text).Select(f => (f.Cue, f.Speaker)), Is.EqualTo(new[] { ((string?)cue, (string?)speaker) }));

    private static List<(string? Cue, string Text)> Statements(string text) =>
        PipelineStatements.Of(text).Select(s => (s.Cue, s.Text)).ToList();

    // Sentences whose adverb the learned cue tagger took for a cue (the writer's own narration made a statement).
    [TestCase("The new ferry explicitly avoids the shallow channel near the old lighthouse.")]
    // ("reportedly" is no tagger cue either; ReportedlyReport adds its own statement without a source: docs/quotes.md, "recall48".)
    [TestCase("Our club previously rented the hall from the parish for its winter dances.")]
    [Category("Model")]
    public void Adverb_IsNoCue(string text) =>
        Assert.That(Statements(text), Is.Empty);

    // A label opening its sentence before a colon is no nominal cue either.
    [TestCase("The new ferry timetable starts in May.\n\nNote: The ferry does not run on public holidays, and tickets bought online cannot be refunded.")]
    [TestCase("The new ferry timetable starts in May.\n\nWarning: many riders try to skip the queue at the gate, and the crew will turn them away.")]
    [Category("Model")]
    public void LabelBeforeAColon_IsNoCue(string text) =>
        Assert.That(Statements(text), Is.Empty);

    [TestCase("The mayor replied that the road would reopen in May.", "replied")]
    [TestCase("The baker reportedly told her staff that the shop would move to the harbour.", "told")]
    [Category("Model")]
    public void CueVerb_BesideOrEndingLikeAnAdverb_IsStillACue(string text, string cue) =>
        Assert.That(Statements(text).Select(s => s.Cue), Is.EqualTo(new[] { cue }));

    // The writer addressing the reader: "you" is no source.
    [TestCase("If you want a quiet beach, this cove is the best choice on the island.")]
    [TestCase("You could read the new timetable as a small victory for the night workers.")]
    [TestCase("You’ll want to book the ferry early during the summer months.")]
    [Category("Model")]
    public void Reader_IsNoSpeaker(string text) =>
        Assert.That(Statements(text), Is.Empty);

    [TestCase("Most riders say the last train should leave after midnight on Fridays.", "say")]
    [TestCase("“You will get your money back,” the manager told the riders.", "told")]
    [Category("Model")]
    public void ThirdPersonSource_OrAQuotationAddressingSomeone_IsStillAStatement(string text, string cue) =>
        Assert.That(Statements(text).Select(s => s.Cue), Is.EqualTo(new[] { cue }));
}
