using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Role holders: a role description ("the governor", "The senator") names, of the people the article gives that role, the one it
/// named last before the description, not the one whose role it wrote last ("Kasich, the Ohio governor, ... . New Jersey Gov. Chris
/// Christie ... . In his state, Christie said, ... . The governor claimed": Christie, though the article last wrote "Gov." before Kasich).
/// </summary>
internal sealed partial class EntityIndex
{
    // For each mention, whether an article opens it ("a Clinton loss", "the Obama administration"): a name modifying a noun, not the
    // person named as such; null when no mention of the article is one. Worked out when a description first asks (speed95lazy).
    private bool[]? _afterArticle;
    private bool _afterArticleMade;

    /// <summary>Which mentions (by index; the token each opens with in <paramref name="mentionFirst"/>) follow "a", "an" or "the"; null when none does.</summary>
    private static bool[]? MentionsAfterArticle(List<Token> tokens, List<int> mentionFirst)
    {
        bool[]? found = null;
        for (var i = 0; i < mentionFirst.Count; i++)
        {
            if (mentionFirst[i] > 0 && tokens[mentionFirst[i] - 1].Lower is "a" or "an" or "the")
            {
                (found ??= new bool[mentionFirst.Count])[i] = true;
            }
        }

        return found;
    }

    /// <summary>
    /// Of <paramref name="holders"/> (people the article gives the description's role, anywhere in it), the one whose latest mention
    /// before <paramref name="position"/> comes last, not counting a name that modifies a noun after an article ("a Clinton loss"); null
    /// when none of them is named before it (or there are none).
    /// </summary>
    private string? HolderNamedLast(HashSet<string>? holders, int position)
    {
        if (holders is null)
        {
            return null;
        }

        if (!_afterArticleMade)
        {
            _afterArticle = MentionsAfterArticle(_deferred.Tokens, _deferred.MentionFirst);
            _afterArticleMade = true;
        }

        for (var i = LastMentionBefore(position); i >= 0; i--)
        {
            if (holders.Contains(_mentions[i].FullName) && _afterArticle?[i] != true)
            {
                return _mentions[i].FullName;
            }
        }

        return null;
    }
}
