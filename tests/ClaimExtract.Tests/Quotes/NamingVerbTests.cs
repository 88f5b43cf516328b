using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4 (recall46): a finite verb of naming with an object and what it is named ("Whitfield called him divisive", "she described the
/// schedule as a small miracle"; <see cref="NamingReport.Finite"/>), which PolNeAR
/// annotates as an attribution. (A transcript's speaker label in capitals, recall46's second rule, is not on main: it changed what the
/// cue tagger learns from; the heading case below holds either way.) On sentences written for these tests.
/// </summary>
public class NamingVerbTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the cue, the content, the speaker mention as written (each fails without the rule: no statement has that cue and content)
    [TestCase("Senator Dana Whitfield called him divisive and promised a recount.", "called", "him divisive", "Senator Dana Whitfield")]
    [TestCase("Mayor Okafor called the harbour plan “reckless and rushed.”", "called", "the harbour plan “reckless and rushed.”", "Mayor Okafor")]
    [TestCase("She described the new ferry schedule as a small miracle for commuters.", "described",
        "the new ferry schedule as a small miracle for commuters", "She")]
    [TestCase("Lena Marsh praised the crews and called them tireless.", "called", "them tireless", "Lena Marsh")]
    [TestCase("Omar Haddad said the fees were too high, called the tender “a closed shop” and walked out of the hall.", "called",
        "the tender “a closed shop”", "Omar Haddad")]
    [TestCase("During the hearing, Ana Ruiz asked about the ferry, called the fee “a scam” and said it would be repealed.", "called",
        "the fee “a scam”", "Ana Ruiz")]
    public void FiniteNaming_IsAStatement(string text, string cue, string content, string speaker)
    {
        var statements = Statements(text);
        var naming = statements.Where(s => s.Cue == cue && s.Text == content).ToList();
        Assert.That(naming, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text + " / " + s.SpeakerMention)));
        Assert.That(naming[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // No naming statement: a demand ("called for", "called on"), a verb of the same form inside a quotation.
    [TestCase("Ana Ruiz called for a vote before the end of May.", "called")]
    [TestCase("Omar Haddad called on the council to wait.", "called")]
    [TestCase("“She called him divisive,” the clerk recalled.", "called")]
    public void NoNaming(string text, string cue)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.EqualTo(cue));
    }

    // A heading's word in capitals that the article has only at a sentence's start is no speaker.
    [TestCase("LOOK: The bridge will close on Monday for repairs.\n\nLook at the map of the detours.")]
    [TestCase("UPDATE: The ferry resumed service on Tuesday morning.\n\nUpdate your timetable before you travel.")]
    public void HeadingInCapitals_IsNoSpeaker(string text)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.EqualTo(":"));
    }
}
