using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClaimExtract.Sources;
using HtmlAgilityPack;

namespace ClaimExtract.Html;

/// <summary>Settings of <see cref="HtmlArticleExtractor"/>.</summary>
/// <param name="ShortArticleCharacters">Below this many characters of text a page gets a CE1003 "may not be an article" warning (an index, a 404, a paywall stub).</param>
/// <param name="MaximumNesting">Pages that the parser still nests deeper than this are refused with CE1004; a backstop behind <paramref name="FlattenDepth"/>.</param>
/// <param name="FlattenDepth">Elements nested deeper than this are flattened before parsing, their text kept, with a CE1005 warning (real pages nest a few dozen levels).</param>
public sealed record HtmlExtractionOptions(int ShortArticleCharacters = 200, int MaximumNesting = 5000, int FlattenDepth = 512)
{
    /// <summary>The defaults.</summary>
    public static HtmlExtractionOptions Default { get; } = new();
}

/// <summary>
/// Finds the main text of a news page and its metadata. Principles, no per-site rules: boilerplate
/// elements and class/id vocabularies are dropped; text blocks are scored by length, commas and link
/// density and the scores flow to their containers (as Readability does); the best container and the
/// siblings that continue it give the text, paragraph by paragraph. The DOM is walked with explicit
/// stacks, never by recursion, so a page nested 100,000 deep cannot overflow the stack.
/// </summary>
public sealed partial class HtmlArticleExtractor
{
    private readonly HtmlExtractionOptions _options;

