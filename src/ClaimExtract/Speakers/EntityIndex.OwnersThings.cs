using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Capitalised sequences with an owner's possessive inside them (branch runon119): "NASA's Goddard Space Flight Center" is a thing NASA
/// owns, so neither "NASA" nor "Goddard Space Flight Center" is expanded into it (<see cref="ExpandOrganization"/>).
/// </summary>
internal sealed partial class EntityIndex
{
    // By the sequence's position in _sequences: how many of its words go up to its first possessive word ("NASA's Goddard Space Flight
    // Center": 1); null when no sequence of the article has a possessive before its last word (most articles).
    private Dictionary<int, int>? _ownerWords;

    /// <summary>
    /// The sequences whose words before the last include a possessive ("Zorbix's Delta Flight Center"), each with the count of words up to
    /// and including the first possessive; null when there is none. The sequence names (<see cref="NameText"/>) drop the possessive ending,
    /// so it is read here from the tokens.
    /// </summary>
    private static Dictionary<int, int>? OwnerWords(List<Token> tokens, List<(int First, int Last, bool Titled)> sequences)
    {
        Dictionary<int, int>? owners = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            for (var k = first; k < last; k++)
            {
                if (EndsPossessive(tokens[k].Value))
                {
                    (owners ??= [])[q] = k - first + 1;
                    break;
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// Whether sequence <paramref name="q"/> splits at its owner's possessive after its first <paramref name="words"/> words or before its
    /// last <paramref name="words"/>: an owner and the thing owned ("Zorbix's Delta Flight Center"), not a name and the rest of it.
    /// </summary>
    private static bool SplitsAtOwner(Dictionary<int, int>? owners, int q, int words, int total, bool head) =>
        owners is not null && owners.TryGetValue(q, out var owner) && (head ? words == owner : total - words == owner);
}
