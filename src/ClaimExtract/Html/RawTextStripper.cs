using System.Runtime.CompilerServices;
using System.Text;

namespace ClaimExtract.Html;

/// <summary>
/// Empties the bodies of <c>&lt;script&gt;</c> and <c>&lt;style&gt;</c> elements and of <c>&lt;!-- --&gt;</c> comments
/// before the page is parsed: they are half the characters of a news page, and HtmlAgilityPack walks every one of
/// them character by character, while the extractor drops them unread. The elements and comments themselves stay
/// (as <c>&lt;script ...&gt;&lt;/script&gt;</c> and <c>&lt;!----&gt;</c>), so the parser builds the same tree with
/// the same elements, attributes and text nodes; only the dropped bodies are empty.
/// </summary>
/// <remarks>
/// The scan follows HtmlAgilityPack 1.13's own tokenizer (<c>HtmlDocument.Parse</c>), not the HTML standard's, so that
/// it finds exactly the bodies the parser would find: a tag opens at <c>&lt;</c> followed by a letter, <c>/</c>,
/// <c>!</c> or <c>?</c>; a quote delimits an attribute value only right after <c>=</c>; a <c>&lt;</c> that opens a
/// tag ends an unfinished tag; the raw-text elements (script, style, title, textarea, noxhtml, also when
/// self-closed) run to the first <c>&lt;/name</c> followed by <c>&gt;</c> or white space, whatever precedes it in
/// scripts (comments, strings); a comment that starts with <c>&lt;!--</c> ends at the first <c>&gt;</c> after
/// <c>--</c> or <c>--!</c>, any other <c>&lt;!</c> or <c>&lt;?</c> at the first <c>&gt;</c>.
/// Kept whole: scripts and styles whose start tag mentions JSON, an author, a byline, <c>itemprop</c> or an entity
/// (the metadata reader reads JSON-LD and byline elements), and unclosed ones (the parser drops their text).
/// The page is returned unchanged (the same instance) when it holds server code (<c>&lt;%</c>, which the parser
/// treats apart) or a <c>&lt;head&gt;</c> marked as a byline (whose text would include its scripts).
/// <para>
/// With <c>unreadAttributes</c>, start tags also lose the attributes nothing in the HTML stage reads (<c>href</c> of
/// links, <c>src</c>, <c>srcset</c>, <c>data-*</c>, <c>alt</c>, <c>title</c>, SVG path data: a fifth of what is left of a
/// page, and each one an object, a name and a dictionary entry in the parser). What is read is kept, see
/// <see cref="IsReadAttribute"/>. An attribute goes only when the parser would see it as one whole attribute between
/// others: its name starts right after white space or a quoted value that ends the previous one, and its value is
/// quoted, without "&lt;"; the parser is then between attributes both before and after it, so the rest of the tag
/// reads the same. Tags with non-ASCII names and attributes with non-ASCII names stay whole.
/// </para>
/// </remarks>
internal static class RawTextStripper
{
    /// <summary>
    /// The page with the bodies of its scripts, styles and comments emptied, and with <paramref name="unreadAttributes"/> the
    /// attributes the HTML stage never reads removed; the same instance when nothing was removed.
    /// </summary>
    public static string Strip(string html, bool unreadAttributes = false)
    {
        ArgumentNullException.ThrowIfNull(html);
        var cuts = FindCuts(html, unreadAttributes);
        if (cuts is null || cuts.Count == 0)
        {
            return html;
        }

        var removed = 0;
        foreach (var (start, end) in cuts)
        {
            removed += end - start;
        }

        return string.Create(html.Length - removed, (html, cuts), static (span, state) =>
        {
            var (source, ranges) = state;
            var from = 0;
            var to = 0;
            foreach (var (start, end) in ranges)
            {
                source.AsSpan(from, start - from).CopyTo(span[to..]);
                to += start - from;
                from = end;
            }

            source.AsSpan(from).CopyTo(span[to..]);
        });
    }

    /// <summary>The ranges to remove, in order; null when the page must stay as it is.</summary>
    internal static List<(int Start, int End)>? FindCuts(string html, bool unreadAttributes = false)
    {
        var cuts = new List<(int Start, int End)>();
        var fullComment = false;   // the parser's _fullcomment, which carries over from one comment to the next
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                break;
            }

            if (!OpensTag(html, lt))
            {
                i = lt + 1;
                continue;
            }

