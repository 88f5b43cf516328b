
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names91, on sentences written for these tests: in the article's own gender evidence (the pronouns after a person named alone), a
/// pronoun of the other gender after a sentence's first one names someone else ("She ... her father, saying he ... his ... him") and
/// does not vote, so a woman whose first name the table does not know stays a woman for the "She" that follows her.
/// </summary>
public class OtherGenderPronounEvidenceTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    // Fails on main (three "he"/"his"/"him" outvote "She" and "her": the "She" went to Melania).
    [TestCase("Tom Roe spoke on Sunday. Roe's wife, Greta, is due to speak. She is usually at her husband's side.\n\nVexa Roe, 34, could be a useful link to voters. She has hit back at claims about her father, saying he had always been a fair leader in his trade and calling him \"a fair boss.\"", "She", "Vexa Roe")]
    // The mirror for a man ("He ... his mother, saying she ... her"); also fails on main (Brad).
    [TestCase("Ann Roe spoke on Sunday. Roe's husband, Brad, is scheduled to speak. He is often by his wife's side.\n\nZoltar Roe, 34, could be an effective bridge to voters. He has pushed back against claims about his mother, saying she has been a pioneer in her companies and calling her \"a feminist.\"", "He", "Zoltar Roe")]
    public void PronounAfterAPersonWithAnUnknownFirstName(string text, string mention, string speaker) =>
        Assert.That(Speakers(text).Last(s => s.Mention == mention), Is.EqualTo(((string?)mention, (string?)speaker)));
}
