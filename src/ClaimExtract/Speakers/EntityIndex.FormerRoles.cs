using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A former holder's role is not the role. "Ana Lee Ruiz, the former Vermont governor," is no answer to "the governor" of an
/// article about the sitting one, and "the former governor" is not the sitting one: a role written after "former" ("former Gov. Ann
/// Roe", "Ann Roe, the former governor,", "Former House speaker Ann Roe") is marked in its context (<see cref="FormerMark"/>), and a
/// description names only holders of its own tense (<see cref="WithRole"/>'s <c>former</c>).
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>The word added to a role's context when the article writes "former" before that role.</summary>
    private const string FormerMark = "former";

    /// <summary>Whether <paramref name="lower"/> makes the role after it a past one ("former", "ex").</summary>
    internal static bool IsFormerWord(string lower) => lower is "former" or "ex";

    /// <summary>Whether a word of tokens <paramref name="from"/>..<paramref name="role"/> (exclusive) is <see cref="IsFormerWord"/>.</summary>
    private static bool FormerWritten(List<Token> tokens, int from, int role)
    {
        for (var i = Math.Max(0, from); i < role; i++)
        {
            if (tokens[i].IsWord && IsFormerWord(tokens[i].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a role's context (<see cref="Roles(string, List{Token}, int[], int, int, string, List{ValueTuple{int, string, string, string}})"/>) says a former holder's.</summary>
    private static bool IsFormerRole(string context) => context.Contains(" " + FormerMark + " ", StringComparison.Ordinal);

    /// <summary>A role's context without <see cref="FormerMark"/>: the capitalised words written beside the role.</summary>
    private static string WithoutFormerMark(string context) => context.Replace(" " + FormerMark + " ", " ", StringComparison.Ordinal);
}
