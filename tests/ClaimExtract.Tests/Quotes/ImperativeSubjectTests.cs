using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Audit 14: a page's call to its reader ("Read on to see ...", "Join our forums to ...") taken for a statement whose speaker is
/// the imperative verb. Sentences written for these tests.
/// </summary>
public class ImperativeSubjectTests
{
    private static bool Opens(string text, string speaker, string cue)
    {
        var (tokens, a) = WrittenAttribution.Of(text, speaker, cue, scanQuotes: false);
        return ImperativeSubject.Opens(tokens, a);
    }

    [TestCase("Read on to see the ten bikes our testers liked best this year.", "Read", "see")]
    [TestCase("Join our riders' club to keep talking about the routes all winter.", "Join", "talking")]
    [TestCase("Get Harbour Weekly delivered to your door every Friday morning.", "Get Harbour Weekly", "delivered")]
    [TestCase("Ignore the old advice, and just aim to finish the first loop.", "Ignore", "aim")]
    [TestCase("Welcome to a discussion about how small ferries survive the winter.", "Welcome", "discussion about")]
    [TestCase("1. Start with the short trail and recognize that nobody is timing you.", "Start", "recognize")]
    public void ImperativeOpeningTheSentence_IsTheReadersSubject(string text, string speaker, string cue) =>
        Assert.That(Opens(text, speaker, cue), Is.True);

    [TestCase("Read said the ferry would keep running until the end of March.", "Read", "said")]
    [TestCase("Watch makers say the new tax will raise their prices by a tenth.", "Watch makers", "say")]
    [TestCase("The council said it would read the petition at its next meeting.", "The council", "said")]
    [TestCase("Critics who read the report said the numbers were too low.", "Critics", "said")]
    [TestCase("Sources close to the club say the coach will stay another season.", "Sources", "say")]
    public void SubjectThatIsNoImperative_IsKept(string text, string speaker, string cue) =>
        Assert.That(Opens(text, speaker, cue), Is.False);

    private static List<string?> Speakers(string text) =>
        PipelineStatements.Of(text).Select(s => s.SpeakerMention).ToList();

    [TestCase("Read on to see the ten bikes our testers liked best this year.")]
    [TestCase("Join our riders' club to keep talking about the routes all winter.")]
    [TestCase("Get Harbour Weekly delivered to your door every Friday morning.")]
    [Category("Model")]
    public void CallToTheReader_GivesNoStatement(string text) =>
        Assert.That(Speakers(text).Where(s => s is not null && char.IsUpper(s[0]) && s.Split(' ')[0] is "Read" or "Join" or "Get"), Is.Empty);

    [TestCase("Read said the ferry would keep running until the end of March.", "Read")]
    [Category("Model")]
    public void SurnameThatIsAlsoAVerb_IsStillTheSpeaker(string text, string speaker) =>
        Assert.That(Speakers(text), Is.EqualTo(new[] { speaker }));
}
