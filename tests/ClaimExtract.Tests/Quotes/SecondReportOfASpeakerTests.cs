using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "recall57"): a speaker's second report joined to the first by "and", "but", "by", "while", a
/// comma or a dash ("Price welcomed the ruling and said the trust would appeal ...") is a report of its own, not a restatement
/// inside the first one's content (<see cref="InnerReport.EndBeforeSecondReport"/>): the first content ends before the joining
/// words and both statements stay. On main the first content ran over the second report, which <see cref="InnerReport"/> dropped.
/// Sentences written for these tests.
/// </summary>
public class SecondReportOfASpeakerTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the first cue, its content, the second cue, its content. Each case gave one statement (the first content running
    // over the second report) on main ea32cb3.
    [TestCase("Councillor Price welcomed the ruling and said the trust would appeal against the rest of the decision.",
        "welcomed", "the ruling", "said", "the trust would appeal against the rest of the decision")]
    [TestCase("The minister distanced herself from the protest by saying she would never support a blockade of the port.",
        "distanced", "herself from the protest", "saying", "she would never support a blockade of the port")]
    [TestCase("The governor has described himself as a fiscal hawk and has said that he would veto any new tax on fuel.",
        "has described", "himself as a fiscal hawk", "has said", "that he would veto any new tax on fuel")]
    [TestCase("The senator rejected the criticism of her vote by pointing out that the levy had been cut twice since 2019.",
        "rejected", "the criticism of her vote", "pointing out", "that the levy had been cut twice since 2019")]
    // Guards, the same on main: two reports already apart (a second verb, a participle after a comma, another speaker after
    // "and", a second report of "said").
    [TestCase("Mayor Ortiz praised the harbour plan and said the council should fund it before the winter storms.",
        "praised", "the harbour plan", "said", "the council should fund it before the winter storms")]
    [TestCase("A federal judge sided with the fishermen's union, saying the new levy violated the state constitution.",
        "sided with", "the fishermen's union", "saying", "the new levy violated the state constitution")]
    [TestCase("Ana Ruiz argued that the budget was too small and warned that the library would have to close two days a week.",
        "argued", "that the budget was too small", "warned", "that the library would have to close two days a week")]
    [TestCase("The council said the ferry would run again in May, and the harbour master said the pier was safe.",
        "said", "the ferry would run again in May", "said", "the pier was safe")]
    [TestCase("Okafor said the trust had agreed to the plan, saying that the fees would fall next year.",
        "said", "the trust had agreed to the plan", "saying", "that the fees would fall next year")]
    public void SecondReportOfTheSpeaker_IsAStatementOfItsOwn(string text, string firstCue, string first, string secondCue, string second)
    {
        var read = Statements(text).Select(s => (s.Cue, text[s.Start..s.End])).ToList();
        Assert.That(read, Does.Contain((firstCue, first)).And.Contain((secondCue, second)));
    }

    private const string Sentence = "Ruiz welcomed the vote on the pier and said the council would act, saying “the pier is safe, saying it stays” today.";

    private static Span Of(string words, int from = 0)
    {
        var start = Sentence.IndexOf(words, from, StringComparison.Ordinal);
        return new Span(start, start + words.Length);
    }

    // Made by hand on the sentence above: an outer report cued on "welcomed" and an inner one; whether the outer content is cut
    // before the joining words, as the inner cue, the two speakers and the types vary. Null: left whole.
    [TestCase("said", "the council would act", "Ruiz", QuoteType.Indirect, QuoteType.Indirect, "the vote on the pier")]
    [TestCase("said", "the council would act", null, QuoteType.Indirect, QuoteType.Indirect, "the vote on the pier")]
    [TestCase("said", "the council would act", "Ruiz", QuoteType.Mixed, QuoteType.Mixed, null)] // a mixed inner report is kept by Restates (a small share)
    [TestCase("said", "the council would act", "the council", QuoteType.Indirect, QuoteType.Indirect, null)] // its own speaker inside: no restatement
    [TestCase("said", "the council would act", "Ruiz", QuoteType.Indirect, QuoteType.Direct, null)] // a direct outer content
    [TestCase("saying", "“the pier is safe, saying it stays”", "Ruiz", QuoteType.Indirect, QuoteType.Indirect, "the vote on the pier and said the council would act")]
    [TestCase("saying", "it stays", "Ruiz", QuoteType.Indirect, QuoteType.Indirect, null)] // inside a quotation opened before the joining words
    public void EndBeforeSecondReport_AsTheReportsVary(string innerCue, string innerContent, string? innerSpeaker, QuoteType innerType,
        QuoteType outerType, string? cutTo)
    {
        var cue = innerContent == "it stays" ? Of(innerCue, Sentence.IndexOf("safe", StringComparison.Ordinal)) : Of(innerCue);
        var outer = new Attribution(new Span(Of("the vote").Start, Sentence.Length - 1), outerType, Of("welcomed"), "welcomed", Of("Ruiz"), null);
        var inner = new Attribution(Of(innerContent), innerType, cue, innerCue, innerSpeaker is null ? null : Of(innerSpeaker), null);
        var result = InnerReport.EndBeforeSecondReport(Sentence, [outer, inner]);
        var content = result[0].Content;
        Assert.That(Sentence[content.Start..content.End], Is.EqualTo(cutTo ?? Sentence[outer.Content.Start..outer.Content.End]));
        Assert.That(result[1], Is.SameAs(inner), "the inner report is not changed");
    }
}
