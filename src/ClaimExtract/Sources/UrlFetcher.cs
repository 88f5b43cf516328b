using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using Polly;
using Polly.Retry;

namespace ClaimExtract.Sources;

/// <summary>Settings for <see cref="UrlFetcher"/>; validated when the fetcher is built.</summary>
public sealed record UrlFetcherOptions
{
    /// <summary>The time one attempt may take, from sending the request to the last byte of the body. Default 30 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed before giving up (CE9106). Default 5.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The largest body read; a larger one is abandoned as it streams in (CE9105). Default 16 MiB.</summary>
    public long MaxResponseBytes { get; init; } = 16L << 20;

    /// <summary>Retries after a 5xx, 408 or 429 answer, a timeout or a failed connection. Default 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay; each further retry doubles it (with jitter). Default 1 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, also for a server's Retry-After. Default 60 s.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The least time between two requests to the same host (robots.txt included). Default 1 s.</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How many URLs of a list (<c>@list.txt</c>) are fetched at once, ahead of the one being read; the
    /// items still come out in list order, and each host still gets <see cref="PerHostDelay"/>. Default 8.
    /// </summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Whether robots.txt is fetched once per host and obeyed. Default true.</summary>
    public bool RespectRobots { get; init; } = true;

    /// <summary>The User-Agent header; its first word (<c>claimextract</c>) is the token robots.txt groups are matched by.</summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary><c>claimextract/&lt;version&gt; (+https://github.com/claimextract/claimextract)</c>.</summary>
    public static string DefaultUserAgent { get; } =
        $"claimextract/{Version()} (+https://github.com/claimextract/claimextract)";

    internal void Validate()
    {
        static void Check(bool ok, string name, object value, string rule)
        {
            if (!ok)
            {
                throw new ArgumentOutOfRangeException(name, value, rule);
            }
        }

        Check(Timeout > TimeSpan.Zero, nameof(Timeout), Timeout, "must be positive");
        Check(MaxRedirects >= 0, nameof(MaxRedirects), MaxRedirects, "must not be negative");
        Check(MaxResponseBytes is > 0 and <= int.MaxValue, nameof(MaxResponseBytes), MaxResponseBytes, "must be between 1 and 2^31-1");
        Check(MaxRetries >= 0, nameof(MaxRetries), MaxRetries, "must not be negative");
        Check(RetryDelay >= TimeSpan.Zero, nameof(RetryDelay), RetryDelay, "must not be negative");
        Check(MaxRetryDelay >= RetryDelay, nameof(MaxRetryDelay), MaxRetryDelay, "must not be less than RetryDelay");
        Check(PerHostDelay >= TimeSpan.Zero, nameof(PerHostDelay), PerHostDelay, "must not be negative");
        Check(Concurrency is >= 1 and <= 1024, nameof(Concurrency), Concurrency, "must be between 1 and 1024");
        Check(!string.IsNullOrWhiteSpace(UserAgent), nameof(UserAgent), UserAgent, "must not be empty");
    }

