using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers105, on texts written for these tests. The rules read ", VERB MENTION" as an inverted attribution ("..., said Tad
/// Hale"); after a series of predicates or an apposition, the mention right after a verb that is no verb of saying is its object, and the
/// speaker is the clause's subject before the comma (<see cref="SpeakerRanker.SubjectNotObjectAfterAComma"/>).
/// </summary>
public class SubjectNotObjectAfterACommaTests
{
    // A series of predicates; an apposition with no verb after its last word (a place, a count, "and"); a closing quotation mark after the
    // comma; a participle opening the apposition.
    [TestCase("Ana Ruiz complained about the budget but praised the staff, mocked the council and its chair, and made it clear that she would run.",
        "mocked", "the council", "the council and its chair", "Ana Ruiz")]
    [TestCase("Tom Hale, a lawyer from Dayton and longtime party activist, accused the board of hiding the costs.", "accused", "the board", "of hiding the costs", "Tom Hale")]
    [TestCase("Mara Dunn, 64, a nurse in Lorain, Ohio, backed Senator Leo Park in the primary.", "backed", "Senator Leo Park", "in the primary", "Mara Dunn")]
    [TestCase("Lena Ortiz, star of the series “Harbor,” thanked Mayor Reyes for the new grant.", "thanked", "Mayor Reyes", "for the new grant", "Lena Ortiz")]
    [TestCase("The survey, released on Monday by the Civic Institute, showed Mayor Reyes ahead by four points.", "showed", "Mayor Reyes", "ahead by four points", "The survey")]
    // A verb of saying whose mention opens the reported clause (a modal after it), also after a quotation closed by two apostrophes.
    [TestCase("Tom Hale, citing the new polls, said the plan would fail.", "said", "the plan", "would fail", "Tom Hale")]
    [TestCase("Tom Hale, citing ''the magic of the town,'' said the plan could pass.", "said", "the plan", "could pass", "Tom Hale")]
    public void SubjectNotObjectAfterAComma_TakesTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectNotObjectAfterAComma(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // The speaker stays: a verb of saying is inverted (with no auxiliary after its mention), a mention after "by" is a passive's agent, no
    // comma before the verb (a plain transitive verb, not this reading), and the mention not right after the verb.
    [TestCase("The plan, said Ana Ruiz, will pass in May.", "said", "Ana Ruiz", "The plan")]
    [TestCase("The levy, opposed by the Farm Union, failed in May.", "opposed", "the Farm Union", "failed in May")]
    [TestCase("Tom Hale mocked the council and its chair in a speech.", "mocked", "the council", "and its chair in a speech")]
    [TestCase("Tom Hale, the clerk, wrote on Monday to Ana Ruiz that the vote was late.", "wrote", "Ana Ruiz", "the vote was late")]
    public void SubjectNotObjectAfterAComma_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectNotObjectAfterAComma(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chains after the ranker, for a scored choice and for one kept unscored beside its cue.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "Tom Hale, a lawyer from Dayton and longtime party activist, accused the board of hiding the costs.";
        var (traits, a) = Attributed(text, "accused", "the board", "of hiding the costs");

        Assert.Multiple(() =>
        {
            Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo("Tom Hale"));
            Assert.That(SpeakerRanker.Unscored(traits, a).Speaker?.Of(text), Is.EqualTo("Tom Hale"));
        });
    }
}
