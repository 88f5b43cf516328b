using System.Diagnostics;
using ClaimExtract.Html;
using ClaimExtract.Sources;
using HtmlAgilityPack;

namespace ClaimExtract.Tests.Reliability;

/// <summary>
/// A StackOverflowException kills a .NET process with no catch, and with it the whole batch. The code walks
/// the DOM with explicit stacks; what recursion is left is HtmlAgilityPack's own (InnerText, InnerHtml and
/// WriteTo recurse over children), bounded by the flattening of deep pages before parsing. These tests run
/// the real pipeline on a thread with a quarter of the usual stack, so that a recursion over the depth of a
/// 100,000-deep page would overflow here first.
/// </summary>
[Category("Model")]
public class StackSafetyTests
{
    private const int SmallStack = 256 * 1024;

    private static readonly ClaimPipeline Pipeline = new();

    private static Article OnSmallStack(Func<Article> work)
    {
        Article? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, SmallStack);
        thread.Start();
        Assert.That(thread.Join(TimeSpan.FromSeconds(60)), Is.True, "not finished within 60 s");
        Assert.That(failure, Is.Null);
        return result!;
    }

    private static string Nested(string open, string close, int depth, string inner) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    [TestCase("<div>", "</div>")]
    [TestCase("<p><span>", "</span></p>")]
    [TestCase("<b>", "")]
    [TestCase("<table><tr><td>", "</td></tr></table>")]
    [TestCase("<div title='a>b'>", "</div>")]
    public void HundredThousandDeep_OnASmallStack_KeepsTheText(string open, string close)
    {
        var html = "<html><head><title>Deep</title><meta name=\"author\" content=\"Ann Lee\"></head><body>"
                   + Nested(open, close, 100_000, "<p class=\"byline\">By Ann Lee</p><p>“The wall will stand,” the mayor said on Monday, in a long enough sentence.</p>") + "</body></html>";

        var article = OnSmallStack(() => Pipeline.Process(new InputDocument("deep", "deep", new DocumentContent.HtmlText(html))));

        Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE9900").And.None.EqualTo("CE1004"), string.Join("; ", article.Problems));
        Assert.That(article.Text, Does.Contain("“The wall will stand,” the mayor said on Monday"));
    }

    [Test]
    public void NestingLimiter_LeavesARealPageAlone()
    {
        var html = "<html><body><div><article><p>One <b>two</b> <a href='x'>three</a>.<p>Four<br>five<img src=x></article></div></body></html>";

        var (limited, removed) = NestingLimiter.Limit(html, 16);

        Assert.That(limited, Is.SameAs(html));
        Assert.That(removed, Is.Zero);
    }

    [Test]
    public void NestingLimiter_ParsedResult_IsNoDeeperThanTheBound_AndKeepsTextInOrder()
    {
        var html = Nested("<div><span>", "</span></div>", 5_000, "middle") + "<p>after</p>";

        var (limited, removed) = NestingLimiter.Limit(html, 100);
        var document = new HtmlDocument();
        document.LoadHtml(limited);

        Assert.That(removed, Is.EqualTo(10_000 - 100));
        Assert.That(MaxDepth(document.DocumentNode), Is.LessThanOrEqualTo(102));
        Assert.That(string.Concat(document.DocumentNode.InnerText.Where(c => !char.IsWhiteSpace(c))), Is.EqualTo("middleafter"));
    }

    [Test]
    public void NestingLimiter_IsLinear_AMillionLevelsInSeconds()
    {
        var html = Nested("<div class=\"x\">", "</div>", 1_000_000, "text");

        var watch = Stopwatch.StartNew();
        var (limited, _) = NestingLimiter.Limit(html, 512);

        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(limited, Does.Contain("text"));
    }

    [Test]
    public void NestingLimiter_ScriptsAndCommentsHoldNoTags()
    {
        var html = "<div><script>" + string.Concat(Enumerable.Repeat("<div>", 100)) + "</script><!-- " + string.Concat(Enumerable.Repeat("<div>", 100)) + " --><p>kept</p></div>";

        var (limited, removed) = NestingLimiter.Limit(html, 16);

        Assert.That(limited, Is.SameAs(html));
        Assert.That(removed, Is.Zero);
    }

    private static int MaxDepth(HtmlNode root)
    {
        var max = 0;
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            max = Math.Max(max, depth);
            foreach (var child in node.ChildNodes)
            {
                stack.Push((child, depth + 1));
            }
        }

        return max;
    }
}