    private static string Version()
    {
        var version = typeof(UrlFetcherOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}

/// <summary>
/// Fetches web pages (<c>http</c>, <c>https</c>) as <see cref="SourceItem"/>s, politely: a User-Agent naming
/// the tool, robots.txt obeyed (fetched once per host; a 4xx robots.txt allows all, an unreachable one
/// disallows all, as RFC 9309 says), a least delay between requests to a host, a timeout per attempt, retries
/// with exponential backoff on 5xx/408/429 (Retry-After honoured), timeouts and failed connections, a redirect
/// limit, and a body size cap enforced while streaming. Every failure is a failed item with a CE91xx code;
/// nothing throws but cancellation by the caller.
/// <para>
/// One fetcher is meant to live for a whole run (it keeps the connections, the robots.txt rules and the
/// per-host clocks), and may be shared by threads. It fetches one URL at a time per call: callers that want
/// parallelism call it from several tasks, and the per-host delay still holds. <see cref="Fetch"/> blocks on
/// <see cref="FetchAsync"/>, for the synchronous <see cref="DocumentReader"/> enumeration (a console app has no
/// synchronisation context, so this cannot deadlock).
/// </para>
/// </summary>
public sealed class UrlFetcher : IDisposable
{
    private const string ProductToken = "claimextract";
    private const long RobotsMaxBytes = 500 * 1024;

    private static readonly Lazy<UrlFetcher> SharedFetcher = new(() => new UrlFetcher());

    private readonly UrlFetcherOptions _options;
    private readonly HttpClient _client;
    private readonly ResiliencePipeline<Attempt> _pipeline;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _nextRequest = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Task<(RobotsTxt? Rules, string? Unreachable)>> _robots = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="options">Settings; the defaults when null.</param>
    /// <param name="handler">The HTTP handler (tests); a <see cref="SocketsHttpHandler"/> when null.</param>
    /// <param name="timeProvider">The clock for the per-host delay; the system's when null.</param>
    public UrlFetcher(UrlFetcherOptions? options = null, HttpMessageHandler? handler = null, TimeProvider? timeProvider = null)
    {
        _options = options ?? new UrlFetcherOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _client = new HttpClient(
            handler ?? new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = _options.Timeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            },
            disposeHandler: true)
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1");

        var builder = new ResiliencePipelineBuilder<Attempt> { TimeProvider = _time };
        if (_options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryDelay,
                MaxDelay = _options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: HttpRequestException or TimeoutException or IOException } => true,
                    { Result: { } r } => (int)r.Status >= 500 || r.Status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout,
                    _ => false,
                }),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.RetryAfter is { } after ? (TimeSpan?)TimeSpan.FromTicks(Math.Clamp(after.Ticks, 0, _options.MaxRetryDelay.Ticks)) : null),
            });
        }

        _pipeline = builder.Build();
    }

    /// <summary>The settings this fetcher was built with.</summary>
    public UrlFetcherOptions Options => _options;

    /// <summary>A fetcher with the default options, shared by the process (what <see cref="DocumentReader"/> uses unless given one).</summary>
    public static UrlFetcher Shared => SharedFetcher.Value;

    /// <summary>Whether an input names a URL to fetch: <c>http://</c> or <c>https://</c>, or any other <c>scheme://</c> (which fetching refuses).</summary>
    public static bool IsUrl(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var sep = input.IndexOf("://", StringComparison.Ordinal);
        return sep > 0 && input[..sep].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    /// <summary>Fetches a page, blocking; see <see cref="FetchAsync"/>.</summary>
    public SourceItem Fetch(string url) => FetchAsync(url).GetAwaiter().GetResult();

    /// <summary>
    /// Fetches a page: HTML (by Content-Type, or sniffed when there is none) or plain text becomes a document whose
    /// id and source are <paramref name="url"/> as given, whose <see cref="InputDocument.Url"/> is the URL after
    /// redirects, with the Content-Type charset and the fetch time; anything else is a failed item.
    /// </summary>
    public async Task<SourceItem> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return SourceItem.Failed(url, url, ProblemCodes.BadUrl("not an absolute URL"));
        }

        var (response, problem) = await FollowAsync(uri, _options.MaxResponseBytes, checkRobots: true, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return SourceItem.Failed(url, url, problem);
        }

        var r = response!;
        if (r.Status is < HttpStatusCode.OK or >= HttpStatusCode.MultipleChoices)
        {
            return SourceItem.Failed(url, url, ProblemCodes.HttpStatus((int)r.Status, r.Reason));
        }

        var body = r.Body!;
        var mediaType = HttpPayload.MediaType(r.ContentType);
        var charset = HttpPayload.Charset(r.ContentType);
        DocumentContent content;
        if (HttpPayload.IsHtml(r.ContentType, body))
        {
            content = new DocumentContent.HtmlBytes(body);
        }
        else if (mediaType == "text/plain")
        {
            content = new DocumentContent.PlainText(DecodeText(body, charset));
        }
        else
        {
            return SourceItem.Failed(url, url, ProblemCodes.UnsupportedContentType(mediaType.Length > 0 ? mediaType : "none given"));
        }

        return SourceItem.Of(new InputDocument(url, url, content)
        {
            Url = r.Url.AbsoluteUri,
            DeclaredCharset = charset,
            Fetched = _time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        });
    }

    public void Dispose() => _client.Dispose();

    /// <summary>GETs a URL, following redirects (each one checked against robots.txt when asked); the final response or the problem.</summary>
    private async Task<(Attempt? Response, Problem? Problem)> FollowAsync(Uri uri, long maxBytes, bool checkRobots, CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            if (uri.Scheme is not ("http" or "https"))
            {
                return (null, ProblemCodes.BadUrl($"scheme \"{uri.Scheme}\" is not supported; only http and https are fetched"));
            }

            if (checkRobots && _options.RespectRobots)
            {
                var (rules, unreachable) = await RobotsFor(uri, cancellationToken).ConfigureAwait(false);
                if (unreachable is not null)
                {
                    return (null, ProblemCodes.RobotsDisallowed($"{uri.GetLeftPart(UriPartial.Authority)}/robots.txt could not be fetched ({unreachable}), which forbids crawling the site"));
                }

                if (!rules!.IsAllowed(uri.PathAndQuery))
                {
                    return (null, ProblemCodes.RobotsDisallowed($"{uri.GetLeftPart(UriPartial.Authority)}/robots.txt disallows {uri.PathAndQuery}"));
                }
            }

            Attempt response;
            try
            {
                response = await _pipeline.ExecuteAsync(
                    static async (state, token) => await state.Self.AttemptAsync(state.Uri, state.MaxBytes, token).ConfigureAwait(false),
                    (Self: this, Uri: uri, MaxBytes: maxBytes),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                return (null, ProblemCodes.FetchTimeout(_options.Timeout, _options.MaxRetries));
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Connection, TLS and transfer failures (HttpRequestException, IOException), and anything odd a
                // server can provoke: a failed item, never an exception out of the batch.
                return (null, ProblemCodes.FetchFailed(Describe(e)));
            }

            if (response.TooLarge)
            {
                return (null, ProblemCodes.ResponseTooLarge(maxBytes));
            }

            if (response.Location is null)
            {
                return (response, null);
            }

            if (redirects >= _options.MaxRedirects)
            {
                return (null, ProblemCodes.TooManyRedirects(_options.MaxRedirects));
            }

            uri = response.Location;
        }
    }

    /// <summary>
    /// One GET: waits its turn for the host, then, within the timeout, reads the head, and for a 2xx the body up
    /// to the cap. A timeout is a <see cref="TimeoutException"/>, so the retry strategy tells it from cancellation.
    /// </summary>
    private async ValueTask<Attempt> AttemptAsync(Uri uri, long maxBytes, CancellationToken cancellationToken)
    {
        await WaitForHost(uri, cancellationToken).ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await SendAsync(uri, maxBytes, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"no complete answer from {uri.Authority} within {_options.Timeout.TotalSeconds:0.###} s"));
        }
    }

    private async Task<Attempt> SendAsync(Uri uri, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        var retryAfter = response.Headers.RetryAfter is { } ra
            ? ra.Delta ?? (ra.Date is { } date ? date - _time.GetUtcNow() : null)
            : null;
        var contentType = response.Content.Headers.ContentType?.ToString();
        if ((int)status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
        {
            return new Attempt(status, response.ReasonPhrase, uri, contentType, new Uri(uri, location), retryAfter, null, false);
        }

        if ((int)status is < 200 or > 299)
        {
            return new Attempt(status, response.ReasonPhrase, uri, contentType, null, retryAfter, null, false);
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return new Attempt(status, response.ReasonPhrase, uri, contentType, null, null, null, true);
        }

        using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return new Attempt(status, response.ReasonPhrase, uri, contentType, null, null, null, true);
            }

            buffer.Write(chunk, 0, n);
        }

        return new Attempt(status, response.ReasonPhrase, uri, contentType, null, null, buffer.ToArray(), false);
    }

    /// <summary>Waits until the host may be asked again, and books the next slot (so concurrent callers queue).</summary>
    private async Task WaitForHost(Uri uri, CancellationToken cancellationToken)
    {
        if (_options.PerHostDelay <= TimeSpan.Zero)
        {
            return;
        }

        DateTimeOffset start;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            start = _nextRequest.TryGetValue(uri.Authority, out var next) && next > now ? next : now;
            _nextRequest[uri.Authority] = start + _options.PerHostDelay;
        }

        var wait = start - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<(RobotsTxt? Rules, string? Unreachable)> RobotsFor(Uri uri, CancellationToken cancellationToken)
    {
        var key = uri.GetLeftPart(UriPartial.Authority);
        lock (_lock)
        {
            if (!_robots.TryGetValue(key, out var task) || task.IsCanceled)
            {
                task = LoadRobots(new Uri(key + "/robots.txt"), cancellationToken);
                _robots[key] = task;
            }

            return task;
        }
    }

    private async Task<(RobotsTxt? Rules, string? Unreachable)> LoadRobots(Uri robotsUri, CancellationToken cancellationToken)
    {
        var (response, problem) = await FollowAsync(robotsUri, RobotsMaxBytes, checkRobots: false, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            // A robots.txt larger than the cap is read as far as the cap by RFC 9309; here it allows all rather than half-parse.
            return problem.Code == ProblemCodes.ResponseTooLarge(0).Code ? (RobotsTxt.AllowAll, null) : (null, problem.Message);
        }

        var status = (int)response!.Status;
        return status switch
        {
            >= 200 and <= 299 => (RobotsTxt.Parse(DecodeText(response.Body!, null), ProductToken), null),
            >= 400 and <= 499 => (RobotsTxt.AllowAll, null),
            _ => (null, $"HTTP {status}"),
        };
    }

    private static string DecodeText(byte[] body, string? charset)
    {
        if (charset is not null)
        {
            try
            {
                return Encoding.GetEncoding(charset).GetString(body);
            }
            catch (ArgumentException)
            {
                // An unknown charset name: fall back to detection.
            }
        }

        return TextDecoding.Decode(body);
    }

    private static string Describe(Exception e)
    {
        var inner = e.InnerException is { } i && i.Message != e.Message ? $" ({i.Message})" : "";
        return e.Message + inner;
    }

    /// <summary>The outcome of one GET.</summary>
    private sealed record Attempt(HttpStatusCode Status, string? Reason, Uri Url, string? ContentType, Uri? Location, TimeSpan? RetryAfter, byte[]? Body, bool TooLarge);
}
