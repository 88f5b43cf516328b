namespace ClaimExtract.Text;

/// <summary>One sentence of an article: its span and the paragraph it belongs to.</summary>
/// <param name="Span">The sentence's span in the article text, trimmed of surrounding whitespace.</param>
/// <param name="Paragraph">The zero-based index of its paragraph.</param>
/// <param name="Index">The zero-based index of the sentence in the whole article.</param>
public sealed record Sentence(Span Span, int Paragraph, int Index);

/// <summary>
/// The article text cut into paragraphs and sentences. Every span indexes into <see cref="Text"/>,
/// which is never modified.
/// </summary>
public sealed class TextDocument
{
    private TextDocument(string text, IReadOnlyList<Span> paragraphs, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Paragraphs = paragraphs;
        Sentences = sentences;
    }

    /// <summary>The article text exactly as given.</summary>
    public string Text { get; }

    /// <summary>Paragraph spans, in order, trimmed.</summary>
    public IReadOnlyList<Span> Paragraphs { get; }

    /// <summary>Sentence spans, in order, across all paragraphs.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Splits <paramref name="text"/> into paragraphs (blank lines; or single lines when the text has no blank line) and sentences.</summary>
    public static TextDocument Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = SplitParagraphs(text);
        var sentences = new List<Sentence>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            foreach (var span in SentenceSplitter.Split(text, paragraphs[p]))
            {
                sentences.Add(new Sentence(span, p, sentences.Count));
            }
        }

        return new TextDocument(text, paragraphs, sentences);
    }

    /// <summary>The index of the sentence containing <paramref name="position"/>, or the nearest one before it.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Span.Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The index of the paragraph containing <paramref name="position"/>, or the nearest one before it.</summary>
    public int ParagraphAt(int position)
    {
        // By bisection, as SentenceAt: a linear scan per statement made pages of 20,000 paragraphs quadratic.
        int lo = 0, hi = Paragraphs.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Paragraphs[mid].Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static List<Span> SplitParagraphs(string text)
    {
        // A blank line separates paragraphs. Text without any blank line (one paragraph a line,
        // as many plain-text dumps are written) takes each line as a paragraph.
        var hasBlankLine = HasBlankLine(text);
        var result = new List<Span>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\n' || text[i] == '\r')
            {
                var lineEnd = i;
                var j = i;
                var newlines = 0;
                while (j < text.Length && char.IsWhiteSpace(text[j]))
                {
                    if (text[j] == '\n')
                    {
                        newlines++;
                    }

                    j++;
                }

                if (!hasBlankLine || newlines >= 2)
                {
                    AddTrimmed(text, start, lineEnd, result);
                    start = j;
                }

                i = j;
                continue;
            }

            i++;
        }

        AddTrimmed(text, start, text.Length, result);
        return result;
    }

    private static bool HasBlankLine(string text)
    {
        var newlines = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                if (++newlines >= 2)
                {
                    return true;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                newlines = 0;
            }
        }

        return false;
    }

    private static void AddTrimmed(string text, int start, int end, List<Span> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Span(start, end));
        }
    }
}
