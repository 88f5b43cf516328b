using System.Text;
using ClaimExtract.Html;

namespace ClaimExtract.Tests.Html;

public class HtmlDecoderTests
{
    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string head) => $"<html><head>{head}</head><body><p>“Déjà vu,” she said — €5.</p></body></html>";

    [Test]
    public void Utf8WithBom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Page(""))).ToArray();

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("“Déjà vu,” she said — €5."));
        Assert.That(decoded.Problems, Is.Empty);
    }

    [Test]
    public void Utf16LittleEndianWithBom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Page(""))).ToArray();

        Assert.That(HtmlDecoder.Decode(bytes).Html, Does.Contain("“Déjà vu,” she said"));
    }

    [TestCase("<meta charset=\"windows-1252\">")]
    [TestCase("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    [TestCase("<meta charset=iso-8859-1>")]
    public void MetaCharset_Windows1252(string meta)
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page(meta));

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("“Déjà vu,” she said — €5."));
        Assert.That(decoded.EncodingName, Is.EqualTo("windows-1252"));
    }

    [Test]
    public void ShiftJis_FromMeta()
    {
        var html = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>「日本語の記事です。」と彼は言った。</p></body></html>";

        var decoded = HtmlDecoder.Decode(Encoding.GetEncoding("shift_jis").GetBytes(html));

        Assert.That(decoded.Html, Does.Contain("「日本語の記事です。」と彼は言った。"));
    }

    [Test]
    public void Gb2312_FromTransportCharset()
    {
        var html = "<html><body><p>这是一篇新闻报道。</p></body></html>";

        var decoded = HtmlDecoder.Decode(Encoding.GetEncoding(936).GetBytes(html), declaredCharset: "gb2312");

        Assert.That(decoded.Html, Does.Contain("这是一篇新闻报道。"));
    }

    [Test]
    public void NoDeclaration_NotUtf8_FallsBackToWindows1252_WithAWarning()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page(""));

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("“Déjà vu,” she said"));
        Assert.That(decoded.Problems.Select(p => p.Code), Is.EqualTo(new[] { "CE1002" }));
    }

    [Test]
    public void InvalidBytesInDeclaredUtf8_BecomeReplacementCharacters_NothingIsDropped()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=utf-8><p>a").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.ASCII.GetBytes("b</p>")).ToArray();

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("a\uFFFD(\uFFFDb"));
        Assert.That(decoded.Problems.Single().Code, Is.EqualTo("CE1002"));
    }
}
