using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClaimExtract.Html;
using HtmlAgilityPack;

namespace ClaimExtract.Tests.Html;

/// <summary>
/// The pre-parse removal of script, style and comment bodies: each case states what is emptied and checks against
/// HtmlAgilityPack itself that the stripped page parses to the same tree (elements, attributes, text, inner text)
/// as the original, but for the emptied bodies.
/// </summary>
public class RawTextStripperTests
{
    private static readonly object[] Cases =
    [
        new object[] { "<p>a</p><script>var x = 1;</script><p>b</p>", "<p>a</p><script></script><p>b</p>" },
        new object[] { "<style type=\"text/css\">p { color: red }</style><p>x</p>", "<style type=\"text/css\"></style><p>x</p>" },
        new object[] { "<SCRIPT>x()</SCRIPT><Style>a{}</sTyLe>", "<SCRIPT></SCRIPT><Style></sTyLe>" },
        // The parser treats a self-closed script as open: its text runs to </script>.
        new object[] { "<script/>var a;</script><p>x</p>", "<script/></script><p>x</p>" },
        new object[] { "<scripts>x</scripts><scriptx>y</scriptx><styles>z</styles>", "<scripts>x</scripts><scriptx>y</scriptx><styles>z</styles>" },
        // A script ends at the first "</script" followed by ">" or white space, wherever it stands in the code.
        new object[] { "<script>var s = \"</scripts>\"; var t = \"</script>\";</script><p>x</p>", "<script></script>\";</script><p>x</p>" },
        new object[] { "<script>var s = \"</script\" + \">\";</script>", "<script></script>" },
        new object[] { "<script>a</script\tdata-x=\">\">b", "<script></script\tdata-x=\">\">b" },
        new object[] { "<script>if (a<b && c>d) { s = '<p>not text</p>'; }</script><p>x</p>", "<script></script><p>x</p>" },
        // Comments: bodies emptied, delimiters kept; a tag inside a comment is comment text.
        new object[] { "<p>a<!-- note -->b</p>", "<p>a<!---->b</p>" },
        new object[] { "<!-- <script>x</script> --><p>y</p>", "<!----><p>y</p>" },
        new object[] { "<!-- a --!><p>b</p>", "<!----!><p>b</p>" },
        new object[] { "<!--[if IE]><p>old</p><![endif]--><p>x</p>", "<!----><p>x</p>" },
        new object[] { "<!--><p>x</p><!---><p>y</p>", "<!--><p>x</p><!---><p>y</p>" },
        new object[] { "<!DOCTYPE html><?xml version=\"1.0\"?><p>x</p>", "<!DOCTYPE html><?xml version=\"1.0\"?><p>x</p>" },
        // Quoted attribute values hide "<" and ">"; a quote not right after "=" quotes nothing.
        new object[] { "<div title=\"a>b<script>c</script>\">x</div><script>y</script>", "<div title=\"a>b<script>c</script>\">x</div><script></script>" },
        new object[] { "<a href='x>y'><style>s</style></a>", "<a href='x>y'><style></style></a>" },
        new object[] { "<div title=a\"b><script>x</script>\"</div>", "<div title=a\"b><script></script>\"</div>" },
        new object[] { "<div data-x = 'p>q' class=z><style>s</style></div>", "<div data-x = 'p>q' class=z><style></style></div>" },
        new object[] { "<script type=\"text/javascript\"\n  async>x</script>", "<script type=\"text/javascript\"\n  async></script>" },
        // A "<" that opens a tag ends an unfinished one.
        new object[] { "<div class=a <script>x</script><p>y</p>", "<div class=a <script></script><p>y</p>" },
        new object[] { "<script <b>x</b></script><p>y</p>", "<script <b>x</b></script><p>y</p>" },
        // Raw text elements that stay: inside title and textarea a script is text.
        new object[] { "<title>a <script>b</script></title><p>x</p>", "<title>a <script>b</script></title><p>x</p>" },
        new object[] { "<textarea><style>b</style></textarea><script>c</script>", "<textarea><style>b</style></textarea><script></script>" },
        // Kept whole: what the metadata reader reads, unclosed scripts, server code, a head marked as a byline.
        new object[] { "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><script>x</script>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script><script></script>" },
        new object[] { "<script class=\"byline\">By Jo</script><style itemprop=\"name\">Ann</style>", "<script class=\"byline\">By Jo</script><style itemprop=\"name\">Ann</style>" },
        new object[] { "<p>a</p><script>x</script><script>var open = 1; <p>b</p>", "<p>a</p><script></script><script>var open = 1; <p>b</p>" },
        new object[] { "<p>a <% x %></p><script>y</script>", "<p>a <% x %></p><script>y</script>" },
        new object[] { "<head rel=\"author\"><script>x</script></head><p>y</p>", "<head rel=\"author\"><script>x</script></head><p>y</p>" },
        new object[] { "<h1>Title<script>x</script></h1><p>y</p>", "<h1>Title<script></script></h1><p>y</p>" },
        new object[] { "", "" },
        new object[] { "<", "<" },
        new object[] { "<script>", "<script>" },
        new object[] { "<!--", "<!--" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Strip_EmptiesBodies_AndParsesToTheSameTree(string html, string expected)
    {
        var stripped = RawTextStripper.Strip(html);

        Assert.That(stripped, Is.EqualTo(expected));
        Assert.That(Dump(stripped), Is.EqualTo(Dump(html)));
    }

    [Test]
    public void Strip_NothingToEmpty_ReturnsTheSameInstance()
    {
        var html = "<p>a</p><script></script><!----><p>b</p>";

        Assert.That(RawTextStripper.Strip(html), Is.SameAs(html));
    }

    [Test]
    public void RawTextElements_AreTheParsersCDataElements()
    {
        // The stripper mirrors HtmlAgilityPack 1.13's list; a parser upgrade that changes it must fail here.
        var cdata = HtmlNode.ElementsFlags.Where(f => f.Value.HasFlag(HtmlElementFlag.CData)).Select(f => f.Key.ToLowerInvariant()).Order(StringComparer.Ordinal);

        Assert.That(cdata, Is.EqualTo(new[] { "noxhtml", "script", "style", "textarea", "title" }));
    }

    /// <summary>Token soups built to hit the tokenizer's corners (quotes, cut-short tags, comments in scripts, unclosed elements).</summary>
    [Test]
    public void Strip_RandomTokenSoup_ParsesToTheSameTree()
    {
        string[] tokens =
        [
            "<script>", "<script type=\"a\">", "</script>", "</script", "</scripts>", "<script/>", "<SCRIPT>", "</SCRIPT >", "<style>", "</style>",
            "<style media='x>y'>", "<!--", "-->", "--!>", "--", "<!", "<?", ">", "<", "/", "'", "\"", "=", " ", "\n", "\t", "<p>", "</p>",
            "<div class=a>", "<div title=\"", "<h1>", "</h1>", "<title>", "</title>", "<textarea>", "<head>", "</head>", "<b", "x", "word ",
            "&amp;", "ſ", "<script type=application/ld+json>", "<span class=byline>", "<!-- c -->", "<![CDATA[", "]]>",
        ];
        var random = new Random(20261129);
        var changed = 0;
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            for (var t = random.Next(1, 40); t > 0; t--)
            {
                builder.Append(tokens[random.Next(tokens.Length)]);
            }

            var html = builder.ToString();
            var stripped = RawTextStripper.Strip(html);
            if (!ReferenceEquals(stripped, html))
            {
                changed++;
            }

            Assert.That(Dump(stripped), Is.EqualTo(Dump(html)), html);
        }

        Assert.That(changed, Is.GreaterThan(500), "the soup must exercise the stripping, not only the cases kept whole");
    }

    private static readonly object[] AttributeCases =
    [
        new object[] { "<a href=\"/x\" class=\"c\">t</a>", "<a  class=\"c\">t</a>" },
        new object[] { "<img src='a.jpg' srcset=\"a 1x, b 2x\" alt=\"\" data-x=\"{&quot;a&quot;:1}\">", "<img    >" },
        new object[] { "<div id=\"i\" data-a=\"1\"data-b=\"2\" style=\"display:none\">", "<div id=\"i\"  style=\"display:none\">" },
        // What the metadata reader reads stays, on the elements it reads it from.
        new object[] { "<meta name=\"author\" content=\"Jo\" charset=\"utf-8\"><link rel=\"canonical\" href=\"/c\" type=\"t\">", "<meta name=\"author\" content=\"Jo\" ><link rel=\"canonical\" href=\"/c\" >" },
        new object[] { "<script type=\"application/ld+json\" nonce=\"n\">{}</script><time datetime=\"2020\" title=\"t\">x</time>", "<script type=\"application/ld+json\" >{}</script><time datetime=\"2020\" >x</time>" },
        new object[] { "<HTML LANG=\"en\" Dir=\"ltr\"><P ItemProp=\"articleBody\" ItemType=\"x\" Title=\"t\" HIDDEN>", "<HTML LANG=\"en\" ><P ItemProp=\"articleBody\" ItemType=\"x\"  HIDDEN>" },
        new object[] { "<span content=\"x\" name=\"n\" rel=\"author\" aria-hidden=\"true\">", "<span   rel=\"author\" aria-hidden=\"true\">" },
        // Kept: unquoted values, values holding "<", names without value, names read again after "/" or after a bare name,
        // non-ASCII names, end tags, tags cut short or unfinished.
        new object[] { "<a href=/x title=\"a<b\" async data-z=\"1\">", "<a href=/x title=\"a<b\" async data-z=\"1\">" },
        new object[] { "<a/title=\"x\">t</a><a b=\"1\"/c=\"2\">", "<a/title=\"x\">t</a><a /c=\"2\">" },
        new object[] { "<pıcture data-x=\"1\"><p dåta=\"1\"></a data-x=\"1\">", "<pıcture data-x=\"1\"><p dåta=\"1\"></a data-x=\"1\">" },
        new object[] { "<a href=\"x\" <p>y</p><img src=\"z\"", "<a href=\"x\" <p>y</p><img src=\"z\"" },
        new object[] { "<a b = \"1\" c\t=\t'2'>", "<a  >" },
    ];

    [TestCaseSource(nameof(AttributeCases))]
    public void Strip_UnreadAttributes_AreRemoved_AndTheRestParsesToTheSameTree(string html, string expected)
    {
        var stripped = RawTextStripper.Strip(html, unreadAttributes: true);

        Assert.That(stripped, Is.EqualTo(expected));
        Assert.That(Dump(stripped, readAttributesOnly: true), Is.EqualTo(Dump(html, readAttributesOnly: true)));
    }

    /// <summary>Token soups of tags and attributes: every attribute the HTML stage reads, in the same order and with the same value, and nothing else changed.</summary>
    [Test]
    public void Strip_UnreadAttributes_RandomTagSoup_ParsesToTheSameTree()
    {
        string[] tokens =
        [
            "<a", "<img", "<meta", "<link", "<script", "<time", "<html", "<div", "<P", "<pıcture", "</a", "</div", "<!--", "-->", ">", "/>", "/", "<", " ", "\n", "\t",
            "=", "\"", "'", "x", "href", "HREF", "class", "id", "src", "data-x", "content", "name", "rel", "type", "datetime", "lang", "itemprop", "style", "hidden",
            "aria-hidden", "title", "dåta", "=\"v\"", "='v'", "=\"a b\"", "=\"a<b\"", "=v", " x=\"1\"", " href=\"/u\"", " class=\"c\"", "\"y\"", "</script>", "text ", "&amp;",
        ];
        string[] names = ["href", "HREF", "class", "id", "src", "data-x", "content", "name", "rel", "type", "datetime", "lang", "itemprop", "style", "hidden", "title", "dåta", "a/b"];
        string[] values = ["\"v\"", "'v'", "\"a b\"", "\"a<b\"", "\"a'b\"", "'a\"b'", "v", "\"\"", "\"&amp;\""];
        string[] separators = [" ", "\n", "\t", "  ", "", "/", " / "];
        var random = new Random(20261130);
        var changed = 0;
        for (var n = 0; n < 5000; n++)
        {
            var builder = new StringBuilder(tokens[random.Next(10)]);
            for (var t = random.Next(1, 60); t > 0; t--)
            {
                // Mostly whole attributes (a separator, a name, "=" with or without spaces, a value), the rest loose tokens.
                if (t % 8 == 0)
                {
                    builder.Append(tokens[random.Next(10)]);   // a start tag
                }
                else if (random.Next(3) > 0)
                {
                    builder.Append(separators[random.Next(separators.Length)]).Append(names[random.Next(names.Length)])
                        .Append(random.Next(5) == 0 ? " = " : "=").Append(values[random.Next(values.Length)]).Append(random.Next(4) == 0 ? ">" : "");
                }
                else
                {
                    builder.Append(tokens[random.Next(tokens.Length)]);
                }
            }

            var html = builder.ToString();
            var stripped = RawTextStripper.Strip(html, unreadAttributes: true);
            if (stripped.Length != RawTextStripper.Strip(html).Length)
            {
                changed++;
            }

            Assert.That(Dump(stripped, readAttributesOnly: true), Is.EqualTo(Dump(html, readAttributesOnly: true)), html);
        }

        Assert.That(changed, Is.GreaterThan(1000), "the soup must remove attributes, not only keep them");
    }

    /// <summary>
    /// The attributes the HTML stage reads by name, found in its source (<c>GetAttributeValue("x"</c>, <c>Attributes.Contains("x")</c>,
    /// <c>attribute.Name == "x"</c>): each must be one the stripper keeps, or the extractor would read an attribute that is no longer there.
    /// </summary>
    [Test]
    public void EveryAttributeTheHtmlStageReads_IsKeptByTheStripper()
    {
        var folder = RepositoryPaths.InRoot(Path.Combine("src", "ClaimExtract", "Html"));
        var pattern = new Regex(@"GetAttributeValue\(""([^""]+)""|Attributes\.Contains\(""([^""]+)""\)|(?:attribute\.Name|\bname) == ""([^""]+)""");
        var read = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.cs").Where(f => Path.GetFileName(f) is not ("RawTextStripper.cs" or "HtmlDecoder.cs")))
        {
            foreach (Match match in pattern.Matches(File.ReadAllText(file)))
            {
                read.Add(match.Groups.Values.Skip(1).First(g => g.Success).Value);
            }
        }

        Assert.That(read, Is.SupersetOf(new[] { "class", "content", "href", "lang", "datetime", "type" }), "the scan must find what the code reads");
        RawTextStripper.ElementKind[] kinds = [.. Enum.GetValues<RawTextStripper.ElementKind>().Where(k => k != RawTextStripper.ElementKind.Unknown)];
        foreach (var name in read)
        {
            Assert.That(kinds.Any(k => RawTextStripper.IsReadAttribute(k, name)), Is.True, $"\"{name}\" is read but the stripper removes it everywhere");
        }
    }

    /// <summary>On the 181 Zyte pages (when ../shared is there): the same tree, and most of the characters gone.</summary>
    [Test]
    public void Strip_ZytePages_ParseToTheSameTree()
    {
        if (RepositoryPaths.SharedData is not { } data || !Directory.Exists(Path.Combine(data, "zyte", "html")))
        {
            Assert.Ignore("../shared/data/zyte/html not found");
            return;
        }

        var folder = Path.Combine(data, "zyte", "html");
        long before = 0, after = 0, afterAttributes = 0;
        foreach (var file in Directory.GetFiles(folder, "*.html.gz"))
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var memory = new MemoryStream();
            gzip.CopyTo(memory);
            var html = HtmlDecoder.Decode(memory.ToArray()).Html;
            var stripped = RawTextStripper.Strip(html);
            before += html.Length;
            after += stripped.Length;
            Assert.That(Dump(stripped, innerTextOf: ["h1", "p", "title"]), Is.EqualTo(Dump(html, innerTextOf: ["h1", "p", "title"])), file);
            var withoutAttributes = RawTextStripper.Strip(html, unreadAttributes: true);
            afterAttributes += withoutAttributes.Length;
            Assert.That(Dump(withoutAttributes, innerTextOf: ["h1", "p", "title"], readAttributesOnly: true),
                Is.EqualTo(Dump(html, innerTextOf: ["h1", "p", "title"], readAttributesOnly: true)), file);
        }

        Assert.That(after, Is.LessThan(before * 0.75), "script, style and comment bodies are about half of these pages");
        Assert.That(afterAttributes, Is.LessThan(after * 0.9), "unread attributes are about a fifth of what is left");
    }

