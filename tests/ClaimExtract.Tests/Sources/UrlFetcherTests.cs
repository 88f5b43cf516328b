using System.Net;
using System.Text;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Sources;

public class UrlFetcherTests : TempFolderTest
{
    private const string Html = "<!doctype html><html><head><title>T</title></head><body><p>“Hello,” she said.</p></body></html>";

    private static readonly UrlFetcherOptions Fast = new()
    {
        Timeout = TimeSpan.FromSeconds(10),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        PerHostDelay = TimeSpan.Zero,
    };

    private static Task Page(HttpListenerContext c, string contentType = "text/html; charset=iso-8859-1") =>
        LoopbackServer.Respond(c, 200, contentType, Encoding.UTF8.GetBytes(Html));

    private static Task NoRobots(HttpListenerContext c) => LoopbackServer.Respond(c, 404, "text/plain", "none"u8.ToArray());

    [Test]
    public void Page_BecomesADocument_WithCharsetUrlAndFetchTime_AndTheRequestNamesTheTool()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt" ? NoRobots(c) : Page(c));
        using var fetcher = new UrlFetcher(Fast);
        var url = server.BaseUrl + "/news/1?x=2";

        var item = fetcher.Fetch(url);

        var document = item.Document!;
        Assert.That((document.Id, document.Source, document.Url), Is.EqualTo((url, url, url)));
        Assert.That(document.DeclaredCharset, Is.EqualTo("iso-8859-1"));
        Assert.That(((DocumentContent.HtmlBytes)document.Content).Bytes, Is.EqualTo(Encoding.UTF8.GetBytes(Html)));
        Assert.That(document.Fetched, Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        Assert.That(server.Requests.Select(r => r.UserAgent).Distinct(), Is.EqualTo(new[] { UrlFetcherOptions.DefaultUserAgent }));
        Assert.That(UrlFetcherOptions.DefaultUserAgent, Does.Match(@"^claimextract/\d+\.\d+\.\d+\S* \(\+https://github\.com/claimextract/claimextract\)$"));
    }

