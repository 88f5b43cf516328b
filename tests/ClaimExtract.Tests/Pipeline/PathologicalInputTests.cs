using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Pipeline;

/// <summary>
/// Inputs that once made the quote stage quadratic in time and memory (one "sentence" of a million
/// characters with a cue every few words). The bound is a hang guard, not a speed measurement.
/// </summary>
[Category("Model")]
public class PathologicalInputTests
{
    private static Article ProcessWithin(string text, TimeSpan bound)
    {
        var pipeline = new ClaimPipeline();
        var task = Task.Run(() => pipeline.Process(new InputDocument("p", "p", new DocumentContent.PlainText(text))));
        Assert.That(task.Wait(bound), Is.True, $"the pipeline did not finish within {bound}");
        return task.Result;
    }

    [Test]
    public void OneHugeSentenceFullOfCues_FinishesAndKeepsStatementsBounded()
    {
        var text = "Intro. " + string.Concat(Enumerable.Repeat("he said the plan is fine and “they told me so” and ", 20_000));

        var article = ProcessWithin(text, TimeSpan.FromSeconds(60));

        Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE9900"));
        Assert.That(article.Statements.Max(s => s.End - s.Start), Is.LessThan(5_000));
    }

    [Test]
    public void HundredThousandUnbalancedQuotationMarks_Finish()
    {
        var article = ProcessWithin(string.Concat(Enumerable.Repeat("“a ", 100_000)), TimeSpan.FromSeconds(60));

        Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE9900"));
    }
}
