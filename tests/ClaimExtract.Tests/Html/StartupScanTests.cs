using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimExtract.Html;

namespace ClaimExtract.Tests.Html;

/// <summary>
/// The plain scans and the ISO 8601 fast path that replaced regexes and the culture-aware date parser at start-up
/// must answer exactly as those did: each is checked here against the regex or parser it replaced, on seeded random
/// inputs built from the words, case variants and look-alike characters that could tell them apart.
/// </summary>
public class StartupScanTests
{
    private static readonly string[] Pieces =
        ["article", "ARTICLE", "Story", "skyscraper", "s\u212Ayscraper", "sKyscraper", "meta", "comment", "display", "none", "visibility", "hidden", "writer", "Staff",
         "associated press", "special to", "news service", "editor", "ı", "İ", "ſ", " ", "\u00A0", "\t", ":", "-", "_", "x", "é", "\u200D", "\u0301", "1", "Á", "/"];

    private static IEnumerable<string> Soup(int seed, int count)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(0, 7); k > 0; k--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }

            yield return text.ToString();
        }
    }

    [Test]
    public void WordScansAnswerAsTheRegexesTheyReplaced()
    {
        var positive = new Regex("(article|body|content|entry|main|post|text|blog|story)", RegexOptions.IgnoreCase);
        var negative = new Regex("(comment|footer|sidebar|sponsor|share|social|related|promo|widget|masthead|meta|outbrain|taboola|shoutbox|combx|contact|skyscraper)", RegexOptions.IgnoreCase);
        var roles = new Regex(@"\b(writer|correspondent|reporter|editor|staff|contributor|columnist|bureau|associated press|reuters|special to|news service|photographer|updated|published)\b", RegexOptions.IgnoreCase);
        string[] positiveWords = ["article", "body", "content", "entry", "main", "post", "text", "blog", "story"];
        string[] negativeWords = ["comment", "footer", "sidebar", "sponsor", "share", "social", "related", "promo", "widget", "masthead", "meta", "outbrain", "taboola", "shoutbox", "combx", "contact", "skyscraper"];
        string[] roleWords = ["writer", "correspondent", "reporter", "editor", "staff", "contributor", "columnist", "bureau", "associated press", "reuters", "special to", "news service", "photographer", "updated", "published"];
        var matched = 0;
        foreach (var text in Soup(7, 20_000))
        {
            Assert.That(WordScan.ContainsAny(text, positiveWords), Is.EqualTo(positive.IsMatch(text)), text);
            Assert.That(WordScan.ContainsAny(text, negativeWords), Is.EqualTo(negative.IsMatch(text)), text);
            Assert.That(WordScan.ContainsAnyWord(text, roleWords), Is.EqualTo(roles.IsMatch(text)), text);
            matched += roles.IsMatch(text) ? 1 : 0;
        }

        Assert.That(matched, Is.GreaterThan(1000), "the soup should hold both outcomes");
    }

    [Test]
    public void HiddenStylesAreFoundAsTheRegexFoundThem()
    {
        var hidden = new Regex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase);
        foreach (var style in Soup(11, 20_000))
        {
            var page = $"<html><body><div style=\"{style}\"><p>Some words that make a paragraph of the article, long enough to be kept here.</p></div>"
                       + "<p>More words of the article that stay in every case, since they are outside the styled block.</p></body></html>";
            var text = new HtmlArticleExtractor().Extract(page).Text;
            Assert.That(text.Contains("Some words", StringComparison.Ordinal), Is.EqualTo(!hidden.IsMatch(System.Net.WebUtility.HtmlDecode(style))), style);
        }
    }

    /// <summary>The general path, as NormaliseDate was before the fast path: the oracle for the ISO forms.</summary>
    private static string? Reference(string value)
    {
        if (Regex.IsMatch(value, @"^\d{4}-\d{2}-\d{2}$") && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var hasOffset = Regex.IsMatch(value, @"(Z|z|[+-]\d{2}:?\d{2})$");
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, hasOffset ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal, out var moment))
        {
            return null;
        }

        if (!hasOffset)
        {
            return moment.TimeOfDay == TimeSpan.Zero && !value.Contains(':', StringComparison.Ordinal)
                ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
        }

        return moment.Offset == TimeSpan.Zero && (value.EndsWith('Z') || value.EndsWith('z'))
            ? moment.ToString("yyyy-MM-ddTHH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : moment.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    [Test]
    public void IsoDatesComeOutAsTheCultureAwareParserWroteThem()
    {
        var random = new Random(3);
        string[] years = ["0999", "1000", "1999", "2020", "2024", "2100", "9998", "9999"];
        string[] separators = ["T", " ", "t", "_"];
        string[] fractions = ["", ".", ".5", ".123", ".1234567", ".12345678", ".9999999", ".99999999", ",5"];
        string[] zones = ["", "Z", "z", "+00:00", "-00:00", "+01:00", "-05:30", "+13:59", "+14:00", "-14:00", "+15:00", "+0100", "+01", " +01:00", "+01:60", "ZZ", "-00:30"];
        for (var n = 0; n < 30_000; n++)
        {
            var date = $"{years[random.Next(years.Length)]}-{random.Next(0, 14):00}-{random.Next(0, 33):00}";
            var value = random.Next(5) == 0
                ? date
                : date + separators[random.Next(separators.Length)] + $"{random.Next(0, 26):00}:{random.Next(0, 61):00}:{random.Next(0, 62):00}"
                  + fractions[random.Next(fractions.Length)] + zones[random.Next(zones.Length)];
            Assert.That(MetadataReader.NormaliseDate(value), Is.EqualTo(Reference(value)), value);
        }
    }

    [Test]
    public void ItempropNameFindsWhatTheXPathFound()
    {
        var random = new Random(5);
        string[] attributes = ["", " itemprop=\"name\"", " ITEMPROP=\"name\"", " itemprop=\"Name\"", " itemprop=\"author\"", " itemprop=\"name\" itemprop=\"x\"",
            " itemprop=\"x\" itemprop=\"name\"", " itemprop='name'", " itemprop=name", " data-itemprop=\"name\"", " itemprop=\" name\""];
        string[] tags = ["div", "span", "a", "p", "b"];
        var found = 0;
        for (var n = 0; n < 3000; n++)
        {
            var html = new StringBuilder("<div id=\"byline\"" + attributes[random.Next(attributes.Length)] + ">");
            var open = new Stack<string>();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                if (open.Count > 0 && random.Next(3) == 0)
                {
                    html.Append("</").Append(open.Pop()).Append('>');
                }
                else
                {
                    var tag = tags[random.Next(tags.Length)];
                    html.Append('<').Append(tag).Append(attributes[random.Next(attributes.Length)]).Append(">w").Append(k);
                    open.Push(tag);
                }
            }

            var document = new HtmlAgilityPack.HtmlDocument();
            document.LoadHtml(html.Append("</div>").ToString());
            var byline = document.DocumentNode.FirstChild!;
            var expected = byline.SelectSingleNode(".//*[@itemprop='name']");
            Assert.That(MetadataReader.ItempropName(byline), Is.SameAs(expected), html.ToString());
            found += expected is null ? 0 : 1;
        }

        Assert.That(found, Is.InRange(300, 2700), "both outcomes should occur");
    }

    [Test]
    public void FirstLetterIndexFindsWhatTheMultiStringSearchFound()
    {
        string[] words = ["nav", "menu", "side", "ad", "sr-only", "most", "more", "cta", "tag", "taboola"];
        var index = new WordScan.FirstLetterIndex(words);
        var reference = System.Buffers.SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        var random = new Random(13);
        const string alphabet = "navmenusidADSR-ONLYmostcTAgbx _-1";
        var found = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = text.AsSpan().ContainsAny(reference);
            Assert.That(index.FoundIn(text), Is.EqualTo(expected), text);
            found += expected ? 1 : 0;
        }

        Assert.That(found, Is.InRange(500, 19_500), "both outcomes should occur");
        Assert.Throws<ArgumentException>(() => _ = new WordScan.FirstLetterIndex(["-x"]));
    }
}
