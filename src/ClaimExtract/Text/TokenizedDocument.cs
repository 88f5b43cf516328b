namespace ClaimExtract.Text;

/// <summary>
/// The tokens of a whole article with, for each, its sentence and whether it sits inside a quotation.
/// Built once per article and shared by the quote and speaker stages.
/// </summary>
internal sealed class TokenizedDocument
{
    public TokenizedDocument(TextDocument document, IEnumerable<Span> quotedInner)
    {
        Document = document;
        // About one token per five characters of news text: the list is allocated once or twice, not grown by doubling from 4.
        var tokens = new List<Token>(document.Text.Length / 5 + 16);
        var firsts = new int[document.Sentences.Count + 1];
        var words = new WordTable(tokens.Capacity);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            firsts[s] = tokens.Count;
            Tokenizer.TokenizeInto(document.Text, document.Sentences[s].Span, tokens, words);
        }

        Words = words;

        firsts[^1] = tokens.Count;
        // Each token's start, in one array: IndexAtOrAfter's binary search reads it instead of a token object per step.
        var starts = new int[tokens.Count];
        for (var i = 0; i < starts.Length; i++)
        {
            starts[i] = tokens[i].Span.Start;
        }

        _starts = starts;
        // The first token at or after the start of each block of 2^BlockBits characters (one block past the text's end):
        // IndexAtOrAfter then reads a few starts of one block instead of a binary search over the whole article.
        var blocks = new int[(document.Text.Length >> BlockBits) + 2];
        for (int b = 0, i = 0; b < blocks.Length; b++)
        {
            while (i < starts.Length && starts[i] < b << BlockBits)
            {
                i++;
            }

            blocks[b] = i;
        }

        _blocks = blocks;
        var sentenceOf = new int[tokens.Count];
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            sentenceOf.AsSpan(firsts[s], firsts[s + 1] - firsts[s]).Fill(s);
        }

        Tokens = tokens;
        SentenceOf = sentenceOf;
        SentenceFirst = firsts;
        var quoted = new bool[tokens.Count];
        foreach (var q in quotedInner)
        {
            for (var i = IndexAtOrAfter(q.Start); i < tokens.Count && tokens[i].Span.Start < q.End; i++)
            {
                quoted[i] = true;
            }
        }

        Quoted = quoted;
    }

    private const int BlockBits = 5;

    private readonly int[] _starts;
    private readonly int[] _blocks;

    public TextDocument Document { get; }

    // The lists are typed as what they are (not IReadOnlyList): the quote stage reads them in its innermost loops, where
    // an interface call per token, sentence or flag cost more than the reads themselves. Nothing writes them after the constructor.

    public List<Token> Tokens { get; }

    /// <summary>The article's distinct forms and each token's form, made with the tokens.</summary>
    public WordTable Words { get; }

    /// <summary>The sentence index of each token.</summary>
    public int[] SentenceOf { get; }

    /// <summary>Whether each token lies inside quotation marks.</summary>
    public bool[] Quoted { get; }

    /// <summary>The first token of each sentence; one extra entry holds the token count.</summary>
    public int[] SentenceFirst { get; }

    public int SentenceStartToken(int tokenIndex) => SentenceFirst[SentenceOf[tokenIndex]];

    /// <summary>One past the last token of the token's sentence.</summary>
    public int SentenceEndToken(int tokenIndex) => SentenceFirst[SentenceOf[tokenIndex] + 1];

    /// <summary>The index of the first token that starts at or after <paramref name="position"/>.</summary>
    public int IndexAtOrAfter(int position)
    {
        if (position <= 0)
        {
            return 0;
        }

        // Every token starts within the text, so one past the last block (or beyond) none starts at or after the position.
        var b = position >> BlockBits;
        var blocks = _blocks;
        if (b + 1 >= blocks.Length)
        {
            return _starts.Length;
        }

        // The answer lies between the first token of the position's block and the first of the next.
        var starts = _starts;
        int i = blocks[b], end = blocks[b + 1];
        while (i < end && starts[i] < position)
        {
            i++;
        }

        return i;
    }
}
