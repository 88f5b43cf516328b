using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// tidy82: one table of attitude adjectives (<see cref="AttitudeAdjectives"/>) and one list of degree words for
/// <see cref="StanceReport"/> and <see cref="PhraseReport"/>. The table's subsets, and the degree words each reader gained from the
/// other's list (each such case fails with the two old lists). On sentences written for these tests.
/// </summary>
public class AttitudeAdjectivesTests
{
    [Test]
    public void StanceAdjectives_AreTheTableButItsNounPhraseOnlyOnes()
    {
        var expected = AttitudeAdjectives.Prepositions.Keys.Where(a => !AttitudeAdjectives.NounPhraseOnly.Contains(a));
        Assert.That(StanceReport.Adjectives, Is.EquivalentTo(expected));
        Assert.That(AttitudeAdjectives.NounPhraseOnly, Is.SubsetOf(AttitudeAdjectives.Prepositions.Keys));
        Assert.That(AttitudeAdjectives.NounPhraseOnly.Where(a => AttitudeAdjectives.Prepositions[a].Length == 0), Is.Empty,
            "a noun-phrase-only adjective without prepositions would be read by neither");
    }

    // StanceReport: "both" between the copula and the adjective (from PhraseReport's list); the guard: a noun-phrase-only adjective
    // with a clause is no stance.
    [TestCase("The two pilots were both worried about the new pier.", "worried", "pilots", "the new pier")]
    [TestCase("Ana Ruiz was critical that the hall closed.", "critical", null, null)]
    public void Stance_Forms(string text, string adjective, string? speaker, string? content)
        => StanceCases.AssertFinds(text, adjective, speaker, content);

    // PhraseReport: "quite", "far" and "no longer" before the adjective (from StanceReport's list).
    [TestCase("Omar Haddad was quite dismissive of the ferry plan.", "was quite dismissive of", "the ferry plan", "Omar Haddad")]
    [TestCase("Lena Marsh was far more critical of the toll figures.", "was far more critical of", "the toll figures", "Lena Marsh")]
    public void Phrase_Forms(string text, string cue, string content, string speaker)
        => new PhraseReportTests().Phrase_WhereNoStatementStands_IsAStatement(text, cue, content, speaker);
}