    /// <summary>Creates an extractor; <paramref name="options"/> defaults to <see cref="HtmlExtractionOptions.Default"/>.</summary>
    public HtmlArticleExtractor(HtmlExtractionOptions? options = null)
    {
        _options = options ?? HtmlExtractionOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.ShortArticleCharacters);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaximumNesting, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.FlattenDepth, 16);
    }

    /// <summary>Elements dropped with their content. Patterns, not FrozenSets: compiled ahead of time, they cost nothing at start-up (a FrozenSet is built, and its assembly loaded, in each process: 3–8 ms).</summary>
    private static bool IsDroppedTag(string name) =>
        name is "script" or "style" or "noscript" or "template" or "svg" or "canvas" or "iframe" or "object" or "embed" or "video" or "audio" or
            "map" or "button" or "input" or "select" or "textarea" or "option" or "label" or "nav" or "footer" or "aside" or "menu" or "dialog" or
            "head" or "figure" or "figcaption" or "picture" or "img" or "meta" or "link";

    /// <summary>Elements that end a paragraph.</summary>
    private static bool IsBlockTag(string name) =>
        name is "p" or "div" or "section" or "article" or "main" or "header" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "li" or "ul" or
            "ol" or "dl" or "dd" or "dt" or "blockquote" or "pre" or "table" or "tr" or "td" or "th" or "tbody" or "thead" or "hr" or "address" or
            "center" or "body" or "html";

    /// <summary>
    /// Extracts the article from an input document: HTML bytes are decoded first (with the transport's
    /// charset when the source knows one); plain text is the article as given.
    /// </summary>
    public ExtractedArticle Extract(InputDocument input)
    {
        ArgumentNullException.ThrowIfNull(input);
        switch (input.Content)
        {
            case DocumentContent.PlainText plain:
                return new ExtractedArticle(plain.Text, null, [], null, null, null, null, []);
            case DocumentContent.HtmlText html:
                return Extract(html.Html, input.Url);
            case DocumentContent.HtmlBytes bytes:
                var decoded = HtmlDecoder.Decode(bytes.Bytes, input.DeclaredCharset);
                var page = Extract(decoded.Html, input.Url);
                return decoded.Problems.Count == 0 ? page : page with { Problems = [.. decoded.Problems, .. page.Problems] };
            default:
                throw new InvalidOperationException($"unknown content {input.Content.GetType().Name}");
        }
    }

    /// <summary>Extracts the article from decoded HTML. Never throws for bad HTML: an empty page gives a CE1001 problem.</summary>
    public ExtractedArticle Extract(string html, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        // HtmlAgilityPack's parser slows quadratically with nesting depth (20,000 levels take seconds) and
        // recurses in InnerText: deeper elements are flattened first, and a page that the parser still nests
        // beyond MaximumNesting is reported rather than parsed.
        (html, var flattened) = NestingLimiter.Limit(html, _options.FlattenDepth);
        // Script, style and comment bodies are half the characters of a news page and none of the text: emptied
        // before the parse, which then builds the same tree, only faster (JSON-LD and byline scripts are kept). The
        // attributes nothing here reads (link targets, image sources, data-*) go too: the parser builds an object, a
        // name and a dictionary entry for each (RawTextStripper.IsReadAttribute lists what is read: keep it in step).
        html = RawTextStripper.Strip(html, unreadAttributes: true);
        // OptionReadEncoding off: the text is decoded already (HtmlDecoder), and HAP throws reading a <meta charset="utf-7"> (fuzz find).
        // OptionUseIdAttribute off: nothing looks elements up by id, and the parser would index every element it appends.
        var document = new HtmlDocument { OptionCheckSyntax = false, OptionReadEncoding = false, OptionMaxNestedChildNodes = _options.MaximumNesting, OptionUseIdAttribute = false };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception e) when (e.Message.Contains("nested tags", StringComparison.OrdinalIgnoreCase))
        {
            return new ExtractedArticle("", null, [], null, null, pageUrl, null, [ProblemCodes.TooDeeplyNested(_options.MaximumNesting)]);
        }

        var (metadata, articleBody) = MetadataReader.Read(document, pageUrl);
        var tree = WithoutBoilerplateContainers(Flatten(document.DocumentNode, IsStructurallyDropped));
        var paragraphs = MainText(tree, metadata.Title);

        var problems = new List<Problem>();
        if (flattened > 0)
        {
            problems.Add(ProblemCodes.NestingFlattened(_options.FlattenDepth, flattened));
        }

        var text = string.Join("\n\n", paragraphs);
        if (text.Length < (articleBody?.Length ?? 0) / 2)
        {
            // The DOM held much less than the publisher's own articleBody (a script-rendered page): trust the latter.
            text = string.Join("\n\n", articleBody!.Split('\n').Select(p => MetadataReader.Clean(p)).Where(p => p is not null));
        }

        if (text.Length == 0)
        {
            problems.Add(ProblemCodes.NoArticleBody("the page has no text outside navigation and boilerplate"));
        }
        else if (text.Length < _options.ShortArticleCharacters)
        {
            problems.Add(ProblemCodes.NotAnArticle($"only {text.Length} characters of text"));
        }

        return metadata with { Text = text, Problems = problems };
    }

    /// <summary>The DOM as arrays in document order (pre-order), without the dropped subtrees.</summary>
    private sealed class Tree
    {
        public readonly List<HtmlNode> Nodes = [];
        public readonly List<int> Parent = [];
        public int[] SubtreeEnd = [];   // one past the last node of each subtree
        public int[] TextLength = [];   // visible characters in the subtree
        public int[] LinkLength = [];   // of which inside links
        public int[] Commas = [];
    }

    /// <summary>
    /// Drops the elements whose class or id names boilerplate ("share", "related", "comments"), except
    /// a wrapper that holds half the page's text or more: some sites wrap the whole page in a class
    /// such as "advertisement-off-canvas--pusher" or "widget-wrap".
    /// </summary>
    private static Tree WithoutBoilerplateContainers(Tree tree)
    {
        var dropped = new List<int>();
        var verdicts = new Verdicts();
        var total = tree.TextLength.Length == 0 ? 0 : tree.TextLength[0];
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            if (tree.Nodes[i].NodeType == HtmlNodeType.Element && tree.TextLength[i] * 2 < total && HasBoilerplateName(tree.Nodes[i], verdicts)
                && !IsEmbeddedQuote(tree, i))
            {
                dropped.Add(i);
                i = tree.SubtreeEnd[i] - 1;
            }
        }

        if (dropped.Count == 0)
        {
            return tree;
        }

        // The tree without the dropped subtrees, from the arrays: the DOM is not walked again.
        var result = new Tree();
        var newIndex = new int[tree.Nodes.Count];
        var ownLength = new List<int>();
        var ownCommas = new List<int>();
        for (int i = 0, d = 0; i < tree.Nodes.Count; i++)
        {
            if (d < dropped.Count && i == dropped[d])
            {
                i = tree.SubtreeEnd[i] - 1;
                d++;
                continue;
            }

            newIndex[i] = result.Nodes.Count;
            result.Nodes.Add(tree.Nodes[i]);
            result.Parent.Add(tree.Parent[i] < 0 ? -1 : newIndex[tree.Parent[i]]);
            var isText = tree.Nodes[i].NodeType == HtmlNodeType.Text;
            ownLength.Add(isText ? tree.TextLength[i] : 0);
            ownCommas.Add(isText ? tree.Commas[i] : 0);
        }

        Summarise(result, ownLength, ownCommas);
        return result;
    }

    /// <summary>
    /// An embedded post (a tweet, an Instagram or Facebook post) is a <c>&lt;blockquote&gt;</c> in a wrapper named like a
    /// share bar ("social-media-embed"): a wrapper whose text is mostly quoted is content the article quotes.
    /// </summary>
    private static bool IsEmbeddedQuote(Tree tree, int i)
    {
        var quoted = 0;
        for (var c = i + 1; c < tree.SubtreeEnd[i]; c++)
        {
            if (tree.Nodes[c].NodeType == HtmlNodeType.Element && tree.Nodes[c].Name == "blockquote")
            {
                quoted += tree.TextLength[c];
                c = tree.SubtreeEnd[c] - 1;
            }
        }

        return quoted > 0 && quoted >= tree.TextLength[i] * EmbedShare;
    }

    /// <summary>The share of a boilerplate-named wrapper's text inside blockquotes that makes it an embedded post (F1 flat from 0.4 to 1.0, docs/benchmarks.md).</summary>
    private const double EmbedShare = 0.5;

    private static Tree Flatten(HtmlNode root, Func<HtmlNode, bool> isDropped)
    {
        var tree = new Tree();
        var ownLength = new List<int>();
        var ownCommas = new List<int>();
        // Two stacks, not one of (node, parent) tuples: a Stack of a struct is compiled anew in every process (no
        // ReadyToRun code for it), Stack<HtmlNode> and List<int> come precompiled.
        var stack = new Stack<HtmlNode>();
        var parents = new List<int>();
        stack.Push(root);
        parents.Add(-1);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            var parent = parents[^1];
            parents.RemoveAt(parents.Count - 1);
            if (node.NodeType == HtmlNodeType.Comment || node.NodeType == HtmlNodeType.Element && isDropped(node))
            {
                continue;
            }

            var index = tree.Nodes.Count;
            tree.Nodes.Add(node);
            tree.Parent.Add(parent);
            var raw = node.NodeType == HtmlNodeType.Text ? ((HtmlTextNode)node).Text : null;
            var commas = 0;
            ownLength.Add(raw is null ? 0 : VisibleLength(raw, out commas));
            ownCommas.Add(commas);
            if (!node.HasChildNodes)
            {
                continue;   // ChildNodes would allocate an empty collection for every text node
            }

            var children = node.ChildNodes;
            for (var c = children.Count - 1; c >= 0; c--)
            {
                stack.Push(children[c]);
                parents.Add(index);
            }
        }

        Summarise(tree, ownLength, ownCommas);
        return tree;
    }

    /// <summary>Fills the subtree ends and the text, link and comma sums from each node's own text.</summary>
    private static void Summarise(Tree tree, List<int> ownLength, List<int> ownCommas)
    {
        var n = tree.Nodes.Count;
        tree.SubtreeEnd = new int[n];
        tree.TextLength = new int[n];
        tree.LinkLength = new int[n];
        tree.Commas = new int[n];
        for (var i = 0; i < n; i++)
        {
            tree.SubtreeEnd[i] = i + 1;
            tree.TextLength[i] = ownLength[i];
            tree.Commas[i] = ownCommas[i];
        }

        // Children come after their parent in pre-order: one backward sweep sums every subtree.
        for (var i = n - 1; i >= 0; i--)
        {
            if (tree.Nodes[i].NodeType == HtmlNodeType.Element && tree.Nodes[i].Name == "a")
            {
                tree.LinkLength[i] = tree.TextLength[i];
            }

            var p = tree.Parent[i];
            if (p >= 0)
            {
                tree.TextLength[p] += tree.TextLength[i];
                tree.LinkLength[p] += tree.LinkLength[i];
                tree.Commas[p] += tree.Commas[i];
                tree.SubtreeEnd[p] = Math.Max(tree.SubtreeEnd[p], tree.SubtreeEnd[i]);
            }
        }
    }

    private static List<string> MainText(Tree tree, string? title)
    {
        var n = tree.Nodes.Count;
        var scores = new double[n];
        var isCandidate = new bool[n];

        // Score every text block and pass the score up to its parent, grandparent and great-grandparent.
        for (var i = 0; i < n; i++)
        {
            var node = tree.Nodes[i];
            if (node.NodeType != HtmlNodeType.Element || !IsTextBlock(node, tree, i) || tree.TextLength[i] < 25)
            {
                continue;
            }

            var (length, links, commas, ancestor) = (tree.TextLength[i], tree.LinkLength[i], tree.Commas[i], tree.Parent[i]);
            if (node.Name is "div" or "section" or "article" or "span" or "font" or "center")
            {
                // A container's own paragraph is its inline content (the text beside its child blocks): as Readability
                // wraps such runs in a <p>, the paragraph is scored alone and its score goes to the container first.
                (length, links, commas) = InlineContent(tree, i);
                if (length < InlineParagraphCharacters)
                {
                    continue;
                }

                ancestor = i;
            }

            var blockScore = 1 + commas + Math.Min(length / 100.0, 3);
            blockScore *= 1 - (length == 0 ? 0 : links / (double)length);
            for (var level = 0; ancestor >= 0 && level < 3; level++, ancestor = tree.Parent[ancestor])
            {
                if (!isCandidate[ancestor])
                {
                    isCandidate[ancestor] = true;
                    scores[ancestor] += InitialScore(tree.Nodes[ancestor]);
                }

                scores[ancestor] += blockScore / (level == 0 ? 1 : level * 2);
            }
        }

        var best = -1;
        for (var i = 0; i < n; i++)
        {
            if (!isCandidate[i])
            {
                continue;
            }

            scores[i] *= 1 - LinkDensity(tree, i);
            if (best < 0 || scores[i] > scores[best])
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return Paragraphs(tree, [0], title);
        }

        best = Promote(tree, scores, isCandidate, best);
        best = WithinMarkedArticle(tree, scores, isCandidate, best);

        // Siblings that continue the article: scored containers, or paragraphs that read as prose.
        var parent = tree.Parent[best];
        var selected = new List<int>();
        if (parent < 0)
        {
            selected.Add(best);
        }
        else
        {
            var threshold = Math.Max(10, scores[best] * 0.2);
            for (var c = parent + 1; c < tree.SubtreeEnd[parent]; c = tree.SubtreeEnd[c])
            {
                if (c == best || !IsSeparatePost(tree, best, c) && (isCandidate[c] && scores[c] >= threshold || IsProseParagraph(tree, c)))
                {
                    selected.Add(c);
                }
            }
        }

        AddSameTemplateBlocks(tree, isCandidate, best, selected);
        return Paragraphs(tree, selected, title);
    }

    /// <summary>
    /// Articles split into chunks (between ads, pull quotes or "read more" rails) repeat the container
    /// of the best chunk: the same tag with the same class. Such repeats elsewhere on the page that read
    /// as prose (little link text) continue the article.
    /// </summary>
    private static void AddSameTemplateBlocks(Tree tree, bool[] isCandidate, int best, List<int> selected)
    {
        var template = tree.Nodes[best];
        var className = template.GetAttributeValue("class", "");
        if (className.Length == 0)
        {
            return;
        }

        var added = false;
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            var node = tree.Nodes[i];
            if (node.NodeType != HtmlNodeType.Element || node.Name != template.Name || i == best
                || node.GetAttributeValue("class", "") != className || !isCandidate[i] || tree.TextLength[i] < 200 || LinkDensity(tree, i) > 0.25)
            {
                continue;
            }

            if (IsInside(tree, selected, i))
            {
                continue;
            }

            // A repeat holding a selected block replaces it.
            selected.RemoveAll(r => i < r && r < tree.SubtreeEnd[i]);
            selected.Add(i);
            i = tree.SubtreeEnd[i] - 1;
            added = true;
        }

        if (added)
        {
            selected.Sort();
        }
    }

    /// <summary>
    /// When three or more near-best candidates share an ancestor (an article split into cards or sections),
    /// the ancestor holds the article, as Readability finds.
    /// </summary>
    private static int Promote(Tree tree, double[] scores, bool[] isCandidate, int best)
    {
        // The four best candidates within 75% of the best score, highest first, equal scores in document order (as a
        // stable sort takes them). Loops, not LINQ: LINQ over int and double is compiled anew in every process.
        var close = new List<int>(5);
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            if (!isCandidate[i] || i == best || !(scores[i] >= scores[best] * 0.75))
            {
                continue;
            }

            var at = close.Count;
            while (at > 0 && scores[close[at - 1]].CompareTo(scores[i]) < 0)
            {
                at--;
            }

            if (at < 4)
            {
                close.Insert(at, i);
                if (close.Count > 4)
                {
                    close.RemoveAt(4);
                }
            }
        }

        if (close.Count >= 3)
        {
            var shared = best;
            foreach (var c in close)
            {
                shared = CommonAncestor(tree, shared, c);
            }

            if (shared > 0 && tree.Nodes[shared].Name is not ("body" or "html"))
            {
                best = shared;
            }
        }

        return best;
    }

    /// <summary>
    /// The page's own schema.org markup names its article: one element with <c>itemprop="articleBody"</c>, else one
    /// typed as an Article, a NewsArticle, a BlogPosting or another of the types JSON-LD metadata are read for. When the best candidate lies outside it, the best candidate inside it wins.
    /// </summary>
    private static int WithinMarkedArticle(Tree tree, double[] scores, bool[] isCandidate, int best)
    {
        int body = -1, typed = -1, bodies = 0, types = 0;
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            var node = tree.Nodes[i];
            if (node.NodeType != HtmlNodeType.Element || !node.HasAttributes)
            {
                continue;
            }

            // One pass over the attributes, not two lookups (names ignoring case, the last of a name counts, as GetAttributeValue finds them).
            string? itemprop = null, itemtype = null;
            // An index loop: foreach over the parser's attribute collection allocates an enumerator (an interface, boxed).
            var attributes = node.Attributes;
            for (var k = 0; k < attributes.Count; k++)
            {
                var attribute = attributes[k];
                var name = attribute.Name;
                if (name.Equals("itemprop", StringComparison.OrdinalIgnoreCase))
                {
                    itemprop = attribute.Value;
                }
                else if (name.Equals("itemtype", StringComparison.OrdinalIgnoreCase))
                {
                    itemtype = attribute.Value;
                }
            }

            if (itemprop == "articleBody")
            {
                body = i;
                bodies++;
            }

            if (itemtype is not null && MetadataReader.IsArticleItemType(itemtype))
            {
                typed = i;
                types++;
            }
        }

        var marked = bodies == 1 ? body : types == 1 ? typed : -1;
        if (marked < 0 || tree.TextLength[marked] < MarkedArticleCharacters || best >= marked && best < tree.SubtreeEnd[marked] || marked > best && marked < tree.SubtreeEnd[best])
        {
            return best;
        }

        var inside = marked;
        for (var i = marked + 1; i < tree.SubtreeEnd[marked]; i++)
        {
            if (isCandidate[i] && (!isCandidate[inside] || scores[i] > scores[inside]))
            {
                inside = i;
            }
        }

        return inside;
    }

    /// <summary>Whether node <paramref name="i"/> lies in the subtree of one of <paramref name="roots"/>.</summary>
    private static bool IsInside(Tree tree, List<int> roots, int i)
    {
        foreach (var r in roots)
        {
            if (r <= i && i < tree.SubtreeEnd[r])
            {
                return true;
            }
        }

        return false;
    }

    private static int CommonAncestor(Tree tree, int a, int b)
    {
        // Pre-order: an ancestor starts before and its subtree ends after both.
        var x = a;
        while (x >= 0 && !(x <= b && b < tree.SubtreeEnd[x]))
        {
            x = tree.Parent[x];
        }

        return x;
    }

    /// <summary>HTML's <c>&lt;article&gt;</c> is a self-contained composition: beside an article, another article is another post, not its continuation.</summary>
    private static bool IsSeparatePost(Tree tree, int best, int sibling) =>
        tree.Nodes[best].Name == "article" && tree.Nodes[sibling].Name == "article";

    private static bool IsProseParagraph(Tree tree, int i)
    {
        var node = tree.Nodes[i];
        if (node.NodeType != HtmlNodeType.Element || node.Name != "p")
        {
            return false;
        }

        var density = LinkDensity(tree, i);
        var length = tree.TextLength[i];
        return length > 80 && density < 0.25 || length > 0 && density == 0 && SentenceEndRegex().IsMatch(node.InnerText);
    }

    /// <summary>The text of the selected subtrees as paragraphs: a paragraph ends at every block boundary and at <c>&lt;br&gt;</c>.</summary>
    private static List<string> Paragraphs(Tree tree, List<int> roots, string? title)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var linkChars = 0;
        void Flush()
        {
            var text = MetadataReader.Clean(current.ToString());
            if (text is not null && !IsBoilerplateLine(text, linkChars))
            {
                result.Add(text);
            }

            current.Clear();
            linkChars = 0;
        }

        foreach (var root in roots)
        {
            // Block elements still open, innermost last, by the end of their subtree.
            // Lists used as stacks: List<int> comes precompiled, Stack<int> is compiled anew in every process.
            var open = new List<int>();
            var links = new List<int>();
            for (var i = root; i < tree.SubtreeEnd[root]; i++)
            {
                while (open.Count > 0 && i >= open[^1])
                {
                    open.RemoveAt(open.Count - 1);
                    Flush();
                }

                while (links.Count > 0 && i >= links[^1])
                {
                    links.RemoveAt(links.Count - 1);
                }

                var node = tree.Nodes[i];
                if (node.NodeType == HtmlNodeType.Text)
                {
                    var decoded = WebUtility.HtmlDecode(((HtmlTextNode)node).Text);
                    current.Append(decoded);
                    if (links.Count > 0)
                    {
                        linkChars += VisibleLength(decoded);
                    }

                    continue;
                }

                if (node.NodeType != HtmlNodeType.Element)
                {
                    continue;
                }

                if (node.Name == "br")
                {
                    Flush();
                }
                else if (IsBlockTag(node.Name))
                {
                    Flush();
                    open.Add(tree.SubtreeEnd[i]);
                }
                else if (node.Name == "a")
                {
                    links.Add(tree.SubtreeEnd[i]);
                }
                else if (node.Name is "td" or "th")
                {
                    current.Append(' ');
                }
            }

            Flush();
        }

        // The headline is metadata, not body text.
        if (title is not null && result.Count > 0 && string.Equals(result[0], title, StringComparison.OrdinalIgnoreCase))
        {
            result.RemoveAt(0);
        }

        return result;
    }

    private static bool IsBoilerplateLine(string text, int linkChars)
    {
        // Link lists ("Related: ...", share bars) and short boilerplate phrases.
        if (linkChars > 0 && linkChars >= text.Length * 0.6)
        {
            return true;
        }

        // A short line holding a year and a clock time is a timestamp ("Nov 18, 2019 at 9:24 pm ET", "Updated on: ...").
        if (text.Length < TimestampLineCharacters && text.Contains(':', StringComparison.Ordinal) && TimestampRegex().IsMatch(text))
        {
            return true;
        }

        return text.Length < 80 && BoilerplateLineRegex().IsMatch(text);
    }

    /// <summary>A container's inline text shorter than this is not scored as a paragraph (as a text block below 25 characters is not).</summary>
    private const int InlineParagraphCharacters = 25;

    /// <summary>The page's marked article (itemprop articleBody, an Article type) must hold this much text to overrule the scores.</summary>
    private const int MarkedArticleCharacters = 200;

    /// <summary>A line shorter than this with a year and a clock time is a timestamp (F1 flat from 80 to 300, docs/benchmarks.md).</summary>
    private const int TimestampLineCharacters = 120;

    private static bool IsTextBlock(HtmlNode node, Tree tree, int i)
    {
        if (node.Name is "p" or "pre" or "blockquote" or "td" or "li" or "h2" or "h3")
        {
            return true;
        }

        if (node.Name is not ("div" or "section" or "article" or "span" or "font" or "center"))
        {
            return false;
        }

        // A div that holds text directly, not only through child blocks.
        for (var c = i + 1; c < tree.SubtreeEnd[i]; c = tree.SubtreeEnd[c])
        {
            if (tree.Nodes[c].NodeType == HtmlNodeType.Text && tree.TextLength[c] >= 25)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Text, link text and commas of an element outside its child blocks.</summary>
    private static (int Length, int Links, int Commas) InlineContent(Tree tree, int i)
    {
        int length = 0, links = 0, commas = 0;
        for (var c = i + 1; c < tree.SubtreeEnd[i]; c = tree.SubtreeEnd[c])
        {
            var child = tree.Nodes[c];
            if (child.NodeType == HtmlNodeType.Element && IsBlockTag(child.Name))
            {
                continue;
            }

            length += tree.TextLength[c];
            links += tree.LinkLength[c];
            commas += tree.Commas[c];
        }

        return (length, links, commas);
    }

    private static double LinkDensity(Tree tree, int i) => tree.TextLength[i] == 0 ? 0 : tree.LinkLength[i] / (double)tree.TextLength[i];

    private static double InitialScore(HtmlNode node)
    {
        var score = node.Name switch
        {
            "article" => 10,
            "main" => 5,
            "div" => 5,
            "section" => 3,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var classAndId = node.GetAttributeValue("class", "") + " " + node.GetAttributeValue("id", "") + " " + node.GetAttributeValue("itemprop", "");
        if (WordScan.ContainsAny(classAndId, PositiveWords))
        {
            score += 25;
        }

        if (WordScan.ContainsAny(classAndId, NegativeWords))
        {
            score -= 25;
        }

        return score;
    }

    private static bool IsStructurallyDropped(HtmlNode node)
    {
        if (IsDroppedTag(node.Name))
        {
            return true;
        }

        if (!node.HasAttributes)
        {
            return false;
        }

        // One pass over the attributes, not three lookups: a hidden attribute, aria-hidden="true" or a style that hides. As
        // the parser's GetAttributeValue, names compare ignoring case and the last of two same-named attributes counts.
        string? ariaHidden = null, style = null;
        // An index loop: foreach over the parser's attribute collection allocates an enumerator (an interface, boxed).
        var attributes = node.Attributes;
        for (var k = 0; k < attributes.Count; k++)
        {
            var attribute = attributes[k];
            var name = attribute.Name;
            if (name.Equals("hidden", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase))
            {
                ariaHidden = attribute.Value;
            }
            else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                style = attribute.Value;
            }
        }

        return ariaHidden == "true" || style is not null && HidesElement(style);
    }

    /// <summary>The verdicts on a page's class and id strings: by the class alone for elements without an id (most), so that no key is built for them.</summary>
    private sealed class Verdicts
    {
        public readonly Dictionary<string, bool> ByClass = new(StringComparer.Ordinal);
        public readonly Dictionary<string, bool> ByClassAndId = new(StringComparer.Ordinal);
    }

    /// <summary>Whether the element's class or id names boilerplate; <paramref name="verdicts"/> remembers each distinct class and id of the page (they repeat by the hundred).</summary>
    private static bool HasBoilerplateName(HtmlNode node, Verdicts verdicts)
    {
        if (!node.HasAttributes || node.Name is "body" or "html" or "article" or "main")
        {
            return false;
        }

        string? className = null, id = null;
        // An index loop: foreach over the parser's attribute collection allocates an enumerator (an interface, boxed).
        var attributes = node.Attributes;
        for (var k = 0; k < attributes.Count; k++)
        {
            var attribute = attributes[k];
            if (attribute.Name == "class")
            {
                className = attribute.Value;
            }
            else if (attribute.Name == "id")
            {
                id = attribute.Value;
            }
        }

        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
        {
            return false;
        }

        bool verdict;
        if (string.IsNullOrEmpty(id))
        {
            if (!verdicts.ByClass.TryGetValue(className!, out verdict))
            {
                verdict = NamesBoilerplate(className + " " + id);
                verdicts.ByClass[className!] = verdict;
            }

            return verdict;
        }

        var classAndId = className + " " + id;
        if (!verdicts.ByClassAndId.TryGetValue(classAndId, out verdict))
        {
            verdict = NamesBoilerplate(classAndId);
            verdicts.ByClassAndId[classAndId] = verdict;
        }

        return verdict;
    }

    /// <summary>Whether a class and id string names boilerplate (and not the article).</summary>
    internal static bool NamesBoilerplate(string classAndId) =>
        // Half the class names of a page hold none of the words the vocabulary needs: a scan by first letter rules
        // them out before the regex runs (ASCII only, where ignoring case means the same to both).
        (!Ascii.IsValid(classAndId) || BoilerplateWords.FoundIn(classAndId))
        && BoilerplateRegex().IsMatch(classAndId) && !WordScan.ContainsAny(classAndId, PositiveWords);

    /// <summary>The characters of <paramref name="raw"/> as shown, each run of white space after a visible one counted as one.</summary>
    private static int VisibleLength(string raw) => VisibleLength(raw, out _);

    /// <summary><see cref="VisibleLength(string)"/>, and the commas (also the full-width and ideographic ones) in the same pass.</summary>
    private static int VisibleLength(string raw, out int commas)
    {
        var count = 0;
        commas = 0;
        var space = true;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    count++;
                }

                space = true;
            }
            else
            {
                count++;
                space = false;
                if (c is ',' or '，' or '、')
                {
                    commas++;
                }
            }
        }

        return count;
    }

    /// <summary>A word that every match of <see cref="BoilerplateRegex"/> holds ("ad" covers advert, ads, read-more and breadcrumbs; "side" sidebar and side-bar).</summary>
    private static readonly WordScan.FirstLetterIndex BoilerplateWords = new(
        ["nav", "menu", "footer", "side", "shar", "social", "related", "recommend", "comment", "promo", "ad", "newsletter", "subscri", "cookie",
         "consent", "popup", "outbrain", "taboola", "sponsor", "most", "trending", "pagination", "byline", "author", "skip", "print", "visually",
         "sr-only", "disclaimer", "signup", "more", "gallery", "slideshow", "carousel", "lightbox", "modal", "overlay", "caption", "credit", "cta",
         "widget", "search", "tag"]);

    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|navigation|menu|footer|sidebar|side-bar|share|sharing|social|related|recommend\w*|comment\w*|promo\w*|advert\w*|ads?|ad-\w+|newsletter|subscribe|subscription|cookie\w*|consent|breadcrumbs?|popup|outbrain|taboola|sponsor\w*|most-?read|most-?popular|trending|pagination|byline|author-?bio|skip-?link|print-only|visually-hidden|sr-only|disclaimer|signup|read-?more|more-?stories|gallery|slideshow|carousel|lightbox|modal|overlay|\w*caption\w*|\w*credits?|cta|widget|search\w*|tags|tag-?list)([\s_-]|$)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex BoilerplateRegex();

    /// <summary>Class and id words of article containers, matched anywhere, ignoring case (was the regex <c>(article|body|...)</c>; <see cref="WordScan"/> says why not a regex).</summary>
    private static readonly string[] PositiveWords = ["article", "body", "content", "entry", "main", "post", "text", "blog", "story"];

    /// <summary>Class and id words of page furniture, matched anywhere, ignoring case.</summary>
    private static readonly string[] NegativeWords =
        ["comment", "footer", "sidebar", "sponsor", "share", "social", "related", "promo", "widget", "masthead", "meta", "outbrain", "taboola", "shoutbox", "combx", "contact", "skyscraper"];

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b.*\b\d{1,2}:\d\d\b|\b\d{1,2}:\d\d\b.*\b(1[89]|20)\d\d\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex TimestampRegex();

    /// <summary>Whether an inline style hides the element: <c>display\s*:\s*none</c> or <c>visibility\s*:\s*hidden</c> anywhere, ignoring case.</summary>
    private static bool HidesElement(string style) => Declares(style, "display", "none") || Declares(style, "visibility", "hidden");

    private static bool Declares(string style, string property, string value)
    {
        for (var at = WordScan.IndexOf(style, property, 0); at >= 0; at = WordScan.IndexOf(style, property, at + 1))
        {
            var i = SkipWhiteSpace(style, at + property.Length);
            if (i < style.Length && style[i] == ':' && WordScan.At(style, SkipWhiteSpace(style, i + 1), value))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"^(advertisement|advert|ad|sponsored( content)?|share( this( article| story)?)?( on \w+)?|tweet|email|print|read more|continue reading|related( articles| stories)?:?|most read|subscribe( now)?|sign up( for .*)?|click here.*|comments?|loading.*|follow us.*|image:? .*|photo:? .*|getty images|.{0,60}\| getty images|copyright .*|©.*|all rights reserved\.?)$", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex BoilerplateLineRegex();

    [GeneratedRegex(@"[.!?…][""”’)]?\s*$", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex SentenceEndRegex();
}
