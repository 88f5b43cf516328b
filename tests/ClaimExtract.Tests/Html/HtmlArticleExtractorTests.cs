using System.Text;
using ClaimExtract.Html;

namespace ClaimExtract.Tests.Html;

/// <summary>Pages written for these tests: one pattern each.</summary>
public class HtmlArticleExtractorTests
{
    private static readonly HtmlArticleExtractor Extractor = new();

    private const string Body = """
        <p>The city council voted on Tuesday to rebuild the river wall, a project that has been delayed for a decade by lawsuits, cost overruns and two floods.</p>
        <p>“We will not wait for another flood,” said Mayor Ana Ruiz, who has made the wall the centre of her campaign. ‘It is time,’ she added.</p>
        <p>Engineers estimate the work will take three years &amp; cost about &euro;40 million, according to a report published last month.</p>
        """;

    private static string Page(string head = "", string before = "", string after = "", string body = Body) => $"""
        <!DOCTYPE html><html lang="en"><head>{head}</head><body>
        <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
        {before}
        <article><div class="story-body">{body}</div></article>
        {after}
        <footer><p>© 2024 Example Media. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Test]
    public void MainText_KeepsParagraphs_QuotationMarks_AndDecodesEntities()
    {
        var article = Extractor.Extract(Page());

        Assert.That(article.Text.Split("\n\n"), Has.Length.EqualTo(3));
        Assert.That(article.Text, Does.Contain("“We will not wait for another flood,” said Mayor Ana Ruiz"));
        Assert.That(article.Text, Does.Contain("‘It is time,’ she added."));
        Assert.That(article.Text, Does.Contain("three years & cost about €40 million"));
        Assert.That(article.Problems, Is.Empty);
    }

    [Test]
    public void Boilerplate_NavigationShareRelatedFooter_IsDropped()
    {
        var before = """<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>""";
        var after = """
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Council approves budget for next year</a></li><li><a href="/b">River levels rise again in spring</a></li></ul></aside>
            <div id="comments">Comments are loading...</div>
            <div class="newsletter-signup"><p>Sign up for our daily newsletter and never miss a story from the city.</p></div>
            """;

        var text = Extractor.Extract(Page(before: before, after: after)).Text;

        Assert.That(text, Does.Not.Contain("Facebook").And.Not.Contain("budget").And.Not.Contain("Comments")
            .And.Not.Contain("newsletter").And.Not.Contain("Home").And.Not.Contain("rights reserved"));
    }

    [Test]
    public void ScriptsStylesAndHiddenText_AreNotText()
    {
        var body = Body + """
            <script>var x = "script text";</script><style>.a { color: red }</style>
            <p style="display:none">Hidden paragraph that a reader never sees on the page at all.</p>
            <div hidden>Also hidden from every reader of this article page.</div>
            """;

        var text = Extractor.Extract(Page(body: body)).Text;

        Assert.That(text, Does.Not.Contain("script text").And.Not.Contain("color").And.Not.Contain("Hidden").And.Not.Contain("Also hidden"));
    }

    [Test]
    public void LineBreaks_SeparateParagraphs()
    {
        var body = "<div>First line of a poem that runs long enough to count as text.<br>Second line, also long enough to be kept as its own paragraph.</div>";

        var text = Extractor.Extract(Page(body: body + Body)).Text;

        Assert.That(text, Does.StartWith("First line of a poem that runs long enough to count as text.\n\nSecond line"));
    }

    [Test]
    public void JsonLd_Graph_GivesMetadata()
    {
        var head = """
            <title>Council rebuilds river wall | Example Gazette</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"#site","name":"Example Gazette"},
              {"@type":"Organization","@id":"#org","name":"Example Gazette Ltd"},
              {"@type":"NewsArticle","headline":"Council rebuilds river wall","datePublished":"2024-03-05T08:30:00+01:00",
               "author":[{"@type":"Person","name":"Jo Lin"},{"@type":"Person","name":"Sam Ode"}],
               "publisher":{"@id":"#org"},"mainEntityOfPage":{"@id":"https://gazette.example/river-wall"},"inLanguage":"en-GB"}]}</script>
            """;

        var a = Extractor.Extract(Page(head: head));

        Assert.That((a.Title, a.Published, a.Publisher, a.Url), Is.EqualTo(("Council rebuilds river wall", "2024-03-05T08:30:00+01:00", "Example Gazette Ltd", "https://gazette.example/river-wall")));
        Assert.That(a.Authors, Is.EqualTo(new[] { "Jo Lin", "Sam Ode" }));
        Assert.That(a.Language, Is.EqualTo("en"));
    }

    [Test]
    public void MetaTags_WhenThereIsNoJsonLd()
    {
        var head = """
            <title>Council rebuilds river wall - Example Gazette</title>
            <meta property="og:site_name" content="Example Gazette">
            <meta property="og:url" content="https://gazette.example/river-wall">
            <meta property="article:published_time" content="2024-03-05T07:30:00Z">
            <meta name="author" content="By Jo Lin and Sam Ode">
            """;

        var a = Extractor.Extract(Page(head: head));

        Assert.That((a.Title, a.Published, a.Publisher, a.Url), Is.EqualTo(("Council rebuilds river wall", "2024-03-05T07:30:00Z", "Example Gazette", "https://gazette.example/river-wall")));
        Assert.That(a.Authors, Is.EqualTo(new[] { "Jo Lin", "Sam Ode" }));
    }

    [Test]
    public void BrokenJsonLd_IsIgnored()
    {
        var head = """<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script><meta property="og:title" content="Fallback title">""";

        Assert.That(Extractor.Extract(Page(head: head)).Title, Is.EqualTo("Fallback title"));
    }

    [Test]
    public void PageWithoutText_GivesNoArticleBody()
    {
        var a = Extractor.Extract("<html><body><nav><a href='/'>Home</a></nav><script>app()</script></body></html>");

        Assert.That(a.Text, Is.Empty);
        Assert.That(a.Problems.Select(p => p.Code), Is.EqualTo(new[] { "CE1001" }));
    }

    [Test]
    public void ShortPage_IsFlaggedAsMaybeNotAnArticle()
    {
        var a = Extractor.Extract("<html><body><p>Page not found. The story you are looking for has moved.</p></body></html>");

        Assert.That(a.Problems.Select(p => p.Code), Is.EqualTo(new[] { "CE1003" }));
    }

    private static string Nested(int depth)
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth).Append("Deep text that is long enough to be an article paragraph, with a comma.").Insert(html.Length, "</div>", depth);
        return html.Append("</body></html>").ToString();
    }

    [Test]
    public void DeeplyNestedPage_WithinTheBound_IsExtracted_WithoutRecursion()
    {
        Assert.That(Extractor.Extract(Nested(4_000)).Text, Does.Contain("Deep text"));
    }

    [Test]
    public void PageNestedBeyondTheBound_IsFlattened_KeepingItsText()
    {
        var a = Extractor.Extract(Nested(100_000));

        Assert.That(a.Problems.Select(p => p.Code), Does.Contain("CE1005").And.No.Member("CE1004"));
        Assert.That(a.Text, Does.Contain("Deep text"));
    }

    [Test]
    public void PageThatTheParserStillNestsBeyondItsBound_IsRefusedWithAProblem()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions(MaximumNesting: 100, FlattenDepth: 1000));

        var a = extractor.Extract(Nested(500));

        Assert.That(a.Problems.Select(p => p.Code), Is.EqualTo(new[] { "CE1004" }));
    }

    [TestCase("Council rebuilds river wall | Example Gazette", "Example Gazette", "Council rebuilds river wall")]
    [TestCase("Council rebuilds river wall - Example Gazette", "Example Gazette", "Council rebuilds river wall")]
    [TestCase("Brexit - what happens next?", null, "Brexit - what happens next?")]
    [TestCase("Council rebuilds the old river wall | News | Gazette", null, "Council rebuilds the old river wall")]
    public void TitleSuffix_IsRemoved(string title, string? site, string expected)
    {
        Assert.That(MetadataReader.StripSiteSuffix(title, site), Is.EqualTo(expected));
    }

    [TestCase("2024-03-05", "2024-03-05")]
    [TestCase("2024-03-05T08:30:00+01:00", "2024-03-05T08:30:00+01:00")]
    [TestCase("2024-03-05T08:30:00Z", "2024-03-05T08:30:00Z")]
    [TestCase("2024-03-05 08:30", "2024-03-05T08:30:00")]
    [TestCase("March 5, 2024", "2024-03-05")]
    [TestCase("not a date", null)]
    public void Dates_AreNormalisedToIso8601(string value, string? expected)
    {
        Assert.That(MetadataReader.NormaliseDate(value), Is.EqualTo(expected));
    }

    // Audit 12: dates with a time zone written as an abbreviation were dropped ("EST") or read as local time ("GMT").
    [TestCase("November 19, 2019, 07:47 PM EST", "2019-11-19T19:47:00-05:00")]
    [TestCase("2019-11-19T10:00:00 EDT", "2019-11-19T10:00:00-04:00")]
    [TestCase("Nov 19, 2019 10:05 am PST", "2019-11-19T10:05:00-08:00")]
    [TestCase("19 Nov 2019 07:09 GMT", "2019-11-19T07:09:00Z")]
    [TestCase("Tue, 19 Nov 2019 07:09:00 UTC", "2019-11-19T07:09:00Z")]
    [TestCase("Tue Nov 19 2019 05:44:06 GMT+0000", "2019-11-19T05:44:06+00:00")]
    [TestCase("Tue Nov 19 2019 05:44:06 GMT+0100", "2019-11-19T05:44:06+01:00")]
    [TestCase("19 Nov 2019 07:09 CET", "2019-11-19T07:09:00+01:00")]
    [TestCase("19 Nov 2019 07:09 XYZ", null)]
    [TestCase("19 Nov 2019 07:09", "2019-11-19T07:09:00")]
    public void Dates_WithAZoneAbbreviation_KeepTheirOffset(string value, string? expected)
    {
        Assert.That(MetadataReader.NormaliseDate(value), Is.EqualTo(expected));
    }

    // Dotted numeric dates are day first: the invariant parser read "19.11.2019" as nothing and "05.03.2024" as May 3.
    [TestCase("19.11.2019", "2019-11-19")]
    [TestCase("05.03.2024", "2024-03-05")]
    [TestCase("5.3.2024 08:30", "2024-03-05T08:30:00")]
    [TestCase("19.11.2019, 07:09 GMT", "2019-11-19T07:09:00Z")]
    [TestCase("19.11.2019 um 07:09 Uhr", "2019-11-19T07:09:00")]
    [TestCase("31.02.2024", null)]
    [TestCase("19.11.19", null)]
    public void Dates_WithDotsBetweenNumbers_AreDayFirst(string value, string? expected)
    {
        Assert.That(MetadataReader.NormaliseDate(value), Is.EqualTo(expected));
    }

    // Audit 12: credentials, outlets after a name, acronyms, lead-ins, dates and user names in author strings.
    [TestCase("Jane Doe, MS, RDN", "Jane Doe")]
    [TestCase("Jane Doe, Ph.D.", "Jane Doe")]
    [TestCase("Jane Doe, CNN", "Jane Doe")]
    [TestCase("PTI", "PTI")]
    [TestCase("JANE DOE", "Jane Doe")]
    [TestCase("JANE DOE and JOHN ROE", "Jane Doe|John Roe")]
    [TestCase("Analysis by Jane Doe", "Jane Doe")]
    [TestCase("Opinion by Jane Doe and John Roe", "Jane Doe|John Roe")]
    [TestCase("By Jane Doe | March 4, 2024", "Jane Doe")]
    [TestCase("Jane Doe | Monday", "Jane Doe")]
    [TestCase("Jane Doe | 04/03/2024 10:15", "Jane Doe")]
    [TestCase("admin", "")]
    [TestCase("Guest", "")]
    [TestCase("Jane Doe, John Roe", "Jane Doe|John Roe")]
    [TestCase("May Lee", "May Lee")]
    [TestCase("Jane March", "Jane March")]
    [TestCase("jdadmin", "")]
    [TestCase("kei_eno", "")]
    [TestCase("Editorial", "")]
    [TestCase("山田太郎", "山田太郎")]
    public void Authors_AreNamesOnly(string value, string expected)
    {
        Assert.That(string.Join("|", MetadataReader.SplitAuthors(value)), Is.EqualTo(expected));
    }

    // Audit 12: sites and outlets given as authors.
    [TestCase("CBS News", null, "www.cbsnews.com", true)]
    [TestCase("Sky", "Sky News", null, true)]
    [TestCase("CNN Business", "CNN", null, true)]
    [TestCase("India Post News Weekly", "India Post", null, true)]
    [TestCase("NJ Advance Media for NJ.com", null, null, true)]
    [TestCase("Cleveland.com", "cleveland", "www.cleveland.com", true)]
    [TestCase("Jane Doe", "The Daily Ledger", "www.dailyledger.example", false)]
    [TestCase("Jane Ledger", "The Daily Ledger", null, false)]
    [TestCase("Dr. Jane Doe", null, null, false)]
    public void Author_ThatIsTheSite_IsRecognised(string author, string? site, string? host, bool expected)
    {
        Assert.That(MetadataReader.NamesTheSite(author, site, host), Is.EqualTo(expected));
    }

    private const string Story = "A equipe do Posto de Saúde do Bairro Alto encontrou nesta manhã o furto de três das quatro bicicletas do posto. "
        + "As bicicletas ficavam presas no pátio e os cadeados foram cortados durante a noite. Foi registrado um boletim e a guarda municipal esteve no posto para ouvir os funcionários. "
        + "As visitas marcadas para o começo da semana foram adiadas. A Secretaria de Saúde espera que as visitas voltem ao normal a partir de quinta-feira.";

    [Test]
    public void TextBesideChildBlocks_IsScoredAsTheContainersOwnParagraph()
    {
        // The body is bare text in a column beside a long archive of links, after a headline and a tag line:
        // the column's parent is mostly links, and a short address in the footer must not win over the column.
        var archive = string.Concat(Enumerable.Range(1, 40).Select(i => $"""<li><a href="/n?m={i}">Notícias do mês {i} de 2018 na cidade</a></li>"""));
        var page = $"""
            <html><body><div class="container"><div class="row">
            <div class="col-3"><ul class="tree">{archive}</ul></div>
            <div class="col-9"><p class="titulo">Posto de Saúde registra furto</p>
            <small><b>05/10/2018</b> - Publicado por: Marta - Tags: <a href="/t/saude">saúde</a> <a href="/t/f">furto</a></small><br><br>
            {Story}<br><br><br>
            <div class="row"><a href="/fb">Facebook</a> <a href="/tw">Twitter</a> <a href="/wa">WhatsApp</a></div></div>
            </div></div>
            <div class="bottom"><div class="col-12">Porto Elmo - SC - Rua das Palmeiras, 250 - Centro - 89000-100 - Caixa Postal 12 - Fone: (047) 3300-1200</div></div>
            </body></html>
            """;

        var text = Extractor.Extract(page).Text;

        Assert.That(text, Does.Contain("o furto de três das quatro bicicletas").And.Not.Contain("Caixa Postal"));
    }

    [Test]
    public void ThePagesMarkedArticle_WinsOverALongerListOfOtherPosts()
    {
        var teaser = "Coragem para seguir e calma para esperar. Esperar que cada dia traga algo novo, que cada porta fechada abra outra e que o caminho fique claro, sempre.";
        var others = string.Concat(Enumerable.Range(1, 8).Select(i => $"""<article class="post postbox"><h2><a href="/p{i}">Mensagem {i}</a></h2><p>{teaser}</p></article>"""));
        var page = $"""
            <html><body><div class="content">
            <article class="post articlebox" itemscope itemtype="http://schema.org/BlogPosting"><h1>Dias de Sol</h1><p>{Story}</p></article>
            <article class="post postbox"><h3>Você pode gostar...</h3>{others}</article>
            </div></body></html>
            """;

        var text = Extractor.Extract(page).Text;

        Assert.That(text, Does.Contain("o furto de três das quatro bicicletas").And.Not.Contain("Coragem para seguir"));
    }

    [TestCase("Nov 18, 2019 at 9:24 pm ET • 2 min read")]
    [TestCase("Updated on: November 19, 2019 / 10:07 AM / CBS News")]
    [TestCase("segunda-feira, 22 de janeiro de 2018 às 0:13")]
    public void TimestampLines_AreNotBodyText(string timestamp)
    {
        var text = Extractor.Extract(Page(body: $"<p>{timestamp}</p>" + Body)).Text;

        Assert.That(text, Does.Not.Contain(timestamp).And.StartWith("The city council voted"));
    }

    [TestCase("plain text", "plain text")]
    [TestCase("  a \t\n b\u00a0\u00a0c\u2003 ", "a b c")]
    [TestCase("a\r\nb", "a b")]
    [TestCase(" \n\t\u3000", null)]
    [TestCase("", null)]
    public void Clean_CollapsesWhiteSpaceAsRegexBackslashSWould(string value, string? expected)
    {
        Assert.That(MetadataReader.Clean(value), Is.EqualTo(expected));
        Assert.That(MetadataReader.Clean(value), Is.EqualTo(expected is null ? null : System.Text.RegularExpressions.Regex.Replace(value, @"\s+", " ").Trim()));
    }

    // One name per alternative of the class/id vocabulary: the word search that runs before the regex must let each through.
    [TestCase("nav"), TestCase("top-navbar"), TestCase("site-navigation"), TestCase("menu"), TestCase("page_footer"), TestCase("sidebar"), TestCase("side-bar")]
    [TestCase("share"), TestCase("sharing-tools"), TestCase("social"), TestCase("related"), TestCase("recommendations"), TestCase("comment_list")]
    [TestCase("promo-box"), TestCase("advertisement"), TestCase("ads"), TestCase("ad"), TestCase("ad-slot"), TestCase("newsletter"), TestCase("subscribe")]
    [TestCase("subscription"), TestCase("cookiebar"), TestCase("consent"), TestCase("breadcrumbs"), TestCase("popup"), TestCase("outbrain"), TestCase("taboola")]
    [TestCase("sponsored"), TestCase("most-read"), TestCase("mostpopular"), TestCase("trending"), TestCase("pagination"), TestCase("byline"), TestCase("authorbio")]
    [TestCase("skip-link"), TestCase("print-only"), TestCase("visually-hidden"), TestCase("sr-only"), TestCase("disclaimer"), TestCase("signup"), TestCase("readmore")]
    [TestCase("more-stories"), TestCase("gallery"), TestCase("slideshow"), TestCase("carousel"), TestCase("lightbox"), TestCase("modal"), TestCase("overlay")]
    [TestCase("wp_caption"), TestCase("photo-credits"), TestCase("cta"), TestCase("widget"), TestCase("searchform"), TestCase("tags"), TestCase("tag-list")]
    [TestCase("NAV Menu"), TestCase("Side-Bar")]
    public void BoilerplateClassNames_AreRecognised(string classAndId)
    {
        Assert.That(HtmlArticleExtractor.NamesBoilerplate(classAndId), Is.True);
    }

    [TestCase("col-md-9 col-sm-12"), TestCase("entry-content"), TestCase("row"), TestCase("header"), TestCase("share-story-body")]
    public void OtherClassNames_AreNotBoilerplate(string classAndId)
    {
        Assert.That(HtmlArticleExtractor.NamesBoilerplate(classAndId), Is.False);
    }

    [Test]
    public void EmbeddedTweetInASocialWrapper_IsKept_WhileTheShareBarIsDropped()
    {
        var embed = """
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Yes this is real and the town spent nearly a third of its budget on the fence.</p>
            — Dara Quill (@daraquill) <a href="https://twitter.com/daraquill/status/1">November 18, 2019</a></blockquote></div>
            <div class="social-share"><a href="/fb">Share on Facebook</a> <a href="/tw">Tweet this story</a></div>
            """;

        var text = Extractor.Extract(Page(body: Body + embed)).Text;

        Assert.That(text, Does.Contain("the town spent nearly a third of its budget on the fence.").And.Not.Contain("Share on Facebook"));
    }

    [TestCase("http://schema.org/NewsArticle", true)]
    [TestCase("https://schema.org/BlogPosting", true)]
    [TestCase("https://schema.org/LiveBlogPosting", true)]
    [TestCase("http://schema.org/WebPage http://schema.org/Article", true)]
    [TestCase("http://schema.org/Person", false)]
    [TestCase("http://example.org/Article", false)]
    [TestCase("", false)]
    public void MicrodataArticleTypes_AreTheJsonLdArticleTypes(string itemtype, bool expected)
    {
        Assert.That(MetadataReader.IsArticleItemType(itemtype), Is.EqualTo(expected));
    }
}
