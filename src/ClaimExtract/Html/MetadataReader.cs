using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace ClaimExtract.Html;

/// <summary>
/// Reads title, authors, publication date, publisher, canonical URL and language from, in order of
/// trust: schema.org JSON-LD (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>..., also in
/// <c>@graph</c>), OpenGraph and <c>article:*</c> meta, Dublin Core, other meta names,
/// <c>&lt;link rel=canonical&gt;</c>, <c>&lt;time datetime&gt;</c>, bylines in the DOM, <c>&lt;title&gt;</c>
/// and <c>&lt;html lang&gt;</c>.
/// </summary>
internal static partial class MetadataReader
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting"];

    /// <summary>Whether a microdata <c>itemtype</c> (one or more schema.org URLs) names one of the article types JSON-LD is read for.</summary>
    internal static bool IsArticleItemType(string itemtype)
    {
        foreach (var url in itemtype.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = url.LastIndexOf('/');
            if (slash > 0 && url.AsSpan(0, slash).EndsWith("schema.org", StringComparison.OrdinalIgnoreCase)
                && ArticleTypes.Contains(url[(slash + 1)..], StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page's metadata as an article without text yet, and the publisher's own <c>articleBody</c> when the JSON-LD has one.</summary>
    public static (ExtractedArticle Metadata, string? ArticleBody) Read(HtmlDocument document, string? pageUrl)
    {
        var page = PageNodes.Collect(document.DocumentNode);
        var meta = MetaTags(page.Metas);
        var ld = JsonLd(page.JsonLdScripts);

        var canonical = page.Canonical?.GetAttributeValue("href", null);
        var url = Absolute(Clean(canonical) ?? Get(meta, "og:url") ?? Clean(ld?.Url), pageUrl) ?? pageUrl;

        var siteName = Clean(ld?.Publisher) ?? Get(meta, "og:site_name") ?? Get(meta, "application-name") ?? Get(meta, "dc.publisher") ?? Get(meta, "dcterms.publisher");
        var pageTitle = Clean(TextOf(page.Title));
        var host = HostOf(url);
        string? logo = null;
        var title = Clean(ld?.Headline) ?? Get(meta, "og:title") ?? Get(meta, "twitter:title") ?? Get(meta, "dc.title") ?? Get(meta, "dcterms.title") ?? Get(meta, "title")
                    ?? HeadlineHeading(Clean(TextOf(page.H1)), pageTitle, siteName, host, out logo);
        title = StripSiteSuffix(title ?? pageTitle, siteName ?? logo, host);

        var authors = ld?.Authors is { Count: > 0 } a ? a : AuthorsFromMeta(meta) is { Count: > 0 } m ? m : BylineAuthors(page.Byline);
        var ogSiteName = Get(meta, "og:site_name");
        authors.RemoveAll(author => NamesTheSite(author, siteName, host) || NamesTheSite(author, ogSiteName, null));
        var published = NormaliseDate(ld?.DatePublished)
                        ?? NormaliseDate(Get(meta, "article:published_time") ?? Get(meta, "og:published_time") ?? Get(meta, "datepublished")
                                         ?? Get(meta, "dc.date.issued") ?? Get(meta, "dc.date") ?? Get(meta, "dcterms.issued") ?? Get(meta, "dcterms.created") ?? Get(meta, "dcterms.date") ?? Get(meta, "date")
                                         ?? Get(meta, "pubdate") ?? Get(meta, "publish-date") ?? Get(meta, "publishdate") ?? Get(meta, "sailthru.date")
                                         ?? Get(meta, "parsely-pub-date") ?? Get(meta, "article.published") ?? Get(meta, "cxenseparse:recs:publishtime"))
                        ?? NormaliseDate(page.Time?.GetAttributeValue("datetime", null))
                        ?? NormaliseDate(UrlDate(pageUrl ?? Get(meta, "og:url") ?? ""));
        var language = LanguageTag(Clean(page.Html?.GetAttributeValue("lang", null)) ?? Clean(page.Html?.GetAttributeValue("xml:lang", null))
                                   ?? Clean(ld?.Language) ?? Get(meta, "content-language") ?? Get(meta, "dc.language") ?? Get(meta, "dcterms.language") ?? Get(meta, "og:locale"));

        return (new ExtractedArticle("", title, authors, published, siteName, url, language, []), ld?.ArticleBody);
    }

    /// <summary>
    /// Removes " | Site", " - Site", " — Site" and the like from a title when the tail is the site's name,
    /// spells the page's host name (" - Coastal Times" on www.coastaltimes.com), or reads like a site name.
    /// </summary>
    internal static string? StripSiteSuffix(string? title, string? siteName, string? host = null)
    {
        // Real titles end in a section and a site at most ("Headline | Politics | Site"); a bound on the rounds
        // keeps a hostile title of 200,000 " | a" (which once took minutes, by recursion) linear.
        for (var round = 0; round < 4 && title is not null; round++)
        {
            var stripped = StripOneSiteSuffix(title, siteName, host);
            if (stripped is null)
            {
                break;
            }

            title = stripped;
        }

        return title;
    }

    /// <summary>The title without its last separator and what follows when that names the site; null when it does not.</summary>
    private static string? StripOneSiteSuffix(string title, string? siteName, string? host)
    {
        foreach (var separator in new[] { " | ", " - ", " — ", " – ", " :: ", " · ", " » " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            var head = title[..at].Trim();
            var tail = title[(at + separator.Length)..].Trim();
            var tailIsSite = siteName is not null && (tail.Equals(siteName, StringComparison.OrdinalIgnoreCase)
                                                      || tail.Contains(siteName, StringComparison.OrdinalIgnoreCase)
                                                      || siteName.Contains(tail, StringComparison.OrdinalIgnoreCase));
            var tailLooksLikeSite = tail.Split(' ').Length <= 4 && head.Split(' ').Length >= 4
                                    && (separator is " | " or " :: " or " · " or " » " || SpellsHost(tail, host));
            if (tailIsSite || tailLooksLikeSite)
            {
                return head;
            }
        }

        return null;
    }

    /// <summary>
    /// The first <c>&lt;h1&gt;</c> as the headline, unless it shares no word with the page's <c>&lt;title&gt;</c> (its site
    /// suffix removed) or is that suffix: then it is the site's logo or a section name, which themes put in the first
    /// <c>&lt;h1&gt;</c>, and the title is the headline; <paramref name="logo"/> is then the heading, a name for the site.
    /// </summary>
    private static string? HeadlineHeading(string? h1, string? pageTitle, string? siteName, string? host, out string? logo)
    {
        logo = null;
        if (h1 is null || pageTitle is null)
        {
            return h1;
        }

        foreach (var separator in new[] { " | ", " - ", " — ", " – " })
        {
            var at = pageTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && LettersOf(pageTitle[(at + separator.Length)..]) == LettersOf(h1))
            {
                logo = h1;
                return null;   // "Headline - Harbour Herald" and <h1>Harbour Herald</h1>
            }
        }

        var head = StripSiteSuffix(pageTitle, siteName, host) ?? pageTitle;
        var titleWords = head.Split(' ').Select(LettersOf).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (h1.Split(' ').Select(LettersOf).Any(titleWords.Contains))
        {
            return h1;
        }

        logo = h1;
        return null;
    }

    /// <summary>"Coastal Times" spells coastaltimes.com, "BBC News" holds bbc.co.uk's name: letters and digits compared without case.</summary>
    private static bool SpellsHost(string tail, string? host)
    {
        if (host is null)
        {
            return false;
        }

        var key = LettersOf(tail);
        return key.Length >= 3 && host.Split('.').Any(label =>
            label.Length >= 3 && label is not ("www" or "com" or "net" or "org" or "gov" or "edu") && (label == key || label.Contains(key, StringComparison.Ordinal) || key.Contains(label, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Whether an author is the site itself ("CBS News" on cbsnews.com, "Sky" for Sky News, the publisher as a JSON-LD
    /// Organization author): its letters are the site name's, a word of it, or a label of the host.
    /// </summary>
    internal static bool NamesTheSite(string author, string? siteName, string? host)
    {
        var key = LettersOf(author);
        if (key.Length < 2)
        {
            return false;
        }

        if (siteName is not null && (key == LettersOf(siteName)
                                     || !author.Contains(' ', StringComparison.Ordinal) && key.Length >= 3 && siteName.Split(' ').Any(word => LettersOf(word) == key)
                                     || StartsWithWords(author, siteName)))
        {
            return true;
        }

        // An outlet named by its domain: "Cleveland.com", "NJ Advance Media for NJ.com".
        if (author.Split(' ').Any(word => DomainRegex().IsMatch(word)))
        {
            return true;
        }

        if (host is null)
        {
            return false;
        }

        var labels = host.Split('.').Where(label => label is not "www").ToArray();
        return labels.Any(label => label.Length >= 3 && label == key) || string.Concat(labels) == key;
    }

    /// <summary>Whether an author of two or three words opens with the whole site name: "CNN Business" for CNN, "India Post News Weekly" for India Post.</summary>
    private static bool StartsWithWords(string author, string siteName)
    {
        var words = author.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var site = siteName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > site.Length && words.Length <= site.Length + 2
               && site.Select(LettersOf).SequenceEqual(words.Take(site.Length).Select(LettersOf), StringComparer.Ordinal);
    }

    private static string LettersOf(string text)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }

        return letters.ToString();
    }

    private static string? HostOf(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : null;

    /// <summary>A BCP 47 tag from a lang attribute or locale: "en_US" → "en-US"; anything that is not a tag → null.</summary>
    private static string? LanguageTag(string? value)
    {
        value = value?.Split(',')[0].Trim().Replace('_', '-');
        return value is not null && LanguageTagRegex().IsMatch(value) ? value : null;
    }

    /// <summary>An ISO 8601 form of a date: with its offset when it has a time and one, else the date or the local date-time as written.</summary>
    internal static string? NormaliseDate(string? value)
    {
        value = Clean(value);
        if (value is null)
        {
            return null;
        }

        if (IsoDate(value) is { } iso)
        {
            return iso;
        }

        if (DateOnlyRegex().IsMatch(value) && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (DottedDateRegex().Match(value) is { Success: true } dotted)
        {
            // "19.11.2019", "5.3.2024 08:30": dots between the numbers are the day-first convention (German, Russian, Polish, Czech ...),
            // which the invariant parser would read month first or not at all.
            var date = $"{dotted.Groups["year"].Value}-{int.Parse(dotted.Groups["month"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(dotted.Groups["day"].Value, CultureInfo.InvariantCulture):00}";
            return dotted.Groups["time"].Success ? NormaliseDate($"{date} {dotted.Groups["time"].Value}{dotted.Groups["rest"].Value}") : NormaliseDate(date);
        }

        if (ZoneAbbreviation(value) is { } zone)
        {
            // "November 19, 2019, 07:47 PM EST", "19 Nov 2019 07:09 GMT", "Tue Nov 19 2019 05:44:06 GMT+0100": the parser
            // knows none of these names (and takes "GMT" alone as local time), so the zone becomes an offset it reads.
            var rest = value[..zone.Start].TrimEnd(' ', ',');
            return NormaliseDate(rest.Length > 0 && !EndsWithOffset(rest) ? $"{rest} {zone.Offset}" : null);
        }

        var hasOffset = EndsWithOffset(value);
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, hasOffset ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal, out var moment))
        {
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

        return null;
    }

    /// <summary>
    /// The common ISO 8601 forms read without the culture-aware parser, whose first call costs each process about
    /// 9 ms (culture and calendar data): <c>yyyy-MM-dd</c>, and <c>yyyy-MM-ddTHH:mm:ss</c> (or a space for the T) with
    /// up to seven fraction digits and an optional <c>Z</c> or <c>±hh:mm</c>, ASCII digits only, years 1000–9998.
    /// Gives what <see cref="NormaliseDate"/>'s general path gives for these, or null for anything else (which takes
    /// the general path).
    /// </summary>
    private static string? IsoDate(string value)
    {
        if (value.Length < 10 || !Digits(value, 0, 4) || value[4] != '-' || !Digits(value, 5, 2) || value[7] != '-' || !Digits(value, 8, 2))
        {
            return null;
        }

        int year = Number(value, 0, 4), month = Number(value, 5, 2), day = Number(value, 8, 2);
        if (year is < 1000 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        if (value.Length == 10)
        {
            return value;
        }

        if (value.Length < 19 || value[10] is not ('T' or ' ') || !Digits(value, 11, 2) || value[13] != ':' || !Digits(value, 14, 2) || value[16] != ':' || !Digits(value, 17, 2)
            || Number(value, 11, 2) > 23 || Number(value, 14, 2) > 59 || Number(value, 17, 2) > 59)
        {
            return null;
        }

        var i = 19;
        if (i < value.Length && value[i] == '.')
        {
            var digits = 0;
            while (i + 1 + digits < value.Length && value[i + 1 + digits] is >= '0' and <= '9')
            {
                digits++;
            }

            if (digits is 0 or > 7)
            {
                return null;   // more than seven digits round to the tick, which can carry into the seconds
            }

            i += 1 + digits;
        }

        var time = string.Concat(value.AsSpan(0, 10), "T", value.AsSpan(11, 8));
        if (i == value.Length)
        {
            return time;
        }

        if (i + 1 == value.Length && value[i] is 'Z' or 'z')
        {
            return time + "Z";
        }

        if (i + 6 == value.Length && value[i] is '+' or '-' && Digits(value, i + 1, 2) && value[i + 3] == ':' && Digits(value, i + 4, 2)
            && Number(value, i + 1, 2) <= 13 && Number(value, i + 4, 2) <= 59)
        {
            // An offset of zero is written "+00:00" whatever its sign, as the general path writes it.
            var zero = Number(value, i + 1, 2) == 0 && Number(value, i + 4, 2) == 0;
            return time + (zero ? "+" : value[i].ToString()) + value[(i + 1)..];
        }

        return null;
    }

    private static bool Digits(string value, int start, int count)
    {
        if (start + count > value.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (value[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string value, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++)
        {
            n = n * 10 + value[i] - '0';
        }

        return n;
    }

    /// <summary>The zones news pages name by abbreviation, and their offsets. IST (India, Ireland, Israel) and the like are left out: ambiguous.</summary>
    private static readonly Dictionary<string, string> ZoneOffsets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = "Z", ["UTC"] = "Z", ["UT"] = "Z",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00", ["MST"] = "-07:00", ["MDT"] = "-06:00",
        ["PST"] = "-08:00", ["PDT"] = "-07:00", ["AKST"] = "-09:00", ["AKDT"] = "-08:00", ["HST"] = "-10:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00", ["EET"] = "+02:00", ["EEST"] = "+03:00", ["MSK"] = "+03:00",
        ["JST"] = "+09:00", ["KST"] = "+09:00", ["AEST"] = "+10:00", ["AEDT"] = "+11:00",
    };

    /// <summary>A zone abbreviation that ends a date (" EST", " GMT", " GMT+0100"): where it starts and the offset it stands for; null when there is none.</summary>
    private static (int Start, string Offset)? ZoneAbbreviation(string value)
    {
        var match = ZoneAbbreviationRegex().Match(value);
        if (!match.Success || !ZoneOffsets.TryGetValue(match.Groups["zone"].Value, out var offset))
        {
            return null;
        }

        // "GMT+0100" is the offset that follows it, not GMT's.
        return (match.Index, match.Groups["offset"].Success ? match.Groups["offset"].Value : offset);
    }

    /// <summary>Whether a date ends with a time zone: <c>(Z|z|[+-]\d{2}:?\d{2})$</c>.</summary>
    private static bool EndsWithOffset(string value)
    {
        var end = value.EndsWith('\n') ? value.Length - 1 : value.Length;   // $ also matches before a final newline
        if (end == 0)
        {
            return false;
        }

        if (value[end - 1] is 'Z' or 'z')
        {
            return true;
        }

        // [+-]\d\d\d\d or [+-]\d\d:\d\d before the end (\d is any decimal digit, as char.IsDigit).
        return end >= 5 && char.IsDigit(value[end - 1]) && char.IsDigit(value[end - 2])
               && (value[end - 3] == ':' ? end >= 6 && char.IsDigit(value[end - 4]) && char.IsDigit(value[end - 5]) && value[end - 6] is '+' or '-'
                                         : char.IsDigit(value[end - 3]) && char.IsDigit(value[end - 4]) && value[end - 5] is '+' or '-');
    }

    /// <summary>The date in a URL path, <c>/((?:19|20)\d{2})/(\d{2})/(\d{2})/</c> (first match), as "yyyy-mm-dd", or null.</summary>
    private static string? UrlDate(string url)
    {
        for (var i = url.IndexOf('/', StringComparison.Ordinal); i >= 0 && i + 11 < url.Length; i = url.IndexOf('/', i + 1))
        {
            if ((url[i + 1] == '1' && url[i + 2] == '9' || url[i + 1] == '2' && url[i + 2] == '0') && char.IsDigit(url[i + 3]) && char.IsDigit(url[i + 4])
                && url[i + 5] == '/' && char.IsDigit(url[i + 6]) && char.IsDigit(url[i + 7]) && url[i + 8] == '/' && char.IsDigit(url[i + 9]) && char.IsDigit(url[i + 10])
                && url[i + 11] == '/')
            {
                return $"{url.AsSpan(i + 1, 4)}-{url.AsSpan(i + 6, 2)}-{url.AsSpan(i + 9, 2)}";
            }
        }

        return null;
    }

    private sealed record LinkedData(string? Headline, List<string> Authors, string? DatePublished, string? Publisher, string? Url, string? Language, string? ArticleBody);

    private static LinkedData? JsonLd(List<HtmlNode> scripts)
    {
        if (scripts.Count == 0)
        {
            return null;
        }

        var objects = new JsonElements();
        var documents = new List<JsonDocument>();
        try
        {
            foreach (var script in scripts)
            {
                // Script content is raw text: parsed as written, its strings decoded one by one (see Text);
                // a script whose JSON itself is entity-escaped ("{&quot;@type&quot;: ...}") is decoded first.
                var raw = script.InnerHtml.Trim();
                if ((ParseJson(raw) ?? (raw.Contains('&', StringComparison.Ordinal) ? ParseJson(HtmlEntity.DeEntitize(raw)) : null)
                     ?? (EscapeControlCharacters(raw) is { } escaped ? ParseJson(escaped) : null)) is { } doc)
                {
                    documents.Add(doc);
                    Flatten(doc.RootElement, objects);
                }
            }

            // Loops, not LINQ, and no List, Stack or Dictionary of JsonElement: generic code over a struct from another
            // assembly has no ReadyToRun code and is compiled anew in every process.
            var byId = new Dictionary<string, int>();   // the index in objects of the first object of each @id
            JsonElement article = default;
            for (var i = 0; i < objects.Count; i++)
            {
                var o = objects[i];
                if (o.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String)
                {
                    byId.TryAdd(id.GetString()!, i);
                }

                if (article.ValueKind == JsonValueKind.Undefined && HasType(o, ArticleTypes))
                {
                    article = o;
                }
            }

            for (var i = 0; i < objects.Count && article.ValueKind == JsonValueKind.Undefined; i++)
            {
                // No article: the page itself, as Yoast's graph ("WebPage") or a health site ("MedicalWebPage") describes it,
                // when it is dated: an undated WebPage is any page of the site.
                if (HasType(objects[i], PageTypes) && objects[i].TryGetProperty("datePublished", out _))
                {
                    article = objects[i];
                }
            }

            if (article.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var authors = new List<string>();
            if (article.TryGetProperty("author", out var author))
            {
                if (author.ValueKind == JsonValueKind.Array)
                {
                    foreach (var a in author.EnumerateArray())
                    {
                        AddAuthors(a, objects, byId, authors);
                    }
                }
                else
                {
                    AddAuthors(author, objects, byId, authors);
                }
            }

            string? publisher = null;
            if (article.TryGetProperty("publisher", out var pub))
            {
                publisher = pub.ValueKind == JsonValueKind.String ? Text(pub) : NameOf(Resolve(pub, objects, byId));
            }

            for (var i = 0; i < objects.Count; i++)
            {
                if (publisher is not null)
                {
                    break;
                }

                if (HasType(objects[i], PublisherTypes))
                {
                    publisher = NameOf(objects[i]);
                }
            }

            string? url = Str(article, "url");
            if (url is null && article.TryGetProperty("mainEntityOfPage", out var main))
            {
                url = main.ValueKind == JsonValueKind.String ? Text(main) : Str(main, "@id") ?? Str(main, "url");
            }

            return new LinkedData(Str(article, "headline") ?? Str(article, "name"), authors, Str(article, "datePublished") ?? Str(article, "dateCreated"),
                publisher, url, Str(article, "inLanguage"), Str(article, "articleBody"));
        }
        finally
        {
            foreach (var d in documents)
            {
                d.Dispose();
            }
        }
    }

    private static readonly string[] PageTypes = ["WebPage", "ItemPage", "MedicalWebPage", "AboutPage", "QAPage"];

    private static readonly string[] PublisherTypes = ["WebSite", "Organization", "NewsMediaOrganization"];

    private static void AddAuthors(JsonElement a, JsonElements objects, Dictionary<string, int> byId, List<string> authors)
    {
        var name = a.ValueKind == JsonValueKind.String ? Text(a) : NameOf(Resolve(a, objects, byId));
        foreach (var n in SplitAuthors(name))
        {
            if (!authors.Contains(n, StringComparer.OrdinalIgnoreCase))
            {
                authors.Add(n);
            }
        }
    }

    /// <summary>
    /// The JSON with the raw line breaks and tabs inside its strings escaped, or null when it has none: CMSs paste
    /// multi-line descriptions into JSON-LD as they are, which JSON forbids and search engines forgive.
    /// </summary>
    private static string? EscapeControlCharacters(string json)
    {
        System.Text.StringBuilder? fixedJson = null;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString && c == '\\' && i + 1 < json.Length)
            {
                fixedJson?.Append(c).Append(json[i + 1]);
                i++;
                continue;
            }

            if (c == '"')
            {
                inString = !inString;
            }
            else if (inString && c < ' ')
            {
                fixedJson ??= new System.Text.StringBuilder(json.Length + 16).Append(json, 0, i);
                fixedJson.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => $"\\u{(int)c:x4}" });
                continue;
            }

            fixedJson?.Append(c);
        }

        return fixedJson?.ToString();
    }

    private static JsonDocument? ParseJson(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the meta tags still count.
            return null;
        }
    }

    private static void Flatten(JsonElement element, JsonElements into)
    {
        // Iterative: JSON-LD nesting is shallow in practice, but a hostile page must not recurse deeply.
        var stack = new JsonElements();
        stack.Add(element);
        while (stack.Count > 0 && into.Count < 1000)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    stack.Add(item);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                into.Add(e);
                if (e.TryGetProperty("@graph", out var graph))
                {
                    stack.Add(graph);
                }
            }
        }
    }

    private static JsonElement Resolve(JsonElement e, JsonElements objects, Dictionary<string, int> byId) =>
        e.ValueKind == JsonValueKind.Object && !e.TryGetProperty("name", out _) && Str(e, "@id") is { } id && byId.TryGetValue(id, out var full) ? objects[full] : e;

    /// <summary>A growable array of JSON elements, used as a list and as a stack: List&lt;JsonElement&gt; and Stack&lt;JsonElement&gt;
    /// have no ReadyToRun code (a struct from another assembly) and would be compiled anew in every process.</summary>
    private sealed class JsonElements
    {
        private JsonElement[] _items = new JsonElement[8];

        public int Count { get; private set; }

        public JsonElement this[int index] => index < Count ? _items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public void Add(JsonElement element)
        {
            if (Count == _items.Length)
            {
                var larger = new JsonElement[Count * 2];
                Array.Copy(_items, larger, Count);
                _items = larger;
            }

            _items[Count++] = element;
        }

        public JsonElement Pop() => Count > 0 ? _items[--Count] : throw new InvalidOperationException("empty");
    }

    private static bool HasType(JsonElement o, string[] types)
    {
        if (!o.TryGetProperty("@type", out var t))
        {
            return false;
        }

        return t.ValueKind switch
        {
            JsonValueKind.String => types.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase),
            JsonValueKind.Array => AnyType(t, types),
            _ => false,
        };
    }

    private static bool AnyType(JsonElement array, string[] types)
    {
        foreach (var x in array.EnumerateArray())
        {
            if (x.ValueKind == JsonValueKind.String && types.Contains(x.GetString(), StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first string of an array that gives a text.</summary>
    private static string? FirstText(JsonElement array)
    {
        foreach (var x in array.EnumerateArray())
        {
            if (x.ValueKind == JsonValueKind.String && Text(x) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>A JSON-LD string, its HTML entities decoded: some sites escape the strings of their JSON-LD as HTML ("&amp;quot;").</summary>
    private static string? Text(JsonElement e) => e.GetString() is { } s ? Clean(s.Contains('&', StringComparison.Ordinal) ? HtmlEntity.DeEntitize(s) : s) : null;

    private static string? NameOf(JsonElement e) => e.ValueKind == JsonValueKind.Object ? Str(e, "name") : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.String => Text(v),
                JsonValueKind.Array => FirstText(v),
                _ => null,
            }
            : null;

    private static Dictionary<string, string> MetaTags(List<HtmlNode> nodes)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in nodes)
        {
            var key = m.GetAttributeValue("property", null) ?? m.GetAttributeValue("name", null) ?? m.GetAttributeValue("itemprop", null) ?? m.GetAttributeValue("http-equiv", null);
            var value = Clean(HtmlEntity.DeEntitize(m.GetAttributeValue("content", "")));
            if (key is not null && value is not null)
            {
                result.TryAdd(key.Trim(), value);
            }
        }

        return result;
    }

    private static List<string> AuthorsFromMeta(Dictionary<string, string> meta)
    {
        var value = meta.TryGetValue("author", out var a) ? a
            : meta.TryGetValue("article:author", out var b) && !b.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? b
            : meta.TryGetValue("dc.creator", out var c) || meta.TryGetValue("dcterms.creator", out c) ? c
            : meta.TryGetValue("parsely-author", out var d) ? d
            : meta.TryGetValue("sailthru.author", out var e) ? e : null;
        return [.. SplitAuthors(value)];
    }

    private static List<string> BylineAuthors(HtmlNode? node)
    {
        if (node is null)
        {
            return [];
        }

        var name = ItempropName(node) is { } itemprop ? itemprop.InnerText : BylineText(node);
        return [.. SplitAuthors(HtmlEntity.DeEntitize(name))];
    }

    /// <summary>
    /// A byline's text with a separator where a line break, a block or a <c>&lt;time&gt;</c> stands between its words:
    /// InnerText runs "by Jane Doe&lt;br&gt;Monday, March 4" together as "Jane DoeMonday, March 4".
    /// </summary>
    private static string BylineText(HtmlNode node)
    {
        var text = new System.Text.StringBuilder();
        foreach (var d in node.Descendants())
        {
            if (d.NodeType == HtmlNodeType.Text)
            {
                text.Append(d.InnerText);
            }
            else if (d.NodeType == HtmlNodeType.Element && d.Name is "br" or "div" or "p" or "li" or "time" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                text.Append(" | ");
            }
        }

        return text.ToString();
    }

    /// <summary>The first element below <paramref name="node"/>, in document order, with <c>itemprop="name"</c>: what the XPath
    /// <c>.//*[@itemprop='name']</c> finds, without compiling an XPath query (about 3 ms on a process's first byline).</summary>
    internal static HtmlNode? ItempropName(HtmlNode node)
    {
        foreach (var d in node.Descendants())
        {
            if (d.NodeType == HtmlNodeType.Element && d.HasAttributes)
            {
                // An index loop: foreach over the parser's attribute collection allocates an enumerator (an interface, boxed).
                var attributes = d.Attributes;
                for (var k = 0; k < attributes.Count; k++)
                {
                    var attribute = attributes[k];
                    if (attribute.Name == "itemprop" && attribute.Value == "name")
                    {
                        return d;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"By Jane Doe and John Roe" → ["Jane Doe", "John Roe"].</summary>
    internal static IEnumerable<string> SplitAuthors(string? value)
    {
        value = Clean(value);
        if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Length > 200)
        {
            yield break;
        }

        // Match and NextMatch, not Replace and Split: those are generic inside and compiled anew in every process.
        if (ByRegex().Match(value) is { Success: true } by)
        {
            value = value[(by.Index + by.Length)..];   // anchored at the start: the one match Replace would remove
        }

        var parts = new List<string>();
        var from = 0;
        for (var separator = AuthorSeparatorRegex().Match(value); separator.Success; separator = separator.NextMatch())
        {
            parts.Add(value[from..separator.Index]);
            from = separator.Index + separator.Length;
        }

        parts.Add(value[from..]);
        var named = false;
        foreach (var part in parts)
        {
            var name = Clean(part.Trim(' ', ',', ';', '|', '·'));
            if (name is null || name.Length > 80 || !HasAny(name, char.IsLetter) || WordScan.ContainsAnyWord(name, AuthorRoles)
                || NotAName(name, afterAName: named))
            {
                continue;
            }

            named = true;

            // "ROBERT BURNS" → "Robert Burns"; one word in capitals is an acronym ("PTI", "RT") and stays as written.
            yield return HasAny(name, char.IsLower) || !name.Contains(' ', StringComparison.Ordinal) ? name : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        }
    }

    /// <summary>
    /// A part of an author string that is no name: a degree ("Jane Doe, MS, RDN"), an outlet in capitals after a name
    /// ("Sandee LaMotte, CNN"), a date or time ("By Jane Doe | March 4, 2024", "Monday"), or a user name such as "admin".
    /// </summary>
    private static bool NotAName(string part, bool afterAName)
    {
        var letters = part.Replace(".", "", StringComparison.Ordinal);
        if (Credentials.Contains(letters) || NonNames.Contains(part))
        {
            return true;
        }

        if (afterAName && !part.Contains(' ', StringComparison.Ordinal) && letters.Length <= 5 && !HasAny(letters, char.IsLower))
        {
            return true;
        }

        // A user name: one word with no capital letter ("jdadmin", "kei_eno", "rmb8090"); names are written with capitals.
        if (!part.Contains(' ', StringComparison.Ordinal) && !HasAny(part, char.IsUpper) && HasAny(part, char.IsLower))
        {
            return true;
        }

        return DatePartRegex().IsMatch(part);
    }

    private static readonly HashSet<string> Credentials = new(StringComparer.OrdinalIgnoreCase)
    {
        "MS", "MSc", "MA", "MD", "RD", "RDN", "LD", "LDN", "PhD", "MPH", "RN", "MBA", "DO", "DDS", "DVM", "CPT", "CSCS", "CDE", "CDCES", "Esq", "JD", "BSc", "BA", "BS", "FACS",
    };

    private static readonly HashSet<string> NonNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "administrator", "guest", "гость", "anonymous", "webmaster", "unknown", "editorial",
    };

    private static bool HasAny(string text, Func<char, bool> test)
    {
        foreach (var c in text)
        {
            if (test(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string? TextOf(HtmlNode? node) => node is null ? null : HtmlEntity.DeEntitize(node.InnerText);

    /// <summary>
    /// The elements metadata come from, found in one walk of the DOM in document order (HtmlAgilityPack's
    /// XPath walks the whole DOM once per query, and a page needed eight of them: more time than the parse).
    /// </summary>
    private sealed class PageNodes
    {
        public List<HtmlNode> Metas { get; } = [];

        public List<HtmlNode> JsonLdScripts { get; } = [];

        public HtmlNode? Title { get; private set; }

        public HtmlNode? H1 { get; private set; }

        public HtmlNode? Canonical { get; private set; }

        public HtmlNode? Html { get; private set; }

        public HtmlNode? Time { get; private set; }

        /// <summary>The first element marked as a byline: rel/itemprop author, class "byline", "author-name" or "byline__name".</summary>
        public HtmlNode? Byline { get; private set; }

        public static PageNodes Collect(HtmlNode root)
        {
            var page = new PageNodes();
            var stack = new Stack<HtmlNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                if (node.NodeType == HtmlNodeType.Element)
                {
                    page.Visit(node);
                }
                else if (node.NodeType != HtmlNodeType.Document)
                {
                    continue;
                }

                if (!node.HasChildNodes)
                {
                    continue;   // ChildNodes would allocate an empty collection for every leaf
                }

                var children = node.ChildNodes;
                for (var c = children.Count - 1; c >= 0; c--)
                {
                    stack.Push(children[c]);
                }
            }

            return page;
        }

        private void Visit(HtmlNode node)
        {
            switch (node.Name)
            {
                case "meta":
                    Metas.Add(node);
                    break;
                case "script" when node.GetAttributeValue("type", "").Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase):
                    JsonLdScripts.Add(node);
                    break;
                case "title":
                    Title ??= node;
                    break;
                case "h1":
                    H1 ??= node;
                    break;
                case "link" when Canonical is null && node.GetAttributeValue("rel", "").Trim().Equals("canonical", StringComparison.OrdinalIgnoreCase):
                    Canonical = node;
                    break;
                case "html":
                    Html ??= node;
                    break;
                case "time" when Time is null && node.HasAttributes && node.Attributes.Contains("datetime"):
                    Time = node;
                    break;
            }

            if (Byline is null && node.HasAttributes && IsByline(node))
            {
                Byline = node;
            }
        }

        private static bool IsByline(HtmlNode node)
        {
            // One pass over the attributes: this runs for every element of the page. The name first: a value is a new
            // string the first time it is read.
            // An index loop: foreach over the parser's attribute collection allocates an enumerator (an interface, boxed).
            var attributes = node.Attributes;
            for (var k = 0; k < attributes.Count; k++)
            {
                var attribute = attributes[k];
                var name = attribute.Name;
                if (name == "rel" || name == "itemprop")
                {
                    if ((attribute.Value ?? "") == "author")
                    {
                        return true;
                    }
                }
                else if (name == "class")
                {
                    var value = attribute.Value ?? "";
                    if (value.Length >= 6
                        && (value.Contains("author-name", StringComparison.Ordinal) || value.Contains("byline__name", StringComparison.Ordinal)
                            || value.Contains("byline", StringComparison.Ordinal) && value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries).Contains("byline")))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    private static string? Get(Dictionary<string, string> meta, string key) => meta.TryGetValue(key, out var v) ? v : null;

    private static string? Absolute(string? url, string? pageUrl)
    {
        if (url is null)
        {
            return null;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.ToString();
        }

        return pageUrl is not null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && Uri.TryCreate(page, url, out var resolved) ? resolved.ToString() : null;
    }

    internal static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        // Runs of white space become one space, without a regex (this runs for every paragraph): char.IsWhiteSpace is
        // the set \s matches.
        var start = 0;
        var end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return null;
        }

        var clean = true;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(value[i]) && (value[i] != ' ' || char.IsWhiteSpace(value[i + 1])))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return start == 0 && end == value.Length ? value : value[start..end];
        }

        var builder = new System.Text.StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                builder.Append(value[i]);
            }
            else if (!char.IsWhiteSpace(value[i - 1]))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex LanguageTagRegex();

    [GeneratedRegex(@"^\s*(?:(?:analysis|opinion|commentary|review|story|text|words|written|reporting|posted|photos and text)\s+)?(?:by|von|par|por)\s+", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex ByRegex();

    [GeneratedRegex(@"\s*(?:,|;|\||\s+and\s+|\s+&\s+)\s*", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex AuthorSeparatorRegex();

    // A byline part that is a role or an outlet, not a name: "AP National Security Writer", "Staff", "Special to the Post".
    // Whole words ignoring case, as the regex \b(writer|...)\b did (WordScan says why not a regex).
    private static readonly string[] AuthorRoles =
        ["writer", "correspondent", "reporter", "editor", "staff", "contributor", "columnist", "bureau", "associated press", "reuters", "special to", "news service",
         "photographer", "updated", "published"];

    [GeneratedRegex(@"(?<=\d(?:\s*[AaPp]\.?[Mm]\.?)?)\s+(?<zone>[A-Za-z]{2,4})(?<offset>[+-]\d{2}:?\d{2})?$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ZoneAbbreviationRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex DateOnlyRegex();

    [GeneratedRegex(@"^(?<day>\d{1,2})\.\s?(?<month>\d{1,2})\.\s?(?<year>\d{4})(?:,?\s+(?:um\s+|в\s+)?(?<time>\d{1,2}:\d{2}(?::\d{2})?)(?<rest>\s*(?!Uhr\b)(?:[A-Za-z]{2,4}|[+-]\d{2}:?\d{2}))?(?:\s+Uhr)?)?$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex DottedDateRegex();

    [GeneratedRegex(@"^[A-Za-z0-9-]+\.(?:com|net|org|co\.uk|com\.au|info|news|de|fr|in)$", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex DomainRegex();

    // A month name next to a number ("March 4", "4 Mar. 2024"), a weekday, a time ("10:15"), or a numeric date ("04/03/2024").
    [GeneratedRegex(@"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}:\d{2}\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex DatePartRegex();
}
