using System.Text;
using ClaimExtract.Html;
using ClaimExtract.Sources;

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

    [Test]
    public void Utf16BigEndianWithBom()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Page(""))).ToArray();

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("“Déjà vu,” she said — €5."));
        Assert.That(decoded.Problems, Is.Empty);
    }

    [TestCase("utf-16le")]
    [TestCase("utf-16be")]
    public void Utf16WithoutBom_IsRecognisedFromItsZeroBytes(string encoding)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Page(""));

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.Contain("“Déjà vu,” she said — €5."));
        Assert.That(decoded.EncodingName, Does.StartWith("utf-16"));
        Assert.That(decoded.Problems, Is.Empty);
    }

    [Test]
    public void Utf16_OddLastByte_BecomesAReplacementCharacter()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>abc</p>")).Append((byte)0x41).ToArray();

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Is.EqualTo("<p>abc</p>\uFFFD"));
        Assert.That(decoded.Problems.Single().Code, Is.EqualTo("CE1002"));
    }

    [TestCase("<meta charset=\"utf-16\">")]
    [TestCase("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-16LE\">")]
    public void MetaSayingUtf16_OnBytesReadableAsAscii_MeansUtf8(string meta)
    {
        var decoded = HtmlDecoder.Decode(Encoding.UTF8.GetBytes(Page(meta)));

        Assert.That(decoded.Html, Does.Contain("“Déjà vu,” she said — €5."));
        Assert.That(decoded.Problems, Is.Empty);
    }

    [TestCase("iso-8859-2", "Łódź i Kraków, Žilina")]
    [TestCase("iso-8859-5", "Москва и Київ")]
    [TestCase("iso-8859-7", "Αθήνα και Θεσσαλονίκη")]
    [TestCase("iso-8859-15", "Œuvre à 5 €")]
    [TestCase("koi8-r", "Новости дня")]
    public void Iso8859AndOtherSingleByteCharsets_FromHttpEquiv(string charset, string text)
    {
        var html = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\"></head><body><p>{text}</p></body></html>";

        var decoded = HtmlDecoder.Decode(Encoding.GetEncoding(charset).GetBytes(html));

        Assert.That(decoded.Html, Does.Contain(text));
        Assert.That(decoded.Problems, Is.Empty);
    }

    [TestCase("<meta http-equiv=\"content-type\" content=\"text/html;charset=Shift_JIS\">", "shift_jis", "「日本語の記事です。」と彼は言った。")]
    [TestCase("<meta charset=\"gb2312\">", "gb2312", "“这是一篇新闻报道。”他说。")]
    [TestCase("<meta charset=\"euc-kr\">", "euc-kr", "“기사입니다.” 그가 말했다.")]
    [TestCase("<meta charset=\"big5\">", "big5", "「這是一篇新聞報導。」他說。")]
    public void EastAsianCharsets_FromMeta(string meta, string encoding, string text)
    {
        var html = $"<html><head>{meta}</head><body><p>{text}</p></body></html>";

        var decoded = HtmlDecoder.Decode(Encoding.GetEncoding(encoding).GetBytes(html));

        Assert.That(decoded.Html, Does.Contain(text));
        Assert.That(decoded.Problems, Is.Empty);
    }

    [TestCase("text/html; charset=ISO-8859-2")]
    [TestCase("iso-8859-2")]
    public void TransportCharset_WinsOverAWrongMeta_ThroughTheInputDocument(string contentType)
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Łódź</title></head><body><article><p>"
                   + "Mieszkańcy Łodzi i Krakowa głosowali w niedzielę, a frekwencja była najwyższa od lat, podała komisja wyborcza. "
                   + "Wyniki poznamy w poniedziałek rano, gdy zostaną policzone wszystkie głosy.</p></article></body></html>";
        var input = new InputDocument("page", "page.html", new DocumentContent.HtmlBytes(Encoding.GetEncoding("iso-8859-2").GetBytes(html))) { DeclaredCharset = contentType };

        var article = new HtmlArticleExtractor().Extract(input);

        Assert.That(article.Text, Does.Contain("Mieszkańcy Łodzi i Krakowa głosowali w niedzielę"));
        Assert.That(article.Problems.Select(p => p.Code), Has.None.EqualTo("CE1002"));
    }

    [TestCase("shift_jis", 0x82)]
    [TestCase("gb2312", 0x81)]
    [TestCase("euc-kr", 0xB0)]
    [TestCase("big5", 0xA4)]
    public void BrokenMultiByteSequence_KeepsTheAsciiThatFollows(string encoding, int leadByte)
    {
        var bytes = Encoding.ASCII.GetBytes($"<meta charset=\"{encoding}\"><p>ab")
            .Append((byte)leadByte).Concat(Encoding.ASCII.GetBytes("<b>cd</b> ef</p>")).Append((byte)leadByte).ToArray();

        var decoded = HtmlDecoder.Decode(bytes);

        Assert.That(decoded.Html, Does.EndWith("<p>ab\uFFFD<b>cd</b> ef</p>\uFFFD"));
        Assert.That(decoded.Problems.Single().Code, Is.EqualTo("CE1002"));
    }

    [TestCase("utf-8")]
    [TestCase("shift_jis")]
    [TestCase("gb2312")]
    [TestCase("euc-kr")]
    [TestCase("windows-1252")]
    [TestCase("iso-8859-7")]
    [TestCase("utf-16le")]
    public void RandomBytes_NeverThrow_AndKeepEveryAsciiLineBreak(string charset)
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);

            var decoded = HtmlDecoder.Decode(bytes, charset);

            Assert.That(decoded.Html, Is.Not.Null);
            if (charset != "utf-16le")
            {
                // Line feeds are never part of a multi-byte sequence in these charsets: each one must come through.
                Assert.That(decoded.Html.Count(c => c == '\n'), Is.EqualTo(bytes.Count(b => b == 0x0A)), $"{charset} round {round}");
            }
        }
    }
}
