using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A full name written with a nickname in quotation marks between the given name and the surname ("Thomas “Tuck” Harlow"): the marks and
/// the nickname are joined into one word for the index, so the name is one run and the person is indexed by it (the surname alone and a
/// pronoun after it then reach the person). names GUIDE: the article's only full form keeps the nickname in the span, marks and all.
/// Branch quirks124.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// The tokens with each quoted nickname inside a name joined into one word (its value the text of the marks and the nickname), or null
    /// when there is none. A nickname is one capitalised word between an opening and a closing double quotation mark with nothing between
    /// them, after a given name or an initial and before a capitalised word, one space on each side, in one sentence; not where the article
    /// also writes the nickname with the surname ("Tuck Harlow": that form is the person's name). <paramref name="sentenceOfToken"/> and
    /// <paramref name="quoted"/> come back for the joined tokens (the joined word takes the given name's quoted flag).
    /// </summary>
    private static List<Token>? JoinQuotedNicknames(string text, List<Token> tokens, ref int[] sentenceOfToken, ref bool[] quoted)
    {
        if (!text.AsSpan().ContainsAny('"', '“'))
        {
            return null;
        }

        var sentences = sentenceOfToken;
        return JoinRuns(text, tokens, ref sentenceOfToken, ref quoted,
            i => IsQuotedNickname(text, tokens, sentences, i) ? i + 2 : i, quotedOfRun: i => i - 1);
    }

    /// <summary>Whether tokens <paramref name="k"/> … k + 2 are a quoted nickname inside a name (<see cref="JoinQuotedNicknames"/>).</summary>
    private static bool IsQuotedNickname(string text, List<Token> tokens, int[] sentenceOfToken, int k)
    {
        if (k == 0 || k + 3 >= tokens.Count || tokens[k].IsWord || tokens[k].Value is not ("\"" or "“")
            || tokens[k + 2].IsWord || tokens[k + 2].Value is not ("\"" or "”")
            || !tokens[k + 1].IsCapitalized || !tokens[k + 1].Value.Skip(1).All(char.IsLower)
            || !tokens[k - 1].IsCapitalized || !tokens[k + 3].IsCapitalized
            || sentenceOfToken[k - 1] != sentenceOfToken[k + 3])
        {
            return false;
        }

        // One space on each side, none inside the marks.
        if (tokens[k + 1].Span.Start != tokens[k].Span.End || tokens[k + 2].Span.Start != tokens[k + 1].Span.End
            || tokens[k].Span.Start != tokens[k - 1].Span.End + 1 || text[tokens[k - 1].Span.End] != ' '
            || tokens[k + 3].Span.Start != tokens[k + 2].Span.End + 1 || text[tokens[k + 2].Span.End] != ' ')
        {
            return false;
        }

        var before = tokens[k - 1].Value;
        var initial = before.Length == 2 && char.IsUpper(before[0]) && before[1] == '.';
        if (!initial && !FirstNameGender.IsGivenName(before))
        {
            return false;
        }

        // "Robert C. “Bobby” Scott ... Bobby Scott": the article's own form without the marks is the name (names GUIDE).
        var surname = StripPossessive(tokens[k + 3].Value);
        return !text.Contains(tokens[k + 1].Value + " " + surname, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="token"/> is a quoted nickname joined by <see cref="JoinQuotedNicknames"/>.</summary>
    private static bool IsJoinedNickname(Token token) =>
        token.IsWord && token.Value.Length > 3 && token.Value[0] is ('"' or '“') && char.IsUpper(token.Value[1]);
}