    [Test]
    public void Redirects_AreFollowed_AndTheFinalUrlIsKept()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/robots.txt" => NoRobots(c),
            "/a" => LoopbackServer.Respond(c, 301, null, [], ("Location", "/b")),
            "/b" => LoopbackServer.Respond(c, 302, null, [], ("Location", "/final")),
            _ => Page(c),
        });
        using var fetcher = new UrlFetcher(Fast);

        var document = fetcher.Fetch(server.BaseUrl + "/a").Document!;

        Assert.That(document.Id, Is.EqualTo(server.BaseUrl + "/a"));
        Assert.That(document.Url, Is.EqualTo(server.BaseUrl + "/final"));
    }

    [Test]
    public void RedirectLoop_StopsAtTheLimit()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt"
            ? NoRobots(c)
            : LoopbackServer.Respond(c, 302, null, [], ("Location", "/loop")));
        using var fetcher = new UrlFetcher(Fast with { MaxRedirects = 3 });

        var problem = fetcher.Fetch(server.BaseUrl + "/loop").Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9106"));
        Assert.That(server.CountOf("/loop"), Is.EqualTo(4));
    }

    [Test]
    public void NotFound_IsAnErrorWithoutRetries()
    {
        using var server = new LoopbackServer(c => LoopbackServer.Respond(c, 404, "text/html", "<p>gone</p>"u8.ToArray()));
        using var fetcher = new UrlFetcher(Fast);

        var problem = fetcher.Fetch(server.BaseUrl + "/gone").Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9102"));
        Assert.That(problem.Message, Does.Contain("404"));
        Assert.That(server.CountOf("/gone"), Is.EqualTo(1));
    }

    [Test]
    public void ServerError_ThenSuccess_IsRetried()
    {
        var calls = 0;
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/robots.txt" => NoRobots(c),
            _ => Interlocked.Increment(ref calls) == 1 ? LoopbackServer.Respond(c, 500, "text/plain", "oops"u8.ToArray()) : Page(c),
        });
        using var fetcher = new UrlFetcher(Fast);

        var item = fetcher.Fetch(server.BaseUrl + "/flaky");

        Assert.That(item.Document, Is.Not.Null, item.Problem?.Message);
        Assert.That(server.CountOf("/flaky"), Is.EqualTo(2));
    }

    [Test]
    public void TooManyRequests_WithRetryAfter_IsRetried_AndPersistentErrorsGiveUpAfterTheRetries()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/robots.txt" => NoRobots(c),
            _ => LoopbackServer.Respond(c, 429, "text/plain", "slow down"u8.ToArray(), ("Retry-After", "0")),
        });
        using var fetcher = new UrlFetcher(Fast with { MaxRetries = 2 });

        var problem = fetcher.Fetch(server.BaseUrl + "/busy").Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9102"));
        Assert.That(server.CountOf("/busy"), Is.EqualTo(3));
    }

    [TestCase(true)]
    [TestCase(false)]
    public void BodyOverTheCap_IsAbandoned(bool declareLength)
    {
        var big = Encoding.UTF8.GetBytes(Html + new string(' ', 200_000));
        using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath == "/robots.txt")
            {
                await NoRobots(c);
                return;
            }

            c.Response.ContentType = "text/html";
            c.Response.SendChunked = !declareLength;
            if (declareLength)
            {
                c.Response.ContentLength64 = big.Length;
            }

            await c.Response.OutputStream.WriteAsync(big);
            c.Response.Close();
        });
        using var fetcher = new UrlFetcher(Fast with { MaxResponseBytes = 50_000 });

        var problem = fetcher.Fetch(server.BaseUrl + "/big").Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9105"));
        Assert.That(problem.Message, Does.Contain("50000"));
    }

    [Test]
    public void SlowServer_TimesOut_OnEveryAttempt()
    {
        using var server = new LoopbackServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath == "/robots.txt")
            {
                await NoRobots(c);
                return;
            }

            await Task.Delay(3000);
            await Page(c);
        });
        using var fetcher = new UrlFetcher(Fast with { Timeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

        var problem = fetcher.Fetch(server.BaseUrl + "/slow").Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9103"));
        Assert.That(server.CountOf("/slow"), Is.EqualTo(2));
    }

    [Test]
    public void RobotsTxt_IsFetchedOncePerHost_AndObeyed()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/robots.txt" => LoopbackServer.Respond(c, 200, "text/plain", "User-agent: *\nDisallow: /private\nAllow: /private/open\n"u8.ToArray()),
            _ => Page(c),
        });
        using var fetcher = new UrlFetcher(Fast);

        var closed = fetcher.Fetch(server.BaseUrl + "/private/page");
        var open = fetcher.Fetch(server.BaseUrl + "/private/open/page");
        var other = fetcher.Fetch(server.BaseUrl + "/public");

        Assert.That(closed.Problem!.Code, Is.EqualTo("CE9107"));
        Assert.That(closed.Problem.Message, Does.Contain("/private/page"));
        Assert.That(open.Document, Is.Not.Null);
        Assert.That(other.Document, Is.Not.Null);
        Assert.That(server.CountOf("/robots.txt"), Is.EqualTo(1));
        Assert.That(server.CountOf("/private/page"), Is.Zero);
    }

    [Test]
    public void RobotsTxt_GroupForTheTool_WinsOverTheStarGroup()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/robots.txt" => LoopbackServer.Respond(c, 200, "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: ClaimExtract\nDisallow: /admin\n"u8.ToArray()),
            _ => Page(c),
        });
        using var fetcher = new UrlFetcher(Fast);

        Assert.That(fetcher.Fetch(server.BaseUrl + "/news").Document, Is.Not.Null);
        Assert.That(fetcher.Fetch(server.BaseUrl + "/admin/x").Problem!.Code, Is.EqualTo("CE9107"));
    }

    [Test]
    public void RobotsTxt_Unreachable_DisallowsTheSite_AndCanBeTurnedOff()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath switch
        {
            "/robots.txt" => LoopbackServer.Respond(c, 503, "text/plain", "down"u8.ToArray()),
            _ => Page(c),
        });
        using var polite = new UrlFetcher(Fast with { MaxRetries = 0 });
        using var rude = new UrlFetcher(Fast with { RespectRobots = false });

        var refused = polite.Fetch(server.BaseUrl + "/news");
        var fetched = rude.Fetch(server.BaseUrl + "/news");

        Assert.That(refused.Problem!.Code, Is.EqualTo("CE9107"));
        Assert.That(refused.Problem.Message, Does.Contain("503"));
        Assert.That(fetched.Document, Is.Not.Null);
        Assert.That(server.CountOf("/robots.txt"), Is.EqualTo(1));
    }

    [Test]
    public void RequestsToOneHost_AreSpacedByThePerHostDelay()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt" ? NoRobots(c) : Page(c));
        using var fetcher = new UrlFetcher(Fast with { PerHostDelay = TimeSpan.FromMilliseconds(250) });

        for (var i = 0; i < 3; i++)
        {
            Assert.That(fetcher.Fetch($"{server.BaseUrl}/p{i}").Document, Is.Not.Null);
        }

        // Four requests (robots.txt and three pages) three delays apart, as the server saw them; the margin
        // absorbs the server's own scheduling delays on a loaded machine (without the delay the span is ~10 ms).
        var times = server.Requests.Select(r => r.At).ToList();
        Assert.That(times, Has.Count.EqualTo(4));
        Assert.That(times[^1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(3 * 250 - 150)));
    }

    [TestCase("application/pdf", "CE9108")]
    [TestCase("text/plain; charset=utf-8", null)]
    [TestCase(null, null)]
    public void ContentTypes_HtmlAndTextAreTaken_OthersAreErrors(string? contentType, string? code)
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt"
            ? NoRobots(c)
            : LoopbackServer.Respond(c, 200, contentType, Encoding.UTF8.GetBytes(Html)));
        using var fetcher = new UrlFetcher(Fast);

        var item = fetcher.Fetch(server.BaseUrl + "/doc");

        Assert.That(item.Problem?.Code, Is.EqualTo(code));
        if (contentType?.StartsWith("text/plain", StringComparison.Ordinal) == true)
        {
            Assert.That(item.Document!.Content, Is.EqualTo(new DocumentContent.PlainText(Html)));
        }
    }

    [Test]
    public void NothingListening_IsAFetchError()
    {
        var port = LoopbackServer.FreePort();
        using var fetcher = new UrlFetcher(Fast with { RespectRobots = false, MaxRetries = 1 });

        var problem = fetcher.Fetch($"http://127.0.0.1:{port}/x").Problem!;

        Assert.That(problem.Code, Is.EqualTo("CE9104"));
    }

    [TestCase("ftp://example.org/file.html")]
    [TestCase("file:///etc/passwd")]
    public void OtherSchemes_AreRefusedClearly(string url)
    {
        using var fetcher = new UrlFetcher(Fast);

        var viaReader = DocumentReader.Read(url, () => throw new AssertionException("no stdin"), fetcher).Single();

        Assert.That(viaReader.Problem!.Code, Is.EqualTo("CE9101"));
        Assert.That(viaReader.Problem.Message, Does.Contain("only http and https"));
        Assert.That(viaReader.Id, Is.EqualTo(url));
    }

    [Test]
    public void ListFile_ReadsPathsAndUrlsInOrder_SkippingCommentsAndBlankLines()
    {
        using var server = new LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt" ? NoRobots(c) : Page(c));
        using var fetcher = new UrlFetcher(Fast);
        var page = WriteFile("local.html", Encoding.UTF8.GetBytes(Html));
        var list = WriteFile("inputs.txt", Encoding.UTF8.GetBytes($"# inputs\n\n{server.BaseUrl}/remote\n  {page}  \n@other.txt\n"));

        var items = DocumentReader.Read("@" + list, () => throw new AssertionException("no stdin"), fetcher).ToList();

        Assert.That(items.Select(i => i.Id), Is.EqualTo(new[] { server.BaseUrl + "/remote", page, "@other.txt" }));
        Assert.That(items.Take(2).Select(i => i.Problem), Is.All.Null);
        Assert.That(items[2].Problem!.Code, Is.EqualTo("CE9005"));
        Assert.That(items[2].Source, Is.EqualTo($"@{list}:5"));
    }

    [Test]
    public void ListFile_FetchesSeveralUrlsAtOnce_UpToTheConcurrency_AndKeepsListOrder()
    {
        // Each page is held back until three requests are in flight (or two seconds pass), so a reader
        // that fetched one URL at a time would see one in flight at most.
        const int concurrency = 3;
        var inFlight = 0;
        var most = 0;
        var gate = new object();
        async Task Slow(HttpListenerContext c)
        {
            lock (gate)
            {
                most = Math.Max(most, ++inFlight);
            }

            for (var waited = 0; waited < 2000 && Volatile.Read(ref inFlight) < concurrency; waited += 10)
            {
                await Task.Delay(10);
            }

            lock (gate)
            {
                inFlight--;
            }

            await Page(c);
        }

        var servers = Enumerable.Range(0, 4).Select(_ => new LoopbackServer(c => c.Request.Url!.AbsolutePath == "/robots.txt" ? NoRobots(c) : Slow(c))).ToList();
        try
        {
            using var fetcher = new UrlFetcher(Fast with { Concurrency = concurrency, RespectRobots = false });
            var page = WriteFile("local.html", Encoding.UTF8.GetBytes(Html));
            var urls = Enumerable.Range(0, 8).Select(i => $"{servers[i % 4].BaseUrl}/page/{i}").ToList();
            var entries = urls.Take(4).Append(page).Concat(urls.Skip(4)).ToList();
            var list = WriteFile("inputs.txt", Encoding.UTF8.GetBytes(string.Join("\n", entries)));

            var items = DocumentReader.Read("@" + list, () => throw new AssertionException("no stdin"), fetcher).ToList();

            Assert.That(items.Select(i => i.Id), Is.EqualTo(entries));
            Assert.That(items.Select(i => i.Problem), Is.All.Null);
            Assert.That(most, Is.EqualTo(concurrency));
        }
        finally
        {
            servers.ForEach(s => s.Dispose());
        }
    }

    [Test]
    public void ListFile_WithConcurrencyOne_FetchesOneUrlAtATime()
    {
        var inFlight = 0;
        var most = 0;
        async Task Counted(HttpListenerContext c)
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(20);
            Interlocked.Decrement(ref inFlight);
            await Page(c);
        }

        using var a = new LoopbackServer(Counted);
        using var b = new LoopbackServer(Counted);
        using var fetcher = new UrlFetcher(Fast with { Concurrency = 1, RespectRobots = false });
        var list = WriteFile("inputs.txt", Encoding.UTF8.GetBytes($"{a.BaseUrl}/1\n{b.BaseUrl}/2\n{a.BaseUrl}/3\n{b.BaseUrl}/4\n"));

        var items = DocumentReader.Read("@" + list, () => throw new AssertionException("no stdin"), fetcher).ToList();

        Assert.That(items.Select(i => i.Problem), Is.All.Null);
        Assert.That(most, Is.EqualTo(1));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Test]
    public void MissingListFile_IsOneError()
    {
        var item = DocumentReader.Read("@" + Path.Combine(Folder, "none.txt"), () => throw new AssertionException("no stdin")).Single();

        Assert.That(item.Problem!.Code, Is.EqualTo("CE9001"));
    }

    [Test]
    public void BadOptions_AreRejectedUpFront()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new UrlFetcher(Fast with { Timeout = TimeSpan.Zero }).Dispose());
        Assert.Throws<ArgumentOutOfRangeException>(() => new UrlFetcher(Fast with { MaxResponseBytes = 0 }).Dispose());
    }
}
