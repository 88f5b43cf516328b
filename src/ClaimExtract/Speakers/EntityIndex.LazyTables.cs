using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// The tables that only some questions read (the roles written beside each mention, who is most salient after each mention, the mentions
/// an article opens, the given names apposed to a person noun) are worked out when first asked, from what <see cref="Build"/> kept for
/// them, not for every article (branch speed95lazy). On the 181 Zyte pages, of the 165 articles with a speaker to resolve, a role was
/// asked of in 33, salience in 23, an apposed given name in 58. The answers are the same: each table is made from the same tokens and
/// the same final mentions as before, and nothing changes them after <see cref="Build"/>. Like the other tables made when first asked
/// (<see cref="_genderVotes"/>, <see cref="_resolvedNames"/>), these are not guarded against two threads asking at once: an index serves
/// one article's resolution, on one thread.
/// </summary>
internal sealed partial class EntityIndex
{
    private readonly Deferred _deferred;

    // The roles written beside each mention (Roles), in text order; null until first asked.
    private List<(int Position, string FullName, string Role, string Context)>? _roles;

    // For each mention, the most salient person counting it and every mention before it (Salience); null until first asked.
    private string?[]? _mostSalientAfter;

    /// <summary>
    /// What <see cref="Build"/> keeps for the tables made when first asked: the article's text and tokens as the index read them (after
    /// <see cref="JoinMisDecodedLetters"/>), and for each mention its first and last token and the full name it was given when found (before
    /// a shared surname or an honorific chose another: the roles beside it are recorded under that name, as they always were).
    /// </summary>
    private sealed record Deferred(
        string Text, List<Token> Tokens, int[] SentenceOfToken, bool[] Quoted, WordTable? Words, List<int> MentionFirst, List<int> MentionLast, List<string> FirstFullNames);

    /// <summary>The roles written beside the article's mentions (<see cref="Roles(string, List{Token}, int[], int, int, string, List{ValueTuple{int, string, string, string}})"/>), made when first asked.</summary>
    private List<(int Position, string FullName, string Role, string Context)> Roles()
    {
        if (_roles is null)
        {
            var d = _deferred;
            var roles = new List<(int Position, string FullName, string Role, string Context)>();
            for (var i = 0; i < d.MentionFirst.Count; i++)
            {
                Roles(d.Text, d.Tokens, d.SentenceOfToken, d.MentionFirst[i], d.MentionLast[i], d.FirstFullNames[i], roles);
            }

            _roles = roles;
        }

        return _roles;
    }

    /// <summary>
    /// The sentences in title case (<see cref="TitleCaseSentences(WordTable, int[])"/>: no lower-case word of four letters or more, four
    /// capitalised words or more, a capitalised function word after the first), each worked out when a token of it is first asked about:
    /// <see cref="Build"/> asks only at a name's word or "New", so a sentence with neither is never read, nor are its forms' strings.
    /// Where a sentence's tokens are not all together (the token sentences of <see cref="TokenizedDocument"/> always are), every sentence is
    /// worked out at once, as before.
    /// </summary>
    internal sealed class TitleCaseOnDemand
    {
        private readonly WordTable _words;
        private readonly int[] _sentenceOfToken;
        private readonly byte[] _kinds;
        // Per sentence: 0 not yet asked, 1 not in title case, 2 in title case.
        private readonly byte[] _answers;
        private readonly HashSet<int>? _whole;
        private readonly bool _eager;

        private TitleCaseOnDemand(WordTable words, int[] sentenceOfToken, bool eager)
        {
            _words = words;
            _sentenceOfToken = sentenceOfToken;
            _eager = eager;
            if (eager)
            {
                _whole = TitleCaseSentences(words, sentenceOfToken);
                _kinds = _answers = [];
            }
            else
            {
                _kinds = new byte[words.Count];
                _answers = new byte[sentenceOfToken.Length == 0 ? 0 : sentenceOfToken[^1] + 1];
            }
        }

        /// <summary>The title-case sentences of an article's tokens (<paramref name="words"/>: one form per token, in order).</summary>
        public static TitleCaseOnDemand Of(WordTable words, int[] sentenceOfToken)
        {
            var together = true;
            for (var i = 1; i < sentenceOfToken.Length && together; i++)
            {
                together = sentenceOfToken[i] >= sentenceOfToken[i - 1];
            }

            return new TitleCaseOnDemand(words, sentenceOfToken, eager: !together || sentenceOfToken.Length > 0 && sentenceOfToken[0] < 0);
        }

        /// <summary>Whether token <paramref name="token"/>'s sentence is written in title case.</summary>
        public bool Contains(int token)
        {
            var sentence = _sentenceOfToken[token];
            if (_eager)
            {
                return _whole is not null && _whole.Contains(sentence);
            }

            if (_answers[sentence] == 0)
            {
                var first = token;
                while (first > 0 && _sentenceOfToken[first - 1] == sentence)
                {
                    first--;
                }

                _answers[sentence] = InTitleCase(first) ? (byte)2 : (byte)1;
            }

            return _answers[sentence] == 2;
        }

        // The scan of TitleCaseSentences(WordTable, int[]) over one sentence's tokens, from its first.
        private bool InTitleCase(int first) =>
            SentenceInTitleCase(_words, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words.FormOf), _sentenceOfToken, first, _kinds, out _);
    }
}
