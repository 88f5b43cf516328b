using System.Text;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Reliability;

[Category("Model")]
public class PipelineLimitsTests
{
    private static readonly string Page = "<html><body><article>"
        + new StringBuilder().Insert(0, "<p>“We will build the wall by 2027,” Mayor Jane Smith promised on Monday, to applause.</p>", 10_000)
        + "</article></body></html>";

    private static InputDocument Html(string html) => new("d", "d", new DocumentContent.HtmlText(html));

    [Test]
    public void DocumentOverMaxBytes_GetsCE9008_WithoutBeingProcessed()
    {
        var pipeline = new ClaimPipeline(limits: new PipelineLimits { MaxBytes = 1000 });

        var article = pipeline.Process(Html(Page));

        Assert.That(article.Problems.Select(p => p.Code), Is.EqualTo(new[] { "CE9008" }));
        Assert.That(article.Problems[0].Message, Does.Contain("--max-bytes"));
        Assert.That(article.Text, Is.Empty);
    }

    [Test]
    public void MaxBytes_CountsTextInUtf8()
    {
        var pipeline = new ClaimPipeline(limits: new PipelineLimits { MaxBytes = 10 });

        Assert.That(pipeline.Process(new InputDocument("t", "t", new DocumentContent.PlainText("“Yes.”"))).Failed, Is.False, "8 bytes");
        Assert.That(pipeline.Process(new InputDocument("t", "t", new DocumentContent.PlainText("“Yes, no.”"))).Problems.Single().Code, Is.EqualTo("CE9008"), "12 bytes");
    }

    [Test]
    public void DocumentPastItsTimeBudget_GetsCE9009_AndTheNextDocumentIsFine()
    {
        var pipeline = new ClaimPipeline(limits: new PipelineLimits { Timeout = TimeSpan.FromMilliseconds(1) });

        var slow = pipeline.Process(Html(Page));
        var quick = new ClaimPipeline().Process(Html(Page[..2000] + "</p>"));

        Assert.That(slow.Problems.Select(p => p.Code), Is.EqualTo(new[] { "CE9009" }));
        Assert.That(slow.Problems[0].Message, Does.Contain("--timeout"));
        Assert.That(slow.Statements, Is.Empty);
        Assert.That(quick.Failed, Is.False);
    }

    [Test]
    public void TheCallersCancellation_Throws_RatherThanBecomingAProblem()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => new ClaimPipeline().Process(Html(Page), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void InvalidLimits_ThrowWhenThePipelineIsBuilt()
    {
        Assert.That(() => new ClaimPipeline(limits: new PipelineLimits { MaxBytes = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new ClaimPipeline(limits: new PipelineLimits { Timeout = TimeSpan.Zero }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new ClaimPipeline(limits: new PipelineLimits { Timeout = Timeout.InfiniteTimeSpan }), Throws.Nothing);
    }
}
