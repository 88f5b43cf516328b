using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>A stretch of text inside quotation marks.</summary>
/// <param name="Outer">From the opening mark to the closing mark, both included.</param>
/// <param name="Inner">The quoted words, without the marks.</param>
/// <param name="Closed">False when the quotation is never closed (it then runs to the end of its last paragraph).</param>
public sealed record QuotedSpan(Span Outer, Span Inner, bool Closed)
{
    /// <summary>Whether the quotation runs over more than one paragraph.</summary>
    public int ParagraphCount { get; init; } = 1;
}

/// <summary>
/// Finds the outermost quotations of an article: “ ” („ “, « », ‹ ›, " ", and “ closed by ’’ or '') and ‘ ’ (a single quote only
/// opens after a space or a bracket, so the apostrophes of "it’s" and "the players’ union" are not marks).
/// A quotation left open at the end of a paragraph continues when the next paragraph starts with an
/// opening mark, as in news style for quotes of several paragraphs.
/// </summary>
public static class QuoteScanner
{
    /// <summary>All outermost quotations, in text order.</summary>
    public static IReadOnlyList<QuotedSpan> Scan(TextDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var result = new List<QuotedSpan>();
        var openAt = -1;      // the opening mark of the quotation being read, possibly in an earlier paragraph
        var closer = '\0';
        var spanned = 0;      // paragraphs the open quotation covers so far
        for (var p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            var i = paragraph.Start;
            if (openAt >= 0)
            {
                if (IsOpener(text, paragraph.Start, paragraph, out var reopener))
                {
                    // News style: a quotation of several paragraphs re-opens each one and closes only at the end.
                    spanned++;
                    i += MarkLength(reopener);
                }
                else
                {
                    var previous = document.Paragraphs[p - 1];
                    result.Add(new QuotedSpan(new Span(openAt, previous.End), Trim(text, openAt + MarkLength(closer), previous.End), false) { ParagraphCount = spanned });
                    openAt = -1;
                }
            }

            for (; i < paragraph.End; i++)
            {
                if (openAt < 0)
                {
                    // Outside a quotation only a quotation mark or an apostrophe can open one: the scan leaps to the next.
                    var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(OpeningMarks);
                    if (next < 0)
                    {
                        break;
                    }

                    i += next;

                    if (IsOpener(text, i, paragraph, out closer))
                    {
                        openAt = i;
                        spanned = 1;
                        i += MarkLength(closer) - 1;
                    }
                }
                else if (text.AsSpan(i, paragraph.End - i).IndexOfAny(ClosingMarks) is var ahead && ahead != 0)
                {
                    // Inside one, only a mark that can close a quotation can: the scan leaps to the next (the loop's step lands on it).
                    if (ahead < 0)
                    {
                        break;
                    }

                    i += ahead - 1;
                }
                else if (IsCloser(text, i, paragraph, closer, openAt))
                {
                    var length = closer == '”' && IsDoubledRightSingle(text, i, paragraph) ? 2 : MarkLength(closer);
                    result.Add(new QuotedSpan(new Span(openAt, i + length), Trim(text, openAt + MarkLength(closer), i), true) { ParagraphCount = spanned });
                    openAt = -1;
                    i += length - 1;
                }
            }
        }

        if (openAt >= 0)
        {
            var last = document.Paragraphs[^1];
            result.Add(new QuotedSpan(new Span(openAt, last.End), Trim(text, openAt + MarkLength(closer), last.End), false) { ParagraphCount = spanned });
        }

        return result;
    }

    private static Span Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Span(start, end);
    }

    // The closer of a quotation opened by two apostrophes (''like this'', as some wire copy writes it).
    private const char DoubledApostrophe = '\u0001';

    private static int MarkLength(char closer) => closer == DoubledApostrophe ? 2 : 1;

    // Every character IsOpener can say yes to.
    private static readonly System.Buffers.SearchValues<char> OpeningMarks = System.Buffers.SearchValues.Create("“„«‹\"‘‚'");

    // Every character IsCloser can say yes to, whatever the closer.
    private static readonly System.Buffers.SearchValues<char> ClosingMarks = System.Buffers.SearchValues.Create("”“»›\"’‘'");

    private static bool IsDoubledApostrophe(string text, int i, Span paragraph) =>
        text[i] == '\'' && i + 1 < paragraph.End && text[i + 1] == '\'';

    /// <summary>Two right single quotes, or two apostrophes, at <paramref name="i"/>, not before a letter: a closing double mark.</summary>
    private static bool IsDoubledRightSingle(string text, int i, Span paragraph) =>
        text[i] is '’' or '\'' && i + 1 < paragraph.End && text[i + 1] == text[i] && !(i + 2 < paragraph.End && char.IsLetter(text[i + 2]));

    private static bool IsOpener(string text, int i, Span paragraph, out char closer)
    {
        var c = text[i];
        if (IsDoubledApostrophe(text, i, paragraph))
        {
            closer = DoubledApostrophe;
            var previous = i > paragraph.Start ? text[i - 1] : ' ';
            var next = i + 2 < paragraph.End ? text[i + 2] : ' ';
            return !char.IsWhiteSpace(next) && (i == paragraph.Start || char.IsWhiteSpace(previous) || previous is '(' or '[' or '—' or '–' or ':');
        }

        closer = c switch
        {
            '“' => '”',
            '„' => '“',
            '«' => '»',
            '‹' => '›',
            '"' => '"',
            '‘' => '’',
            '‚' => '‘',
            _ => '\0',
        };
        if (closer == '\0')
        {
            return false;
        }

        var before = i > paragraph.Start ? text[i - 1] : ' ';
        var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
        if (char.IsWhiteSpace(after))
        {
            // « and „ are followed by a (thin) space in French and some German styles.
            return c is '«' or '„';
        }

        if (c is '"' or '‘')
        {
            return char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':' or '“' || i == paragraph.Start;
        }

        return true;
    }

    private static bool IsCloser(string text, int i, Span paragraph, char closer, int openAt)
    {
        var c = text[i];
        if (closer == DoubledApostrophe)
        {
            return IsDoubledApostrophe(text, i, paragraph) && i > openAt + 2;
        }

        if (closer == '”' && IsDoubledRightSingle(text, i, paragraph))
        {
            // “like this,’’ as some publishing systems write the closing mark: two right single quotes (or apostrophes).
            return i > openAt + 1;
        }

        if (c != closer && !(closer == '”' && c == '"') && !(closer == '"' && c == '”') && !(closer == '“' && c == '”'))
        {
            return false;
        }

        if (i == openAt + 1)
        {
            return false;
        }

        if (closer == '’')
        {
            // An apostrophe inside a word ("don’t") is not a closing mark.
            var after = i + 1 < paragraph.End ? text[i + 1] : ' ';
            return !char.IsLetter(after);
        }

        return true;
    }
}
