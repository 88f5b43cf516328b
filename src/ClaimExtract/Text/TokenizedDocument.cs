namespace ClaimExtract.Text;

/// <summary>
/// The tokens of a whole article with, for each, its sentence and whether it sits inside a quotation.
/// Built once per article and shared by the quote and speaker stages.
/// </summary>
internal sealed class TokenizedDocument
{
    public TokenizedDocument(TextDocument document, IEnumerable<Span> quotedInner)
        : this(document, quotedInner, null)
    {
    }

    // With reused, the tokens, the tables' working arrays and the blocks are this thread's reused ones (see Reusing).
    private TokenizedDocument(TextDocument document, IEnumerable<Span> quotedInner, Reused? reused)
    {
        Document = document;
        var firsts = new int[document.Sentences.Count + 1];
        var words = new WordTable(document.Text.Length / 5 + 16, reused is not null);
        List<Token> tokens;
        if (reused is null)
        {
            // The tokens are made in this thread's scratch list and copied into one of exactly their number: sized from the text
            // (one token per five characters) the list was 22% too long on the Zyte pages and still grew in 19 of 181 (speed92tok).
            var scratch = t_scratch ??= new List<Token>(4096);
            scratch.Clear();
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                firsts[s] = scratch.Count;
                Tokenizer.TokenizeInto(document.Text, document.Sentences[s].Span, scratch, words);
            }

            tokens = new List<Token>(scratch.Count);
            tokens.AddRange(scratch);
            // Cleared here too (List.Clear empties the slots): the scratch would otherwise hold the last article's strings alive.
            scratch.Clear();
        }
        else
        {
            // The thread's reused list, emptied of the last article's tokens (their strings) and made here, with no copy.
            tokens = reused.Tokens;
            tokens.Clear();
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                firsts[s] = tokens.Count;
                Tokenizer.TokenizeInto(document.Text, document.Sentences[s].Span, tokens, words);
            }
        }

        words.Seal();
        Words = words;

        firsts[^1] = tokens.Count;
        // The first token at or after the start of each block of 2^BlockBits characters (one block past the text's end):
        // IndexAtOrAfter then reads a few starts of one block instead of a binary search over the whole article.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var blockCount = (document.Text.Length >> BlockBits) + 2;
        int[] blocks;
        if (reused is null)
        {
            blocks = new int[blockCount];
        }
        else
        {
            // Longer than the article needs, at times: IndexAtOrAfter reads its own count of them.
            if (reused.Blocks.Length < blockCount)
            {
                reused.Blocks = new int[Math.Max(blockCount, reused.Blocks.Length * 2)];
            }

            blocks = reused.Blocks;
        }

        for (int b = 0, i = 0; b < blockCount; b++)
        {
            while (i < all.Length && all[i].Start < b << BlockBits)
            {
                i++;
            }

            blocks[b] = i;
        }

        _blocks = blocks;
        _blockCount = blockCount;
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

    /// <summary>
    /// The tokens of <paramref name="document"/>, made in buffers this thread reuses from one article to the next: the token list, the
    /// word table's arrays (its forms' strings and lower cases, longer than <see cref="WordTable.Count"/> as their summaries allow, its
    /// slots, hashes and ASCII flags, and the tokens' forms) and the block starts. The document is valid only until the next call of this
    /// method on the same thread, which empties and refills those buffers: for a caller that makes one article's tokens at a time and
    /// lets nothing that outlives the article keep the document or its lists (the pipeline's statements keep strings and offsets only).
    /// <see cref="SentenceOf"/>, <see cref="Quoted"/> and <see cref="SentenceFirst"/> are the article's own, of exact length, as from the
    /// constructor (readers take their length for the token count). The constructor makes every array anew, for callers that keep
    /// several documents (the tests, the trainers).
    /// </summary>
    internal static TokenizedDocument Reusing(TextDocument document, IEnumerable<Span> quotedInner) =>
        new(document, quotedInner, t_reused ??= new Reused());

    // The buffers Reusing fills, one set per thread.
    private sealed class Reused
    {
        public readonly List<Token> Tokens = new(4096);
        public int[] Blocks = [];
    }

    [ThreadStatic]
    private static Reused? t_reused;

    private readonly int _blockCount;

    // One list per thread that tokenizes, as long as its longest article.
    [ThreadStatic]
    private static List<Token>? t_scratch;

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
        // The tokens' starts are read in the list's own array (speed92tok: tokens are structs there; an array of the starts
        // beside them was 4 bytes a token more).
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        if (b + 1 >= _blockCount)
        {
            return tokens.Length;
        }

        // The answer lies between the first token of the position's block and the first of the next.
        int i = blocks[b], end = blocks[b + 1];
        while (i < end && tokens[i].Start < position)
        {
            i++;
        }

        return i;
    }
}
