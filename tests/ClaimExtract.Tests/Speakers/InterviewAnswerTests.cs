namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names102, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve). In a
/// question-and-answer interview, "I" in an answer ("A: I grew up there") is the person interviewed, whom the article names first.
/// </summary>
public class InterviewAnswerTests
{
    private const string Interview =
        "Ann Roe looks back on the harbour.\n\nFormer senator Ann Roe sat down with us this week to talk about her new book.\n\n" +
        "Q: Why the harbour?\n\nA: I grew up there. My father fished it for forty years.\n\nQ: Will the port close?\n\nA: I hope not. I think the town needs it.";

    // Fail on main ("I" named no one).
    [TestCase(Interview, "I", 1, "Ann Roe")]
    [TestCase(Interview, "I", 3, "Ann Roe")]
    [TestCase("Q&A with Tom Lind.\n\nTom Lind, the mayor, spoke to us on Friday.\n\nQ. What comes next?\n\nA: I will run again.\n\nQ. Why?\n\nA: Because I promised.", "I", 2, "Tom Lind")]
    public void IInAnAnswer_IsTheIntervieweeNamedFirst(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: "I" outside an answer paragraph, or in a text with a single "A:" and no question, names no one.
    [TestCase("Ann Roe looks back on the harbour.\n\nFormer senator Ann Roe sat down with us.\n\nQ: Why the harbour?\n\nA: Home, always.\n\nQ: And now?\n\nA: Still home.\n\nI asked her twice.", "I", 1)]
    [TestCase("Ann Roe looks back on the harbour.\n\nFormer senator Ann Roe sat down with us.\n\nA: I grew up there.", "I", 1)]
    public void IOutsideAnInterviewAnswer_NamesNoOne(string text, string mention, int occurrence) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.Null);
}