    /// <summary>
    /// The parsed tree as text: every node's depth, type and name, every attribute with its quote, every text node
    /// (but those of scripts and styles), and the inner text of elements (all of them, or those named); comment text is left out.
    /// With <paramref name="readAttributesOnly"/>, only the attributes the HTML stage reads (<see cref="RawTextStripper.IsReadAttribute"/>).
    /// </summary>
    private static string Dump(string html, string[]? innerTextOf = null, bool readAttributesOnly = false)
    {
        var document = new HtmlDocument { OptionCheckSyntax = false, OptionReadEncoding = false };
        document.LoadHtml(html);
        var dump = new StringBuilder();
        var stack = new Stack<(HtmlNode Node, int Depth)>();
        stack.Push((document.DocumentNode, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            dump.Append(depth).Append(' ').Append(node.NodeType).Append(' ').Append(node.Name);
            if (node.NodeType == HtmlNodeType.Text && node.ParentNode?.Name is not ("script" or "style"))
            {
                dump.Append(" [").Append(((HtmlTextNode)node).Text).Append(']');
            }

            foreach (var attribute in node.Attributes)
            {
                if (readAttributesOnly && !RawTextStripper.IsReadAttribute(RawTextStripper.Kind(node.Name), attribute.Name))
                {
                    continue;
                }

                dump.Append(' ').Append(attribute.Name).Append('=').Append(attribute.Value).Append(' ').Append(attribute.QuoteType);
            }

            // A head's inner text shows its scripts (the parser's rule): the extractor never asks for it, and the
            // stripper keeps a head that the metadata reader could ask.
            if (node.NodeType == HtmlNodeType.Element && node.Name is not ("head" or "script" or "style")
                && (innerTextOf is null || innerTextOf.Contains(node.Name)))
            {
                dump.Append(" text=[").Append(node.InnerText).Append(']');
            }

            dump.Append('\n');
            for (var c = node.ChildNodes.Count - 1; c >= 0; c--)
            {
                stack.Push((node.ChildNodes[c], depth + 1));
            }
        }

        return dump.ToString();
    }
}
