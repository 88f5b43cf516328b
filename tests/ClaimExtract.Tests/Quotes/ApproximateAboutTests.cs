using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// "About" as an approximation gives no statement (<see cref="ApproximateAbout"/>): a bare "about" cue whose content opens with a
/// quantity ("trails him by about 15 points"). On sentences written for these tests: through the whole pipeline, and by hand.
/// </summary>
public class ApproximateAboutTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // Guards through the pipeline: a report about a topic, and a report whose content holds an approximation, stay.
    [TestCase("The governor spoke about the flood defences at length on Tuesday.", "flood defences")]
    [TestCase("The council said about 40 families had been moved out of the valley.", "40 families")]
    [TestCase("\"We lost about half the harvest,\" the farmer said.", "half the harvest")]
    [TestCase("She trails him by about 15 points among voters over sixty, the survey shows.", "about 15 points")]
    [TestCase("The plan would cost about $40 million a year, the council estimates.", "about $40 million")]
    public void ReportAroundAnApproximation_StaysAStatement(string text, string words)
    {
        Assert.That(Statements(text).Where(s => s.Text.Contains(words, StringComparison.Ordinal)), Is.Not.Empty);
    }

    // No statement through the pipeline may be a bare "about" whose content is a quantity (each gave one on main 4107a58).
    [TestCase("The storm reached the coast about an hour after the warning went out.")]
    [TestCase("Exports of timber are rising about 4 percent a month to feed the mills in the south.")]
    [TestCase("Turnout in the valley reached about 40 percent of registered voters.")]
    [TestCase("The mayor is polling about the same as her rival among young voters.")]
    [TestCase("The old mill employs about 300 people in the town.")]
    public void ApproximationInNarrative_GivesNoAboutStatement(string text)
    {
        Assert.That(Statements(text).Where(s => string.Equals(s.Cue, "about", StringComparison.OrdinalIgnoreCase)), Is.Empty);
    }

    // By hand: a bare "about" cue and the content after it.
    [TestCase("She trails him by about 15 points among older voters.", "15 points among older voters", "about", true)]
    [TestCase("The bridge would cost about $40 million next year.", "$40 million next year", "about", true)]
    [TestCase("Exports are rising about 4 percent a month.", "4 percent a month", "about", true)]
    [TestCase("The ferry left about an hour after the alarm.", "an hour after the alarm", "about", true)]
    [TestCase("The mayor is polling about the same as last spring.", "the same as last spring", "about", true)]
    [TestCase("Turnout fell to about half of what it was.", "half of what it was", "About", true)]
    [TestCase("She spoke about 2016 and the race ahead.", "2016 and the race ahead", "about", false)]
    [TestCase("She spoke about the flood defences.", "the flood defences", "about", false)]
    [TestCase("He talked about 40 families who lost their homes.", "40 families who lost their homes", "talked about", false)]
    [TestCase("She trails him by about 15 points among older voters.", "15 points among older voters", null, false)]
    public void IsApproximation_AsCueAndContentVary(string text, string content, string? cue, bool approximation)
    {
        var start = text.IndexOf(content, StringComparison.Ordinal);
        var at = text.IndexOf("about", StringComparison.Ordinal);
        var a = new Attribution(new Span(start, start + content.Length), QuoteType.Indirect, cue is null ? null : new Span(at, at + 5), cue, null, null);
        Assert.That(ApproximateAbout.IsApproximation(text, a), Is.EqualTo(approximation));
        Assert.That(ApproximateAbout.Apply(text, [a]), Has.Count.EqualTo(approximation ? 0 : 1));
    }
}
