using System.Text;

namespace ClaimExtract.Html;

/// <summary>
/// Flattens elements nested deeper than a bound before the page is parsed, keeping their text: a start
/// tag that would open an element below the bound is removed, and so is the end tag that closes it.
/// HtmlAgilityPack's parser slows quadratically with depth and its <c>InnerText</c> and <c>WriteTo</c> recurse
/// over the tree, so a page nested 100,000 deep would take minutes or overflow the stack; real pages nest a
/// few dozen levels and are returned unchanged (the same string instance).
/// One pass over the text with a stack no deeper than the bound: linear time.
/// </summary>
/// <remarks>
/// The depth is counted as the parser nests, approximately: void elements (<c>br</c>, <c>img</c>) and
/// self-closed tags open nothing; a <c>p</c>, <c>li</c>, <c>option</c>, <c>a</c>, <c>dd</c>/<c>dt</c> or
/// <c>td</c>/<c>th</c> closes an open sibling of its kind; an end tag closes up to its element when it is
/// open; script, style, textarea and title hold raw text; comments and declarations are skipped.
/// </remarks>
internal static class NestingLimiter
{
    /// <summary>Elements without an end tag (a pattern, not a set: nothing to build at start-up).</summary>
    private static bool IsVoidElement(string name) =>
        name is "area" or "base" or "basefont" or "bgsound" or "br" or "col" or "embed" or "frame" or "hr" or "img" or "input" or "isindex" or
            "keygen" or "link" or "meta" or "param" or "source" or "spacer" or "track" or "wbr";

    /// <summary>Elements whose content is raw text.</summary>
    private static bool IsRawTextElement(string name) =>
        name is "script" or "style" or "textarea" or "title";

    /// <summary>Inline elements vanish without a trace; any other removed tag leaves a space so that words stay apart.</summary>
    private static bool IsInlineElement(string name) =>
        name is "a" or "abbr" or "b" or "bdi" or "bdo" or "cite" or "code" or "data" or "dfn" or "em" or "font" or "i" or "kbd" or "mark" or "q" or
            "s" or "samp" or "small" or "span" or "strong" or "sub" or "sup" or "time" or "u" or "var";

    /// <summary>The HTML with elements below <paramref name="maxDepth"/> flattened, and how many start tags were removed.</summary>
    public static (string Html, int Removed) Limit(string html, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        var open = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        StringBuilder? output = null;
        var copied = 0;       // html[..copied] is already in output
        var removed = 0;
        var excess = 0;       // removed start tags whose end tag has not come yet
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipDeclaration(html, lt);
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? lt + 2 : lt + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;   // a "<" in text
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }

            var tagEnd = TagEnd(html, nameEnd, out var selfClosed);
            var span = html.AsSpan(nameStart, nameEnd - nameStart);
            var name = CommonName(span) ?? Name(names, span);
            var drop = false;
            if (closing)
            {
                if (excess > 0)
                {
                    excess--;
                    drop = true;
                }
                else
                {
                    var at = open.LastIndexOf(name);
                    if (at >= 0)
                    {
                        open.RemoveRange(at, open.Count - at);
                    }
                }
            }
            else if (!selfClosed && !IsVoidElement(name))
            {
                if (open.Count > 0 && ClosesSibling(open[^1], name))
                {
                    open.RemoveAt(open.Count - 1);
                }

                if (open.Count >= maxDepth)
                {
                    drop = true;
                    excess++;
                    removed++;
                }
                else
                {
                    open.Add(name);
                }
            }

            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copied, lt - copied);
                if (!IsInlineElement(name))
                {
                    output.Append(' ');
                }

                copied = tagEnd;
            }

            i = tagEnd;
            if (!closing && !drop && IsRawTextElement(name))
            {
                // The element's text runs to its end tag, which closes it.
                var end = RawTextEnd(html, tagEnd, name);
                i = end < 0 ? html.Length : end;
            }
        }

        if (output is null)
        {
            return (html, 0);
        }

        output.Append(html, copied, html.Length - copied);
        return (output.ToString(), removed);
    }

    /// <summary>
    /// The names most tags of a page have, spelled in lower case, as literals: no hashing. The switch compares exactly, so
    /// any other spelling ("DIV") takes the dictionary, which gives the same lower-case name.
    /// </summary>
    private static string? CommonName(ReadOnlySpan<char> name) => name switch
    {
        "a" => "a",
        "p" => "p",
        "b" => "b",
        "i" => "i",
        "li" => "li",
        "ul" => "ul",
        "td" => "td",
        "tr" => "tr",
        "br" => "br",
        "em" => "em",
        "h2" => "h2",
        "h3" => "h3",
        "div" => "div",
        "img" => "img",
        "svg" => "svg",
        "nav" => "nav",
        "span" => "span",
        "meta" => "meta",
        "link" => "link",
        "path" => "path",
        "time" => "time",
        "form" => "form",
        "input" => "input",
        "label" => "label",
        "style" => "style",
        "button" => "button",
        "script" => "script",
        "strong" => "strong",
        "option" => "option",
        "source" => "source",
        "article" => "article",
        "section" => "section",
        "picture" => "picture",
        "noscript" => "noscript",
        _ => null,
    };

    /// <summary>
    /// Where the raw text of element <paramref name="name"/> (lower case) that starts at <paramref name="from"/> ends: the first
    /// "&lt;/" followed by the name, ignoring case; -1 when there is none.
    /// </summary>
    private static int RawTextEnd(string html, int from, string name)
    {
        for (var at = html.IndexOf("</", from, StringComparison.Ordinal); at >= 0; at = html.IndexOf("</", at + 1, StringComparison.Ordinal))
        {
            if (html.AsSpan(at + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The lower-case tag name, allocated once per distinct name of the page (a page has thousands of tags and a few dozen names).</summary>
    private static string Name(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> names, ReadOnlySpan<char> name)
    {
        if (!names.TryGetValue(name, out var lower))
        {
            lower = name.ToString().ToLowerInvariant();
            names[name] = lower;
        }

        return lower;
    }

    private static bool ClosesSibling(string open, string name) => open == name && name is "p" or "li" or "option" or "a"
        || open is "dd" or "dt" && name is "dd" or "dt"
        || open is "td" or "th" && name is "td" or "th";

    /// <summary>One past the <c>&gt;</c> that ends the tag, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from, out bool selfClosed)
    {
        selfClosed = false;
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            // Vectorised jumps: inside a quote only its closing quote counts; outside, a quote or ">".
            var skip = quote != '\0' ? html.AsSpan(i).IndexOf(quote) : html.AsSpan(i).IndexOfAny('"', '\'', '>');
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = html[i];
            if (quote != '\0')
            {
                quote = '\0';
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else
            {
                selfClosed = html[i - 1] == '/';
                return i + 1;
            }
        }

        return html.Length;
    }

    private static int SkipDeclaration(string html, int lt)
    {
        if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }

        var gt = html.IndexOf('>', lt + 1);
        return gt < 0 ? html.Length : gt + 1;
    }
}
