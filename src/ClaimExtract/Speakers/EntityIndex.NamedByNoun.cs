using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A person the article introduces by a noun and a given name alone (branch forms120): "The woman who shouted was a local resident named
/// Greta. “He cares,” she said." The index kept a one-word name only when the article wrote it twice before a verb of saying
/// (EntityIndex.GivenNameAlone.cs), so Greta was no person of the index and "she" fell back to a man named before her; a noun's naming
/// words ("named", "called", "known as", "nicknamed") before a clear given name that ends its phrase give that person once, and enough.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Words before "named"/"called" that make it a verb of its own, not a noun's naming words: "she named Greta after her mother",
    /// "they called Bob a liar", "who called Ann", "was called Greta", "have long called Bob".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NamingVerbSubjects = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["i", "you", "he", "she", "it", "we", "they", "who", "whom", "which", "that", "and", "or", "but", "is", "was", "are", "were", "be", "been",
         "being", "has", "have", "had", "having", "will", "would", "could", "should", "may", "might", "must", "can", "not", "never", "also",
         "once", "later", "then", "often", "long", "repeatedly", "publicly", "recently", "just", "even", "to"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the one-word name at token <paramref name="first"/> ends a noun's naming phrase: a lower-case noun (no pronoun, auxiliary,
    /// conjunction or adverb: <see cref="NamingVerbSubjects"/>), an optional comma, then "named", "called", "nicknamed" or "known as" right
    /// before the name, and after the name a punctuation mark, not a word ("a nurse named Greta.", "the station chief, known as Bob,";
    /// not "she named Greta after her mother", "the crowd called Bob a hero").
    /// </summary>
    private static bool NamedByNoun(List<Token> tokens, int[] sentenceOfToken, int first)
    {
        if (first + 1 >= tokens.Count || tokens[first + 1].IsWord || EndsPossessive(tokens[first].Value))
        {
            return false;
        }

        var k = first - 1;
        if (k < 1 || !tokens[k].IsWord)
        {
            return false;
        }

        if (tokens[k].Value == "as" && tokens[k - 1].Value == "known")
        {
            k--;
        }
        else if (tokens[k].Value is not ("named" or "called" or "nicknamed"))
        {
            return false;
        }

        k--;
        if (k >= 0 && tokens[k].Value == "," && sentenceOfToken[k] == sentenceOfToken[first])
        {
            k--;
        }

        return k >= 0 && sentenceOfToken[k] == sentenceOfToken[first] && tokens[k].IsWord && !tokens[k].IsCapitalized
               && tokens[k].Value.All(char.IsLetter) && !NamingVerbSubjects.Contains(tokens[k].Value);
    }
}