            // A chain of tags: a tag cut short by the "<" of the next one hands over to that one.
            while (true)
            {
                var next = html[lt + 1];
                if (next == '%')
                {
                    return null;
                }

                if (next is '!' or '?')
                {
                    i = Comment(html, lt, cuts, ref fullComment);
                    break;
                }

                var endTag = next == '/';
                var (outcome, position, nameStart, nameEnd) = Tag(html, lt, endTag, unreadAttributes && !endTag ? cuts : null);
                if (outcome == TagOutcome.ServerCode)
                {
                    return null;
                }

                if (outcome == TagOutcome.CutShort)
                {
                    lt = position;
                    continue;
                }

                if (outcome == TagOutcome.Unfinished)
                {
                    return cuts;
                }

                // Closed by ">" at position - 1.
                i = position;
                if (endTag || nameEnd < 0)
                {
                    break;
                }

                var name = html.AsSpan(nameStart, nameEnd - nameStart);
                if (name.Length == 4 && name.Equals("head", StringComparison.OrdinalIgnoreCase) && MarksMetadata(html.AsSpan(lt, position - lt)))
                {
                    return null;
                }

                if (RawTextName(name) is not { } lowerName)
                {
                    break;
                }

                var close = RawTextEnd(html, position, lowerName);
                if (close < 0)
                {
                    // Unclosed: the parser runs it to the end of the page and keeps none of its text.
                    return cuts;
                }

                if (close > position && (Ascii.EqualsIgnoreCase(name, "script") || Ascii.EqualsIgnoreCase(name, "style"))
                    && !MarksMetadata(html.AsSpan(lt, position - lt)))
                {
                    cuts.Add((position, close));
                }

                i = close;   // its end tag
                break;
            }
        }

        return cuts;
    }

    private enum TagOutcome
    {
        /// <summary>Ended by "&gt;"; the position is one past it.</summary>
        Closed,

        /// <summary>Ended by the "&lt;" of another tag, at the position.</summary>
        CutShort,

        /// <summary>The page ends inside the tag.</summary>
        Unfinished,

        /// <summary>"&lt;%" inside the tag: server code, which the scan does not follow.</summary>
        ServerCode,
    }

    private enum TagState
    {
        Name,
        BetweenAttributes,
        EmptyTag,
        AttributeName,
        AttributeBeforeEquals,
        AttributeAfterEquals,
        AttributeValue,
        QuotedAttributeValue,
    }

    /// <summary>
    /// Follows the tag that starts at <paramref name="lt"/> as HtmlAgilityPack's states Tag, BetweenAttributes, EmptyTag,
    /// AttributeName, AttributeBeforeEquals, AttributeAfterEquals, AttributeValue and QuotedAttributeValue do.
    /// The name ends at white space, "/" or "&gt;" (nameEnd -1 when it never ended).
    /// </summary>
    private static (TagOutcome Outcome, int Position, int NameStart, int NameEnd) Tag(string html, int lt, bool endTag, List<(int Start, int End)>? attributeCuts)
    {
        var nameStart = endTag ? lt + 2 : lt + 1;
        var nameEnd = -1;
        var state = TagState.Name;
        var quote = '\0';
        // Removing unread attributes (attributeCuts not null): the cuts made so far, undone unless the tag closes; the
        // element whose attributes these are; where the current attribute's name starts and ends when it can go whole.
        var cutsBefore = attributeCuts?.Count ?? 0;
        var element = ElementKind.Unknown;
        int attributeStart = -1, attributeNameEnd = -1;
        var reread = false;
        for (var i = nameStart; i < html.Length; i++)
        {
            var c = html[i];
            var again = reread;
            reread = false;
            if (state == TagState.QuotedAttributeValue)
            {
                // Values are the longest part of tags (links, class lists): only the closing quote and "<%" count.
                var stop = html.AsSpan(i).IndexOfAny(quote, '<');
                if (stop < 0)
                {
                    break;
                }

                i += stop;
                if (html[i] == quote)
                {
                    state = TagState.BetweenAttributes;
                    if (attributeStart >= 0 && !IsReadAttribute(element, html.AsSpan(attributeStart, attributeNameEnd - attributeStart)))
                    {
                        attributeCuts!.Add((attributeStart, i + 1));
                    }

                    attributeStart = -1;
                }
                else if (i + 1 < html.Length && html[i + 1] == '%')
                {
                    Undo(attributeCuts, cutsBefore);
                    return (TagOutcome.ServerCode, i, nameStart, nameEnd);
                }
                else
                {
                    attributeStart = -1;   // a value holding "<" stays
                }

                continue;
            }

            // Every other state first checks for a new tag (the parser's NewCheck).
            if (c == '<' && OpensTag(html, i))
            {
                Undo(attributeCuts, cutsBefore);
                return (html[i + 1] == '%' ? TagOutcome.ServerCode : TagOutcome.CutShort, i, nameStart, nameEnd);
            }

            switch (state)
            {
                case TagState.Name:
                    if (IsWhiteSpace(c) || c is '/' or '>')
                    {
                        nameEnd = i;
                        state = c == '/' ? TagState.EmptyTag : TagState.BetweenAttributes;
                        if (attributeCuts is not null)
                        {
                            element = Kind(html.AsSpan(nameStart, nameEnd - nameStart));
                        }
                    }

                    break;
                case TagState.BetweenAttributes:
                    if (c is '/' or '?')
                    {
                        state = TagState.EmptyTag;
                    }
                    else if (!IsWhiteSpace(c) && c != '>')
                    {
                        state = TagState.AttributeName;
                        // Removable only when the parser was between attributes before this character, not when it reads
                        // it again after "/" or after a name without value ("<a/x=...>", "<a b x=...>").
                        attributeStart = attributeCuts is not null && element != ElementKind.Unknown && !again ? i : -1;
                    }

                    break;
                case TagState.EmptyTag:
                    if (c != '>')
                    {
                        state = TagState.BetweenAttributes;
                        if (!IsWhiteSpace(c))
                        {
                            i--;   // read again between attributes
                            reread = true;
                        }
                    }

                    break;
                case TagState.AttributeName:
                    if (c == '/' || IsWhiteSpace(c))
                    {
                        state = TagState.AttributeBeforeEquals;
                        attributeNameEnd = i;
                    }
                    else if (c == '=')
                    {
                        state = TagState.AttributeAfterEquals;
                        attributeNameEnd = i;
                    }

                    break;
                case TagState.AttributeBeforeEquals:
                    if (c == '=')
                    {
                        state = TagState.AttributeAfterEquals;
                    }
                    else if (!IsWhiteSpace(c) && c != '>')
                    {
                        state = TagState.BetweenAttributes;
                        attributeStart = -1;   // a name without value
                        i--;
                        reread = true;
                    }

                    break;
                case TagState.AttributeAfterEquals:
                    if (c is '"' or '\'')
                    {
                        state = TagState.QuotedAttributeValue;
                        quote = c;
                    }
                    else if (!IsWhiteSpace(c) && c != '>')
                    {
                        state = TagState.AttributeValue;
                        attributeStart = -1;   // an unquoted value stays
                    }

                    break;
                case TagState.AttributeValue:
                    if (IsWhiteSpace(c))
                    {
                        state = TagState.BetweenAttributes;
                    }

                    break;
            }

            // In every state but the quoted value (handled above), ">" ends the tag.
            if (c == '>')
            {
                return (TagOutcome.Closed, i + 1, nameStart, nameEnd);
            }
        }

        Undo(attributeCuts, cutsBefore);
        return (TagOutcome.Unfinished, html.Length, nameStart, nameEnd);
    }

    private static void Undo(List<(int Start, int End)>? cuts, int count)
    {
        if (cuts is not null && cuts.Count > count)
        {
            cuts.RemoveRange(count, cuts.Count - count);
        }
    }

    /// <summary>The elements whose own attributes the HTML stage reads; Unknown for a name that is not ASCII (whose attributes all stay).</summary>
    internal enum ElementKind
    {
        Unknown,
        Other,
        Meta,
        Link,
        Script,
        Time,
        Html,
    }

    /// <summary>What kind of element a start tag's name opens, as the parser lower-cases it.</summary>
    internal static ElementKind Kind(ReadOnlySpan<char> name)
    {
        if (!Ascii.IsValid(name))
        {
            return ElementKind.Unknown;
        }

        return name.Length switch
        {
            4 when name.Equals("meta", StringComparison.OrdinalIgnoreCase) => ElementKind.Meta,
            4 when name.Equals("link", StringComparison.OrdinalIgnoreCase) => ElementKind.Link,
            4 when name.Equals("time", StringComparison.OrdinalIgnoreCase) => ElementKind.Time,
            4 when name.Equals("html", StringComparison.OrdinalIgnoreCase) => ElementKind.Html,
            6 when name.Equals("script", StringComparison.OrdinalIgnoreCase) => ElementKind.Script,
            _ => ElementKind.Other,
        };
    }

    /// <summary>
    /// Whether the HTML stage reads an attribute of this name on this kind of element (ASCII names compared ignoring case;
    /// any other name is kept): on every element the boilerplate and hidden-element tests and the byline and schema.org
    /// markup (<c>class</c>, <c>id</c>, <c>style</c>, <c>hidden</c>, <c>aria-hidden</c>, <c>itemprop</c>, <c>itemtype</c>,
    /// <c>rel</c>); on <c>meta</c> the metadata (<c>name</c>, <c>property</c>, <c>http-equiv</c>, <c>content</c>), on
    /// <c>link</c> the canonical URL (<c>href</c>), on <c>script</c> the JSON-LD <c>type</c>, on <c>time</c> its
    /// <c>datetime</c>, on <c>html</c> its <c>lang</c> and <c>xml:lang</c>. Code that reads another attribute must add it here.
    /// </summary>
    internal static bool IsReadAttribute(ElementKind element, ReadOnlySpan<char> name)
    {
        if (element == ElementKind.Unknown || !Ascii.IsValid(name))
        {
            return true;
        }

        foreach (var read in (ReadOnlySpan<string>)["class", "id", "style", "hidden", "aria-hidden", "itemprop", "itemtype", "rel"])
        {
            if (name.Equals(read, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return element switch
        {
            ElementKind.Meta => name.Equals("name", StringComparison.OrdinalIgnoreCase) || name.Equals("property", StringComparison.OrdinalIgnoreCase)
                                || name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) || name.Equals("content", StringComparison.OrdinalIgnoreCase),
            ElementKind.Link => name.Equals("href", StringComparison.OrdinalIgnoreCase),
            ElementKind.Script => name.Equals("type", StringComparison.OrdinalIgnoreCase),
            ElementKind.Time => name.Equals("datetime", StringComparison.OrdinalIgnoreCase),
            ElementKind.Html => name.Equals("lang", StringComparison.OrdinalIgnoreCase) || name.Equals("xml:lang", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    /// <summary>
    /// A comment or declaration from <paramref name="lt"/> ("&lt;!" or "&lt;?"): one past its end, or the page's length
    /// when it does not end. A "&lt;!--" comment's body is cut, its delimiters kept.
    /// </summary>
    private static int Comment(string html, int lt, List<(int Start, int End)> cuts, ref bool fullComment)
    {
        if (lt + 1 < html.Length - 2)
        {
            fullComment = html[lt + 2] == '-' && html[lt + 3] == '-';
        }

        for (var from = lt + 2; from < html.Length;)
        {
            var gt = html.IndexOf('>', from);
            if (gt < 0)
            {
                break;
            }

            var dashes = html[gt - 1] == '-' && html[gt - 2] == '-';
            var bang = html[gt - 1] == '!' && html[gt - 2] == '-' && html[gt - 3] == '-';
            if (!fullComment || dashes || bang)
            {
                var bodyEnd = dashes ? gt - 2 : gt - 3;
                if (fullComment && (dashes || bang) && bodyEnd > lt + 4 && html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
                {
                    cuts.Add((lt + 4, bodyEnd));
                }

                return gt + 1;
            }

            from = gt + 1;
        }

        return html.Length;
    }

    /// <summary>
    /// The start of the end tag of a raw-text element whose body starts at <paramref name="from"/>, as the parser's
    /// PcData state finds it: "&lt;/" and the name (ignoring case), then "&gt;" or white space; -1 when there is none.
    /// </summary>
    private static int RawTextEnd(string html, int from, string lowerName)
    {
        var n = lowerName.Length;
        while (true)
        {
            var at = html.IndexOf("</", from, StringComparison.Ordinal);
            if (at < 0 || n + 3 > html.Length - at)
            {
                return -1;
            }

            if (string.Compare(html, at + 2, lowerName, 0, n, StringComparison.OrdinalIgnoreCase) == 0 && (html[at + 2 + n] == '>' || IsWhiteSpace(html[at + 2 + n])))
            {
                return at;
            }

            from = at + 1;
        }
    }

    /// <summary>
    /// The parser's name of a raw-text (CDATA) element — its own name lower-cased — or null for any other element.
    /// HtmlAgilityPack 1.13 flags script, style, noxhtml, textarea and title (HtmlNode.ElementsFlags, compared ignoring case).
    /// </summary>
    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 5 or > 8)
        {
            return null;
        }

        foreach (var known in (ReadOnlySpan<string>)["script", "style", "noxhtml", "textarea", "title"])
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                // The parser compares the end tag with the element's name lower-cased (ToLowerInvariant), which for a
                // name spelled with non-ASCII letters ("ſcript") is not the known name.
                return Ascii.IsValid(name) ? known : name.ToString().ToLowerInvariant();
            }
        }

        return null;
    }

    /// <summary>Whether a start tag names what the metadata reader looks at: JSON (JSON-LD), an author or byline, itemprop; or holds an entity.</summary>
    private static bool MarksMetadata(ReadOnlySpan<char> tag) =>
        tag.Contains('&') || tag.Contains("json", StringComparison.OrdinalIgnoreCase) || tag.Contains("author", StringComparison.OrdinalIgnoreCase)
        || tag.Contains("byline", StringComparison.OrdinalIgnoreCase) || tag.Contains("itemprop", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the "&lt;" at <paramref name="i"/> opens a tag, a comment or server code for the parser (its IsValidTag).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool OpensTag(string html, int i) =>
        i + 1 < html.Length && (char.IsLetter(html[i + 1]) || html[i + 1] is '/' or '?' or '!' or '%');

    /// <summary>The parser's white space (HtmlDocument.IsWhiteSpace): no form feed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhiteSpace(char c) => c is ' ' or '\n' or '\r' or '\t';
}
