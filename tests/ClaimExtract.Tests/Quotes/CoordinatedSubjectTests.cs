using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Audit 14: a cue after two coordinated subjects ("Smith and Jones said") was given the second of them only. The speaker is both;
/// an "and" inside an institution's name joins no speakers. Sentences written for these tests.
/// </summary>
public class CoordinatedSubjectTests
{
    // The subject found for a speaker mention and cue given as written: the whole mention and its parts ("" for none).
    private static (string? Whole, string Parts) Subject(string text, string speaker, string cue)
    {
        var (tokens, a) = WrittenAttribution.Of(text, speaker, cue);
        return CoordinatedSubject.Of(tokens, a) is { } found
            ? (found.Whole.Of(text), string.Join(" | ", found.Parts?.Select(p => p.Of(text)) ?? []))
            : (null, "");
    }

    private static IEnumerable<TestCaseData> Coordinated()
    {
        TestCaseData Case(string name, string text, string speaker, string cue, string whole, string parts) =>
            new TestCaseData(text, speaker, cue, whole, parts).SetName($"Coordinated_{name}");

        yield return Case("TwoSurnames", "Okafor and Lindqvist said the bridge would reopen in May.", "Lindqvist", "said", "Okafor and Lindqvist", "Okafor | Lindqvist");
        yield return Case("PronounAndName", "At the meeting, she and Lindqvist argued that the fares were too high.", "Lindqvist", "argued", "she and Lindqvist", "she | Lindqvist");
        yield return Case("NameAndDescription", "Okafor and his team reported that the river had risen by a metre.", "his team", "reported", "Okafor and his team", "Okafor | his team");
        yield return Case("WithBoth", "However, both Okafor and Lindqvist told the council that the plan was too costly.", "Lindqvist", "told", "Okafor and Lindqvist", "Okafor | Lindqvist");
        yield return Case("TitledNames", "Mayor Ana Ruiz and Council Chair Tom Weller said the budget was balanced.", "Council Chair Tom Weller", "said", "Mayor Ana Ruiz and Council Chair Tom Weller", "Mayor Ana Ruiz | Council Chair Tom Weller");
        yield return Case("Institutions", "The Harbour Board and the Ferry Union stressed that the strike was over.", "the Ferry Union", "stressed", "The Harbour Board and the Ferry Union", "The Harbour Board | the Ferry Union");
        yield return Case("OverAnAdverb", "Okafor and Lindqvist quickly replied that nothing had been decided.", "Lindqvist", "replied", "Okafor and Lindqvist", "Okafor | Lindqvist");
        yield return Case(
            "WithAppositions",
            "Later, Ana Ruiz, the harbour master, and Tom Weller, a ferry captain, testified that the buoys had moved.",
            "Tom Weller",
            "testified",
            "Ana Ruiz, the harbour master, and Tom Weller",
            "Ana Ruiz | Tom Weller");
        yield return Case(
            "AndInsideAName",
            "A spokesman for the Northern Department of Parks and Wildlife said the trail was closed.",
            "Wildlife",
            "said",
            "the Northern Department of Parks and Wildlife",
            "");
    }

    [TestCaseSource(nameof(Coordinated))]
    public void SecondConjunctBeforeTheCue_GivesBoth(string text, string speaker, string cue, string whole, string parts) =>
        Assert.That(Subject(text, speaker, cue), Is.EqualTo(((string?)whole, parts)));

    [TestCase("The fares rose, the ferries ran late, and riders said the service had never been worse.", "riders", "said")]
    [TestCase("The mayor met with Okafor and Lindqvist, who said the plan was too costly.", "Lindqvist", "said")]
    [TestCase("Okafor thanked the crews and Lindqvist said the bridge would reopen.", "Lindqvist", "said")]
    [TestCase("Okafor said the ferry and the bridge would both reopen in May.", "Okafor", "said")]
    [TestCase("Lindqvist and her deputy, who joined in May, had long argued for the new bridge.", "her deputy", "argued")]
    [TestCase("Lena Park, head of the Office of Parks and Tom Weller, the harbour master, said the trail was closed.", "Tom Weller", "said")]
    public void NoCoordinatedSubjectOfTheCue_IsLeftAlone(string text, string speaker, string cue) =>
        Assert.That(Subject(text, speaker, cue), Is.EqualTo(((string?)null, "")));

    [TestCase("Ruiz and Weller said the ferry would keep running all winter.", "Ruiz and Weller")]
    [TestCase("At the hearing, Ruiz, the harbour master, and Weller, a captain, said the buoys had moved.", "Ruiz, the harbour master, and Weller")]
    [Category("Model")]
    public void CoordinatedNames_AreOneGroupNamedByBoth(string sentence, string mention)
    {
        var text = "Ana Ruiz runs the harbour. Tom Weller captains the night ferry.\n\n" + sentence;
        var statement = PipelineStatements.Of(text).Single();
        Assert.That((statement.SpeakerMention, statement.Speaker, statement.SpeakerKind), Is.EqualTo((mention, "Ana Ruiz and Tom Weller", "group")));
    }
}
