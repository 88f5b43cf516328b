using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// <see cref="Attribution.PartCount"/>, <see cref="Attribution.FirstPart"/> and <see cref="Attribution.LastPart"/> answer what
/// <see cref="Attribution.Parts"/> does, without making the one-part list Parts makes on each read of an attribution with no parts
/// of its own (qspeed49: about 1 MB a round of the Zyte pages); also after a copy that changes the content (`with`), where the
/// default part is the new content.
/// </summary>
public class AttributionPartsTests
{
    private static readonly Span Cue = new(30, 34);

    // By name, since Attribution is internal (a public test method cannot take it).
    private static readonly Dictionary<string, Attribution> Made = Make().ToDictionary(c => c.Name, c => c.Attribution);

    private static IEnumerable<string> Cases() => Make().Select(c => c.Name);

    private static IEnumerable<(string Name, Attribution Attribution)> Make()
    {
        var content = new Span(40, 80);
        var bare = new Attribution(content, QuoteType.Indirect, Cue, "said", new Span(20, 29), null);
        yield return ("no parts of its own: the content", bare);
        yield return ("no parts, content cut by a copy: the new content", bare with { Content = new Span(40, 60) });
        yield return ("one part given: that part", bare with { Parts = [content] });
        yield return ("two parts", bare with { Parts = [new Span(0, 18), new Span(40, 80)] });
        yield return ("three parts", bare with { Parts = [new Span(0, 10), new Span(12, 18), new Span(40, 80)] });
        yield return ("two parts kept through a copy that changes the content", bare with { Parts = [new Span(0, 18), new Span(40, 80)] } with { Content = new Span(0, 80) });
        yield return ("a copy given one part of its own", bare with { Content = new Span(40, 60) } with { Parts = [new Span(41, 59)] });
        yield return ("an empty content, no cue", new Attribution(new Span(5, 5), QuoteType.Direct, null, null, null, null));
    }

    [TestCaseSource(nameof(Cases))]
    public void PartCountFirstAndLast_AreThoseOfParts(string name)
    {
        var a = Made[name];
        Assert.That(a.PartCount, Is.EqualTo(a.Parts.Count));
        Assert.That(a.FirstPart, Is.EqualTo(a.Parts[0]));
        Assert.That(a.LastPart, Is.EqualTo(a.Parts[^1]));
    }

    [TestCaseSource(nameof(Cases))]
    public void PartCountFirstAndLast_MakeNothing(string name)
    {
        var a = Made[name];
        _ = (a.PartCount, a.FirstPart, a.LastPart);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = (a.PartCount, a.FirstPart, a.LastPart);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero, $"{read}");
    }
}
