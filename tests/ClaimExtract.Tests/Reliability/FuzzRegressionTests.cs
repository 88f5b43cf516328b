using System.Text;
using ClaimExtract.Html;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Reliability;

/// <summary>Inputs the fuzzer (fuzz/run.sh) found to fail, reduced by hand; each test names the failure it had.</summary>
[Category("Model")]
public class FuzzRegressionTests
{
    private static readonly ClaimPipeline Pipeline = new();

    private static Article ProcessBytes(byte[] bytes) => Pipeline.Process(new InputDocument("f", "f", new DocumentContent.HtmlBytes(bytes)));

    [TestCase("utf-7")]
    [TestCase("UTF7")]
    [TestCase("csUnicode11UTF7")]
    public void MetaCharsetUtf7_WasNotSupportedException_IsNowIgnored(string label)
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"{label}\"><p>“Prices will fall,” the minister said — €5 café.</p>");

        var article = ProcessBytes(bytes);

        Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE9900"), string.Join("; ", article.Problems));
        Assert.That(article.Text, Does.Contain("“Prices will fall,” the minister said — €5 café."));
    }

    [TestCase("utf-16")]
    [TestCase("utf-16be")]
    [TestCase("utf-32")]
    public void MetaCharsetUtf16_OnAnAsciiCompatiblePage_MeansUtf8AsInBrowsers(string label)
    {
        var bytes = Encoding.UTF8.GetBytes($"<meta charset=\"{label}\"><p>“Prices will fall,” the minister said.</p>");

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("“Prices will fall,” the minister said."));
    }

    [TestCase("Next paragraph: ‘single’4and")]
    [TestCase("She said it was ‘fine’ok")]
    [TestCase("“Done”x")]
    public void ClosingMarkInsideTheLastWord_WasArgumentOutOfRange_IsNowNoStatement(string text)
    {
        // Found by fuzz run 4 (a closing ’ read by the tokenizer as an apostrophe inside the text's last token).
        var article = Pipeline.Process(new InputDocument("f", "f", new DocumentContent.PlainText(text)));

        Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE9900"), string.Join("; ", article.Problems));
        Assert.That(article.Text, Is.EqualTo(text));
    }
}
