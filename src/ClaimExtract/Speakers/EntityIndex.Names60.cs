using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Branch names60: a name whose letter was written in UTF-8 and read as Latin-1 ("PeÃ±a", "FranÃ§ois") is one word.</summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// The tokens with each word a mis-decoded letter cut in three joined again: text written in UTF-8 and read as Latin-1 turns "ñ" into
    /// "Ã±" and "é" into "Ã©" (the "Ã" precomposed or an "A" with a combining tilde), and the tokenizer ends the word at the sign
    /// ("PeÃ", "±", "a"), so a name such as "Enrique PeÃ±a Nieto" was indexed as "Enrique PeÃ" and "Nieto". The index alone reads the
    /// joined words (its mentions are spans of the text, so nothing else sees them); null when the article has no such letter.
    /// <paramref name="sentenceOfToken"/> and <paramref name="quoted"/> come back for the joined tokens.
    /// </summary>
    private static List<Token>? JoinMisDecodedLetters(string text, List<Token> tokens, ref int[] sentenceOfToken, ref bool[] quoted)
    {
        // The tokens are the text's: without an "Ã" or a combining tilde in it (nearly every article), no token ends in one (IsMisDecodedSign).
        if (!text.AsSpan().ContainsAny('Ã', '\u0303'))
        {
            return null;
        }

        List<Token>? joined = null;
        List<int>? sentences = null;
        List<bool>? quotes = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var last = i;
            while (IsMisDecodedSign(text, tokens, last + 1) && last + 2 < tokens.Count && tokens[last + 2].IsWord
                   && tokens[last + 2].Span.Start == tokens[last + 1].Span.End && char.IsLetter(tokens[last + 2].Value[0])
                   && tokens[last].IsWord && tokens[last + 1].Span.Start == tokens[last].Span.End)
            {
                last += 2;
            }

            if (last > i && joined is null)
            {
                joined = new List<Token>(tokens.Count);
                sentences = new List<int>(tokens.Count);
                quotes = new List<bool>(tokens.Count);
                for (var k = 0; k < i; k++)
                {
                    joined.Add(tokens[k]);
                    sentences.Add(sentenceOfToken[k]);
                    quotes.Add(quoted[k]);
                }
            }

            if (joined is not null)
            {
                var span = new Span(tokens[i].Span.Start, tokens[last].Span.End);
                joined.Add(last > i ? new Token(span, text[span.Start..span.End], true) : tokens[i]);
                sentences!.Add(sentenceOfToken[i]);
                quotes!.Add(quoted[i]);
            }

            i = last + 1;
        }

        if (joined is not null)
        {
            sentenceOfToken = [.. sentences!];
            quoted = [.. quotes!];
        }

        return joined;
    }

    /// <summary>Whether token <paramref name="k"/> is the sign (U+00A0–U+00BF) of a mis-decoded letter: right after an "Ã" that ends the word before it.</summary>
    private static bool IsMisDecodedSign(string text, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || k == 0 || tokens[k].IsWord || tokens[k].Span.Length != 1 || text[tokens[k].Span.Start] is < '\u00A0' or > '\u00BF')
        {
            return false;
        }

        var before = tokens[k - 1].Value;
        return before.EndsWith('Ã') || before.EndsWith("A\u0303", StringComparison.Ordinal);
    }
}
