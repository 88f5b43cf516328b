using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Branch speed95lazy: the tables that only some questions read (the roles written beside each mention, who is most salient after each
/// mention, the mentions an article opens, the given names apposed to a person noun) are worked out when first asked, from what
/// <see cref="Build"/> kept for them, not for every article. On the 181 Zyte pages, of the 165 articles with a speaker to resolve, a role
/// was asked of in 33, salience in 23, an apposed given name in 58. The answers are the same: each table is made from the same tokens and
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
}
